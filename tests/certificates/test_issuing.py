"""Issuing, revoking and reissuing certificates: serials, snapshots, rules, audit, email."""

import datetime
import re
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from academy.services import profile_for, profile_update
from certificates import issuing
from certificates.integrity import pdf_storage
from certificates.issuing import (
    ERROR_NOT_VALID,
    ERROR_REASON_REQUIRED,
    AlreadyIssued,
    CertificateError,
    issue_certificate,
    printed_certificate,
    reissue_certificate,
    revoke_certificate,
)
from certificates.models import Certificate, CertificateStatus, Tier, certificate_expiry
from certificates.rendering import render_pdf
from certificates.verification import signature_valid
from courses.models import Enrollment
from tests.certificate_factories import (
    CertificateTemplateFactory,
    completed_enrollment,
    ended_cohort,
    finished_course,
)
from tests.courses.admin_helpers import log_entries
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SERIAL = re.compile(r"WIC-DA-(\d{4})-(\d{6})")


@pytest.fixture
def template(db):
    return CertificateTemplateFactory(is_default=True)


@pytest.fixture
def finished(catalogue, template):
    """A course (2 lessons, 12 hours), an ended cohort and a function making finishers."""
    course, lessons = finished_course(catalogue, title="Data governance", estimated_hours=12)
    cohort = ended_cohort(course, name="Dakar 2026")

    def finisher(name="Aminata Diop", **user_kwargs):
        enrollment = completed_enrollment(cohort, lessons, **user_kwargs)
        profile = profile_for(enrollment.user)
        profile.certificate_name = name
        profile.save()
        return Enrollment.objects.select_related("cohort__course", "user").get(pk=enrollment.pk)

    return finisher


@pytest.fixture
def admin_user(db):
    return UserFactory(username="registrar", is_staff=True, is_superuser=True)


def test_serials_follow_the_format_and_differ(finished):
    first = issue_certificate(finished())
    second = issue_certificate(finished("Li Wei"))

    for certificate in (first, second):
        match = SERIAL.fullmatch(certificate.serial)
        assert match, certificate.serial
        assert int(match[1]) == certificate.issued_at.year
    assert first.serial != second.serial
    assert first.public_id != second.public_id


def test_a_serial_already_taken_is_drawn_again(finished):
    first = issue_certificate(finished())
    enrollment = finished("Li Wei")
    folder = first.pdf.name.rsplit("/", 1)[0]
    files_before = set(pdf_storage().listdir(folder)[1])
    fresh = "WIC-DA-2026-424242"

    with mock.patch.object(issuing, "new_serial", side_effect=[first.serial, fresh]):
        second = issue_certificate(enrollment)

    assert second.serial == fresh
    assert Certificate.objects.count() == 2
    # The PDF printed for the losing draw is not left behind.
    new_files = set(pdf_storage().listdir(folder)[1]) - files_before
    assert new_files == {second.pdf.name.rsplit("/", 1)[1]}


def test_serials_that_keep_colliding_give_a_clear_error(finished):
    first = issue_certificate(finished())
    enrollment = finished("Li Wei")

    with (
        mock.patch.object(issuing, "new_serial", return_value=first.serial),
        pytest.raises(CertificateError, match="unused serial"),
    ):
        issue_certificate(enrollment)

    assert Certificate.objects.count() == 1


def test_the_snapshot_records_what_was_printed(finished, template):
    enrollment = finished("Aminata Diop")

    certificate = issue_certificate(enrollment)

    snapshot = Certificate.objects.get(pk=certificate.pk).snapshot
    assert snapshot["recipient_name"] == "Aminata Diop"
    assert snapshot["course_title"] == "Data governance"
    assert snapshot["hours"] == 12
    assert snapshot["cohort_name"] == "Dakar 2026"
    assert snapshot["serial"] == certificate.serial
    assert snapshot["public_id"] == str(certificate.public_id)
    assert snapshot["tier"] == Tier.COMPLETION
    assert snapshot["verify_url"].endswith(f"/certificates/verify/{certificate.public_id}/")
    assert [s["name"] for s in snapshot["signatories"]] == ["Li Wei", "Fatou Ndiaye"]
    assert snapshot["template_id"] == template.pk
    assert snapshot["template_revision_id"] == certificate.template_revision_id
    assert snapshot["wording"] == template.wording_completion
    assert certificate.template_revision.object_id == str(template.pk)
    assert signature_valid(Certificate.objects.get(pk=certificate.pk))


def test_an_issued_certificate_cannot_be_changed(finished):
    certificate = issue_certificate(finished())
    before = Certificate.objects.filter(pk=certificate.pk).values().get()

    certificate.snapshot["recipient_name"] = "Someone Else"
    with pytest.raises(ValidationError, match="cannot be changed"):
        certificate.save()
    with pytest.raises(ValidationError, match="cannot be changed"):
        certificate.save(update_fields=["snapshot"])
    with pytest.raises(ValidationError, match="cannot be changed"):
        certificate.save(update_fields=["is_public", "serial"])

    assert Certificate.objects.filter(pk=certificate.pk).values().get() == before


