"""Every form that takes a password is throttled by account and by address.

Wrong passwords typed anywhere (the sign-in, the password change, "confirm
your password") spend one budget: ACCOUNT_RATE_LIMITS["login_failed"], 5
per account in 5 minutes and 10 per address a minute. Once it is spent the
form answers 429 with "Too many failed login attempts". Each form also
limits its own requests per account and per address (templates/429.html).
"""

import pytest
from django.test import Client

from tests.cohort_factories import verified_user
from tests.utils import soup

pytestmark = pytest.mark.django_db

# The password tests.factories.UserFactory gives every user.
PASSWORD = "correct horse battery staple"
NEW_PASSWORD = "a fresh passphrase for bamako"
THROTTLED = "Too many failed login attempts"
TOO_MANY_REQUESTS = "Too many attempts"  # templates/429.html
PER_ACCOUNT = 5  # failed passwords per account (ACCOUNT_RATE_LIMITS["login_failed"])
PER_ADDRESS = 10  # failed passwords per address
ADDRESS = "198.51.100.7"
ELSEWHERE = "203.0.113.9"


def _text(response) -> str:
    return " ".join(soup(response).get_text().split())


def _assert_throttled(response, message=THROTTLED):
    assert response.status_code == 429
    assert message in _text(response)


def _signed_in_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _change(client, old_password, address=ADDRESS):
    return client.post(
        "/accounts/password/change/",
        {"oldpassword": old_password, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        REMOTE_ADDR=address,
    )


def _reauthenticate(client, password, address=ADDRESS):
    return client.post("/accounts/reauthenticate/", {"password": password}, REMOTE_ADDR=address)


def _sign_in(client, user, password, address=ADDRESS, url="/accounts/login/"):
    return client.post(url, {"login": user.email, "password": password}, REMOTE_ADDR=address)


def _trainees(count: int):
    return [verified_user(username=f"t{n}", email=f"t{n}@academy.example") for n in range(count)]


@pytest.fixture
def trainee(db):
    return verified_user(username="amina", email="amina@academy.example")


# The admin's login never checks a password -------------------------------------------


def test_guesses_at_the_admin_login_never_open_a_session(client, trainee):
    trainee.is_staff = True
    trainee.save()
    for _ in range(30):
        response = client.post(
            "/admin/login/", {"username": trainee.email, "password": "guess"}, REMOTE_ADDR=ADDRESS
        )
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")

    client.post(
        "/admin/login/", {"username": trainee.email, "password": PASSWORD}, REMOTE_ADDR=ADDRESS
    )

    assert "_auth_user_id" not in client.session


def test_the_site_sign_in_that_staff_use_is_throttled_per_account_across_addresses(client, trainee):
    for n in range(PER_ACCOUNT):
        _sign_in(client, trainee, "guess", address=f"192.0.2.{n + 1}")

    _assert_throttled(
        _sign_in(client, trainee, PASSWORD, address=ELSEWHERE, url="/accounts/login/?next=/admin/")
    )
    assert "_auth_user_id" not in client.session


def test_the_site_sign_in_is_throttled_per_address_across_accounts(client):
    *guessed, last = _trainees(PER_ADDRESS + 1)
    for user in guessed:
        _sign_in(client, user, "guess")

    _assert_throttled(_sign_in(client, last, PASSWORD))
    assert "_auth_user_id" not in client.session


# Password change ---------------------------------------------------------------------


def test_wrong_current_passwords_are_throttled_per_account(trainee):
    client = _signed_in_client(trainee)
    for _ in range(PER_ACCOUNT):
        assert _change(client, "guess").status_code == 200

    response = _change(client, "guess")

    assert response.status_code == 429
    trainee.refresh_from_db()
    assert trainee.check_password(PASSWORD)


def test_wrong_current_passwords_spend_the_accounts_sign_in_budget(client, trainee):
    """Guessing through a stolen session also locks the sign-in, and the reverse."""
    session = _signed_in_client(trainee)
    for _ in range(PER_ACCOUNT):
        _change(session, "guess")

    _assert_throttled(_sign_in(client, trainee, PASSWORD, address=ELSEWHERE))


def test_failed_sign_ins_throttle_the_password_change(client, trainee):
    for _ in range(PER_ACCOUNT):
        _sign_in(client, trainee, "guess", address=ELSEWHERE)

    response = _change(_signed_in_client(trainee), PASSWORD)

    _assert_throttled(response)
    trainee.refresh_from_db()
    assert trainee.check_password(PASSWORD)


def test_wrong_current_passwords_are_throttled_per_address(db):
    *guessed, last = _trainees(PER_ADDRESS + 1)
    for user in guessed:
        assert _change(_signed_in_client(user), "guess").status_code == 200

    response = _change(_signed_in_client(last), PASSWORD)

    assert response.status_code == 429
    last.refresh_from_db()
    assert last.check_password(PASSWORD)


def test_the_right_current_password_still_changes_it(trainee):
    client = _signed_in_client(trainee)

    response = _change(client, PASSWORD)

    assert response.status_code == 302
    trainee.refresh_from_db()
    assert trainee.check_password(NEW_PASSWORD)


# "Confirm your password" (re-authentication) ---------------------------------------------


def test_wrong_passwords_to_reauthenticate_are_throttled_per_account(trainee):
    client = _signed_in_client(trainee)
    for _ in range(PER_ACCOUNT):
        assert _reauthenticate(client, "guess").status_code == 200

    _assert_throttled(_reauthenticate(client, PASSWORD, address=ELSEWHERE))


def test_wrong_passwords_to_reauthenticate_are_throttled_per_address(db):
    *guessed, last = _trainees(PER_ADDRESS + 1)
    for user in guessed:
        assert _reauthenticate(_signed_in_client(user), "guess").status_code == 200

    _assert_throttled(_reauthenticate(_signed_in_client(last), PASSWORD), TOO_MANY_REQUESTS)


def test_the_right_password_reauthenticates(trainee):
    response = _reauthenticate(_signed_in_client(trainee), PASSWORD)

    assert response.status_code == 302


# Setting a first password (an account without one) -------------------------------------


def _without_password(user):
    user.set_unusable_password()
    user.save()
    return user


def _set(client, address=ADDRESS):
    # Two different passwords: each request is refused and changes nothing.
    return client.post(
        "/accounts/password/set/",
        {"password1": NEW_PASSWORD, "password2": "something else"},
        REMOTE_ADDR=address,
    )


def test_setting_a_password_is_limited_per_account(trainee):
    client = _signed_in_client(_without_password(trainee))
    for _ in range(5):
        assert _set(client).status_code == 200

    _assert_throttled(_set(client, address=ELSEWHERE), TOO_MANY_REQUESTS)


def test_setting_a_password_is_limited_per_address(db):
    *others, last = [_without_password(user) for user in _trainees(PER_ADDRESS + 1)]
    for user in others:
        assert _set(_signed_in_client(user)).status_code == 200

    _assert_throttled(_set(_signed_in_client(last)), TOO_MANY_REQUESTS)
