"""Certificate PDFs: text in any script, determinism, PDF/A metadata, escaping, resources."""

import collections
import io
import socket
import subprocess
import unicodedata
from types import SimpleNamespace
from unittest import mock

import pytest
from pypdf import PdfReader
from weasyprint import HTML

from certificates import rendering
from certificates.models import CertificateTemplate, Signatory
from certificates.preview import sample_certificate
from certificates.rendering import (
    BASE_URL,
    NAME_MAX_PT,
    NAME_MIN_PT,
    BlockedResource,
    PrintedCertificate,
    ProjectOnlyFetcher,
    accent,
    name_font_size,
    render_pdf,
)
from certificates.signing import canonical_json

SERIAL = "WIC-DA-2026-123456"
LATIN, ARABIC, CHINESE = "Aminata Diop", "محمد عبد الله", "王小明"


def template(**fields) -> CertificateTemplate:
    """An unsaved template with two signatories: rendering needs no database."""
    fields.setdefault(
        "signatories",
        [
            Signatory(name="Li Wei", title="Director", organisation="WIC Digital Academy"),
            Signatory(name="Fatou Ndiaye", title="Dean"),
        ],
    )
    return CertificateTemplate(name="Test", **fields)


def printed(name=LATIN, *, certificate_template=None, **snapshot) -> PrintedCertificate:
    certificate_template = certificate_template or template()
    sample = sample_certificate(certificate_template)
    return PrintedCertificate(
        snapshot={**sample.snapshot, "recipient_name": name, "serial": SERIAL, **snapshot},
        key_id="0123456789abcdef",
        signature="c2lnbmF0dXJl",
        template=certificate_template,
    )


def pdftotext(data: bytes) -> str:
    result = subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True, timeout=30
    )
    return unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))


def pypdf_text(data: bytes) -> str:
    return unicodedata.normalize("NFKC", PdfReader(io.BytesIO(data)).pages[0].extract_text())


def letters(text: str) -> collections.Counter:
    return collections.Counter(character for character in text if not character.isspace())


@pytest.fixture(scope="module")
def rendered():
    """One PDF per script, rendered once for the module."""
    return {
        LATIN: render_pdf(printed(LATIN)),
        ARABIC: render_pdf(printed(ARABIC, certificate_template=template(language="ar"))),
        CHINESE: render_pdf(printed(CHINESE, certificate_template=template(language="zh"))),
    }


@pytest.fixture
def no_network():
    """Any attempt to open a connection fails the test loudly; the mock records it."""
    with (
        mock.patch.object(socket.socket, "connect", side_effect=AssertionError("network!")) as c,
        mock.patch("urllib.request.urlopen", side_effect=AssertionError("network!")) as u,
    ):
        yield c, u
    assert not c.called
    assert not u.called


@pytest.fixture
def refusals():
    """The URLs the fetcher refused during the test."""
    refused = []
    original = ProjectOnlyFetcher._refuse

    def spy(self, url):
        refused.append(url)
        return original(self, url)

    with mock.patch.object(ProjectOnlyFetcher, "_refuse", spy):
        yield refused


# Text in any script ---------------------------------------------------------


@pytest.mark.parametrize("name", [LATIN, CHINESE])
def test_the_pdf_text_holds_name_course_serial_and_address(rendered, name):
    sample = printed(name)
    for text in (pdftotext(rendered[name]), pypdf_text(rendered[name])):
        flat = " ".join(text.split())
        assert name in flat
        assert "Data Governance for Public Services" in flat
        assert SERIAL in flat
        assert sample.snapshot["verify_url"] in flat.replace(" ", "")


def test_an_arabic_name_is_printed_and_extractable(rendered):
    text = pdftotext(rendered[ARABIC])

    # Extractors give Arabic in visual order and split the ligature of "الله",
    # so compare the words that survive whole and the letters of the rest.
    assert "محمد" in text
    assert "عبد" in text
    assert not letters(ARABIC) - letters(text)
    flat = "".join(text.split())
    assert SERIAL in flat
    assert "DataGovernanceforPublicServices" in flat
    assert printed().snapshot["verify_url"] in flat


def test_arabic_templates_are_right_to_left():
    html = rendering.certificate_html(printed(ARABIC, certificate_template=template(language="ar")))

    assert '<html lang="ar" dir="rtl">' in html
    assert '<html lang="en" dir="ltr">' in rendering.certificate_html(printed())


def test_the_same_certificate_prints_the_same_bytes(rendered):
    again = render_pdf(printed(LATIN))

    assert again == rendered[LATIN]
    assert render_pdf(printed("Li Wei")) != rendered[LATIN]


# PDF/A, metadata, attachment ------------------------------------------------


def test_metadata_names_the_certificate(rendered):
    metadata = PdfReader(io.BytesIO(rendered[LATIN])).metadata

    assert metadata.title == f"Certificate — {LATIN}"
    assert metadata.author == "World Internet Conference Digital Academy"
    assert metadata.subject == f"Completion: Data Governance for Public Services ({SERIAL})"


def test_the_pdf_declares_pdf_a_3b(rendered):
    reader = PdfReader(io.BytesIO(rendered[CHINESE]))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")

    assert "pdfaid" in xmp
    assert ('pdfaid:part="3"' in xmp) or ("<pdfaid:part>3</pdfaid:part>" in xmp)
    assert ('pdfaid:conformance="B"' in xmp) or ("<pdfaid:conformance>B<" in xmp)


def test_the_signed_record_is_attached_as_certificate_json(rendered):
    reader = PdfReader(io.BytesIO(rendered[ARABIC]))
    sample = printed(ARABIC, certificate_template=template(language="ar"))

    (attached,) = reader.attachments["certificate.json"]

    assert attached == canonical_json(sample.signed_record())
    assert sample.signed_record()["signature"] == {
        "alg": "Ed25519",
        "kid": "0123456789abcdef",
        "value": "c2lnbmF0dXJl",
    }


