"""Helpers shared by the certificate view and command tests."""

import datetime
import io

from django.utils import timezone
from pypdf import PdfReader, PdfWriter

from certificates.issuing import issue_certificate
from tests.certificate_factories import completed_enrollment, ended_cohort, finished_course


def resaved(data: bytes) -> bytes:
    """The same PDF written out again by another program: record attached, bytes different."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_metadata({"/Producer": "Some PDF editor"})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def one_byte_changed(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]


def expired_certificate(catalogue):
    """A certificate valid for one month, issued four months ago (a default template exists)."""
    course, lessons = finished_course(catalogue, certificate_validity_months=1)
    enrollment = completed_enrollment(ended_cohort(course), lessons)
    return issue_certificate(enrollment, now=timezone.now() - datetime.timedelta(days=120))
