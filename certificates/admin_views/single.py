"""One cohort's certificates in the Wagtail admin, and issuing, revoking or reissuing one.

Every view needs ``certificates.permissions.can_issue``; anyone else is
refused before anything is read. GET shows (the list, or a confirmation or
form); only POST writes, through ``certificates.issuing``, which locks,
audits and notifies. A rule broken (not eligible, already issued, no reason
given, not valid any more) comes back as a message and changes nothing.
"""

from urllib.parse import urlencode

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.tables import BaseColumn, Column, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin

from certificates.issuing import (
    ERROR_REASON_REQUIRED,
    AlreadyIssued,
    CertificateError,
    eligibility,
    issue_certificate,
    reissue_certificate,
    revoke_certificate,
)
from certificates.models import Certificate, CertificateStatus, Tier
from certificates.permissions import can_issue
from certificates.selectors import cohort_enrollments, with_certificates
from courses.admin_views.enrolments import trainee_name
from courses.models import Cohort, Enrollment, EnrollmentStatus
from courses.selectors import access_cohort

ERROR_REASON_TOO_LONG = "Keep the reason under 300 characters."
ERROR_ONLY_VALID = "{serial} is {status}: only a valid certificate can be {action}."


def require_issuer(user) -> None:
    if not can_issue(user):
        raise PermissionDenied


def cohort_certificates_url(cohort: Cohort | int) -> str:
    return reverse("academy_certificates:cohort", args=[getattr(cohort, "pk", cohort)])


def certificate_links(certificate: Certificate) -> dict:
    return {
        "verify_url": reverse("certificates:verify", args=[certificate.public_id]),
        "pdf_url": reverse("certificates:pdf", args=[certificate.public_id]),
    }


def certificate_actions(certificate: Certificate | None, *, back: str = "") -> list[dict]:
    """Revoke and reissue, for a valid certificate only."""
    if certificate is None or certificate.status != CertificateStatus.VALID:
        return []
    suffix = "?" + urlencode({"next": back}) if back else ""
    return [
        {
            "label": label,
            "subject": certificate.serial,
            "url": reverse(f"academy_certificates:{name}", args=[certificate.pk]) + suffix,
        }
        for name, label in (("revoke", "Revoke"), ("reissue", "Reissue"))
    ]


# The cohort's list -------------------------------------------------------------


class CertificateCellColumn(BaseColumn):
    """Serial, tier and status of the row's certificate, with its public links."""

    cell_template_name = "certificates/admin/certificate_cell.html"

    def __init__(self, name, *, accessor, **kwargs):
        super().__init__(name, **kwargs)
        self.certificate_accessor = accessor

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        certificate = self.certificate_accessor(instance)
        context["certificate"] = certificate
        if certificate is not None:
            context.update(certificate_links(certificate))
        return context


class ActionsColumn(BaseColumn):
    cell_template_name = "certificates/admin/actions_cell.html"

    def __init__(self, name, *, actions, **kwargs):
        super().__init__(name, **kwargs)
        self.actions = actions

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["actions"] = self.actions(instance)
        return context


def _decision(enrollment: Enrollment) -> str:
    decision = enrollment.certificate_decision
    return Tier(decision.tier).label if decision.eligible else decision.reason


class CohortCertificatesView(BaseListingView):
    template_name = "certificates/admin/cohort.html"
    page_title = "Certificates"
    header_icon = "doc-full"
    paginate_by = 100
    verbose_name = "enrolment"
    verbose_name_plural = "enrolments"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        require_issuer(request.user)
        self.cohort = access_cohort(request.user, kwargs["cohort_id"], "view")

    def get_index_url(self):
        return cohort_certificates_url(self.cohort)

    def get_page_subtitle(self):
        return self.cohort.name

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("academy_cohorts:index"), "label": "Cohorts"},
            {"url": reverse("academy_cohorts:edit", args=[self.cohort.pk]), "label": self.cohort},
            {"url": "", "label": "Certificates", "sublabel": self.cohort.name},
        ]

    def get_base_queryset(self):
        return cohort_enrollments(self.cohort)

    def paginate_queryset(self, queryset, page_size):
        # Eligibility and certificates for the page shown, in a fixed number of queries.
        paginator, page, rows, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = with_certificates(rows)
        return paginator, page, page.object_list, is_paginated

    def row_actions(self, enrollment: Enrollment) -> list[dict]:
        certificate = enrollment.current_certificate
        if certificate is not None and certificate.status == CertificateStatus.VALID:
            return certificate_actions(certificate)
        if enrollment.certificate_decision.eligible:
            url = reverse("academy_certificates:issue", args=[enrollment.pk])
            return [{"label": "Issue", "subject": trainee_name(enrollment.user), "url": url}]
        return []

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "trainee",
                label="Trainee",
                accessor=lambda enrollment: trainee_name(enrollment.user),
            ),
            Column("email", label="Email", accessor="user.email"),
            StatusTagColumn(
                "status",
                label="Enrolment",
                accessor="get_status_display",
                primary=lambda enrollment: enrollment.status == EnrollmentStatus.COMPLETED,
            ),
            Column("eligibility", label="Eligibility", accessor=_decision),
            CertificateCellColumn(
                "certificate",
                label="Certificate",
                accessor=lambda enrollment: enrollment.current_certificate,
            ),
            ActionsColumn("actions", label="Actions", actions=self.row_actions),
        ]

    def get_context_data(self, *args, **kwargs):
        return super().get_context_data(*args, cohort=self.cohort, **kwargs)


# Issue, revoke, reissue ------------------------------------------------------------


