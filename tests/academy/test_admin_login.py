"""Every way into a session goes through the site's sign-in and its rules.

The site's sign-in (allauth, /accounts/login/) refuses unverified email
addresses and inactive accounts and throttles failed attempts. Wagtail's
login forms (/admin/login/ and /_util/login/ for private pages) hand over
to it and never authenticate by themselves.
"""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate
from django.contrib.auth import views as auth_views
from django.core import mail
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from wagtail.models import PageViewRestriction

from academy.views import MESSAGE_PAGE_REFUSED
from courses.permissions import ACADEMY_ADMINS_GROUP, ensure_groups
from tests.cohort_factories import verified_user
from tests.factories import UserFactory
from tests.utils import soup

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
NO_ADMIN_ACCESS = "You do not have permission to access the admin."


@pytest.fixture
def unverified(db):
    """Signed up with an address never confirmed."""
    user = UserFactory(username="visitor", email="visitor@example.org")
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=False)
    return user


@pytest.fixture
def academy_admin(db):
    user = verified_user(username="ngozi", email="ngozi@academy.example", is_staff=True)
    user.groups.add(ensure_groups()[ACADEMY_ADMINS_GROUP])
    return user


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def _text(response) -> str:
    return " ".join(soup(response).get_text().split())


@pytest.mark.parametrize("login", ["email", "username"])
def test_an_unverified_account_posting_to_the_admin_login_gets_no_session(
    client, unverified, login
):
    response = client.post(
        "/admin/login/", {"username": getattr(unverified, login), "password": PASSWORD}
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not _signed_in(client)
    learn = client.get("/learn/")
    assert learn.status_code == 302
    assert learn["Location"].startswith("/accounts/login/")


def test_private_pages_sign_in_opens_no_session_either(client, unverified):
    response = client.post(
        "/_util/login/", {"username": unverified.email, "password": PASSWORD, "next": "/learn/"}
    )

    assert response["Location"].startswith("/accounts/login/")
    assert not _signed_in(client)


@pytest.mark.parametrize(
    ("url", "sign_in"),
    [
        ("/admin/login/?next=/admin/pages/", "/accounts/login/?next=/admin/pages/"),
        ("/admin/login/", "/accounts/login/?next=/admin/"),
        # Another site as ?next= is dropped: no open redirect.
        ("/admin/login/?next=https://elsewhere.example/", "/accounts/login/?next=/admin/"),
        ("/_util/login/?next=/courses/", "/accounts/login/?next=/courses/"),
        ("/_util/login/?next=//elsewhere.example/", "/accounts/login/"),
    ],
)
def test_wagtails_login_addresses_hand_over_to_the_site_sign_in(client, url, sign_in):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == sign_in


def test_the_admin_sends_visitors_to_the_site_sign_in_and_back(client, academy_admin):
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0] == "/accounts/login/?next=/admin/"
    form = soup(response).main.find("form")
    assert form.find("input", attrs={"name": "next"})["value"] == "/admin/"

    response = client.post(
        "/accounts/login/?next=/admin/",
        {"login": academy_admin.email, "password": PASSWORD, "next": "/admin/"},
    )

    assert response["Location"] == "/admin/"
    assert client.session["_auth_user_id"] == str(academy_admin.pk)
    assert client.get("/admin/").status_code == 200


def test_a_signed_in_admin_at_the_admin_login_goes_on_to_next(client, academy_admin):
    client.force_login(academy_admin)

    response = client.get("/admin/login/?next=/admin/pages/")

    assert response["Location"] == "/admin/pages/"


def test_a_signed_in_trainee_sent_to_the_admin_is_told_without_a_loop(client):
    client.force_login(verified_user(username="amina", email="amina@academy.example"))

    response = client.get("/admin/", follow=True)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/learn/"
    assert NO_ADMIN_ACCESS in _text(response)


def test_a_private_page_sends_visitors_to_the_site_sign_in(client, home):
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/", follow=True)

    assert response.redirect_chain[-1][0] == "/accounts/login/?next=/"


