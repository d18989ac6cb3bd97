"""Hostile names and addresses through sign-up and the profile page."""

import pytest
from django.contrib.auth import get_user_model

from academy.models import Profile
from tests.cohort_factories import verified_user
from tests.security.hostile import (
    FITS,
    HOSTILE,
    REFUSED_BY_FORMS,
    TOO_LONG,
    assert_shown_as_text,
    hostile_params,
)

pytestmark = pytest.mark.django_db

User = get_user_model()
PROFILE_URL = "/accounts/profile/"
SIGNUP_URL = "/accounts/signup/"
# Text fields of both forms and their model's limit.
NAME_FIELDS = {"certificate_name": 200, "display_name": 150, "organisation": 200, "job_title": 200}


def signup_data(**changes) -> dict:
    return {
        "email": "fatou.ndiaye@example.sn",
        "password1": "a long passphrase from dakar",
        "password2": "a long passphrase from dakar",
        "certificate_name": "Fatou Ndiaye",
        "country": "SN",
        "preferred_language": "fr",
        **changes,
    }


def profile_data(**changes) -> dict:
    return {
        "display_name": "Amina",
        "certificate_name": "Amina Diallo",
        "country": "SN",
        "organisation": "Ministry of Communication",
        "job_title": "Policy officer",
        "preferred_language": "fr",
        **changes,
    }


def as_saved(value: str) -> str:
    """What a Django text field keeps of a value: surrounding whitespace goes."""
    return value.strip()


def field_values(document) -> dict:
    return {name: document.find("input", attrs={"name": name})["value"] for name in NAME_FIELDS}


# Sign-up -------------------------------------------------------------------------


@pytest.mark.parametrize("value", hostile_params(FITS))
def test_signup_keeps_hostile_names_as_typed(client, value):
    data = signup_data(
        certificate_name=value, display_name=value, organisation=value, job_title=value
    )
    response = client.post(SIGNUP_URL, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    profile = Profile.objects.get(user__email="fatou.ndiaye@example.sn")
    for field in NAME_FIELDS:
        assert getattr(profile, field) == as_saved(value)


@pytest.mark.parametrize("value", hostile_params(TOO_LONG | REFUSED_BY_FORMS))
def test_signup_refuses_overlong_or_unprintable_names_and_creates_nobody(client, value):
    response = client.post(SIGNUP_URL, signup_data(certificate_name=value))

    assert response.status_code == 200
    document = assert_shown_as_text(response)
    error = document.find(id="id_certificate_name_error") or document.find(class_="error-message")
    assert error is not None, "no error shown next to the field"
    assert not User.objects.exists()
    assert not Profile.objects.exists()


@pytest.mark.parametrize(
    "email",
    [
        HOSTILE["newline-header"],
        "a@b.c\r\nBcc: x@y.z",
        '"><img src=x onerror=alert(1)>@evil.example',
        "<script>alert(1)</script>@evil.example",
        "amina@" + "a" * 300 + ".example",
        "amina\x00@example.sn",
        '=HYPERLINK("http://evil.example")@example.sn',
    ],
)
def test_signup_refuses_hostile_addresses_and_creates_nobody(client, email):
    response = client.post(SIGNUP_URL, signup_data(email=email))

    assert response.status_code == 200
    assert_shown_as_text(response)
    assert not User.objects.exists()


def test_the_signup_form_shows_refused_values_back_as_text(client):
    value = HOSTILE["img-onerror"]
    response = client.post(SIGNUP_URL, signup_data(email="not an address", certificate_name=value))

    document = assert_shown_as_text(response)
    assert document.find("input", attrs={"name": "certificate_name"})["value"] == value


# The profile ------------------------------------------------------------------------


@pytest.fixture
def trainee(db):
    return verified_user(username="amina", email="amina@academy.example")


@pytest.fixture
def trainee_client(client, trainee):
    client.force_login(trainee)
    return client


@pytest.mark.parametrize("value", hostile_params(FITS))
def test_profile_saves_hostile_names_and_shows_them_back_as_values(trainee_client, trainee, value):
    data = profile_data(
        certificate_name=value, display_name=value, organisation=value, job_title=value
    )
    response = trainee_client.post(PROFILE_URL, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    profile = Profile.objects.get(user=trainee)
    for field in NAME_FIELDS:
        assert getattr(profile, field) == as_saved(value)
    document = assert_shown_as_text(trainee_client.get(PROFILE_URL))
    assert field_values(document) == dict.fromkeys(NAME_FIELDS, as_saved(value))


@pytest.mark.parametrize("field", NAME_FIELDS)
@pytest.mark.parametrize("value", hostile_params(TOO_LONG | REFUSED_BY_FORMS))
def test_profile_refuses_overlong_or_unprintable_values_and_saves_nothing(
    trainee_client, trainee, field, value
):
    trainee_client.post(PROFILE_URL, profile_data())
    before = Profile.objects.values().get(user=trainee)

    response = trainee_client.post(PROFILE_URL, profile_data(**{field: value}))

    assert response.status_code == 400
    document = assert_shown_as_text(response)
    error = document.find(id=f"id_{field}_error")
    assert error is not None and error.get_text(strip=True)
    if value in (HOSTILE[key] for key in TOO_LONG):
        assert f"at most {NAME_FIELDS[field]} characters" in error.get_text()
    elif value != HOSTILE["null-byte"]:  # Django's own "Null characters are not allowed."
        assert "invisible control character" in error.get_text()
    assert Profile.objects.values().get(user=trainee) == before


def test_a_locked_hostile_name_is_shown_as_text_in_the_notice(trainee_client, trainee):
    from django.utils import timezone

    value = HOSTILE["close-title"]
    trainee_client.post(PROFILE_URL, profile_data(certificate_name=value))
    Profile.objects.filter(user=trainee).update(certificate_name_locked_at=timezone.now())

    document = assert_shown_as_text(trainee_client.get(PROFILE_URL), value)
    assert document.find(id="certificate-name-locked").find("bdi").get_text() == value
