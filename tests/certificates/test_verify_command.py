"""``manage.py verify_certificate FILE.pdf``: the offline check and its exit status."""

import io
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.utils import formats

from certificates.issuing import revoke_certificate
from tests.certificate_factories import issued_certificate
from tests.certificates.helpers import expired_certificate, one_byte_changed, resaved
from tests.factories import PDF_BYTES, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(catalogue):
    return issued_certificate(catalogue, name="Aminata Diop")


def pdf_file(tmp_path, certificate, change=lambda data: data):
    with certificate.pdf.open("rb") as handle:
        path = tmp_path / "certificate.pdf"
        path.write_bytes(change(handle.read()))
    return path


def verify(path) -> tuple[int, str]:
    out = io.StringIO()
    try:
        call_command("verify_certificate", str(path), stdout=out)
    except SystemExit as exit:
        return exit.code, out.getvalue()
    return 0, out.getvalue()


def test_a_genuine_valid_certificate_exits_0(tmp_path, certificate):
    status, output = verify(pdf_file(tmp_path, certificate))

    assert status == 0
    assert output.startswith("Result: GENUINE.")
    assert f"Serial: {certificate.serial}" in output
    assert "Awarded to: Aminata Diop" in output
    assert f"Course: {certificate.snapshot['course_title']} (Completion)" in output
    assert f"Signature: valid (key {certificate.key_id})" in output
    assert "Status: Valid." in output


def test_a_revoked_certificate_exits_1(tmp_path, certificate):
    path = pdf_file(tmp_path, certificate)
    revoked = revoke_certificate(
        certificate, revoked_by=UserFactory(username="registrar"), reason="Issued in error"
    )

    status, output = verify(path)

    assert status == 1
    assert "Result: GENUINE." in output
    day = formats.date_format(revoked.revoked_at, "j F Y")
    assert f"Status: Revoked on {day}: Issued in error" in output


def test_an_expired_certificate_exits_1(tmp_path, catalogue, certificate):
    status, output = verify(pdf_file(tmp_path, expired_certificate(catalogue)))

    assert status == 1
    assert "Status: Expired on" in output


def test_an_altered_file_exits_1(tmp_path, certificate):
    status, output = verify(pdf_file(tmp_path, certificate, resaved))

    assert status == 1
    assert output.startswith("Result: ALTERED.")
    assert f"Serial: {certificate.serial}" in output


def test_a_changed_byte_exits_1(tmp_path, certificate):
    status, output = verify(pdf_file(tmp_path, certificate, one_byte_changed))

    assert status == 1
    assert output.startswith(("Result: ALTERED.", "Result: UNKNOWN."))


def test_an_unknown_pdf_and_a_non_pdf_exit_1(tmp_path, certificate):
    unknown, other = tmp_path / "unknown.pdf", tmp_path / "photo.pdf"
    unknown.write_bytes(PDF_BYTES)
    other.write_bytes(b"\x89PNG\r\n\x1a\n")

    assert verify(unknown) == (1, "Result: UNKNOWN. The academy did not issue this file.\n")
    assert verify(other) == (1, "Result: NOT A PDF. This is not a PDF file.\n")


def test_a_missing_file_or_a_folder_is_a_clear_error(tmp_path, db):
    with pytest.raises(CommandError, match=r"No such file: .*nowhere\.pdf"):
        call_command("verify_certificate", str(tmp_path / "nowhere.pdf"))
    with pytest.raises(CommandError, match="is a folder"):
        call_command("verify_certificate", str(tmp_path))


def test_an_unreadable_file_is_a_clear_error(tmp_path, db, monkeypatch):
    path = tmp_path / "locked.pdf"
    path.write_bytes(PDF_BYTES)
    # Tests may run as root, who reads any file whatever its mode; refuse it directly.
    denied = PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "read_bytes", mock.Mock(side_effect=denied))

    with pytest.raises(CommandError, match=r"Cannot read .*locked\.pdf: Permission denied"):
        call_command("verify_certificate", str(path))
