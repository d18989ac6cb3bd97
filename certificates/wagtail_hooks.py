from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from certificates import admin_bulk
from certificates.models import CertificateTemplate

LOG_ACTIONS = {
    "academy.certificate.issue": ("Issue certificate", "Certificate issued"),
    "academy.certificate.revoke": ("Revoke certificate", "Certificate revoked"),
    "academy.certificate.reissue": ("Reissue certificate", "Certificate reissued"),
    "academy.certificate.bulk_issue": ("Issue a cohort's certificates", "Bulk issuance requested"),
}


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = "Certificate templates"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "language", "page_size", "orientation", "is_default", "updated_at"]
    list_filter = ["language", "is_default"]
    search_fields = ["name", "title"]


register_snippet(CertificateTemplateViewSet)


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    """Bulk issuance, under /admin/academy/certificates/bulk/."""
    namespace = "academy_certificate_jobs"
    return [path("academy/", include((admin_bulk.urlpatterns, namespace), namespace=namespace))]
