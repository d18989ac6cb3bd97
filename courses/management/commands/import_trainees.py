"""``manage.py import_trainees FILE.csv --cohort ID [--dry-run] [--as USERNAME]``."""

from django.core.management.base import BaseCommand, CommandError

from academy.management.acting_user import user_named
from courses.imports import EXPECTED_HEADER, MAX_FILE_BYTES, trainees_import
from courses.models import Cohort
from courses.permissions import can

ERROR_NO_COHORT = "There is no cohort with id {cohort_id}."
ERROR_FILE = "Cannot read {path}: {reason}."
ERROR_INVALID = "{count} problem(s) in {path}: nothing was imported."
ERROR_NOT_MANAGER = "{username} does not manage the enrolments of cohort {cohort_id}."


class Command(BaseCommand):
    help = (
        f"Enrol trainees in a cohort from a UTF-8 CSV file with the header: {EXPECTED_HEADER}. "
        "Without --as, or as an academy admin, existing accounts are enrolled (or waitlisted "
        "when the cohort is full) and other addresses invited. As an instructor, only trainees "
        "of the instructor's own cohorts are enrolled; every other address is invited, with or "
        "without an account, and the output does not tell which. No existing profile is "
        "changed. Every row is checked first; one bad row and nothing is written. "
        "With -v 2, one line per row."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="the CSV file")
        parser.add_argument("--cohort", type=int, required=True, help="the cohort's id")
        parser.add_argument(
            "--dry-run", action="store_true", help="check and report, write nothing"
        )
        parser.add_argument(
            "--as",
            dest="username",
            metavar="USERNAME",
            help=(
                "import as this user, with their rights on the cohort, and record them as "
                "having done it (default: the academy itself, which may enrol any account)"
            ),
        )

    def handle(self, *args, file, cohort, dry_run, username, **options):
        cohort_object = Cohort.objects.filter(pk=cohort).first()
        if cohort_object is None:
            raise CommandError(ERROR_NO_COHORT.format(cohort_id=cohort))
        acting_as = user_named(username)
        if acting_as is not None and not can(acting_as, "manage_enrolments", cohort_object):
            raise CommandError(ERROR_NOT_MANAGER.format(username=username, cohort_id=cohort))
        try:
            with open(file, "rb") as csv_file:
                # One byte past the limit is enough to know the file is too big.
                data = csv_file.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise CommandError(ERROR_FILE.format(path=file, reason=error.strerror)) from error

        result = trainees_import(
            cohort=cohort_object, data=data, acting_user=acting_as, dry_run=dry_run
        )
        if not result.ok:
            for error in result.errors:
                self.stderr.write(str(error))
            raise CommandError(ERROR_INVALID.format(count=len(result.errors), path=file))
        if options["verbosity"] >= 2:
            for outcome in result.outcomes:
                self.stdout.write(str(outcome))
        self.stdout.write(self.style.SUCCESS(result.summary()))
