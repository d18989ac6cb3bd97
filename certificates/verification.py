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
import zlib
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
MALFORMED = "malformed"

OUTCOME_MESSAGES = {
    GENUINE: "This is exactly the file the academy issued, and its signature is valid.",
    ALTERED: (
        "This file is not the one the academy issued: it has been changed since. "
        "Do not rely on it; the certificate's own page below shows what was issued."
    ),
    UNKNOWN: "The academy did not issue this file.",
    NOT_PDF: "This is not a PDF file.",
    MALFORMED: (
        "The academy did not issue this file: its attached certificate record is not one "
        "the academy writes (there are several, or it is far too large), so it was not read."
    ),
}

# The signed record is a few kilobytes of JSON; nothing larger is read.
ATTACHMENT_MAX_BYTES = 64 * 1024
# A certificate has one attachment; a name tree any larger is not the academy's.
NAME_TREE_MAX_ENTRIES = 16
NAME_TREE_MAX_NODES = 8
# Objects looked up while finding the record; each may sit in a compressed
# object stream that pypdf inflates, so this bounds the inflating too.
OBJECT_LOOKUP_BUDGET = 64
# Whatever pypdf inflates on its own while finding the record (cross-reference
# and object streams: a certificate's are a few kilobytes) stops at this size.
PDF_STREAM_MAX_BYTES = 256 * 1024
# Everything one upload may inflate, at most.
INFLATED_MAX_BYTES = OBJECT_LOOKUP_BUDGET * PDF_STREAM_MAX_BYTES + ATTACHMENT_MAX_BYTES
PDF_LIMITS = {
    "zlib_maximum_output_length": PDF_STREAM_MAX_BYTES,
    "zlib_maximum_recovery_input_length": PDF_STREAM_MAX_BYTES,
    "lzw_maximum_output_length": PDF_STREAM_MAX_BYTES,
    "run_length_maximum_output_length": PDF_STREAM_MAX_BYTES,
    "brotli_maximum_output_length": PDF_STREAM_MAX_BYTES,
    "jbig2_maximum_output_length": PDF_STREAM_MAX_BYTES,
    "array_based_stream_maximum_output_length": PDF_STREAM_MAX_BYTES,
    "stream_decoding_work_maximum_length": PDF_STREAM_MAX_BYTES,
    "image_maximum_buffer_size": PDF_STREAM_MAX_BYTES,
    "xmp_maximum_input_length": PDF_STREAM_MAX_BYTES,
    "array_maximum_element_count": 10_000,
    "dictionary_maximum_element_count": 1_000,
    "jbig2dec_binary": None,
}
XREF_MAX_ENTRIES = 10_000

ERROR_SEVERAL_RECORDS = "The PDF carries more than one certificate.json attachment."
ERROR_RECORD_TOO_LARGE = "The certificate.json attachment is larger than a certificate record."
ERROR_NAME_TREE_TOO_LARGE = "The PDF lists more attachments than a certificate carries."
ERROR_TOO_MANY_OBJECTS = "Finding the certificate record needs more lookups than a certificate."
ERROR_RECORD_ENCODING = "The certificate.json attachment is encoded as the academy never does."


class UnacceptableRecord(ValueError):
    """The PDF's certificate record is not one the academy would write; it was left unread."""


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
    """The signed JSON record attached to a PDF, or None when there is none readable.

    Uploaded PDFs are hostile until proven otherwise: a few kilobytes of
    deflate can inflate to gigabytes. So pypdf runs under tight limits, only
    the objects leading to the one attachment named certificate.json are
    looked up (at most OBJECT_LOOKUP_BUDGET of them), and that attachment is
    inflated by hand to at most ATTACHMENT_MAX_BYTES. Raises
    UnacceptableRecord when the file carries several such attachments or one
    too large to be a certificate record.
    """
    from pypdf import PdfReader, apply_configuration

    try:
        with apply_configuration(**PDF_LIMITS):
            reader = PdfReader(
                io.BytesIO(data),
                root_object_recovery_limit=0,
                xref_stream_maximum_entries=XREF_MAX_ENTRIES,
            )
            if reader.is_encrypted:
                return None
            raw = _RecordFinder(reader).raw_record()
    except UnacceptableRecord:
        raise
    except Exception:
        # pypdf raises many kinds of errors on broken files, and any of them
        # just means "not a readable certificate".
        logger.info("Unreadable PDF submitted for verification", exc_info=True)
        return None
    if raw is None:
        return None
    try:
        record = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return record if isinstance(record, dict) else None


