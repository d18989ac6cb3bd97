"""Throttled requests answer 429 with a page a person can act on."""

from django.test import override_settings

from certificates.views import ERROR_TOO_MANY
from tests.utils import soup

# The password tests.factories.UserFactory gives every user.
PASSWORD = "correct horse battery staple"
THROTTLED = "Too many failed login attempts"


def _text(response) -> str:
    return " ".join(soup(response).get_text().split())


def test_failed_logins_over_the_account_limit_answer_429_with_the_form(client, trainee):
    for _ in range(5):
        failed = client.post("/accounts/login/", {"login": trainee.email, "password": "x"})
        assert failed.status_code == 200

    response = client.post("/accounts/login/", {"login": trainee.email, "password": PASSWORD})

    assert response.status_code == 429
    assert THROTTLED in _text(response)
    assert soup(response).find("input", attrs={"name": "password"}) is not None
    assert "_auth_user_id" not in client.session


def test_a_wrong_password_under_the_limit_is_not_a_429(client, trainee):
    response = client.post("/accounts/login/", {"login": trainee.email, "password": "x"})

    assert response.status_code == 200
    assert THROTTLED not in _text(response)


@override_settings(ACCOUNT_RATE_LIMITS={"login": "3/m/ip", "login_failed": False})
def test_login_attempts_over_the_address_limit_get_the_friendly_429_page(client, trainee):
    for _ in range(3):
        client.post("/accounts/login/", {"login": trainee.email, "password": "x"})

    response = client.post("/accounts/login/", {"login": trainee.email, "password": PASSWORD})

    assert response.status_code == 429
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Too many attempts"
    assert "wait a few minutes and try again" in _text(response)
    assert page.find("header", class_="site-header") is not None  # the site's own layout
    assert "Traceback" not in response.content.decode()
    assert "_auth_user_id" not in client.session


@override_settings(CERTIFICATE_LOOKUPS_PER_HOUR=2)
def test_certificate_lookups_over_the_hourly_allowance_answer_429(client, db):
    for _ in range(2):
        assert client.get("/certificates/verify/?serial=WIC-DA-2026-000001").status_code == 404

    response = client.get("/certificates/verify/?serial=WIC-DA-2026-000001")

    assert response.status_code == 429
    assert ERROR_TOO_MANY in _text(response)
    assert "Content-Security-Policy" in response
