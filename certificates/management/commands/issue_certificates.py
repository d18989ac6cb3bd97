"""``manage.py issue_certificates --cohort ID [--as USERNAME]``: a cohort's certificates, now.

The same work as the admin's "Issue certificates" button, in this process,
with a progress bar on stderr and the summary on stdout. It records a job
like the button does, so it refuses while the admin's job for the cohort is
queued or running, and the job's page shows what it did.
"""

from django.core.management.base import BaseCommand, CommandError

from academy.management.acting_user import user_named
from certificates.bulk import job_create, job_run
from certificates.issuing import CertificateError
from courses.models import Cohort

ERROR_NO_COHORT = "There is no cohort with id {cohort_id}."
BAR_WIDTH = 30


def progress_bar(done: int, total: int, width: int = BAR_WIDTH) -> str:
    """``[=====     ] 312/500``: plain text, for any terminal or log file."""
    filled = width if not total else width * done // total
    return f"[{'=' * filled}{' ' * (width - filled)}] {done}/{total}"


class Command(BaseCommand):
    help = (
        "Issue every certificate a cohort's trainees have earned and do not hold yet: "
        "completion or distinction for those who finished, participation for those who "
        "took part once the cohort has ended. Safe to run again: only what is missing is issued."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cohort", type=int, required=True, help="the cohort's id")
        parser.add_argument(
            "--as",
            dest="username",
            metavar="USERNAME",
            help="the admin recorded as the issuer (default: nobody)",
        )

    def handle(self, *args, cohort, username, **options):
        cohort_object = Cohort.objects.select_related("course").filter(pk=cohort).first()
        if cohort_object is None:
            raise CommandError(ERROR_NO_COHORT.format(cohort_id=cohort))
        acting_as = user_named(username)
        try:
            job = job_create(cohort=cohort_object, requested_by=acting_as)
        except CertificateError as error:
            raise CommandError(str(error)) from error

        self._shown = None
        try:
            summary = job_run(job, progress=self._progress)
        except CertificateError as error:
            # Nothing can be issued for the cohort (no template, say); the job says why too.
            raise CommandError(str(error)) from error
        finally:
            self.stderr.write("")
        self.stdout.write(self.style.SUCCESS(f"{cohort_object.name}: {summary}"))
        for failure in summary.failures:
            self.stdout.write(f"  not issued: {failure['trainee']}: {failure['reason']}")

    def _progress(self, done: int, total: int) -> None:
        if (done, total) == self._shown:
            return
        self._shown = (done, total)
        # A carriage return redraws the bar in place on a terminal.
        self.stderr.write("\r" + progress_bar(done, total), ending="")
        self.stderr.flush()
