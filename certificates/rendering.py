"""Certificate PDFs: HTML from a Django template, printed by WeasyPrint.

One ``FontConfiguration`` and one parsed base stylesheet per process (both
are costly to build and safe to reuse). Every resource goes through
``ProjectOnlyFetcher``: ``data:`` URLs and the project's own static and
media files, nothing else — no network, no other local files, no redirects.
The same snapshot and template give the same bytes: every date in the PDF
comes from the issue date and the file identifier from the certificate id.
"""

import datetime
import functools
import hashlib
import mimetypes
import posixpath
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from weasyprint import CSS, HTML, Attachment
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from certificates.models import PLACEHOLDER_PATTERN, Orientation, PageSize
from certificates.signing import canonical_json

# Relative URLs in certificate HTML resolve against this address, which the
# fetcher maps onto local storage. ``.invalid`` can never resolve (RFC 2606),
# so even a mistake here could not reach the network.
BASE_URL = "https://academy-files.invalid/"
ATTACHMENT_NAME = "certificate.json"
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}
PAGE_MM = {  # (width, height)
    (PageSize.A4, Orientation.LANDSCAPE): (297, 210),
    (PageSize.A4, Orientation.PORTRAIT): (210, 297),
    (PageSize.LETTER, Orientation.LANDSCAPE): (279, 216),
    (PageSize.LETTER, Orientation.PORTRAIT): (216, 279),
}
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
DEFAULT_ACCENT = "#1f4e79"
NAME_MAX_PT = 34
NAME_MIN_PT = 11


class BlockedResource(ValueError):
    """A certificate asked for something outside the project's own files."""


class ProjectOnlyFetcher(URLFetcher):
    """Serves ``data:`` URLs and BASE_URL's static and media paths; refuses the rest."""

    def __init__(self):
        super().__init__(allowed_protocols=("data",), allow_redirects=False, timeout=1)
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if not url.startswith(BASE_URL):
            return self._refuse(url)
        path = unquote(urlsplit(url).path)
        normalized = posixpath.normpath(path)
        if normalized != path or "\x00" in path:
            return self._refuse(url)
        for prefix, opener in (
            (settings.STATIC_URL, _open_static),
            (settings.MEDIA_URL, _open_media),
        ):
            if prefix.startswith("/") and path.startswith(prefix):
                body = opener(path.removeprefix(prefix))
                if body is None:
                    break
                content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
                return URLFetcherResponse(url, body, {"Content-Type": content_type})
        return self._refuse(url)

    def _refuse(self, url):
        self.refused.append(url)
        raise BlockedResource(f"Certificates may only use the academy's own files: {url[:200]}")


def _open_static(name: str):
    # The app folders first (always there), then collectstatic's output.
    found = finders.find(name)
    if found is None and settings.STATIC_ROOT:
        candidate = Path(settings.STATIC_ROOT) / name
        found = str(candidate) if candidate.is_file() else None
    if found is None:
        return None
    with open(found, "rb") as handle:
        return handle.read()


def _open_media(name: str):
    if not name or not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as handle:
        return handle.read()


@functools.cache
def font_config() -> FontConfiguration:
    return FontConfiguration()


@functools.cache
def base_stylesheet() -> CSS:
    with open(finders.find("certificates/certificate.css"), encoding="utf-8") as handle:
        css = handle.read()
    return CSS(string=css, font_config=font_config(), url_fetcher=ProjectOnlyFetcher())


def page_css(page_size: str, orientation: str, accent: str) -> str:
    size = "letter" if page_size == PageSize.LETTER else "A4"
    _width, height = PAGE_MM[(page_size, orientation)]
    return (
        f"@page {{ size: {size} {orientation}; }} :root {{ --accent: {accent}; }} "
        f".sheet {{ height: {height}mm; }}"
    )


@functools.cache
def page_stylesheet(page_size: str, orientation: str, accent: str) -> CSS:
    return CSS(
        string=page_css(page_size, orientation, accent),
        font_config=font_config(),
        url_fetcher=ProjectOnlyFetcher(),
    )


def accent(template) -> str:
    """The template's colour if it is a plain hex colour (it goes into CSS), else the default."""
    colour = template.accent_colour or ""
    return colour if HEX_COLOUR.fullmatch(colour) else DEFAULT_ACCENT


def fill_wording(wording: str, values: dict[str, str]) -> str:
    """Replace ``{placeholder}``s; unknown ones stay as written (templates are validated)."""
    return PLACEHOLDER_PATTERN.sub(lambda match: values.get(match[1], match[0]), wording)


