"""Move certificate PDFs saved in the public media folder into private storage."""

from django.core.management.base import BaseCommand

from certificates.models import Certificate
from certificates.storage import move_pdfs_to_private


class Command(BaseCommand):
    help = (
        "Move every certificate PDF still in the public media folder (saved before PDFs "
        "were private, or restored from an old backup) into private storage, under the "
        "same name and with the same bytes. Safe to run again; the migration runs it once."
    )

    def handle(self, *args, **options):
        summary = move_pdfs_to_private(Certificate)
        for name in summary.missing:
            self.stderr.write(f"Not found in either storage: {name}")
        self.stdout.write(f"Certificate PDFs: {summary}")