class _RecordFinder:
    """Walks from the catalogue to the certificate.json stream, counting every lookup."""

    def __init__(self, reader):
        self.reader = reader
        self.lookups = 0

    def resolve(self, value):
        from pypdf.generic import IndirectObject

        if isinstance(value, IndirectObject):
            self.lookups += 1
            if self.lookups > OBJECT_LOOKUP_BUDGET:
                raise UnacceptableRecord(ERROR_TOO_MANY_OBJECTS)
            return value.get_object()
        return value

    def entry(self, dictionary, key):
        """``dictionary[key]`` resolved through the budget (pypdf's own [] would not count)."""
        from pypdf.generic import DictionaryObject

        if not isinstance(dictionary, DictionaryObject):
            return None
        return self.resolve(dictionary.raw_get(key)) if key in dictionary else None

    def raw_record(self) -> bytes | None:
        filespecs = self.certificate_filespecs()
        if not filespecs:
            return None
        embedded = self.entry(filespecs[0], "/EF")
        stream = self.entry(embedded, "/UF")
        if stream is None:
            stream = self.entry(embedded, "/F")
        return self.inflate(stream)

    def certificate_filespecs(self) -> list:
        """The file specifications the name tree files under certificate.json, unread."""
        from pypdf.generic import ArrayObject

        catalog = self.resolve(self.reader.trailer.raw_get("/Root"))
        tree = self.entry(self.entry(catalog, "/Names"), "/EmbeddedFiles")
        found, entries, nodes = [], 0, 0
        pending = [tree]
        while pending:
            node = pending.pop()
            nodes += 1
            if nodes > NAME_TREE_MAX_NODES:
                raise UnacceptableRecord(ERROR_NAME_TREE_TOO_LARGE)
            kids = self.entry(node, "/Kids")
            if isinstance(kids, ArrayObject):
                if len(kids) > NAME_TREE_MAX_NODES:
                    raise UnacceptableRecord(ERROR_NAME_TREE_TOO_LARGE)
                pending.extend(self.resolve(kid) for kid in kids)
            pairs = self.entry(node, "/Names")
            if not isinstance(pairs, ArrayObject):
                continue
            entries += len(pairs) // 2
            if entries > NAME_TREE_MAX_ENTRIES:
                raise UnacceptableRecord(ERROR_NAME_TREE_TOO_LARGE)
            for index in range(0, len(pairs) - 1, 2):
                if str(self.resolve(pairs[index])) == ATTACHMENT_NAME:
                    found.append(self.resolve(pairs[index + 1]))
        if len(found) > 1:
            raise UnacceptableRecord(ERROR_SEVERAL_RECORDS)
        return found

    def inflate(self, stream) -> bytes | None:
        """The attachment's bytes, inflated by hand and never past ATTACHMENT_MAX_BYTES."""
        from pypdf.generic import ArrayObject, NumberObject, StreamObject

        if not isinstance(stream, StreamObject):
            return None
        declared = self.entry(self.entry(stream, "/Params"), "/Size")
        if isinstance(declared, NumberObject) and declared > ATTACHMENT_MAX_BYTES:
            raise UnacceptableRecord(ERROR_RECORD_TOO_LARGE)
        # The stream as stored in the file, before any filter: pypdf read it
        # from the upload (so it is no larger than the upload) and has not
        # decoded it; its own get_data() would inflate it whole.
        stored = stream._data
        if len(stored) > ATTACHMENT_MAX_BYTES:
            raise UnacceptableRecord(ERROR_RECORD_TOO_LARGE)
        filters = self.entry(stream, "/Filter")
        if isinstance(filters, ArrayObject):
            filters = [self.resolve(item) for item in filters]
        else:
            filters = [] if filters is None else [filters]
        # The academy writes the record deflated once, without predictors.
        if "/DecodeParms" in stream or filters not in ([], ["/FlateDecode"]):
            raise UnacceptableRecord(ERROR_RECORD_ENCODING)
        if not filters:
            return bytes(stored)
        decompressor = zlib.decompressobj()
        try:
            inflated = decompressor.decompress(stored, ATTACHMENT_MAX_BYTES + 1)
        except zlib.error:
            return None
        if len(inflated) > ATTACHMENT_MAX_BYTES or decompressor.unconsumed_tail:
            raise UnacceptableRecord(ERROR_RECORD_TOO_LARGE)
        return inflated


def check_pdf(data: bytes) -> FileCheck:
    if not data.startswith(PDF_MAGIC):
        return FileCheck(NOT_PDF)
    digest = hashlib.sha256(data).hexdigest()
    certificate = Certificate.objects.filter(pdf_sha256=digest).first()
    if certificate is not None:
        valid = signature_valid(certificate)
        return FileCheck(GENUINE if valid else ALTERED, certificate, valid)
    try:
        record = embedded_record(data)
    except UnacceptableRecord as refusal:
        logger.info("PDF refused for verification: %s", refusal)
        return FileCheck(MALFORMED)
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
