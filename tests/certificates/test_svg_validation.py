"""Certificate background SVGs: plain drawings pass, anything that reaches outside does not.

The locked URL fetcher stops a background from loading anything when it is
printed; these tests hold the validator to the same standard on its own, so
that a drawing which would try is refused when it is uploaded.
"""

import base64
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from certificates.models import CertificateTemplate
from certificates.uploads import (
    OUTSIDE_REFERENCE,
    SVG_ATTRIBUTE,
    SVG_CSS_RULE,
    SVG_DOCTYPE,
    SVG_ELEMENT,
    SVG_PROCESSING_INSTRUCTION,
    css_unescaped,
    validate_background,
)
from tests.factories import png_bytes

OPEN = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
EVIL = "http://evil.example/x"


def svg(inner: str, *, before: str = "", open_tag: str = OPEN) -> bytes:
    return f"{before}{open_tag}{inner}</svg>".encode()


def check(data: bytes) -> None:
    validate_background(SimpleUploadedFile("border.svg", data, "image/svg+xml"))


NESTED_SVG = svg('<image href="file:///etc/passwd"/><image href="http://evil.example/t.png"/>')
NESTED_BASE64 = "data:image/svg+xml;base64," + base64.b64encode(NESTED_SVG).decode()
NESTED_ESCAPED = "data:image/svg+xml," + quote(NESTED_SVG.decode())
PNG_DATA = "data:image/png;base64," + base64.b64encode(png_bytes(1, 1)).decode()

