"""Check every stored certificate: signature and PDF file. Exit status 1 on any problem."""

from django.core.management.base import BaseCommand, CommandError

from certificates.integrity import check_all, orphan_files, remove_orphan_files
from certificates.models import Certificate


class Command(BaseCommand):
    help = (
        "Check that every certificate's signature verifies and its stored PDF matches the "
        "SHA-256 recorded at issue (for example after restoring a backup). Also lists PDF "
        "files no certificate names, left by an issue that was interrupted."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--remove-orphans",
            action="store_true",
            help="Delete PDF files that no certificate names (older than ten minutes).",
        )

    def handle(self, *args, remove_orphans=False, **options):
        total = Certificate.objects.count()
        problems = list(check_all())
        for problem in problems:
            self.stderr.write(f"{problem.serial}: {problem.reason}")
        if remove_orphans:
            removed = remove_orphan_files()
            if removed:
                self.stdout.write(f"Removed {removed} PDF files no certificate names.")
        else:
            for name in orphan_files():
                self.stdout.write(f"No certificate names {name} (--remove-orphans deletes it)")
        damaged = len({problem.serial for problem in problems})
        if damaged:
            raise CommandError(f"{damaged} of {total} certificates failed the check.")
        self.stdout.write(f"All {total} certificates are intact: signatures and PDF files.")
