"""Certificate templates: wording and file validation, the snippet admin and its live preview."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from certificates.models import CertificateTemplate, validate_wording
from certificates.uploads import validate_background
from tests.certificate_factories import CertificateTemplateFactory
from tests.courses.admin_helpers import client_for
from tests.factories import UserFactory

SNIPPETS = "wagtailsnippets_certificates_certificatetemplate"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
SAFE_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    b'viewBox="0 0 10 10"><defs><rect id="r" width="10" height="10"/></defs>'
    b'<use xlink:href="#r" fill="#1f4e79"/></svg>'
)


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


# Wording -------------------------------------------------------------------------


def test_known_placeholders_are_accepted():
    validate_wording("{name} completed {course} ({hours} h), {cohort}, {date}: {tier} {serial}")


@pytest.mark.parametrize(
    "text", ["has completed {unknown}", "{course} on {date_of}", "{}", "on {Date}"]
)
def test_unknown_placeholders_are_rejected_by_name(text):
    with pytest.raises(ValidationError) as raised:
        validate_wording(text)

    message = raised.value.messages[0]
    assert message.startswith("Unknown placeholder {")
    assert "{course}" in message


@pytest.mark.django_db
def test_the_model_validates_every_wording_and_the_colour():
    template = CertificateTemplate(
        name="Bad", wording_participation="took part in {curse}", accent_colour="red"
    )

    with pytest.raises(ValidationError) as raised:
        template.full_clean()

    assert set(raised.value.message_dict) == {"wording_participation", "accent_colour"}


# Only one default -------------------------------------------------------------------


@pytest.mark.django_db
def test_only_one_template_can_be_the_default():
    first = CertificateTemplateFactory(is_default=True)
    second = CertificateTemplate(name="Second", is_default=True)

    with pytest.raises(ValidationError, match="already the default"):
        second.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()
    first.full_clean()  # the default itself is fine


# Background files -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"), [("border.jpg", JPEG), ("border.JPEG", JPEG), ("border.svg", SAFE_SVG)]
)
def test_jpeg_and_clean_svg_backgrounds_are_accepted(name, content):
    validate_background(upload(name, content))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("border.jpg", b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "not a JPEG"),
        ("border.jpg", SAFE_SVG, "not a JPEG"),
        (
            "border.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "<script>",
        ),
        (
            "border.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
            "event handlers",
        ),
        (
            "border.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><rect ONCLICK="x()"/></svg>',
            "event handlers",
        ),
        (
            "border.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            b'<image xlink:href="http://example.com/x.png"/></svg>',
            "other files",
        ),
        (
            "border.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>',
            "other files",
        ),
        (
            "border.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject>'
            b"</svg>",
            "foreignobject",
        ),
        ("border.svg", b"<html><body>not svg</body></html>", "not an SVG"),
        ("border.svg", b"<svg", "not a well-formed SVG"),
        (
            "border.svg",
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg"><text>&e;</text></svg>',
            "may not declare a document type",
        ),
    ],
)
def test_unsafe_or_mislabelled_backgrounds_are_rejected(name, content, message):
    with pytest.raises(ValidationError, match=message):
        validate_background(upload(name, content))


def test_a_background_over_the_size_limit_is_rejected(monkeypatch):
    monkeypatch.setattr("certificates.uploads.BACKGROUND_MAX_BYTES", 100)

    with pytest.raises(ValidationError, match="the limit is 100"):
        validate_background(upload("border.jpg", JPEG + b"\x00" * 200))


# The snippet admin and its preview ---------------------------------------------------


@pytest.fixture
def superuser(db):
    return UserFactory(username="designer", is_staff=True, is_superuser=True)


def form_data(**changes) -> dict:
    data = {
        "name": "Academy classic",
        "is_default": "on",
        "language": "en",
        "page_size": "A4",
        "orientation": "landscape",
        "logo": "",
        "accent_colour": "#1f4e79",
        "title": "Certificate",
        "issuer": "World Internet Conference Digital Academy",
        "wording_completion": "has completed {course} ({hours} hours) on {date}.",
        "wording_distinction": "has completed {course} with distinction on {date}.",
        "wording_participation": "has taken part in {course}, which ended on {date}.",
        "signatories": inline_formset(
            [{"name": "Li Wei", "title": "Director", "organisation": "WIC Digital Academy"}]
        ),
    }
    data.update(changes)
    return nested_form_data(data)


def test_a_superuser_adds_a_template_with_a_revision(superuser):
    client = client_for(superuser)

    response = client.post(reverse(f"{SNIPPETS}:add"), form_data())

    assert response.status_code == 302, response.context["form"].errors
    template = CertificateTemplate.objects.get(name="Academy classic")
    assert template.is_default
    assert [s.name for s in template.signatories.all()] == ["Li Wei"]
    assert template.latest_revision is not None


def test_an_unknown_placeholder_is_refused_in_the_admin(superuser):
    client = client_for(superuser)

    response = client.post(
        reverse(f"{SNIPPETS}:add"), form_data(wording_completion="finished {coarse}")
    )

    assert response.status_code == 200
    assert "Unknown placeholder {coarse}" in str(response.context["form"].errors)
    assert not CertificateTemplate.objects.exists()


def test_editing_a_template_makes_a_new_revision(superuser):
    template = CertificateTemplateFactory(name="Academy classic")
    before = Revision.objects.for_instance(template).count()
    client = client_for(superuser)

    response = client.post(
        reverse(f"{SNIPPETS}:edit", args=[template.pk]), form_data(title="Attestation")
    )

    assert response.status_code == 302, response.context["form"].errors
    template.refresh_from_db()
    assert template.title == "Attestation"
    assert Revision.objects.for_instance(template).count() == before + 1
    assert template.latest_revision.as_object().title == "Attestation"


def test_the_edit_page_offers_the_live_preview(superuser):
    template = CertificateTemplateFactory()

    response = client_for(superuser).get(reverse(f"{SNIPPETS}:edit", args=[template.pk]))

    assert response.status_code == 200
    assert reverse(f"{SNIPPETS}:preview_on_edit", args=[template.pk]) in response.text


@pytest.mark.parametrize("view", ["add", "edit"])
def test_template_forms_never_autosave(superuser, view):
    """A live template must not change while an admin is still typing."""
    template = CertificateTemplateFactory()
    args = [template.pk] if view == "edit" else []

    response = client_for(superuser).get(reverse(f"{SNIPPETS}:{view}", args=args))

    assert response.status_code == 200
    assert response.context["autosave_enabled"] is False
    assert "w-autosave#save" not in response.text


def test_the_live_preview_prints_the_fields_as_edited(superuser):
    template = CertificateTemplateFactory()
    client = client_for(superuser)
    url = reverse(f"{SNIPPETS}:preview_on_edit", args=[template.pk])

    posted = client.post(url, form_data(title="Unsaved Title", name=template.name))
    pdf = client.get(url)
    html = client.get(url, {"mode": "html"})

    assert posted.json() == {"is_valid": True, "is_available": True}
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert "Unsaved Title" in text
    assert "Aminata Diop" in text
    assert html.status_code == 200
    assert html["Content-Type"].startswith("text/html")
    assert "Unsaved Title" in html.text
    assert "academy-files.invalid" not in html.text
    template.refresh_from_db()
    assert template.title == "Certificate"  # previewing saves nothing


def test_the_preview_on_add_works_before_saving(superuser):
    client = client_for(superuser)
    url = reverse(f"{SNIPPETS}:preview_on_add")

    client.post(url, form_data(title="Brand New"))
    pdf = client.get(url)

    assert pdf["Content-Type"] == "application/pdf"
    assert "Brand New" in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert not CertificateTemplate.objects.exists()
