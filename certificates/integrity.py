"""Check stored certificates against their own records: after a restore, a migration of
storage, or whenever an operator wants proof that nothing drifted.

A certificate is intact when its signature verifies with a published key
and its stored PDF still has the SHA-256 recorded at issue.
"""

import datetime
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from certificates.models import Certificate
from certificates.storage import PDF_FOLDER
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


def orphan_grace() -> datetime.timedelta:
    return datetime.timedelta(seconds=settings.CERTIFICATE_ORPHAN_GRACE_SECONDS)


def pdf_storage():
    """Where issued PDFs are kept (private: see certificates.storage)."""
    return Certificate._meta.get_field("pdf").storage


def orphan_files(*, older_than: datetime.timedelta | None = None) -> list[str]:
    """Stored PDFs that no certificate row names, left by an issue that died midway.

    An issue writes its PDF before committing its row, so a process killed
    in between leaves a file behind. Files younger than ``older_than`` are
    spared: they may belong to an issue still in progress.
    """
    cutoff = timezone.now() - (orphan_grace() if older_than is None else older_than)
    storage = pdf_storage()
    names = []
    folders = storage.listdir(PDF_FOLDER)[0] if storage.exists(PDF_FOLDER) else []
    for folder in folders:
        for filename in storage.listdir(f"{PDF_FOLDER}/{folder}")[1]:
            names.append(f"{PDF_FOLDER}/{folder}/{filename}")
    known = set(Certificate.objects.filter(pdf__in=names).values_list("pdf", flat=True))
    return [name for name in names if name not in known and _written_before(name, cutoff)]


def _written_before(name: str, cutoff) -> bool:
    try:
        return pdf_storage().get_modified_time(name) < cutoff
    except FileNotFoundError:
        # Another issue removed it after the listing (its row lost a race): not ours to judge.
        return False


def remove_orphan_files(*, older_than: datetime.timedelta | None = None) -> int:
    orphans = orphan_files(older_than=older_than)
    storage = pdf_storage()
    for name in orphans:
        storage.delete(name)
    return len(orphans)
