"""System checks: certificate PDFs left in the public media folder."""

from django.core.checks import Tags, Warning, register

from academy.private_files import files_under, public_storage
from certificates.storage import PDF_FOLDER


@register(Tags.security)
def check_no_public_pdfs(app_configs=None, **kwargs):
    try:
        left = files_under(public_storage(), PDF_FOLDER)
    except OSError:
        # An unreachable storage is for the operator to see elsewhere, not a reason to stop.
        return []
    if not left:
        return []
    return [
        Warning(
            f"{len(left)} certificate PDF files are in the public media folder "
            f"({PDF_FOLDER}/), for example {left[0]}.",
            hint="Run `python manage.py move_private_files` to move them to private storage.",
            id="certificates.W001",
        )
    ]
