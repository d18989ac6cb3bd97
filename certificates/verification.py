"""Is this certificate genuine? Checks for the public pages and the offline command.

A PDF is genuine when its SHA-256 matches a certificate the academy issued
and that certificate's signature verifies with a published key. A PDF that
carries a certificate record but whose bytes differ from the issued file
has been altered (or re-saved) and is reported as such.
"""

import hashlib
import io
import json
import logging
import re
from dataclasses import dataclass

from django.utils import formats

from certificates.models import Certificate, CertificateStatus
from certificates.rendering import ATTACHMENT_NAME
from certificates.signing import verify

logger = logging.getLogger(__name__)

PDF_MAGIC = b"%PDF-"
SERIAL_CHARACTERS = re.compile(r"[A-Z0-9-]{1,40}")

GENUINE = "genuine"
ALTERED = "altered"
UNKNOWN = "unknown"
NOT_PDF = "not_pdf"

OUTCOME_MESSAGES = {
    GENUINE: "This is exactly the file the academy issued, and its signature is valid.",
    ALTERED: (
        "This file is not the one the academy issued: it has been changed since. "
        "Do not rely on it; the certificate's own page below shows what was issued."
    ),
    UNKNOWN: "The academy did not issue this file.",
    NOT_PDF: "This is not a PDF file.",
}


@dataclass(frozen=True)
class FileCheck:
    outcome: str
    certificate: Certificate | None = None
    signature_valid: bool = False

    @property
    def message(self) -> str:
        return OUTCOME_MESSAGES[self.outcome]

    @property
    def is_genuine(self) -> bool:
        return self.outcome == GENUINE


def signature_valid(certificate: Certificate) -> bool:
    return verify(certificate.snapshot, certificate.key_id, certificate.signature)


def embedded_record(data: bytes) -> dict | None:
    """The signed JSON record attached to a PDF, or None when there is none readable."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        contents = reader.attachments.get(ATTACHMENT_NAME) or []
        record = json.loads(contents[0]) if contents else None
    except Exception:
        logger.info("Unreadable PDF submitted for verification", exc_info=True)
        return None
    return record if isinstance(record, dict) else None


def check_pdf(data: bytes) -> FileCheck:
    if not data.startswith(PDF_MAGIC):
        return FileCheck(NOT_PDF)
    digest = hashlib.sha256(data).hexdigest()
    certificate = Certificate.objects.filter(pdf_sha256=digest).first()
    if certificate is not None:
        valid = signature_valid(certificate)
        return FileCheck(GENUINE if valid else ALTERED, certificate, valid)
    record = embedded_record(data)
    public_id = None
    if record is not None:
        public_id = (record.get("certificate") or {}).get("public_id")
    if isinstance(public_id, str):
        certificate = Certificate.objects.filter(public_id=_uuid_or_none(public_id)).first()
        if certificate is not None:
            return FileCheck(ALTERED, certificate, signature_valid(certificate))
    return FileCheck(UNKNOWN)


def _uuid_or_none(text: str):
    import uuid

    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def normalise_serial(text: str) -> str:
    return "".join((text or "").split()).upper()


def find_by_serial(serial: str) -> Certificate | None:
    serial = normalise_serial(serial)
    # Serials hold letters, digits and hyphens; anything else matches none
    # without asking the database (PostgreSQL refuses a NUL byte in text).
    if not SERIAL_CHARACTERS.fullmatch(serial):
        return None
    return Certificate.objects.filter(serial=serial).first()


def status_sentence(certificate: Certificate) -> str:
    """The status in plain words, as the verification page and the command print it."""
    if certificate.status == CertificateStatus.REVOKED:
        day = formats.date_format(certificate.revoked_at, "j F Y")
        return f"Revoked on {day}: {certificate.revocation_reason}"
    if certificate.status == CertificateStatus.SUPERSEDED:
        successor = certificate.superseded_by
        day = formats.date_format(certificate.superseded_at, "j F Y")
        if successor is None:
            return f"Superseded on {day}."
        return f"Superseded on {day} by certificate {successor.serial}."
    if certificate.is_expired:
        return f"Expired on {formats.date_format(certificate.expires_on, 'j F Y')}."
    if certificate.expires_on:
        return f"Valid until {formats.date_format(certificate.expires_on, 'j F Y')}."
    return "Valid."