class IssuerViewMixin(WagtailAdminTemplateMixin):
    """Refuse non-issuers; come back to the cohort's list (or ``next``) afterwards."""

    http_method_names = ["get", "head", "post"]
    header_icon = "doc-full"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        require_issuer(request.user)

    def get_cohort(self) -> Cohort:
        raise NotImplementedError

    def back_url(self) -> str:
        return get_valid_next_url_from_request(self.request) or cohort_certificates_url(
            self.get_cohort()
        )

    def get_breadcrumbs_items(self):
        cohort = self.get_cohort()
        return [
            *self.breadcrumbs_items,
            {"url": reverse("academy_cohorts:index"), "label": "Cohorts"},
            {"url": cohort_certificates_url(cohort), "label": f"Certificates: {cohort}"},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            back_url=self.back_url(), next=get_valid_next_url_from_request(self.request), **kwargs
        )


class IssueView(IssuerViewMixin, TemplateView):
    """GET: the tier the trainee would get; POST: issue it."""

    template_name = "certificates/admin/issue.html"
    page_title = "Issue a certificate"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.enrollment = get_object_or_404(
            Enrollment.objects.select_related("cohort__course", "user", "user__profile"),
            pk=kwargs["enrollment_id"],
        )

    def get_cohort(self):
        return self.enrollment.cohort

    def get_page_subtitle(self):
        return trainee_name(self.enrollment.user)

    def get_context_data(self, **kwargs):
        decision = eligibility(self.enrollment)
        existing = self.enrollment.certificates.filter(status=CertificateStatus.VALID).first()
        return super().get_context_data(
            enrollment=self.enrollment,
            trainee=trainee_name(self.enrollment.user),
            decision=decision,
            tier_label=Tier(decision.tier).label if decision.eligible else "",
            existing=existing,
            existing_links=certificate_links(existing) if existing else {},
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        name = trainee_name(self.enrollment.user)
        try:
            certificate = issue_certificate(self.enrollment, issued_by=request.user)
        except AlreadyIssued as error:
            messages.warning(request, f"{name}: {error}")
        except CertificateError as error:
            messages.error(request, f"{name}: {error}")
        else:
            messages.success(
                request,
                f"Certificate {certificate.serial} ({certificate.get_tier_display()}) "
                f"issued to {name}.",
            )
        return redirect(self.back_url())


class ReasonForm(forms.Form):
    reason = forms.CharField(
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": ERROR_REASON_REQUIRED, "max_length": ERROR_REASON_TOO_LONG},
    )


class CertificateChangeView(IssuerViewMixin, TemplateView):
    """GET: the certificate and a form asking why; POST: do it, for a valid certificate only."""

    template_name = "certificates/admin/change.html"
    action = ""  # "revoked" or "reissued", as the messages say it
    button_label = ""
    reason_help = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.certificate = get_object_or_404(
            Certificate.objects.select_related(
                "enrollment__cohort__course", "enrollment__user", "issued_by", "superseded_by"
            ),
            pk=kwargs["certificate_id"],
        )

    def get_cohort(self):
        return self.certificate.enrollment.cohort

    def get_page_subtitle(self):
        return self.certificate.serial

    def refusal(self) -> str:
        if self.certificate.status == CertificateStatus.VALID:
            return ""
        return ERROR_ONLY_VALID.format(
            serial=self.certificate.serial,
            status=self.certificate.get_status_display().lower(),
            action=self.action,
        )

    def get_context_data(self, form=None, **kwargs):
        form = form or ReasonForm()
        form.fields["reason"].help_text = self.reason_help
        return super().get_context_data(
            certificate=self.certificate,
            snapshot=self.certificate.snapshot,
            links=certificate_links(self.certificate),
            refusal=self.refusal(),
            form=form,
            button_label=self.button_label,
            action_url=self.request.get_full_path(),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if self.refusal():
            messages.error(request, self.refusal())
            return redirect(self.back_url())
        form = ReasonForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            done = self.perform(form.cleaned_data["reason"])
        except CertificateError as error:
            messages.error(request, f"{self.certificate.serial}: {error}")
        else:
            messages.success(request, done)
        return redirect(self.back_url())

    def perform(self, reason: str) -> str:
        raise NotImplementedError


class RevokeView(CertificateChangeView):
    page_title = "Revoke a certificate"
    action = "revoked"
    button_label = "Revoke certificate"
    reason_help = (
        "Shown on the public verification page, for example “Issued in error”. "
        "Revoking cannot be undone."
    )

    def perform(self, reason):
        revoke_certificate(self.certificate, revoked_by=self.request.user, reason=reason)
        return f"Certificate {self.certificate.serial} revoked."


class ReissueView(CertificateChangeView):
    page_title = "Reissue a certificate"
    action = "reissued"
    button_label = "Reissue certificate"
    reason_help = (
        "For example “Name corrected”. The new certificate prints the trainee's current "
        "certificate name and keeps the tier and completion date; the old one is marked "
        "superseded and its verification page points to the new one."
    )

    def perform(self, reason):
        new = reissue_certificate(self.certificate, issued_by=self.request.user, reason=reason)
        return f"Certificate {new.serial} issued, superseding {self.certificate.serial}."


urlpatterns = [
    path("cohorts/<int:cohort_id>/", CohortCertificatesView.as_view(), name="cohort"),
    path("enrolments/<int:enrollment_id>/issue/", IssueView.as_view(), name="issue"),
    path("<int:certificate_id>/revoke/", RevokeView.as_view(), name="revoke"),
    path("<int:certificate_id>/reissue/", ReissueView.as_view(), name="reissue"),
]