def name_font_size(name: str, page_width_mm: int) -> float:
    """A point size at which ``name`` fits on one line of the page.

    Wide characters (Chinese, Japanese, Korean) take about one em, others
    about 0.6 em; combining marks take none.
    """
    ems = 0.0
    for character in name:
        if unicodedata.combining(character):
            continue
        ems += 1.0 if unicodedata.east_asian_width(character) in "WF" else 0.6
    usable_pt = (page_width_mm - 60) * 72 / 25.4
    if ems == 0:
        return NAME_MAX_PT
    return round(max(NAME_MIN_PT, min(NAME_MAX_PT, usable_pt / ems)), 1)


def qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_inline(scale=3, border=0, dark="#111111")


@dataclass(frozen=True)
class PrintedCertificate:
    """What ``render_pdf`` needs: the signed snapshot and the template as it was."""

    snapshot: dict
    key_id: str
    signature: str
    template: object  # CertificateTemplate, possibly rebuilt from a revision

    def signed_record(self) -> dict:
        return {
            "certificate": self.snapshot,
            "signature": {"alg": "Ed25519", "kid": self.key_id, "value": self.signature},
        }


def certificate_html(printed: PrintedCertificate) -> str:
    snapshot, template = printed.snapshot, printed.template
    values = {
        "name": snapshot["recipient_name"],
        "course": snapshot["course_title"],
        "hours": str(snapshot["hours"]),
        "cohort": snapshot["cohort_name"],
        "date": snapshot["completed_on_display"],
        "tier": snapshot["tier_label"],
        "serial": snapshot["serial"],
    }
    width, _height = PAGE_MM[(template.page_size, template.orientation)]
    signatories = snapshot["signatories"]
    images = {
        signatory.name: _media_url(signatory.signature) for signatory in signatories_of(template)
    }
    return render_to_string(
        "certificates/pdf/certificate.html",
        {
            "snapshot": snapshot,
            "template": template,
            "language": snapshot["language"],
            "direction": "rtl" if snapshot["language"] in RIGHT_TO_LEFT else "ltr",
            "wording": fill_wording(snapshot["wording"], values),
            "name_size": name_font_size(snapshot["recipient_name"], width),
            # segno writes the markup itself; the URL inside is escaped by it.
            "qr_svg": mark_safe(qr_svg(snapshot["verify_url"])),  # noqa: S308
            "logo_url": _media_url(template.logo),
            "background_url": _file_url(template.background),
            "signatories": [
                dict(signatory, image_url=images.get(signatory["name"]))
                for signatory in signatories
            ],
        },
    )


def signatories_of(template) -> list:
    """A template's signatories in order, saved or as a revision or an unsaved form holds them."""
    signatories = template.signatories
    return list(signatories.all() if hasattr(signatories, "all") else signatories)


def _media_url(image) -> str | None:
    if image is None:
        return None
    return _file_url(image.file)


def _file_url(field_file) -> str | None:
    if not field_file:
        return None
    return BASE_URL + settings.MEDIA_URL.lstrip("/") + field_file.name


def _pdf_date(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def render_pdf(printed: PrintedCertificate) -> bytes:
    """The PDF/A-3b bytes of a certificate, with its signed JSON record attached."""
    template = printed.template
    issued = datetime.datetime.fromisoformat(printed.snapshot["issued_at"])
    fetcher = ProjectOnlyFetcher()
    document = HTML(
        string=certificate_html(printed), base_url=BASE_URL, url_fetcher=fetcher
    ).render(
        font_config=font_config(),
        stylesheets=[
            base_stylesheet(),
            page_stylesheet(template.page_size, template.orientation, accent(template)),
        ],
        pdf_variant="pdf/a-3b",
    )
    document.metadata.created = _pdf_date(issued)
    document.metadata.modified = _pdf_date(issued)
    record = Attachment(
        string=canonical_json(printed.signed_record()).decode("utf-8"),
        name=ATTACHMENT_NAME,
        description="Signed certificate record (RFC 8785 JSON, Ed25519)",
        created=issued,
        modified=issued,
        relationship="Source",
        url_fetcher=fetcher,
    )
    identifier = hashlib.md5(
        printed.snapshot["public_id"].encode("ascii"), usedforsecurity=False
    ).hexdigest()
    return document.write_pdf(
        pdf_variant="pdf/a-3b",
        attachments=[record],
        pdf_identifier=identifier.encode("ascii"),
    )


def html_preview(printed: PrintedCertificate) -> str:
    """The certificate's HTML for a browser: stylesheets inline, files from the site itself."""
    template = printed.template
    with open(finders.find("certificates/certificate.css"), encoding="utf-8") as handle:
        css = handle.read()
    css += page_css(template.page_size, template.orientation, accent(template))
    # A browser has no page box: give the sheet the paper's width so the
    # preview keeps the printed proportions (the panel scrolls if narrower).
    width, _height = PAGE_MM[(template.page_size, template.orientation)]
    css += f" .sheet {{ width: {width}mm; margin: 0 auto; }}"
    html = certificate_html(printed).replace(BASE_URL, "/")
    return html.replace("</head>", f"<style>{css}</style></head>", 1)