BYPASSES = {
    # CSS escapes that spell a loading construct once resolved.
    "escaped-import": (svg(f"<style>@\\69mport url({EVIL}.css);</style>"), SVG_CSS_RULE),
    "six-digit-escape": (svg(f"<style>@\\000069 mport '{EVIL}.css';</style>"), SVG_CSS_RULE),
    "escaped-url-in-style-attribute": (
        svg(f'<rect width="9" height="9" style="fill: u\\72l({EVIL})"/>'),
        OUTSIDE_REFERENCE,
    ),
    "escape-with-space": (
        svg("<style>rect { fill: u\\72 l(file:///etc/passwd) }</style><rect/>"),
        OUTSIDE_REFERENCE,
    ),
    "all-escaped-url": (
        svg(f"<style>rect {{ fill: \\75\\72\\6c({EVIL}) }}</style>"),
        OUTSIDE_REFERENCE,
    ),
    "escaped-url-presentation-attribute": (
        svg(f'<rect fill="u\\72l({EVIL})"/>'),
        OUTSIDE_REFERENCE,
    ),
    # Fonts and at-rules.
    "font-face-file": (
        svg("<style>@font-face { font-family: x; src: url(file:///etc/passwd) }</style>"),
        SVG_CSS_RULE,
    ),
    "font-face-local": (
        svg("<style>@font-face { font-family: x; src: local(Arial) }</style>"),
        SVG_CSS_RULE,
    ),
    "uppercase-import": (svg(f"<style>@IMPORT '{EVIL}.css';</style>"), SVG_CSS_RULE),
    # Nested documents.
    "nested-svg-base64-image": (svg(f'<image href="{NESTED_BASE64}"/>'), OUTSIDE_REFERENCE),
    "nested-svg-escaped-xlink": (
        svg(f'<image xlink:href="{NESTED_ESCAPED}"/>'),
        OUTSIDE_REFERENCE,
    ),
    "nested-svg-as-fill": (svg(f'<rect fill="url({NESTED_BASE64})"/>'), OUTSIDE_REFERENCE),
    "nested-svg-in-style": (
        svg(f"<style>rect {{ fill: url('{NESTED_BASE64}') }}</style>"),
        OUTSIDE_REFERENCE,
    ),
    "embedded-png": (svg(f'<image href="{PNG_DATA}" width="9" height="9"/>'), OUTSIDE_REFERENCE),
    # Processing instructions, before the drawing or inside it.
    "xml-stylesheet-http": (
        svg("<rect/>", before=f'<?xml-stylesheet type="text/css" href="{EVIL}.css"?>'),
        SVG_PROCESSING_INSTRUCTION,
    ),
    "xml-stylesheet-file": (
        svg("<rect/>", before='<?xml version="1.0"?><?xml-stylesheet href="file:///etc/passwd"?>'),
        SVG_PROCESSING_INSTRUCTION,
    ),
    "instruction-inside": (
        svg(f'<g><?xml-stylesheet href="{EVIL}.css"?></g>'),
        SVG_PROCESSING_INSTRUCTION,
    ),
    "doctype": (
        svg(
            "<rect/>",
            before='<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
            '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
        ),
        SVG_DOCTYPE,
    ),
    # Comments and strings that hide a url() from a naive reading.
    "comment-split-url": (
        svg(f"<style>rect {{ fill: u/**/rl({EVIL}) }}</style>"),
        OUTSIDE_REFERENCE,
    ),
    "comment-markers-in-strings": (
        svg(
            '<style>a { font-family: "/*" } rect { fill: url(http://evil.example/p) } '
            'b { font-family: "*/" }</style>'
        ),
        OUTSIDE_REFERENCE,
    ),
    "quoted-url-with-spaces": (
        svg(f'<style>rect {{ fill: URL (  "{EVIL}"  ) }}</style>'),
        OUTSIDE_REFERENCE,
    ),
    "unclosed-url": (svg(f'<rect style="fill: url({EVIL}"/>'), OUTSIDE_REFERENCE),
    "fragment-then-outside": (
        svg(f'<rect style="fill: url(&quot;#a)&quot;) url({EVIL})"/>'),
        OUTSIDE_REFERENCE,
    ),
    "image-set": (svg(f"<rect style=\"fill: image-set('{EVIL}.png' 1x)\"/>"), OUTSIDE_REFERENCE),
    # References that are not fragments of the drawing itself.
    "use-external": (svg(f'<use href="{EVIL}/sprite.svg#icon"/>'), OUTSIDE_REFERENCE),
    "use-file-xlink": (svg('<use xlink:href="file:///etc/passwd#x"/>'), OUTSIDE_REFERENCE),
    "gradient-href-external": (
        svg(f'<linearGradient id="g" href="{EVIL}.svg#g"/>'),
        OUTSIDE_REFERENCE,
    ),
    "fe-image": (
        svg(f'<filter id="f"><feImage href="{EVIL}.png"/></filter>'),
        OUTSIDE_REFERENCE,
    ),
    "xml-base": (
        svg("<rect/>", open_tag=OPEN.replace(">", ' xml:base="http://evil.example/">', 1)),
        SVG_ATTRIBUTE.format(attribute="base", element="svg"),
    ),
    "foreign-attribute": (
        svg('<rect xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load"/>'),
        SVG_ATTRIBUTE.format(attribute="event", element="rect"),
    ),
    "link": (svg('<a href="#top"><text>x</text></a>'), SVG_ELEMENT.format(element="a")),
    "plain-image-element": (svg('<image href="#r"/>'), SVG_ELEMENT.format(element="image")),
    "xhtml-style": (
        svg(f'<h:style xmlns:h="http://www.w3.org/1999/xhtml">@import "{EVIL}";</h:style>'),
        SVG_ELEMENT.format(element="style"),
    ),
}


@pytest.mark.parametrize("key", BYPASSES)
def test_every_known_bypass_is_refused_with_its_reason(key):
    data, message = BYPASSES[key]

    with pytest.raises(ValidationError) as refused:
        check(data)

    assert refused.value.messages == [message]


