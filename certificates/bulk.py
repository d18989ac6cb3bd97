"""Issuing a whole cohort's certificates: in the background from the admin, or by command.

``issue_for_cohort`` is safe to run again and to run twice at once: it
issues only what is missing, and an enrolment that gained a valid
certificate meanwhile (the database allows only one) counts as skipped.
Enrolments that earn no certificate (withdrawn, never started, still
running) are left out of the counts altogether; a failure is an eligible
enrolment whose certificate could not be issued, kept with its reason.

A ``BulkIssueJob`` records one request; its counters are written as the
work goes, so the admin page can show "312 of 500".
"""

import datetime
import logging
import os
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from certificates.integrity import remove_orphan_files
from certificates.issuing import (
    AlreadyIssued,
    CertificateError,
    eligibility,
    issue_planned_certificate,
    print_plan_for,
)
from certificates.models import BulkIssueJob, BulkIssueStatus, Certificate, CertificateStatus
from courses.completion import evaluate_many
from courses.models import Cohort, Enrollment, EnrollmentStatus

logger = logging.getLogger(__name__)

# Enrolments evaluated together: bounds memory, keeps the query count per batch fixed.
EVALUATION_BATCH = 500
REPORT_INTERVAL_SECONDS = 0.5

ERROR_JOB_ACTIVE = (
    "Certificates for {cohort} are already being issued (requested {when}). "
    "Wait for that to finish, then start again to issue anything still missing."
)
ERROR_UNEXPECTED = "Unexpected error ({error}); the administrators have been told."
ERROR_JOB_CRASHED = "The job stopped: {error}"
ERROR_JOB_ABANDONED = (
    "The job was interrupted (its process stopped); a new run issues what is missing."
)

Progress = Callable[[int, int], None]


@dataclass
class BulkIssueSummary:
    total: int = 0
    issued: int = 0
    skipped: int = 0
    failures: list[dict] = field(default_factory=list)
    # When the job's row was last written (time.monotonic()).
    reported_at: float = field(default=float("-inf"), repr=False)

    @property
    def done(self) -> int:
        return self.issued + self.skipped + len(self.failures)

    def __str__(self) -> str:
        return (
            f"{self.total} eligible: {self.issued} issued, "
            f"{self.skipped} already had a certificate, {len(self.failures)} failed."
        )


def _trainee(enrollment: Enrollment) -> str:
    user = enrollment.user
    name = user.get_full_name().strip()
    return f"{name} <{user.email}>" if name and user.email else name or user.get_username()


def _eligible(cohort: Cohort, today, enrollment_ids=None) -> list[tuple[Enrollment, object]]:
    """The cohort's enrolments that earn a certificate, each with its completion result."""
    enrollments = Enrollment.objects.filter(
        cohort=cohort, status__in=(EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED)
    )
    if enrollment_ids is not None:
        enrollments = enrollments.filter(pk__in=list(enrollment_ids))
    enrollments = list(enrollments.select_related("cohort__course", "user").order_by("pk"))
    eligible = []
    for start in range(0, len(enrollments), EVALUATION_BATCH):
        batch = enrollments[start : start + EVALUATION_BATCH]
        results = evaluate_many(batch)
        for enrollment in batch:
            result = results[enrollment.pk]
            if eligibility(enrollment, result, today=today).eligible:
                eligible.append((enrollment, result))
    return eligible


def issue_for_cohort(
    cohort: Cohort,
    *,
    issued_by=None,
    job: BulkIssueJob | None = None,
    progress: Progress | None = None,
    notify: bool = True,
    enrollment_ids: Iterable[int] | None = None,
) -> BulkIssueSummary:
    """Issue every certificate the cohort's trainees have earned and do not hold yet.

    ``enrollment_ids`` narrows the run to some of the cohort's enrolments
    (several workers sharing a large cohort). ``progress(done, total)`` is
    called after each enrolment.
    """
    # PDFs left by an issue that died before committing its row (see integrity).
    remove_orphan_files()
    eligible = _eligible(cohort, timezone.localdate(), enrollment_ids)
    holders = set(
        Certificate.objects.filter(
            enrollment__cohort=cohort, status=CertificateStatus.VALID
        ).values_list("enrollment_id", flat=True)
    )
    summary = BulkIssueSummary(total=len(eligible))
    _report(job, summary, progress, total=True)
    # The template, its printed revision and the signing key, looked up once for all.
    missing = any(enrollment.pk not in holders for enrollment, _ in eligible)
    plan = print_plan_for(cohort.course) if missing else None
    for enrollment, result in eligible:
        if enrollment.pk in holders:
            summary.skipped += 1
        else:
            _issue_one(enrollment, result, summary, issued_by=issued_by, plan=plan, notify=notify)
        _report(job, summary, progress)
    return summary


def _issue_one(enrollment, result, summary, *, issued_by, plan, notify) -> None:
    try:
        issue_planned_certificate(
            enrollment, plan=plan, issued_by=issued_by, result=result, notify=notify
        )
    except AlreadyIssued:
        # Someone else (another admin, the command) issued it meanwhile.
        summary.skipped += 1
    except CertificateError as error:
        summary.failures.append(_failure(enrollment, str(error)))
    except Exception as error:
        # One trainee's broken record (a file that cannot be written, a bad
        # image) must not stop the cohort: record it, log it, go on.
        logger.exception("Could not issue a certificate for enrolment %s", enrollment.pk)
        summary.failures.append(
            _failure(enrollment, ERROR_UNEXPECTED.format(error=type(error).__name__))
        )
    else:
        summary.issued += 1


