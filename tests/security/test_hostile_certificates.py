"""Hostile certificate names: the public verification page, "My certificates" and the PDF."""

import io
from unittest import mock

import pytest
from django.urls import reverse
from pypdf import PdfReader

from certificates import issuing
from certificates.issuing import issue_certificate
from tests.certificate_factories import (
    CertificateTemplateFactory,
    completed_enrollment,
    ended_cohort,
    finished_course,
    issued_certificate,
)
from tests.security.hostile import FITS, HOSTILE, LONG_NAME, assert_shown_as_text, hostile_params

pytestmark = pytest.mark.django_db

# Printed for real (about 0.2 s each); the others are checked with a stand-in PDF.
PRINTED = ["script", "img-onerror", "rlo", "placeholder", "django-var", "emoji-zwj", "chinese"]


@pytest.fixture
def quick_pdfs(monkeypatch):
    from certificates import issuing

    monkeypatch.setattr(issuing, "render_pdf", lambda printed: b"%PDF-1.7\n%%EOF\n")


def pdf_text(certificate) -> str:
    certificate.pdf.open("rb")
    try:
        reader = PdfReader(io.BytesIO(certificate.pdf.read()))
    finally:
        certificate.pdf.close()
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.mark.parametrize("name", hostile_params(FITS))
def test_the_verification_page_shows_hostile_names_as_text(client, catalogue, quick_pdfs, name):
    certificate = issued_certificate(catalogue, name=name)

    assert certificate.snapshot["recipient_name"] == name.strip()
    response = client.get(reverse("certificates:verify", args=[certificate.public_id]))
    assert response.status_code == 200
    document = assert_shown_as_text(response, name.strip())
    assert document.find("bdi").get_text() == name.strip()
    owner = certificate.enrollment.user
    client.force_login(owner)
    assert_shown_as_text(client.get(reverse("my_certificates")))


@pytest.mark.parametrize("name", hostile_params(PRINTED))
def test_hostile_names_are_printed_as_text(catalogue, name):
    certificate = issued_certificate(catalogue, name=name)

    text = pdf_text(certificate)
    if name.isascii():
        # Printed as typed: not run as a template, not filled as a placeholder.
        assert name in text


def test_a_ten_thousand_character_name_prints_without_crashing(catalogue):
    """The profile refuses it (200 characters at most); the printing must cope all the same."""
    CertificateTemplateFactory(is_default=True)
    course, lessons = finished_course(catalogue)
    enrollment = completed_enrollment(ended_cohort(course), lessons)

    with mock.patch.object(issuing, "_recipient_name", return_value=LONG_NAME):
        certificate = issue_certificate(enrollment)

    assert certificate.snapshot["recipient_name"] == LONG_NAME
    assert certificate.pdf_sha256
    assert "Amina aaaa" in pdf_text(certificate)


def test_a_combining_mark_flood_prints_without_crashing(catalogue):
    certificate = issued_certificate(catalogue, name=HOSTILE["combining-flood"])
    assert certificate.pdf_sha256
