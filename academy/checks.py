"""System checks for settings a deployment can get dangerously wrong."""

from django.conf import settings
from django.core.checks import Error, Tags, register

from academy.private_files import SERVE_MODES, overlapping_roots


@register(Tags.security)
def check_private_files(app_configs=None, **kwargs):
    errors = []
    if overlapping_roots():
        errors.append(
            Error(
                "PRIVATE_MEDIA_ROOT and MEDIA_ROOT overlap, so private files could be "
                "served at public URLs.",
                hint="Give PRIVATE_MEDIA_ROOT a folder outside MEDIA_ROOT (default var/private).",
                id="academy.E001",
            )
        )
    if settings.PRIVATE_FILES_SERVE not in SERVE_MODES:
        errors.append(
            Error(
                f"PRIVATE_FILES_SERVE is {settings.PRIVATE_FILES_SERVE!r}.",
                hint=f"Use one of {', '.join(SERVE_MODES)}.",
                id="academy.E002",
            )
        )
    return errors
