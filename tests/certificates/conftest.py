"""Fixtures for the certificate tests: a fresh cache (lookups are rate limited in it)."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Serial lookups and allauth's rate limits count in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()
