"""The injection check itself finds what an unescaped string would add."""

import pytest
from django.utils.html import escape

from tests.security.hostile import HOSTILE, injected_markup
from tests.utils import soup

MARKUP = ["script", "img-onerror", "svg-onload", "a-javascript", "close-textarea", "iframe"]


def page(value: str) -> str:
    return f"<html><head><title>x</title></head><body><p>{value}</p></body></html>"


@pytest.mark.parametrize("key", MARKUP)
def test_unescaped_markup_is_found(key):
    assert injected_markup(soup(page(HOSTILE[key])))


def test_an_unescaped_attribute_break_is_found():
    html = f"<input value='{HOSTILE['attr-break']}'>"
    assert injected_markup(soup(html))


@pytest.mark.parametrize("key", [*MARKUP, "attr-break"])
def test_escaped_markup_is_not_found(key):
    assert injected_markup(soup(page(escape(HOSTILE[key])))) == []
    assert injected_markup(soup(f"<input value='{escape(HOSTILE[key])}'>")) == []
