"""Checks on files admins upload for certificate templates and people upload to verify.

An SVG background is printed by WeasyPrint behind every certificate. The
locked URL fetcher in rendering.py is the first guard against a drawing that
reaches for other files; this validator is the second, and stands on its
own: the SVG is parsed with DTDs, entities and processing instructions
refused, and every element and attribute must be on an allowlist of plain
drawing (shapes, paths, text, gradients, patterns, clipping, masks, simple
filters). A reference may only point inside the drawing itself (``#id``,
``url(#id)``); CSS, in ``<style>`` and in attribute values, is checked after
its escapes are resolved, and may not use at-rules at all. Embedded images,
even as data: addresses, are refused: a photographic background is uploaded
as a JPEG.
"""

import re

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

BACKGROUND_MAX_BYTES = 5 * 1024 * 1024
JPEG_MAGIC = b"\xff\xd8\xff"

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
XLINK_NAMESPACE = "http://www.w3.org/1999/xlink"
XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"

# Plain drawing only. Left out on purpose: script, foreignObject and
# animation (which can set an href after this check), image and feImage
# (they load files), a (links), switch, and fonts.
SVG_ELEMENTS = frozenset(
    {
        "svg",
        "g",
        "defs",
        "symbol",
        "use",
        "title",
        "desc",
        "style",
        "rect",
        "circle",
        "ellipse",
        "line",
        "polyline",
        "polygon",
        "path",
        "text",
        "tspan",
        "textPath",
        "linearGradient",
        "radialGradient",
        "stop",
        "pattern",
        "clipPath",
        "mask",
        "marker",
        "filter",
        "feBlend",
        "feColorMatrix",
        "feComposite",
        "feDropShadow",
        "feFlood",
        "feGaussianBlur",
        "feMerge",
        "feMergeNode",
        "feMorphology",
        "feOffset",
        "feTurbulence",
    }
)
# Geometry, presentation and the few structural attributes drawings use
# (one table to read, hence a string split into names).
SVG_ATTRIBUTES = frozenset(
    """
    id class style lang transform version baseProfile viewBox preserveAspectRatio
    x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points pathLength
    dx dy rotate textLength lengthAdjust startOffset method spacing side
    fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap
    stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset
    opacity color display visibility overflow clip clip-path clip-rule mask
    paint-order vector-effect shape-rendering text-rendering image-rendering
    color-interpolation color-interpolation-filters color-rendering
    mix-blend-mode isolation
    font font-family font-size font-size-adjust font-weight font-style font-variant
    font-stretch text-anchor dominant-baseline alignment-baseline baseline-shift
    letter-spacing word-spacing text-decoration writing-mode direction unicode-bidi
    offset stop-color stop-opacity gradientUnits gradientTransform spreadMethod
    patternUnits patternContentUnits patternTransform clipPathUnits
    maskUnits maskContentUnits marker-start marker-mid marker-end
    markerWidth markerHeight markerUnits refX refY orient
    filter filterUnits primitiveUnits in in2 result stdDeviation mode type values
    operator k1 k2 k3 k4 flood-color flood-opacity radius baseFrequency
    numOctaves seed stitchTiles
    role aria-label aria-hidden aria-labelledby aria-describedby focusable media
    href
    """.split()  # noqa: SIM905
)
XML_ATTRIBUTES = frozenset({"space", "lang"})

SVG_NOT_WELL_FORMED = "This file is not a well-formed SVG image."
SVG_NOT_SVG = "This file is not an SVG image."
SVG_DOCTYPE = (
    "SVG backgrounds may not declare a document type or entities: remove the <!DOCTYPE> line."
)
SVG_PROCESSING_INSTRUCTION = (
    "SVG backgrounds may not contain processing instructions such as <?xml-stylesheet?>."
)
SVG_ELEMENT = (
    "SVG backgrounds may not contain <{element}> elements; save the drawing as plain SVG "
    "(shapes, paths, text, gradients and patterns)."
)
SVG_ATTRIBUTE = "SVG backgrounds may not use the {attribute} attribute (found on <{element}>)."
SVG_EVENT_HANDLER = "SVG backgrounds may not contain event handlers."
SVG_CSS_RULE = (
    "SVG backgrounds may not use CSS at-rules such as @import or @font-face, "
    "nor CSS expressions or bindings."
)
OUTSIDE_REFERENCE = (
    "SVG backgrounds may only refer to their own parts (#id or url(#id)): they may not use "
    "other files, web addresses or data: addresses. For a photographic background, upload "
    "a JPEG."
)

# A CSS escape: up to six hex digits and one optional whitespace, an escaped
# newline (a line continuation, which means nothing), or any escaped character.
CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})(?:\r\n|[ \t\r\n\f])?|(\r\n|[\n\r\f])|(.))", re.S)
CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.S)
CSS_FUNCTION = re.compile(r"([a-z0-9_-]+)\s*\(")
# Functions that load a resource; url() alone may stay, for a local #id.
CSS_LOADING_FUNCTIONS = frozenset(
    {"src", "image", "image-set", "-webkit-image-set", "cross-fade", "element", "expression"}
)
# Script addresses and the old browsers' ways of binding behaviour to a style.
CSS_SCRIPTING = re.compile(r"(?<![a-z0-9_-])(?:javascript:|vbscript:|behavior:)|-moz-binding")
CSS_DATA_ADDRESS = re.compile(r"(?<![a-z0-9_-])data:")
LOCAL_FRAGMENT = re.compile(r"#[A-Za-z_][A-Za-z0-9_.:-]*")