def _failure(enrollment: Enrollment, reason: str) -> dict:
    return {"enrollment": enrollment.pk, "trainee": _trainee(enrollment), "reason": reason}


def _report(job, summary: BulkIssueSummary, progress, *, total: bool = False) -> None:
    now = time.monotonic()
    finished = summary.done == summary.total
    due = total or finished or now - summary.reported_at >= REPORT_INTERVAL_SECONDS
    if job is not None and due:
        # One UPDATE of the job's own row, a few times a second at most: the
        # admin page reads it while we work, and each write is a commit.
        summary.reported_at = now
        fields = {
            "issued": summary.issued,
            "skipped": summary.skipped,
            "failures": summary.failures,
            "heartbeat_at": timezone.now(),
        }
        if total:
            fields["total"] = summary.total
        BulkIssueJob.objects.filter(pk=job.pk).update(**fields)
        for name, value in fields.items():
            setattr(job, name, value)
    if progress is not None:
        progress(summary.done, summary.total)


# Jobs ------------------------------------------------------------------------


def this_worker() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def is_abandoned(job: BulkIssueJob, now=None) -> bool:
    """True for a running job whose process is gone.

    On this machine the process is asked directly; a job run elsewhere is
    given up once it has not reported for CERTIFICATE_JOB_STALE_SECONDS.
    """
    if job.status != BulkIssueStatus.RUNNING:
        return False
    host, _, pid = job.worker.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        return not _process_alive(int(pid))
    now = now or timezone.now()
    last_sign = job.heartbeat_at or job.started_at or job.created_at
    return now - last_sign > datetime.timedelta(seconds=settings.CERTIFICATE_JOB_STALE_SECONDS)


def _close_abandoned(cohort: Cohort) -> None:
    running = BulkIssueJob.objects.filter(cohort=cohort, status=BulkIssueStatus.RUNNING)
    for job in running:
        if is_abandoned(job):
            BulkIssueJob.objects.filter(pk=job.pk, status=BulkIssueStatus.RUNNING).update(
                status=BulkIssueStatus.FAILED,
                finished_at=timezone.now(),
                failures=[*job.failures, {"trainee": "", "reason": ERROR_JOB_ABANDONED}],
            )


def active_job(cohort: Cohort) -> BulkIssueJob | None:
    return (
        BulkIssueJob.objects.filter(
            cohort=cohort, status__in=(BulkIssueStatus.QUEUED, BulkIssueStatus.RUNNING)
        )
        .order_by("created_at", "pk")
        .first()
    )


def job_create(*, cohort: Cohort, requested_by) -> BulkIssueJob:
    """A queued job for the cohort; ``CertificateError`` while another one is queued or running."""
    with transaction.atomic():
        # Lock the cohort: two admins clicking at once must not both get a job.
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        # A job whose process died (killed, restarted) must not block the cohort forever.
        _close_abandoned(cohort)
        running = active_job(cohort)
        if running is not None:
            when = timezone.localtime(running.created_at).strftime("%Y-%m-%d %H:%M")
            raise CertificateError(ERROR_JOB_ACTIVE.format(cohort=cohort.name, when=when))
        job = BulkIssueJob.objects.create(cohort=cohort, requested_by=requested_by)
        log(
            instance=cohort,
            action="academy.certificate.bulk_issue",
            user=requested_by,
            data={"job": job.pk, "cohort": cohort.name},
        )
    return job


def bulk_issue_start(*, cohort: Cohort, requested_by) -> BulkIssueJob:
    """Queue the cohort's certificates to be issued by a background worker."""
    from certificates.tasks import issue_cohort_certificates

    job = job_create(cohort=cohort, requested_by=requested_by)
    # After commit, or a fast worker could look for a job that is not there yet.
    transaction.on_commit(lambda: issue_cohort_certificates.enqueue(job_id=job.pk))
    return job


def job_run(job: BulkIssueJob, *, progress: Progress | None = None) -> BulkIssueSummary | None:
    """Run a queued job to the end; None when it was already taken (a task delivered twice)."""
    now = timezone.now()
    claimed = BulkIssueJob.objects.filter(pk=job.pk, status=BulkIssueStatus.QUEUED).update(
        status=BulkIssueStatus.RUNNING, started_at=now, heartbeat_at=now, worker=this_worker()
    )
    if not claimed:
        return None
    job.refresh_from_db()
    try:
        summary = issue_for_cohort(
            job.cohort, issued_by=job.requested_by, job=job, progress=progress
        )
    except Exception as error:
        # Whatever stopped the run, the admin page must not say "running" forever.
        job.refresh_from_db(fields=["failures"])
        BulkIssueJob.objects.filter(pk=job.pk).update(
            status=BulkIssueStatus.FAILED,
            finished_at=timezone.now(),
            failures=[
                *job.failures,
                {"trainee": "", "reason": ERROR_JOB_CRASHED.format(error=error)},
            ],
        )
        raise
    BulkIssueJob.objects.filter(pk=job.pk).update(
        status=BulkIssueStatus.FINISHED, finished_at=timezone.now()
    )
    job.refresh_from_db()
    return summary
