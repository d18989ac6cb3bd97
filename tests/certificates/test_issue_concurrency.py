"""Sixteen requests issuing the same certificate at once (PostgreSQL row locks).

One certificate, one PDF file, one audit entry, one email; every caller
learns the same certificate id, the losers through ``AlreadyIssued``.
"""

from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection

from certificates.issuing import AlreadyIssued, issue_certificate
from certificates.models import Certificate
from tests.certificate_factories import (
    CertificateTemplateFactory,
    completed_enrollment,
    ended_cohort,
    finished_course,
)
from tests.courses.admin_helpers import log_entries
from tests.courses.test_concurrency import run_at_once

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def pdf_files() -> set[Path]:
    return set(Path(settings.PRIVATE_MEDIA_ROOT).glob("certificates/*/*.pdf"))


def test_sixteen_simultaneous_issues_make_one_certificate(catalogue):
    CertificateTemplateFactory(is_default=True)
    course, lessons = finished_course(catalogue)
    enrollment = completed_enrollment(ended_cohort(course), lessons)
    mail.outbox.clear()
    # Other tests' files share the media folder; only what the race adds counts.
    before = pdf_files()

    results = run_at_once([lambda: issue_certificate(enrollment) for _ in range(16)])

    unexpected = [
        r for r in results if isinstance(r, Exception) and not isinstance(r, AlreadyIssued)
    ]
    assert not unexpected
    certificate = Certificate.objects.get(enrollment=enrollment)
    ids = {
        (result.certificate if isinstance(result, AlreadyIssued) else result).public_id
        for result in results
    }
    assert ids == {certificate.public_id}
    assert pdf_files() - before == {Path(certificate.pdf.path)}
    assert log_entries(certificate, "academy.certificate.issue").count() == 1
    assert [message.to for message in mail.outbox] == [[enrollment.user.email]]