def validate_background(upload) -> None:
    """A JPEG or a plain SVG drawing that refers to nothing outside itself."""
    if upload.size > BACKGROUND_MAX_BYTES:
        raise ValidationError(
            "The background is %(size)s; the limit is %(limit)s.",
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(BACKGROUND_MAX_BYTES),
            },
        )
    upload.seek(0)
    head = upload.read(BACKGROUND_MAX_BYTES + 1)
    upload.seek(0)
    name = (getattr(upload, "name", "") or "").lower()
    if name.endswith((".jpg", ".jpeg")):
        if not head.startswith(JPEG_MAGIC):
            raise ValidationError("This file is not a JPEG image.")
        return
    validate_svg(head)


class _RecordingTreeBuilder:
    """ElementTree's builder, noting processing instructions (it drops those before the root)."""

    def __init__(self):
        from xml.etree.ElementTree import TreeBuilder

        self.builder = TreeBuilder()
        self.instructions: list[str] = []

    def start(self, tag, attrib):
        return self.builder.start(tag, attrib)

    def end(self, tag):
        return self.builder.end(tag)

    def data(self, text):
        return self.builder.data(text)

    def pi(self, target, text=None):
        self.instructions.append(target)

    def close(self):
        return self.builder.close()


def validate_svg(data: bytes) -> None:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
    from defusedxml.ElementTree import XMLParser

    target = _RecordingTreeBuilder()
    parser = XMLParser(target=target, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        root = parser.close()
    except (DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden):
        raise ValidationError(SVG_DOCTYPE) from None
    except (ParseError, ValueError, LookupError):
        raise ValidationError(SVG_NOT_WELL_FORMED) from None
    if target.instructions:
        raise ValidationError(SVG_PROCESSING_INSTRUCTION)
    if _svg_name(root.tag) != "svg":
        raise ValidationError(SVG_NOT_SVG)
    for element in root.iter():
        _check_element(element)


def _svg_name(tag: str) -> str | None:
    """The local name of an element in the SVG namespace (or none), else None."""
    namespace, _, local = tag.rpartition("}")
    if namespace not in ("", "{" + SVG_NAMESPACE):
        return None
    return local


def _check_element(element) -> None:
    name = _svg_name(element.tag)
    # Attributes first, so an element that loads a file says so.
    for attribute, value in element.attrib.items():
        _check_attribute(name or element.tag, attribute, value)
    if name not in SVG_ELEMENTS:
        shown = name or element.tag.rpartition("}")[2]
        raise ValidationError(SVG_ELEMENT.format(element=shown.lower()))
    if name == "style":
        _check_css("".join(element.itertext()), stylesheet=True)


def _check_attribute(element: str, attribute: str, value: str) -> None:
    namespace, _, local = attribute.rpartition("}")
    if local.lower().startswith("on"):
        raise ValidationError(SVG_EVENT_HANDLER)
    if namespace == "{" + XLINK_NAMESPACE and local == "href":
        local = "href"
    elif namespace == "{" + XML_NAMESPACE and local in XML_ATTRIBUTES:
        return
    elif namespace or local not in SVG_ATTRIBUTES:
        raise ValidationError(SVG_ATTRIBUTE.format(attribute=local, element=element))
    if local == "href":
        if not LOCAL_FRAGMENT.fullmatch(value.strip()):
            raise ValidationError(OUTSIDE_REFERENCE)
        return
    _check_css(value, stylesheet=local == "style")


def css_unescaped(text: str) -> str:
    """CSS text with its escapes resolved, as a style engine reads it."""

    def resolve(match: re.Match) -> str:
        hex_digits, _newline, other = match.groups()
        if hex_digits is not None:
            code = int(hex_digits, 16)
            if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                return "\ufffd"
            return chr(code)
        return other or ""

    return CSS_ESCAPE.sub(resolve, text)


def _check_css(text: str, *, stylesheet: bool) -> None:
    """Refuse CSS that loads anything, in every reading a style engine might make of it.

    Comments are both kept and dropped: dropping them naively could swallow a
    rule that sits between a "/*" and a "*/" inside strings, and keeping them
    alone would miss a name a comment splits.
    """
    for reading in (text, CSS_COMMENT.sub("", text)):
        css = css_unescaped(reading).lower()
        compact = "".join(character for character in css if character.isprintable())
        compact = "".join(compact.split())
        if stylesheet and "@" in compact:
            raise ValidationError(SVG_CSS_RULE)
        if CSS_SCRIPTING.search(compact):
            raise ValidationError(SVG_CSS_RULE)
        if CSS_DATA_ADDRESS.search(compact):
            raise ValidationError(OUTSIDE_REFERENCE)
        for match in CSS_FUNCTION.finditer(compact):
            function = match[1]
            if function in CSS_LOADING_FUNCTIONS or function.endswith("image-set"):
                raise ValidationError(OUTSIDE_REFERENCE)
            if function == "url":
                argument = compact[match.end() :].split(")", 1)[0].strip("'\"")
                if not LOCAL_FRAGMENT.fullmatch(argument):
                    raise ValidationError(OUTSIDE_REFERENCE)
