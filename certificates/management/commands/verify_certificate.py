"""Check a certificate PDF against the academy's records and published keys, offline."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from certificates.verification import GENUINE, check_pdf, status_sentence

OUTCOME_LABELS = {
    "genuine": "GENUINE",
    "altered": "ALTERED",
    "unknown": "UNKNOWN",
    "not_pdf": "NOT A PDF",
    "malformed": "NOT RECOGNISED",
}


class Command(BaseCommand):
    help = (
        "Check that a PDF is exactly a certificate the academy issued, that its signature "
        "verifies with a published key, and whether it is still valid. Exits with status 0 "
        "only for a genuine, currently valid certificate."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The certificate's PDF file.")

    def handle(self, *args, file, **options):
        path = Path(file)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise CommandError(f"No such file: {path}") from None
        except IsADirectoryError:
            raise CommandError(f"{path} is a folder, not a PDF file.") from None
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from None

        check = check_pdf(data)
        self.stdout.write(f"Result: {OUTCOME_LABELS[check.outcome]}. {check.message}")
        certificate = check.certificate
        current = False
        if certificate is not None:
            snapshot = certificate.snapshot
            current = certificate.is_current
            self.stdout.write(f"Serial: {snapshot['serial']}")
            self.stdout.write(f"Awarded to: {snapshot['recipient_name']}")
            self.stdout.write(f"Course: {snapshot['course_title']} ({snapshot['tier_label']})")
            self.stdout.write(f"Cohort: {snapshot['cohort_name']}")
            self.stdout.write(
                f"Signature: {'valid' if check.signature_valid else 'INVALID'} "
                f"(key {certificate.key_id})"
            )
            self.stdout.write(f"Status: {status_sentence(certificate)}")
        if check.outcome == GENUINE and current:
            return
        raise SystemExit(1)