def test_a_signed_in_user_refused_by_a_group_restricted_page_is_told(client, home):
    restriction = PageViewRestriction.objects.create(
        page=home, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(ensure_groups()[ACADEMY_ADMINS_GROUP])
    client.force_login(verified_user(username="amina", email="amina@academy.example"))

    response = client.get("/", follow=True)

    assert response.redirect_chain[-1][0] == "/learn/"
    assert str(MESSAGE_PAGE_REFUSED) in _text(response)


@pytest.mark.parametrize("form", ["admin", "site"])
def test_an_inactive_staff_account_cannot_get_in(client, academy_admin, form):
    academy_admin.is_active = False
    academy_admin.save()

    if form == "admin":
        client.post("/admin/login/", {"username": academy_admin.email, "password": PASSWORD})
    else:
        response = client.post(
            "/accounts/login/", {"login": academy_admin.email, "password": PASSWORD}
        )
        assert response["Location"] == "/accounts/inactive/"

    assert not _signed_in(client)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_a_session_ends_when_its_account_is_deactivated(client, academy_admin):
    client.force_login(academy_admin)
    academy_admin.is_active = False
    academy_admin.save()

    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_the_admin_logout_still_logs_out(client, academy_admin):
    client.force_login(academy_admin)

    response = client.post("/admin/logout/", follow=True)

    assert not _signed_in(client)
    assert response.redirect_chain[-1][0] == "/accounts/login/?next=/admin/"
    assert "You have been successfully logged out." in _text(response)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_no_backend_signs_in_by_username(academy_admin):
    """Django's ModelBackend is gone: the email is the login, as on the sign-in form."""
    assert authenticate(username=academy_admin.username, password=PASSWORD) is None


def test_a_password_reset_does_not_sign_in(client, unverified):
    client.post("/accounts/password/reset/", {"email": unverified.email})
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+/)", mail.outbox[0].body)
    form_page = client.get(link.group(1), follow=True)
    new_password = "another long passphrase from accra"

    response = client.post(
        form_page.redirect_chain[-1][0],
        {"password1": new_password, "password2": new_password},
    )

    assert response["Location"] == "/accounts/password/reset/key/done/"
    unverified.refresh_from_db()
    assert unverified.check_password(new_password)
    assert not _signed_in(client)


def test_there_is_no_login_by_code(client, unverified):
    assert client.get("/accounts/login/code/").status_code == 404
    client.post("/accounts/login/code/confirm/", {"code": "123456"})
    assert not _signed_in(client)
    page = soup(client.get("/accounts/login/"))
    assert "/accounts/login/code/" not in str(page)


def test_wagtails_own_password_forms_are_off(client, academy_admin):
    """Passwords are changed and reset at /accounts/, behind the throttles."""
    assert client.get("/admin/password_reset/").status_code == 404
    client.force_login(academy_admin)
    account = soup(client.get("/admin/account/"))
    assert account.find("input", attrs={"name": "password-old_password"}) is None
    assert account.find("a", href="/accounts/password/change/").get_text(strip=True) == (
        "Change password"
    )


def _views(resolver, namespace=()):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = (*namespace, pattern.namespace) if pattern.namespace else namespace
            yield from _views(pattern, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield ":".join((*namespace, pattern.name)), pattern


def test_every_django_login_form_in_the_urlconf_is_out_of_reach():
    """A login view of Django's (Wagtail's are) anywhere would bypass the sign-in's rules."""
    login_views = [
        name
        for name, pattern in _views(get_resolver())
        if issubclass(getattr(pattern.callback, "view_class", type(None)), auth_views.LoginView)
        and not pattern.pattern.regex.groupindex
    ]
    assert login_views  # Wagtail declares two; both must be shadowed
    for name in login_views:
        served = resolve(reverse(name)).func
        assert not issubclass(getattr(served, "view_class", type(None)), auth_views.LoginView), name
