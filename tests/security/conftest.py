"""Fixtures for the hostile-input tests."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth's rate limits count in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()