LEGITIMATE = {
    "gradient-border": svg(
        '<defs><linearGradient id="edge" x1="0" y1="0" x2="1" y2="1" '
        'gradientTransform="rotate(15)"><stop offset="0" stop-color="#0b4f8a"/>'
        '<stop offset="1" style="stop-color:#7fd4c1;stop-opacity:.8"/></linearGradient></defs>'
        '<rect x="5" y="5" width="287" height="200" fill="none" stroke="url(#edge)" '
        'stroke-width="4" rx="6"/>',
        before='<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported from a drawing program -->\n',
    ),
    "radial-and-pattern": svg(
        '<defs><radialGradient id="glow" cx="50%" cy="50%" r="60%" fx="40%" fy="40%">'
        '<stop offset="0%" stop-color="#fff"/><stop offset="100%" stop-color="#e6eef6"/>'
        '</radialGradient><pattern id="guilloche" width="12" height="12" '
        'patternUnits="userSpaceOnUse" patternTransform="scale(2)">'
        '<path d="M0 6 Q3 0 6 6 T12 6" fill="none" stroke="#c9a227" stroke-width=".5"/>'
        "</pattern></defs>"
        '<rect width="100%" height="100%" fill="url(#glow)"/>'
        '<rect width="100%" height="100%" fill="url(\'#guilloche\')" opacity=".4"/>'
    ),
    "illustrator-classes": svg(
        "<defs><style>.cls-1{fill:#0b4f8a;}.cls-2{fill:none;stroke:#7fd4c1;"
        "stroke-width:3px;stroke-dasharray:4 2;} /* corner ornaments */</style></defs>"
        '<g id="Layer_1"><circle class="cls-1" cx="20" cy="20" r="12"/>'
        '<polygon class="cls-2" points="0,0 40,0 20,30"/>'
        '<polyline class="cls-2" points="0,40 20,50 40,40"/></g>',
        open_tag='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 297 210">',
    ),
    "symbols-clips-and-text": svg(
        '<defs><symbol id="leaf" viewBox="0 0 10 10"><ellipse cx="5" cy="5" rx="5" ry="2"/>'
        '</symbol><clipPath id="frame"><rect width="280" height="190" rx="8"/></clipPath>'
        '<mask id="fade"><rect width="280" height="190" fill="white"/></mask>'
        '<filter id="soft"><feGaussianBlur stdDeviation="1.5"/></filter></defs>'
        '<g clip-path="url(#frame)" mask="url(#fade)" filter="url(#soft)">'
        '<use xlink:href="#leaf" x="10" y="10" width="20" height="20" fill="#2e7d32"/>'
        '<use href="#leaf" transform="translate(250 160) rotate(180)"/></g>'
        '<text x="148" y="200" text-anchor="middle" font-family="Georgia, serif" '
        'font-size="6" xml:space="preserve"><tspan dy="-2">WIC Digital Academy</tspan></text>'
    ),
    "no-namespace-prefix-for-xlink": svg(
        '<path id="curve" d="M10 80 C 40 10, 65 10, 95 80"/>'
        '<text><textPath href="#curve" startOffset="10%">Certified</textPath></text>'
    ),
}


@pytest.mark.parametrize("key", LEGITIMATE)
def test_plain_drawings_are_accepted(key):
    check(LEGITIMATE[key])


@pytest.mark.parametrize("name", ["logo.svg", "favicon.svg"])
def test_the_academy_own_drawings_are_accepted(name):
    check((Path(settings.BASE_DIR) / "academy" / "static" / "img" / name).read_bytes())


@pytest.mark.parametrize(
    ("escaped", "plain"),
    [
        ("@\\69mport", "@import"),
        ("@\\000069 mport", "@import"),
        ("u\\72 l(", "url("),
        ("u\\72\r\nl(", "url("),
        ("\\75\\72\\6C(", "url("),
        ("\\@import", "@import"),
        ("ur\\\nl(", "url("),
        ("\\0 x", "\ufffd" + "x"),
        ("\\110000", "\ufffd"),
    ],
)
def test_css_escapes_are_resolved_as_a_style_engine_reads_them(escaped, plain):
    assert css_unescaped(escaped) == plain


@pytest.mark.django_db
def test_the_template_model_refuses_a_bypassing_background():
    template = CertificateTemplate(
        name="Sneaky",
        background=SimpleUploadedFile("border.svg", BYPASSES["escaped-import"][0]),
    )

    with pytest.raises(ValidationError) as refused:
        template.full_clean()

    assert refused.value.message_dict["background"] == [SVG_CSS_RULE]
