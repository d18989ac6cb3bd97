"""Check every stored certificate: signature and PDF file. Exit status 1 on any problem."""

from django.core.management.base import BaseCommand, CommandError

from certificates.integrity import check_all
from certificates.models import Certificate


class Command(BaseCommand):
    help = (
        "Check that every certificate's signature verifies and its stored PDF matches the "
        "SHA-256 recorded at issue (for example after restoring a backup)."
    )

    def handle(self, *args, **options):
        total = Certificate.objects.count()
        problems = list(check_all())
        for problem in problems:
            self.stderr.write(f"{problem.serial}: {problem.reason}")
        damaged = len({problem.serial for problem in problems})
        if damaged:
            raise CommandError(f"{damaged} of {total} certificates failed the check.")
        self.stdout.write(f"All {total} certificates are intact: signatures and PDF files.")