def test_editing_the_template_leaves_issued_certificates_alone(finished, template):
    old = issue_certificate(finished("Aminata Diop"))
    stored_bytes = old.pdf.read()
    old_snapshot = Certificate.objects.get(pk=old.pk).snapshot

    # What the snippet editor does on save: the row changes and a new revision is made.
    template.title = "Certificate of Achievement"
    template.wording_completion = "finished {course} with flying colours."
    template.save()
    revision = template.save_revision()
    new = issue_certificate(finished("Li Wei"))

    old = Certificate.objects.get(pk=old.pk)
    assert old.snapshot == old_snapshot
    assert old.template_revision_id != revision.pk == new.template_revision_id
    assert new.snapshot["title"] == "Certificate of Achievement"
    assert old.snapshot["title"] == "Certificate"
    # The old certificate prints again from its own revision, to the very same bytes.
    assert render_pdf(printed_certificate(old)) == stored_bytes


def test_a_second_issue_for_the_same_enrolment_is_refused(finished):
    enrollment = finished()
    first = issue_certificate(enrollment)

    with pytest.raises(AlreadyIssued) as raised:
        issue_certificate(enrollment)

    assert raised.value.certificate == first
    assert first.serial in str(raised.value)
    assert Certificate.objects.count() == 1


def test_the_database_refuses_a_second_valid_certificate(finished):
    first = issue_certificate(finished())
    values = Certificate.objects.filter(pk=first.pk).values().get()
    values.update(id=None, public_id=None, serial="WIC-DA-2026-000001")
    values.pop("public_id")

    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(**values)


def test_issuing_locks_the_certificate_name(finished):
    enrollment = finished("Aminata Diop")
    assert not profile_for(enrollment.user).certificate_name_locked

    issue_certificate(enrollment)

    assert profile_for(enrollment.user).certificate_name_locked
    with pytest.raises(PermissionDenied):
        profile_update(
            user=enrollment.user,
            acting_user=enrollment.user,
            data={"certificate_name": "Someone Else"},
        )


def test_issue_revoke_and_reissue_are_audited(finished, admin_user):
    first = issue_certificate(finished(), issued_by=admin_user)
    second = issue_certificate(finished("Li Wei"), issued_by=admin_user)

    revoke_certificate(first, revoked_by=admin_user, reason="Issued in error")
    replacement = reissue_certificate(second, issued_by=admin_user, reason="Name corrected")

    (issued,) = log_entries(first, "academy.certificate.issue")
    assert (issued.user, issued.data["serial"]) == (admin_user, first.serial)
    (revoked,) = log_entries(first, "academy.certificate.revoke")
    assert (revoked.user, revoked.data["reason"]) == (admin_user, "Issued in error")
    (reissued,) = log_entries(second, "academy.certificate.reissue")
    assert reissued.data["new_serial"] == replacement.serial
    assert reissued.data["reason"] == "Name corrected"
    assert log_entries(replacement, "academy.certificate.issue").count() == 1


@pytest.mark.parametrize("reason", ["", "   "])
def test_revoking_needs_a_reason(finished, admin_user, reason):
    certificate = issue_certificate(finished())

    with pytest.raises(CertificateError, match=re.escape(ERROR_REASON_REQUIRED)):
        revoke_certificate(certificate, revoked_by=admin_user, reason=reason)
    with pytest.raises(CertificateError, match=re.escape(ERROR_REASON_REQUIRED)):
        reissue_certificate(certificate, issued_by=admin_user, reason=reason)

    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert Certificate.objects.count() == 1


def test_revoking_records_who_when_and_why_and_only_once(finished, admin_user):
    certificate = issue_certificate(finished())

    revoked = revoke_certificate(certificate, revoked_by=admin_user, reason=" Plagiarism ")

    revoked.refresh_from_db()
    assert revoked.status == CertificateStatus.REVOKED
    assert (revoked.revoked_by, revoked.revocation_reason) == (admin_user, "Plagiarism")
    assert revoked.revoked_at is not None
    assert not revoked.is_current
    with pytest.raises(CertificateError, match=ERROR_NOT_VALID.format(action="revoked")):
        revoke_certificate(revoked, revoked_by=admin_user, reason="Again")
    with pytest.raises(CertificateError, match=ERROR_NOT_VALID.format(action="reissued")):
        reissue_certificate(revoked, issued_by=admin_user, reason="Again")


def test_a_revoked_enrolment_can_be_issued_again(finished, admin_user):
    enrollment = finished()
    first = issue_certificate(enrollment)
    revoke_certificate(first, revoked_by=admin_user, reason="Wrong cohort")

    second = issue_certificate(enrollment)

    assert second.status == CertificateStatus.VALID
    assert second.serial != first.serial


