"""Hostile uploads: trainee CSVs, Wagtail images and documents, certificate backgrounds,
and PDFs sent to the public verification page."""

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from certificates.uploads import validate_background
from certificates.verification import OUTCOME_MESSAGES
from certificates.views import ERROR_TOO_BIG as ERROR_PDF_TOO_BIG
from courses.admin_views.imports import ERROR_NOT_CSV
from courses.imports import MAX_FILE_BYTES
from courses.imports.reading import ERROR_ENCODING, ERROR_TOO_BIG
from courses.models import Enrollment, Invitation
from tests.courses.admin_helpers import client_for
from tests.factories import PDF_BYTES, png_bytes
from tests.security.hostile import assert_shown_as_text
from tests.utils import soup

pytest_plugins = ["tests.courses.admin_fixtures"]

HEADER = b"email,full name,country,organisation,job title\n"
SVG_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
HTML_BYTES = b"<!doctype html><script>alert(document.cookie)</script>"


def text_of(response) -> str:
    return " ".join(soup(response).get_text(" ").split())


# Trainee CSV import ---------------------------------------------------------------


def import_url(cohort) -> str:
    return reverse("academy_imports:import_trainees", args=[cohort.pk])


def written(cohort) -> tuple[int, int]:
    return (
        Enrollment.objects.filter(cohort=cohort).count(),
        Invitation.objects.filter(cohort=cohort).count(),
    )


@pytest.mark.parametrize(
    ("name", "content_type", "data", "message"),
    [
        ("trainees.exe", "application/x-msdownload", EXE_BYTES, ERROR_NOT_CSV),
        ("trainees.html", "text/html", HTML_BYTES, ERROR_NOT_CSV),
        ("trainees.xlsx", "application/vnd.ms-excel", b"PK\x03\x04" + b"\x00" * 300, ERROR_NOT_CSV),
        ("photo.png", "image/png", png_bytes(20, 20), ERROR_NOT_CSV),
        ("trainees.csv", "text/csv", png_bytes(20, 20), ERROR_ENCODING),
        ("trainees.csv", "text/csv", EXE_BYTES, ERROR_ENCODING),
        ("trainees.csv", "text/csv", "email,full name\n".encode("utf-16"), ERROR_ENCODING),
        (
            "trainees.csv",
            "text/csv",
            HEADER + b"a@x.example,Amina,,,\n" * (MAX_FILE_BYTES // 20),
            ERROR_TOO_BIG.format(limit=filesizeformat(MAX_FILE_BYTES)),
        ),
    ],
    ids=["exe", "html", "xlsx", "png", "png-as-csv", "exe-as-csv", "utf-16", "oversized"],
)
@pytest.mark.parametrize("dry_run", [True, False], ids=["dry-run", "import"])
def test_the_import_refuses_files_that_are_not_csv_text(
    cohort_a, academy_admin, name, content_type, data, message, dry_run
):
    upload = SimpleUploadedFile(name, data, content_type=content_type)
    form = {"file": upload, **({"dry_run": "on"} if dry_run else {})}

    response = client_for(academy_admin).post(import_url(cohort_a), form)

    assert response.status_code == 200
    assert_shown_as_text(response)
    assert " ".join(message.split()) in text_of(response)
    assert written(cohort_a) == (0, 0)


# Wagtail images and documents ---------------------------------------------------------


@pytest.fixture
def superuser(db):
    from tests.factories import UserFactory

    return UserFactory(username="root", is_superuser=True, is_staff=True)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("logo.svg", SVG_SCRIPT),
        ("logo.png", SVG_SCRIPT),
        ("logo.jpg", HTML_BYTES),
        ("logo.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
    ],
    ids=["svg", "svg-as-png", "html-as-jpg", "gif"],
)
def test_the_image_library_refuses_svg_and_fake_images(superuser, name, data):
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    upload = SimpleUploadedFile(name, data, content_type="image/svg+xml")

    response = client_for(superuser).post(
        reverse("wagtailimages:add"), {"title": "Logo", "file": upload, "collection": 1}
    )

    assert response.status_code == 200
    document = soup(response)
    assert document.find(class_="error-message") or document.select(".w-field__errors *")
    assert not get_image_model().objects.exists()


def test_a_real_png_is_accepted_by_the_image_library(superuser):
    upload = SimpleUploadedFile("logo.png", png_bytes(40, 40), content_type="image/png")

    response = client_for(superuser).post(
        reverse("wagtailimages:add"), {"title": "Logo", "file": upload, "collection": 1}
    )

    assert response.status_code == 302
    assert get_image_model().objects.count() == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("handout.html", HTML_BYTES),
        ("handout.htm", HTML_BYTES),
        ("handout.svg", SVG_SCRIPT),
        ("setup.exe", EXE_BYTES),
        ("handout.js", b"alert(1)"),
        ("handout.pdf.html", HTML_BYTES),
    ],
)
def test_the_document_library_refuses_active_content(superuser, name, data):
    for extension in ("html", "htm", "svg", "exe", "js"):
        assert extension not in settings.WAGTAILDOCS_EXTENSIONS
    upload = SimpleUploadedFile(name, data, content_type="application/octet-stream")

    response = client_for(superuser).post(
        reverse("wagtaildocs:add"), {"title": "Handout", "file": upload, "collection": 1}
    )

    assert response.status_code == 200
    assert "is not allowed. Allowed extensions are" in text_of(response)
    assert not get_document_model().objects.exists()


