"""Create the local certificate signing key, or show the configured key's id."""

import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates.signing import SigningKeyMissing, current_key_id, generate_private_key_pem


class Command(BaseCommand):
    help = (
        "Show the id of the configured certificate signing key; with --create, write a new "
        "key to CERTIFICATE_SIGNING_KEY_FILE when there is none (for local use)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--create", action="store_true", help="Write a new key file if none exists."
        )

    def handle(self, *args, create=False, **options):
        path = Path(settings.CERTIFICATE_SIGNING_KEY_FILE or "")
        if create and not settings.CERTIFICATE_SIGNING_KEY and not path.exists():
            if not settings.CERTIFICATE_SIGNING_KEY_FILE:
                raise CommandError("Set CERTIFICATE_SIGNING_KEY_FILE to say where the key goes.")
            path.parent.mkdir(parents=True, exist_ok=True)
            # Readable by this user only: whoever holds it can sign certificates.
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(generate_private_key_pem())
            self.stdout.write(f"Created a certificate signing key at {path}")
        try:
            key_id = current_key_id()
        except SigningKeyMissing as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Certificate signing key id: {key_id}")
