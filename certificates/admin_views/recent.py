"""The "Certificates" admin menu: every certificate, newest first, searchable and filterable.

For issuers only, like everything in ``certificates.admin_views``. Search
finds a serial number, a printed name or the trainee's email; the filter
narrows by status.
"""

import django_filters
from django import forms
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView

from certificates.admin_views.single import (
    ActionsColumn,
    CertificateCellColumn,
    certificate_actions,
    cohort_certificates_url,
    require_issuer,
)
from certificates.models import Certificate, CertificateStatus
from certificates.permissions import can_issue
from certificates.selectors import recent_certificates


class CertificateFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        choices=CertificateStatus.choices,
        label="Status",
        empty_label="All",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Certificate
        fields = []


def _recipient(certificate: Certificate) -> str:
    return certificate.snapshot.get("recipient_name", "")


def _issued_by(certificate: Certificate) -> str:
    user = certificate.issued_by
    if user is None:
        return "Automatically"
    return user.get_full_name() or user.get_username()


class RecentCertificatesView(BaseListingView):
    page_title = "Certificates"
    header_icon = "doc-full"
    paginate_by = 50
    filterset_class = CertificateFilterSet
    is_searchable = True
    search_fields = ["serial", "snapshot__recipient_name", "enrollment__user__email"]
    verbose_name = "certificate"
    verbose_name_plural = "certificates"
    index_url_name = "academy_certificates:index"
    index_results_url_name = "academy_certificates:index_results"
    default_ordering = "-issued_at"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        require_issuer(request.user)

    def get_base_queryset(self):
        return recent_certificates()

    def order_queryset(self, queryset):
        # A tie-break in the same direction, so pages never repeat or skip
        # certificates issued in the same second.
        tie_break = "-pk" if self.ordering.startswith("-") else "pk"
        return queryset.order_by(self.ordering, tie_break)

    def back_url(self) -> str:
        query = self.request.GET.copy()
        for transient in ("_w_filter_fragment", "p"):
            query.pop(transient, None)
        return self.index_url + (f"?{query.urlencode()}" if query else "")

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "recipient",
                label="Recipient",
                accessor=_recipient,
            ),
            CertificateCellColumn(
                "certificate", label="Certificate", accessor=lambda certificate: certificate
            ),
            Column("course", label="Course", accessor=lambda c: c.snapshot.get("course_title")),
            TitleColumn(
                "cohort",
                label="Cohort",
                accessor="enrollment.cohort.name",
                get_url=lambda certificate: cohort_certificates_url(
                    certificate.enrollment.cohort_id
                ),
            ),
            StatusTagColumn(
                "status",
                label="Status",
                accessor="get_status_display",
                sort_key="status",
                primary=lambda certificate: certificate.status == CertificateStatus.VALID,
            ),
            DateColumn("issued_at", label="Issued", sort_key="issued_at"),
            Column("issued_by", label="Issued by", accessor=_issued_by),
            ActionsColumn(
                "actions",
                label="Actions",
                actions=lambda certificate: certificate_actions(certificate, back=self.back_url()),
            ),
        ]


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        return can_issue(request.user)


def menu_item() -> MenuItem:
    return CertificatesMenuItem(
        "Certificates",
        reverse("academy_certificates:index"),
        name="certificates",
        icon_name="doc-full",
        order=310,
    )


urlpatterns = [
    path("", RecentCertificatesView.as_view(), name="index"),
    path("results/", RecentCertificatesView.as_view(results_only=True), name="index_results"),
]