# Escaping and outside resources -----------------------------------------------

HOSTILE = [
    '<img src="http://example.com/x.png">',
    '<img src="file:///etc/passwd">',
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_markup_in_any_printed_field_is_printed_as_text(hostile, no_network, refusals):
    certificate_template = template(
        wording_completion="finished {course} " + hostile,
        signatories=[Signatory(name="Li " + hostile, title=hostile, organisation=hostile)],
    )
    sample = printed(
        "Ana " + hostile,
        certificate_template=certificate_template,
        course_title="Course " + hostile,
        cohort_name=hostile,
        issuer=hostile,
        title=hostile,
        tier_label=hostile,
    )
    html = rendering.certificate_html(sample)
    assert hostile not in html
    assert "&lt;" in html

    # Narrow columns wrap long text anywhere, and some lines print in capitals.
    text = "".join(pdftotext(render_pdf(sample)).split()).lower()
    flat_hostile = "".join(hostile.split()).lower()

    assert "ana" + flat_hostile in text
    assert "course" + flat_hostile in text
    # Name, course, wording, title, issuer, tier and the signatory's three lines.
    assert text.count(flat_hostile) == 9
    assert refusals == []


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/x.png",
        "https://example.com/x.png",
        "file:///etc/passwd",
        "ftp://example.com/x",
        "//example.com/x.png",
        BASE_URL + "static/../../../etc/passwd",
        BASE_URL + "media/../academy/settings/base.py",
        BASE_URL + "media/%2e%2e/secret.txt",
        BASE_URL + "static/certificates/./certificate.css",
        BASE_URL + "etc/passwd",
        "https://academy-files.invalid.example.com/static/certificates/certificate.css",
    ],
)
def test_the_fetcher_refuses_anything_outside_the_project(url, no_network):
    fetcher = ProjectOnlyFetcher()

    with pytest.raises(BlockedResource, match="only use the academy's own files"):
        fetcher.fetch(url)

    assert fetcher.refused == [url]


def test_the_fetcher_serves_data_urls_and_static_files(no_network):
    fetcher = ProjectOnlyFetcher()

    data = fetcher.fetch("data:text/plain;base64,aGVsbG8=")
    css = fetcher.fetch(BASE_URL + "static/certificates/certificate.css")

    assert data.read() == b"hello"
    assert b"@page" in css.read()
    assert css.headers["Content-Type"] == "text/css"
    assert fetcher.refused == []


def test_missing_project_files_are_refused(no_network):
    fetcher = ProjectOnlyFetcher()

    with pytest.raises(BlockedResource):
        fetcher.fetch(BASE_URL + "static/certificates/nothing-here.css")
    with pytest.raises(BlockedResource):
        fetcher.fetch(BASE_URL + "media/nothing-here.png")


def test_css_urls_to_the_outside_are_refused_when_printing(no_network, refusals):
    html = (
        '<div style="background: url(http://example.com/a.png)">a</div>'
        '<div style="background: url(file:///etc/passwd)">b</div>'
        '<img src="https://example.com/b.png"><img src="../../etc/hostname">'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
    )

    HTML(string=html, base_url=BASE_URL, url_fetcher=ProjectOnlyFetcher()).write_pdf()

    assert sorted(refusals) == sorted(
        [
            "http://example.com/a.png",
            "file:///etc/passwd",
            "https://example.com/b.png",
            BASE_URL + "etc/hostname",
        ]
    )


def test_a_template_background_or_logo_outside_media_is_refused(no_network, refusals):
    certificate_template = template(background="../../../etc/passwd")
    # Only the logo's file is read when printing; no database row is needed.
    logo = SimpleNamespace(file=SimpleNamespace(name="../../secret.png"))
    certificate_template._state.fields_cache["logo"] = logo

    data = render_pdf(printed(certificate_template=certificate_template))

    assert data.startswith(b"%PDF-")
    assert len(refusals) == 2
    assert all(url.startswith(BASE_URL + "media/../") for url in refusals)


def test_an_accent_colour_cannot_inject_css(no_network, refusals):
    hostile = "#fff; } body { background: url(http://example.com/x.png) } {"
    certificate_template = template(accent_colour=hostile)

    assert accent(certificate_template) == rendering.DEFAULT_ACCENT
    assert accent(template(accent_colour="#AB12cd")) == "#AB12cd"
    render_pdf(printed(certificate_template=certificate_template))
    assert refusals == []


# Long names -------------------------------------------------------------------


def test_longer_names_print_smaller_down_to_a_floor():
    sizes = [name_font_size("A" * length, 297) for length in (5, 30, 50, 80, 500)]

    assert sizes[0] == NAME_MAX_PT
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[1] > sizes[2] > sizes[3]
    assert sizes[-1] == NAME_MIN_PT
    assert name_font_size("", 297) == NAME_MAX_PT


def test_wide_characters_count_more_and_combining_marks_nothing():
    assert name_font_size("王" * 40, 297) < name_font_size("a" * 40, 297)
    assert name_font_size("e\u0301" * 60, 297) == name_font_size("e" * 60, 297)
    # A narrower page fits less.
    assert name_font_size("a" * 60, 210) < name_font_size("a" * 60, 297)


def test_the_name_size_reaches_the_printed_page():
    long_name = "Maria " + "de los Santos " * 6 + "Fernández"
    html = rendering.certificate_html(printed(long_name))

    size = name_font_size(long_name, 297)
    assert NAME_MIN_PT < size < NAME_MAX_PT
    assert f"font-size: {size}pt" in html
