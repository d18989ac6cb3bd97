"""``manage.py import_trainees FILE.csv --cohort ID [--dry-run] [--as USERNAME]``."""

from django.core.management.base import BaseCommand, CommandError

from academy.management.acting_user import user_named
from courses.imports import EXPECTED_HEADER, MAX_FILE_BYTES, trainees_import
from courses.models import Cohort

ERROR_NO_COHORT = "There is no cohort with id {cohort_id}."
ERROR_FILE = "Cannot read {path}: {reason}."
ERROR_INVALID = "{count} problem(s) in {path}: nothing was imported."


class Command(BaseCommand):
    help = (
        f"Enrol trainees in a cohort from a UTF-8 CSV file with the header: {EXPECTED_HEADER}. "
        "Existing accounts are enrolled (or waitlisted when the cohort is full), new addresses "
        "invited. Every row is checked first; one bad row and nothing is written."
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
            help="the admin recorded as having done the import (default: nobody)",
        )

    def handle(self, *args, file, cohort, dry_run, username, **options):
        cohort_object = Cohort.objects.filter(pk=cohort).first()
        if cohort_object is None:
            raise CommandError(ERROR_NO_COHORT.format(cohort_id=cohort))
        acting_as = user_named(username)
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
        self.stdout.write(self.style.SUCCESS(result.summary()))
