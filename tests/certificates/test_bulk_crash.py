"""Bulk issuance killed with SIGKILL at several points, then run again (PostgreSQL).

The command runs in its own process against the test database; this test
kills it mid-run, twice, and runs it to the end. Whatever the moment of
death, every eligible trainee ends with exactly one valid certificate whose
stored file matches its recorded hash, serials stay unique, and no PDF is
left without a certificate.
"""

import datetime
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from certificates.integrity import check_all, orphan_files
from certificates.models import BulkIssueJob, BulkIssueStatus, Certificate, CertificateStatus
from tests.certificate_factories import (
    CertificateTemplateFactory,
    completed_enrollment,
    ended_cohort,
    finished_course,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TRAINEES = 12

pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a second process needs a server"),
]


def command(cohort_id: int) -> subprocess.Popen:
    database = connection.settings_dict
    url = (
        f"postgres://{database['USER'] or 'postgres'}@{database['HOST'] or '127.0.0.1'}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings.test",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        "CERTIFICATE_SIGNING_KEY": settings.CERTIFICATE_SIGNING_KEY,
        # Nothing else issues in this test, so a file without a row is an orphan at once.
        "CERTIFICATE_ORPHAN_GRACE_SECONDS": "0",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "issue_certificates", "--cohort", str(cohort_id)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_after(cohort_id: int, issued: int) -> None:
    """Start the command and SIGKILL it once ``issued`` certificates exist."""
    process = command(cohort_id)
    deadline = time.monotonic() + 120
    while Certificate.objects.filter(enrollment__cohort_id=cohort_id).count() < issued:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the command made no progress"
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def test_bulk_issuance_survives_sigkill_and_completes_on_rerun(catalogue):
    CertificateTemplateFactory(is_default=True)
    course, lessons = finished_course(catalogue)
    cohort = ended_cohort(course)
    enrollments = [completed_enrollment(cohort, lessons) for _ in range(TRAINEES)]

    kill_after(cohort.pk, 2)
    kill_after(cohort.pk, 7)
    finished = command(cohort.pk)
    stdout, stderr = finished.communicate(timeout=300)

    assert finished.returncode == 0, stderr
    assert "issued" in stdout
    for enrollment in enrollments:
        assert enrollment.certificates.filter(status=CertificateStatus.VALID).count() == 1
    serials = list(Certificate.objects.values_list("serial", flat=True))
    assert len(serials) == len(set(serials)) == TRAINEES
    assert list(check_all()) == []
    assert orphan_files(older_than=datetime.timedelta(0)) == []
    # The two killed runs are recorded as interrupted, the last as finished.
    statuses = list(BulkIssueJob.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [BulkIssueStatus.FAILED, BulkIssueStatus.FAILED, BulkIssueStatus.FINISHED]
