"""Admin pages for issuing a cohort's certificates at once, for those who may issue.

A cohort's page shows its certificates and past jobs, with a button that
queues a job and a ZIP of every valid PDF. The job's page follows the
background worker: it reloads itself (a meta refresh, no JavaScript) until
the job ends, then lists what failed and why.
"""

import functools
import tempfile
import zipfile

from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponseForbidden
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from certificates.bulk import active_job, bulk_issue_start
from certificates.issuing import CertificateError
from certificates.models import BulkIssueJob, Certificate, CertificateStatus
from certificates.permissions import can_issue
from courses.models import Cohort

# Seconds between reloads of a job's page while it is queued or running.
REFRESH_SECONDS = 3
JOBS_SHOWN = 10
MESSAGE_QUEUED = "Issuing the certificates of {cohort} in the background."


def issuers_only(view):
    """403 for anyone who may not issue (Wagtail has already turned away non-admins)."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_issue(request.user):
            return HttpResponseForbidden("Only certificate issuers may do this.")
        return view(request, *args, **kwargs)

    return wrapped


def _cohort(cohort_id) -> Cohort:
    cohort = Cohort.objects.select_related("course").filter(pk=cohort_id).first()
    if cohort is None:
        raise Http404("No such cohort.")
    return cohort


def _valid_certificates(cohort):
    return Certificate.objects.filter(enrollment__cohort=cohort, status=CertificateStatus.VALID)


class CohortCertificatesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "certificates/admin/cohort_certificates.html"
    page_title = "Certificates"
    header_icon = "doc-full"

    def dispatch(self, request, *args, cohort_id, **kwargs):
        self.cohort = _cohort(cohort_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            cohort=self.cohort,
            valid_count=_valid_certificates(self.cohort).count(),
            active_job=active_job(self.cohort),
            jobs=BulkIssueJob.objects.filter(cohort=self.cohort).select_related("requested_by")[
                :JOBS_SHOWN
            ],
            start_url=reverse("academy_certificate_jobs:start", args=[self.cohort.pk]),
            download_url=reverse("academy_certificate_jobs:download", args=[self.cohort.pk]),
            **kwargs,
        )


class JobView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "certificates/admin/bulk_job.html"
    page_title = "Issuing certificates"
    header_icon = "doc-full"

    def dispatch(self, request, *args, job_id, **kwargs):
        self.job = (
            BulkIssueJob.objects.select_related("cohort", "requested_by").filter(pk=job_id).first()
        )
        if self.job is None:
            raise Http404("No such job.")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.job.cohort)

    def get_context_data(self, **kwargs):
        job = self.job
        return super().get_context_data(
            job=job,
            refresh_seconds=REFRESH_SECONDS if job.is_active else None,
            percent=round(100 * job.done / job.total) if job.total else 0,
            cohort_url=reverse("academy_certificate_jobs:cohort", args=[job.cohort_id]),
            **kwargs,
        )


@require_POST
@issuers_only
def start(request, cohort_id):
    cohort = _cohort(cohort_id)
    try:
        job = bulk_issue_start(cohort=cohort, requested_by=request.user)
    except CertificateError as error:
        messages.error(request, str(error))
        running = active_job(cohort)
        if running is not None:
            return redirect("academy_certificate_jobs:job", job_id=running.pk)
        return redirect("academy_certificate_jobs:cohort", cohort_id=cohort.pk)
    messages.success(request, MESSAGE_QUEUED.format(cohort=cohort.name))
    return redirect("academy_certificate_jobs:job", job_id=job.pk)


@require_GET
@issuers_only
def download(request, cohort_id):
    """Every valid certificate of the cohort, one PDF per serial, in one ZIP file."""
    cohort = _cohort(cohort_id)
    certificates = _valid_certificates(cohort).only("serial", "pdf").order_by("serial")
    # On disk rather than in memory: a cohort of 500 is tens of megabytes.
    # FileResponse closes it once sent, and a temporary file is gone once closed.
    archive = tempfile.TemporaryFile()  # noqa: SIM115
    # PDFs are compressed already; storing them is as small and much faster.
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as bundle:
        for certificate in certificates.iterator():
            with (
                certificate.pdf.open("rb") as source,
                bundle.open(f"{certificate.serial}.pdf", "w") as target,
            ):
                while chunk := source.read(1 << 16):
                    target.write(chunk)
    archive.seek(0)
    filename = f"certificates-{slugify(cohort.name) or cohort.pk}.zip"
    return FileResponse(
        archive, as_attachment=True, filename=filename, content_type="application/zip"
    )


urlpatterns = [
    path(
        "certificates/bulk/cohorts/<int:cohort_id>/",
        issuers_only(CohortCertificatesView.as_view()),
        name="cohort",
    ),
    path("certificates/bulk/cohorts/<int:cohort_id>/issue/", start, name="start"),
    path("certificates/bulk/cohorts/<int:cohort_id>/certificates.zip", download, name="download"),
    path("certificates/bulk/jobs/<int:job_id>/", issuers_only(JobView.as_view()), name="job"),
]
