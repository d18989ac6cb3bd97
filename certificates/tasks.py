"""Background tasks of the certificates app (django-tasks, "background" queue)."""

from django_tasks import task

from certificates import emails
from certificates.bulk import job_run
from certificates.models import BulkIssueJob


@task(backend="background")
def email_certificate(certificate_id: int) -> None:
    emails.deliver_certificate(certificate_id=certificate_id)


@task(backend="background")
def issue_cohort_certificates(job_id: int) -> dict | None:
    """Run a bulk issue job; its counters on ``BulkIssueJob`` show the progress."""
    job = BulkIssueJob.objects.select_related("cohort__course", "requested_by").get(pk=job_id)
    summary = job_run(job)
    if summary is None:
        return None
    return {"total": summary.total, "issued": summary.issued, "failed": len(summary.failures)}
