from django.shortcuts import redirect
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Collection
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, SnippetViewSet

from certificates import admin_bulk, admin_views
from certificates.admin_views import recent
from certificates.models import Certificate, CertificateTemplate
from certificates.permissions import can_issue
from certificates.signatures import SIGNATURES_COLLECTION, template_signatures_make_private

LOG_ACTIONS = {
    "academy.certificate.issue": ("Issue certificate", "Certificate issued"),
    "academy.certificate.revoke": ("Revoke certificate", "Certificate revoked"),
    "academy.certificate.reissue": ("Reissue certificate", "Certificate reissued"),
    "academy.certificate.bulk_issue": ("Issue a cohort's certificates", "Bulk issuance requested"),
}


ERROR_TEMPLATE_IN_USE = (
    "Certificates were printed from this template, and their verification depends on it, "
    "so it cannot be deleted."
)


class CertificateTemplateDeleteView(DeleteView):
    """Refuse, with a message, to delete a template certificates point at.

    Wagtail's reference index does not know certificates, so without this the
    database's PROTECT would answer with a server error.
    """

    def form_valid(self, form):
        if Certificate.objects.filter(template=self.object).exists():
            messages.error(self.request, ERROR_TEMPLATE_IN_USE)
            return redirect(self.edit_url_name, self.object.pk)
        return super().form_valid(form)


class ExplicitSaveMixin:
    """No autosave: a template is live as soon as it is saved, and certificates
    issued meanwhile must never print half-typed wording. The live preview
    still follows every keystroke without saving."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.autosave_enabled = False


class PrivateSignaturesMixin:
    """A scan chosen or uploaded as a signature moves into the private collection."""

    def save_instance(self):
        instance = super().save_instance()
        template_signatures_make_private(template=instance)
        return instance


class TemplateCreateView(ExplicitSaveMixin, PrivateSignaturesMixin, CreateView):
    pass


class TemplateEditView(ExplicitSaveMixin, PrivateSignaturesMixin, EditView):
    pass


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    add_view_class = TemplateCreateView
    edit_view_class = TemplateEditView
    icon = "doc-full"
    menu_label = "Certificate templates"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "language", "page_size", "orientation", "is_default", "updated_at"]
    list_filter = ["language", "is_default"]
    search_fields = ["name", "title"]
    delete_view_class = CertificateTemplateDeleteView


register_snippet(CertificateTemplateViewSet)


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    """Single certificates under /admin/academy/certificates/, bulk jobs under .../bulk/."""
    jobs = "academy_certificate_jobs"
    return [
        path(
            "academy/certificates/",
            include(
                (admin_views.urlpatterns, "academy_certificates"), namespace="academy_certificates"
            ),
        ),
        path("academy/", include((admin_bulk.urlpatterns, jobs), namespace=jobs)),
    ]


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return recent.menu_item()


@hooks.register("register_cohort_admin_links")
def cohort_certificates_link(user, cohort):
    if not can_issue(user):
        return []
    url = reverse("academy_certificates:cohort", args=[cohort.pk])
    return [{"label": "Certificates", "url": url, "icon_name": "doc-full"}]


@hooks.register("academy_private_image_collections")
def signature_scans_are_private():
    return Collection.objects.filter(name=SIGNATURES_COLLECTION, depth=2)
