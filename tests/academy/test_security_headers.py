"""Security headers on public pages, account pages, the admin and JSON answers."""

import pytest

from academy.middleware import PERMISSIONS_POLICY

URLS = ["/", "/courses/", "/accounts/login/", "/admin/login/", "/healthz/", "/no-such-page/"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
def test_every_response_carries_the_security_headers(client, url):
    response = client.get(url)

    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