def test_reissue_supersedes_and_keeps_the_achievement(finished, admin_user):
    enrollment = finished("Aminata Diop")
    old = issue_certificate(enrollment)
    # An academy admin corrects the locked name, then reissues.
    profile_update(
        user=enrollment.user, acting_user=admin_user, data={"certificate_name": "Aminata Diop Sow"}
    )

    new = reissue_certificate(old, issued_by=admin_user, reason="Name corrected")

    old.refresh_from_db()
    assert old.status == CertificateStatus.SUPERSEDED
    assert old.superseded_by == new
    assert old.superseded_at is not None
    assert new.status == CertificateStatus.VALID
    assert new.serial != old.serial
    assert (new.tier, new.snapshot["completed_on"]) == (old.tier, old.snapshot["completed_on"])
    assert new.snapshot["recipient_name"] == "Aminata Diop Sow"
    assert old.snapshot["recipient_name"] == "Aminata Diop"
    assert signature_valid(old)


def test_the_trainee_is_emailed_the_verify_link(finished, django_capture_on_commit_callbacks):
    enrollment = finished("Aminata Diop", email="aminata@ministry.example")

    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue_certificate(enrollment)

    (message,) = mail.outbox
    assert message.to == ["aminata@ministry.example"]
    assert "Data governance" in message.subject
    assert certificate.snapshot["verify_url"] in message.body
    assert certificate.serial in message.body
    assert f"/certificates/{certificate.public_id}/pdf/" in message.body


def test_no_email_when_revoked_before_delivery(
    finished, admin_user, django_capture_on_commit_callbacks
):
    enrollment = finished()
    with django_capture_on_commit_callbacks() as callbacks:
        certificate = issue_certificate(enrollment)
    revoke_certificate(certificate, revoked_by=admin_user, reason="Issued in error")

    for callback in callbacks:
        callback()

    assert len(callbacks) == 1
    assert mail.outbox == []


def test_no_email_when_asked_not_to(finished, django_capture_on_commit_callbacks):
    enrollment = finished()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        issue_certificate(enrollment, notify=False)

    assert callbacks == []
    assert mail.outbox == []


def test_expiry_follows_the_course_validity(catalogue, template):
    course, lessons = finished_course(catalogue, certificate_validity_months=1)
    enrollment = completed_enrollment(ended_cohort(course), lessons)
    now = datetime.datetime(2027, 1, 31, 10, 0, tzinfo=datetime.UTC)

    certificate = issue_certificate(enrollment, now=now)

    assert certificate.expires_on == datetime.date(2027, 2, 28)
    assert certificate.snapshot["expires_on"] == "2027-02-28"
    assert certificate.snapshot["expires_on_display"] == "28 February 2027"


def test_without_validity_a_certificate_never_expires(finished):
    certificate = issue_certificate(finished())

    assert certificate.expires_on is None
    assert certificate.snapshot["expires_on"] == ""


@pytest.mark.parametrize(
    ("issued", "months", "expires"),
    [
        (datetime.date(2024, 1, 31), 1, datetime.date(2024, 2, 29)),
        (datetime.date(2024, 1, 31), 13, datetime.date(2025, 2, 28)),
        (datetime.date(2024, 3, 31), 1, datetime.date(2024, 4, 30)),
        (datetime.date(2024, 11, 15), 2, datetime.date(2025, 1, 15)),
        (datetime.date(2024, 5, 1), 24, datetime.date(2026, 5, 1)),
        (datetime.date(2024, 5, 1), None, None),
        (datetime.date(2024, 5, 1), 0, None),
    ],
)
def test_certificate_expiry_dates(issued, months, expires):
    assert certificate_expiry(issued, months) == expires


@pytest.mark.parametrize(
    ("language", "printed"),
    [
        ("en", "25 November 2026"),
        ("fr", "25 novembre 2026"),
        ("zh", "2026年11月25日"),
        ("ru", "25 ноября 2026 г."),
    ],
)
def test_dates_print_in_the_template_language(language, printed):
    assert issuing._display_date(datetime.date(2026, 11, 25), language) == printed


def test_an_issue_failing_after_rendering_leaves_neither_row_nor_file(catalogue):
    CertificateTemplateFactory(is_default=True)
    course, lessons = finished_course(catalogue)
    enrollment = completed_enrollment(ended_cohort(course), lessons)
    saved = []
    storage = pdf_storage()
    real_save = storage.save

    def remember(name, content, **kwargs):
        saved.append(real_save(name, content, **kwargs))
        return saved[-1]

    with (
        mock.patch.object(storage, "save", side_effect=remember),
        mock.patch.object(issuing, "log", side_effect=RuntimeError("audit log down")),
        pytest.raises(RuntimeError),
    ):
        issue_certificate(enrollment)

    assert saved, "the PDF was written before the failure"
    assert not [name for name in saved if storage.exists(name)]
    assert not Certificate.objects.filter(enrollment=enrollment).exists()
