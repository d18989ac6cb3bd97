"""Check stored certificates against their own records: after a restore, a migration of
storage, or whenever an operator wants proof that nothing drifted.

A certificate is intact when its signature verifies with a published key
and its stored PDF still has the SHA-256 recorded at issue.
"""

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from certificates.models import Certificate
from certificates.verification import signature_valid

CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Problem:
    serial: str
    reason: str


def file_sha256(certificate: Certificate) -> str | None:
    """The SHA-256 of the stored PDF, or None when the file is missing."""
    storage = certificate.pdf.storage
    if not certificate.pdf.name or not storage.exists(certificate.pdf.name):
        return None
    digest = hashlib.sha256()
    with storage.open(certificate.pdf.name, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def problems_with(certificate: Certificate) -> list[str]:
    reasons = []
    if not signature_valid(certificate):
        reasons.append("its signature does not verify with the published key")
    stored = file_sha256(certificate)
    if stored is None:
        reasons.append(f"its PDF file is missing ({certificate.pdf.name})")
    elif stored != certificate.pdf_sha256:
        reasons.append("its PDF file differs from the one issued (SHA-256 mismatch)")
    return reasons


def check_all(certificates: Iterable[Certificate] | None = None) -> Iterator[Problem]:
    if certificates is None:
        certificates = Certificate.objects.order_by("pk").iterator(chunk_size=500)
    for certificate in certificates:
        for reason in problems_with(certificate):
            yield Problem(certificate.serial, reason)
