"""Checking PDFs and the public verification pages: by address, by serial, by upload."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import formats

from certificates.issuing import reissue_certificate, revoke_certificate
from certificates.signing import b64decode
from certificates.verification import (
    ALTERED,
    GENUINE,
    NOT_PDF,
    UNKNOWN,
    check_pdf,
)
from certificates.views import ERROR_EMPTY_SERIAL, ERROR_TOO_MANY
from tests.certificate_factories import issued_certificate
from tests.certificates.helpers import expired_certificate, one_byte_changed, resaved
from tests.factories import PDF_BYTES, UserFactory

pytestmark = pytest.mark.django_db

LOOKUP = "/certificates/verify/"


@pytest.fixture
def certificate(catalogue):
    return issued_certificate(catalogue, name="Aminata Diop")


@pytest.fixture
def pdf_bytes(certificate):
    with certificate.pdf.open("rb") as handle:
        return handle.read()


@pytest.fixture
def registrar(db):
    return UserFactory(username="registrar", is_superuser=True, is_staff=True)


def verify_page(client, certificate):
    return client.get(f"/certificates/verify/{certificate.public_id}/")


# check_pdf ------------------------------------------------------------------------


def test_the_issued_file_is_genuine(certificate, pdf_bytes):
    check = check_pdf(pdf_bytes)

    assert (check.outcome, check.certificate, check.signature_valid) == (
        GENUINE,
        certificate,
        True,
    )
    assert check.is_genuine


def test_one_changed_byte_is_not_genuine(pdf_bytes):
    assert check_pdf(one_byte_changed(pdf_bytes)).outcome in (ALTERED, UNKNOWN)


def test_a_resaved_file_carrying_the_record_is_altered(certificate, pdf_bytes):
    check = check_pdf(resaved(pdf_bytes))

    assert (check.outcome, check.certificate) == (ALTERED, certificate)
    assert not check.is_genuine


def test_a_pdf_the_academy_never_issued_is_unknown(certificate):
    assert check_pdf(PDF_BYTES).outcome == UNKNOWN


@pytest.mark.parametrize("data", [b"", b"\x00\x01garbage" * 100, b"PK\x03\x04zip"])
def test_other_files_are_not_pdfs(data):
    assert check_pdf(data).outcome == NOT_PDF


def test_a_stored_record_with_a_broken_signature_is_not_genuine(certificate, pdf_bytes):
    from certificates.models import Certificate

    # Someone edited the database row behind the academy's back.
    snapshot = {**certificate.snapshot, "recipient_name": "Someone Else"}
    Certificate.objects.filter(pk=certificate.pk).update(snapshot=snapshot)

    check = check_pdf(pdf_bytes)

    assert (check.outcome, check.signature_valid) == (ALTERED, False)


# The verification page --------------------------------------------------------------


def test_the_page_shows_the_printed_fields_and_not_the_email(client, certificate):
    response = verify_page(client, certificate)

    assert response.status_code == 200
    text = response.text
    snapshot = certificate.snapshot
    for value in (
        "Aminata Diop",
        snapshot["course_title"],
        snapshot["cohort_name"],
        snapshot["serial"],
        snapshot["issuer"],
        "Li Wei",
        "Valid certificate",
        str(certificate.public_id),
    ):
        assert value in text, value
    assert certificate.enrollment.user.email not in text
    assert certificate.enrollment.user.username not in text


def test_a_private_certificate_page_is_not_indexed(client, certificate):
    response = verify_page(client, certificate)

    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in response.text


def test_a_public_certificate_page_may_be_indexed(client, certificate):
    certificate.is_public = True
    certificate.save(update_fields=["is_public"])

    response = verify_page(client, certificate)

    assert "X-Robots-Tag" not in response
    assert 'name="robots"' not in response.text


def test_a_revoked_certificate_says_when_and_why(client, certificate, registrar):
    revoke_certificate(certificate, revoked_by=registrar, reason="Issued in error")
    certificate.refresh_from_db()

    response = verify_page(client, certificate)

    day = formats.date_format(certificate.revoked_at, "j F Y")
    assert f"Revoked on {day}: Issued in error" in response.text
    assert "Not valid" in response.text
    assert "Valid certificate" not in response.text


def test_a_superseded_certificate_links_to_its_successor(client, certificate, registrar):
    new = reissue_certificate(certificate, issued_by=registrar, reason="Name corrected")

    response = verify_page(client, certificate)

    assert f"by certificate {new.serial}" in response.text
    assert f'href="/certificates/verify/{new.public_id}/"' in response.text
    assert "Not valid" in response.text
    assert "Valid certificate" in verify_page(client, new).text


def test_an_expired_certificate_says_so(client, catalogue, certificate):
    expired = expired_certificate(catalogue)

    response = verify_page(client, expired)

    assert expired.is_expired
    day = formats.date_format(expired.expires_on, "j F Y")
    assert f"Expired on {day}." in response.text
    assert "Not valid" in response.text


def test_an_unknown_certificate_is_404(client, db):
    assert client.get("/certificates/verify/00000000-0000-4000-8000-000000000001/").status_code == (
        404
    )


# Lookup by serial ------------------------------------------------------------------------


def test_a_serial_redirects_to_its_page_however_it_is_typed(client, certificate):
    typed = "  " + certificate.serial.lower().replace("-", "- ", 1) + " "

    response = client.get(LOOKUP, {"serial": typed})

    assert response.status_code == 302
    assert response["Location"] == f"/certificates/verify/{certificate.public_id}/"


def test_an_unknown_serial_is_404_with_a_message(client, certificate):
    response = client.get(LOOKUP, {"serial": "WIC-DA-1999-000000"})

    assert response.status_code == 404
    assert "No certificate has the serial number WIC-DA-1999-000000" in response.text


def test_an_empty_serial_is_400(client, db):
    response = client.get(LOOKUP, {"serial": "   "})

    assert response.status_code == 400
    assert ERROR_EMPTY_SERIAL in response.text


@override_settings(CERTIFICATE_LOOKUPS_PER_HOUR=3)
def test_lookups_are_rate_limited(client, certificate):
    for _ in range(3):
        assert client.get(LOOKUP, {"serial": "WIC-DA-1999-000000"}).status_code == 404

    response = client.get(LOOKUP, {"serial": certificate.serial})

    assert response.status_code == 429
    assert ERROR_TOO_MANY in response.text
    # Another network still gets its answers.
    other = client.get(LOOKUP, {"serial": certificate.serial}, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


def test_the_lookup_form_is_offered(client, db):
    response = client.get(LOOKUP)

    assert response.status_code == 200
    assert 'name="serial"' in response.text
    assert 'type="file"' in response.text


# Upload --------------------------------------------------------------------------------------


def post_file(client, data: bytes, name="certificate.pdf"):
    return client.post(LOOKUP, {"file": SimpleUploadedFile(name, data, "application/pdf")})


def test_uploading_the_genuine_file(client, certificate, pdf_bytes):
    response = post_file(client, pdf_bytes)

    assert response.status_code == 200
    assert "Genuine file" in response.text
    assert "Aminata Diop" in response.text
    assert certificate.serial in response.text
    assert certificate.enrollment.user.email not in response.text


def test_uploading_an_altered_file(client, certificate, pdf_bytes):
    response = post_file(client, resaved(pdf_bytes))

    assert response.status_code == 200
    assert "Altered file" in response.text
    assert "has been changed since" in response.text
    # The page shows what was really issued, for comparison.
    assert certificate.serial in response.text


def test_uploading_something_else(client, certificate):
    response = post_file(client, b"GIF89a not a pdf", name="photo.pdf")

    assert response.status_code == 400
    assert "This is not a PDF file." in response.text


def test_uploading_nothing(client, db):
    response = client.post(LOOKUP, {})

    assert response.status_code == 400
    assert "Choose the certificate" in response.text


@override_settings(CERTIFICATE_UPLOAD_MAX_BYTES=1000)
def test_uploading_a_file_too_big(client, certificate, pdf_bytes):
    response = post_file(client, pdf_bytes)

    assert response.status_code == 413
    assert "certificates are smaller than 1000" in response.text


# Published keys ------------------------------------------------------------------------


def test_keys_json_publishes_the_signing_key(client, certificate):
    response = client.get("/certificates/keys.json")

    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    body = response.json()
    assert (body["issuer"], body["algorithm"]) == ("WIC Digital Academy", "Ed25519")
    (key,) = body["keys"]
    assert key["kid"] == certificate.key_id
    assert (key["kty"], key["crv"], key["alg"]) == ("OKP", "Ed25519", "EdDSA")
    assert len(b64decode(key["x"])) == 32