def test_a_pdf_is_accepted_by_the_document_library(superuser):
    upload = SimpleUploadedFile("handout.pdf", PDF_BYTES, content_type="application/pdf")

    response = client_for(superuser).post(
        reverse("wagtaildocs:add"), {"title": "Handout", "file": upload, "collection": 1}
    )

    assert response.status_code == 302
    assert get_document_model().objects.count() == 1


# Certificate template backgrounds ---------------------------------------------------------

SVG_OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
BAD_BACKGROUNDS = {
    "script": f"{SVG_OPEN}<script>alert(1)</script></svg>",
    "xhtml-script": (
        f'{SVG_OPEN}<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></svg>'
    ),
    "onload": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    "onclick-upper": f'{SVG_OPEN}<rect ONCLICK="alert(1)"/></svg>',
    "foreign-object": f"{SVG_OPEN}<foreignObject><iframe src='//evil.example'/></foreignObject>"
    "</svg>",
    "external-href": f'{SVG_OPEN}<image href="https://evil.example/track.png"/></svg>',
    "external-xlink": f'{SVG_OPEN}<image xlink:href="//evil.example/x.png"/></svg>',
    "javascript-href": f'{SVG_OPEN}<a href="javascript:alert(1)"><text>x</text></a></svg>',
    "use-file": f'{SVG_OPEN}<use href="file:///etc/passwd#x"/></svg>',
    "xxe": (
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f"{SVG_OPEN}<text>&x;</text></svg>"
    ),
    "billion-laughs": (
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"{SVG_OPEN}<text>&b;</text></svg>"
    ),
    "not-svg": "<html><body>hello</body></html>",
    "not-xml": "<svg <<< onload=alert(1)",
}


@pytest.mark.parametrize("key", BAD_BACKGROUNDS)
def test_certificate_backgrounds_refuse_active_or_external_svg(key):
    upload = SimpleUploadedFile("border.svg", BAD_BACKGROUNDS[key].encode(), "image/svg+xml")
    with pytest.raises(ValidationError):
        validate_background(upload)


@pytest.mark.parametrize(
    "inner",
    [
        '<a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a>',
        '<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>',
        '<rect style="fill: url(https://tracker.example/x.svg#p)"/>',
        "<style>rect { fill: url(http://tracker.example/p) }</style>",
        "<style>@import 'https://tracker.example/a.css';</style>",
        '<a href="java&#x09;script:alert(1)"><text>x</text></a>',
    ],
)
def test_certificate_backgrounds_refuse_scripted_or_outside_svg(inner):
    svg = f"{SVG_OPEN}{inner}</svg>"
    with pytest.raises(ValidationError):
        validate_background(SimpleUploadedFile("border.svg", svg.encode(), "image/svg+xml"))


def test_certificate_backgrounds_accept_a_plain_svg_border():
    svg = (
        f'{SVG_OPEN}<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>'
        '<rect width="10" height="10" style="fill: url(#g)" stroke="#1f4e79"/></svg>'
    )
    validate_background(SimpleUploadedFile("border.svg", svg.encode(), "image/svg+xml"))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("border.jpg", png_bytes(10, 10)),
        ("border.jpeg", HTML_BYTES),
        ("border.JPG", SVG_SCRIPT),
        ("border.png", png_bytes(10, 10)),
    ],
)
def test_certificate_backgrounds_refuse_fake_jpegs_and_other_images(name, data):
    with pytest.raises(ValidationError):
        validate_background(SimpleUploadedFile(name, data, "image/jpeg"))


def test_a_plain_svg_background_is_accepted():
    svg = f'{SVG_OPEN}<rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>'
    validate_background(SimpleUploadedFile("border.svg", svg.encode(), "image/svg+xml"))


# Public PDF verification ------------------------------------------------------------------

LOOKUP = "/certificates/verify/"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("certificate.pdf", HTML_BYTES),
        ("certificate.pdf", SVG_SCRIPT),
        ("certificate.exe", EXE_BYTES),
        ("certificate.pdf", png_bytes(10, 10)),
        ("certificate.pdf", b""),
        ("certificate.pdf", b" %PDF-1.7 not at the start"),
    ],
    ids=["html", "svg", "exe", "png", "empty", "late-magic"],
)
def test_verification_refuses_files_that_are_not_pdfs(client, db, name, data):
    response = client.post(LOOKUP, {"file": SimpleUploadedFile(name, data, "application/pdf")})

    assert response.status_code == 400
    assert_shown_as_text(response)
    text = text_of(response)
    assert OUTCOME_MESSAGES["not_pdf"] in text or "Choose the certificate" in text


def test_verification_refuses_a_too_big_file_unread(client, db):
    limit = settings.CERTIFICATE_UPLOAD_MAX_BYTES
    data = b"%PDF-1.7\n" + b"0" * limit
    upload = SimpleUploadedFile("certificate.pdf", data, "application/pdf")

    response = client.post(LOOKUP, {"file": upload})

    assert response.status_code == 413
    expected = ERROR_PDF_TOO_BIG.format(size=filesizeformat(len(data)), limit=filesizeformat(limit))
    assert " ".join(expected.split()) in text_of(response)


def test_verification_shows_a_hostile_file_name_nowhere_as_markup(client, db):
    upload = SimpleUploadedFile('"><img src=x onerror=alert(1)>.pdf', HTML_BYTES, "application/pdf")

    response = client.post(LOOKUP, {"file": upload})

    assert response.status_code == 400
    assert_shown_as_text(response)
