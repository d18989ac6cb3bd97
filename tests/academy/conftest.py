"""Fixtures for accounts and profiles."""

import pytest
from django.core.cache import cache

from tests.cohort_factories import verified_user


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth's rate limits count in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def trainee(db):
    return verified_user(username="amina", email="amina@academy.example")


@pytest.fixture
def trainee_client(client, trainee):
    client.force_login(trainee)
    return client
