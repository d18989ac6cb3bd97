"""Checks on files admins upload for certificate templates and people upload to verify."""

import re

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

BACKGROUND_MAX_BYTES = 5 * 1024 * 1024
JPEG_MAGIC = b"\xff\xd8\xff"
# Script, embedded documents, and animation (which can set an href after the
# checks below have looked at it) have no place in a printed border.
FORBIDDEN_SVG_ELEMENTS = {
    "script",
    "foreignobject",
    "animate",
    "set",
    "animatemotion",
    "animatetransform",
    "iframe",
    "embed",
    "object",
    "handler",
    "listener",
}
CSS_URL = re.compile(r"url\(([^)]*)\)", re.IGNORECASE)
OUTSIDE_REFERENCE = (
    "SVG backgrounds may not refer to other files; embed images as data:image/ URLs."
)


def validate_background(upload) -> None:
    """A JPEG or an SVG without scripts, event handlers or outside references."""
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
    _validate_svg(head)


def _validate_svg(data: bytes) -> None:
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        raise ValidationError("This file is not a well-formed SVG image.") from None
    if not root.tag.endswith("svg"):
        raise ValidationError("This file is not an SVG image.")
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1].lower()
        if tag in FORBIDDEN_SVG_ELEMENTS:
            raise ValidationError(f"SVG backgrounds may not contain <{tag}> elements.")
        if tag == "style" and _refers_outside(element.text or ""):
            raise ValidationError(OUTSIDE_REFERENCE)
        for attribute, value in element.attrib.items():
            local = attribute.rsplit("}", 1)[-1].lower()
            if local.startswith("on"):
                raise ValidationError("SVG backgrounds may not contain event handlers.")
            if "javascript:" in "".join(value.split()).lower():
                raise ValidationError("SVG backgrounds may not contain javascript: addresses.")
            if local == "href" and not value.startswith(("#", "data:image/")):
                raise ValidationError(OUTSIDE_REFERENCE)
            if _refers_outside(value):
                raise ValidationError(OUTSIDE_REFERENCE)


def _refers_outside(css: str) -> bool:
    """True when CSS text has a url() that is not a fragment or an embedded image."""
    for match in CSS_URL.finditer(css):
        target = match[1].strip().strip("'\"")
        if not target.startswith(("#", "data:image/")):
            return True
    return "@import" in css.lower()
