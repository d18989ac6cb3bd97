"""/healthz/: what load balancers poll to know the site can answer."""

import importlib
from unittest import mock

import pytest
from django.db import DatabaseError, connection
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_healthz_is_at_its_public_address():
    assert reverse("healthz") == "/healthz/"


def test_ok_when_the_database_answers(client):
    response = client.get("/healthz/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["status"] == "ok"
    assert response.json() == {"status": "ok", "database": "ok"}
    # A proxy must never answer for us from a cache.
    assert "no-cache" in response["Cache-Control"]


def test_ok_runs_a_query(client, django_assert_num_queries):
    with django_assert_num_queries(1):
        client.get("/healthz/")


def test_unavailable_when_the_database_fails(client):
    with mock.patch.object(connection, "cursor", side_effect=DatabaseError("connection refused")):
        response = client.get("/healthz/")

    assert response.status_code == 503
    assert response.json()["status"] != "ok"
    assert response.json() == {"status": "unavailable", "database": "unreachable"}
    assert b"connection refused" not in response.content
    assert "no-cache" in response["Cache-Control"]


def test_unavailable_when_the_query_fails(client):
    failing_cursor = mock.MagicMock()
    failing_cursor.__enter__.return_value.execute.side_effect = DatabaseError("server closed")
    with mock.patch.object(connection, "cursor", return_value=failing_cursor):
        response = client.get("/healthz/")

    assert response.status_code == 503


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_only_get_is_allowed(client, method):
    response = getattr(client, method)("/healthz/")

    assert response.status_code == 405
    assert "GET" in response["Allow"]


def test_open_to_anonymous_visitors_on_any_allowed_host(client):
    response = client.get("/healthz/", headers={"host": "localhost"})
    assert response.status_code == 200


@pytest.fixture
def production_security(settings, monkeypatch):
    """The HTTPS settings of academy.settings.production, applied to this test."""
    monkeypatch.setenv("SECRET_KEY", "x" * 64)
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    monkeypatch.setenv("DATABASE_URL", "sqlite:////tmp/unused.sqlite3")
    monkeypatch.setenv("CERTIFICATE_VERIFY_BASE_URL", "https://testserver")
    monkeypatch.setenv("CERTIFICATE_SIGNING_KEY_FILE", "/run/secrets/certificate-signing-key.pem")
    monkeypatch.delenv("SECURE_SSL_REDIRECT", raising=False)
    production = importlib.reload(importlib.import_module("academy.settings.production"))
    for name in ("SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SECURE_REDIRECT_EXEMPT"):
        if hasattr(production, name):
            setattr(settings, name, getattr(production, name))
    assert settings.SECURE_SSL_REDIRECT


def test_production_redirects_plain_http_pages_to_https(production_security):
    response = Client().get("/courses/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/courses/"


def test_production_answers_the_proxy_forwarded_https_health_check(production_security):
    response = Client().get("/healthz/", headers={"x-forwarded-proto": "https"})
    assert response.status_code == 200


def test_production_answers_a_plain_http_health_check(production_security):
    response = Client().get("/healthz/")
    assert response.status_code == 200
