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


@pytest.fixture
def quick_certificate_pdfs(monkeypatch):
    """The demo issues hundreds of certificates; here only which ones matters.

    Printing is tested in tests/certificates; this stands in a small PDF-like
    file unique to each certificate so seeding tests stay quick.
    """
    import hashlib

    from certificates import issuing
    from certificates.signing import canonical_json

    def quick_pdf(printed):
        digest = hashlib.sha256(canonical_json(printed.signed_record())).hexdigest()
        return f"%PDF-1.7\n% demo certificate {digest}\n%%EOF\n".encode("ascii")

    monkeypatch.setattr(issuing, "render_pdf", quick_pdf)
