"""Accounts (django-allauth) inside the academy's own pages: sign up, verify, log in and out."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail

from tests.utils import soup, third_party_fetches

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
SIGNUP = {
    "email": "fatou.ndiaye@example.sn",
    "password1": "a long passphrase from dakar",
    "password2": "a long passphrase from dakar",
    "certificate_name": "Fatou Ndiaye",
    "display_name": "Fatou",
    "country": "SN",
    "organisation": "Ministère de l'Économie numérique",
    "job_title": "Cheffe de division",
    "preferred_language": "fr",
}


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def confirmation_link(message) -> str:
    return re.search(r"http://testserver(/accounts/confirm-email/\S+/)", message.body).group(1)


def assert_academy_page(response, heading: str):
    """Inside base.html: header, skip link, one main and h1, labelled fields, nothing foreign."""
    assert response.status_code == 200
    page = soup(response)
    assert page.find("header", class_="site-header")
    assert page.find("a", class_="skip-link")["href"] == "#main"
    assert len(page.find_all("main")) == 1
    assert [text_of(h1) for h1 in page.find_all("h1")] == [heading]
    assert " ".join(page.title.get_text().split()) == f"{heading} · WIC Digital Academy"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    for field in page.main.find_all(["input", "select", "textarea"]):
        if field.get("type") in ("hidden", "submit"):
            continue
        assert page.find("label", attrs={"for": field["id"]}), f"no label for {field}"
    assert page.find_all("script") == []
    assert third_party_fetches(page) == []
    return page


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/accounts/login/", "Log in"),
        ("/accounts/signup/", "Create your account"),
        ("/accounts/password/reset/", "Password Reset"),
        ("/accounts/confirm-email/", "Verify Your Email Address"),
    ],
)
def test_account_pages_render_inside_the_academy(client, url, heading):
    assert_academy_page(client.get(url), heading)


def test_logout_and_email_pages_render_inside_the_academy(trainee_client):
    assert_academy_page(trainee_client.get("/accounts/logout/"), "Log out")
    assert_academy_page(trainee_client.get("/accounts/email/"), "Email Addresses")
    assert_academy_page(trainee_client.get("/accounts/password/change/"), "Change Password")


def test_the_header_offers_log_in_and_sign_up_to_visitors(client):
    nav = soup(client.get("/accounts/login/")).find("nav", attrs={"aria-label": "Main"})

    links = {text_of(a): a["href"] for a in nav.find_all("a")}
    assert links == {
        "Courses": "/courses/",
        "Log in": "/accounts/login/",
        "Sign up": "/accounts/signup/",
    }
    assert nav.find("a", string="Log in")["aria-current"] == "page"
    assert nav.find("form") is None


def test_the_signup_form_asks_for_the_certificate_name_and_profile(client):
    page = soup(client.get("/accounts/signup/"))

    legends = [text_of(legend) for legend in page.main.find_all("legend")]
    assert legends == ["Your login", "About you"]
    labels = {text_of(label).rstrip(":") for label in page.main.find_all("label")}
    assert {
        "Email",
        "Full name for certificates",
        "Display name",
        "Country",
        "Organisation",
        "Job title",
        "Preferred language",
    } <= labels
    name = page.find("input", attrs={"name": "certificate_name"})
    assert name.has_attr("required")
    assert "in any script" in text_of(page.find(id=name["aria-describedby"]))
    assert page.find("select", attrs={"name": "country"}).find("option", value="SN")


def test_signing_up_saves_the_profile_and_asks_to_verify_the_address(client):
    response = client.post("/accounts/signup/", SIGNUP)

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    user = get_user_model().objects.get(email="fatou.ndiaye@example.sn")
    profile = user.profile
    assert (profile.certificate_name, profile.display_name) == ("Fatou Ndiaye", "Fatou")
    assert (profile.country.code, profile.organisation) == ("SN", SIGNUP["organisation"])
    assert (profile.job_title, profile.preferred_language) == ("Cheffe de division", "fr")
    assert not EmailAddress.objects.get(user=user).verified
    (message,) = mail.outbox
    assert message.subject.startswith("[Digital Academy] ")
    assert message.to == ["fatou.ndiaye@example.sn"]
    assert "_auth_user_id" not in client.session


def test_an_unverified_account_cannot_log_in_until_the_link_is_followed(client):
    client.post("/accounts/signup/", SIGNUP)
    link = confirmation_link(mail.outbox[0])

    response = client.post(
        "/accounts/login/", {"login": SIGNUP["email"], "password": SIGNUP["password1"]}
    )
    assert response["Location"] == "/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session

    page = assert_academy_page(client.get(link), "Confirm Email Address")
    form = page.main.find("form")
    response = client.post(form["action"])

    assert response["Location"] == "/learn/"
    assert EmailAddress.objects.get(email=SIGNUP["email"]).verified
    assert client.get("/learn/").status_code == 200


def test_signing_up_without_a_certificate_name_explains_and_creates_nothing(client):
    response = client.post("/accounts/signup/", {**SIGNUP, "certificate_name": ""})

    assert response.status_code == 200
    page = soup(response)
    name = page.find("input", attrs={"name": "certificate_name"})
    assert name["aria-invalid"] == "true"
    assert "This field is required." in text_of(name.find_parent(class_="field"))
    assert not get_user_model().objects.exists()


def test_a_verified_trainee_logs_in_with_their_email(client, trainee):
    response = client.post("/accounts/login/", {"login": trainee.email, "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/learn/"
    assert client.session["_auth_user_id"] == str(trainee.pk)


def test_a_wrong_password_is_announced(client, trainee):
    response = client.post("/accounts/login/", {"login": trainee.email, "password": "wrong"})

    errors = soup(response).find(class_="form-errors")
    assert errors["role"] == "alert"
    assert "not correct" in text_of(errors)


def test_failed_logins_are_throttled_per_account(client, trainee):
    for _ in range(5):
        client.post("/accounts/login/", {"login": trainee.email, "password": "wrong"})

    response = client.post("/accounts/login/", {"login": trainee.email, "password": PASSWORD})

    assert response.status_code == 429
    assert "Too many failed login attempts" in text_of(soup(response).find(class_="form-errors"))
    assert "_auth_user_id" not in client.session


def test_logging_out_takes_a_post(trainee_client):
    page = soup(trainee_client.get("/accounts/logout/"))
    assert trainee_client.session.get("_auth_user_id")  # a GET only asks
    form = page.main.find("form")
    assert form["method"] == "post"

    response = trainee_client.post(form["action"])

    assert response["Location"] == "/"
    assert "_auth_user_id" not in trainee_client.session


def test_the_header_logout_button_logs_out(trainee_client):
    nav = soup(trainee_client.get("/courses/")).find("nav", attrs={"aria-label": "Main"})

    trainee_client.post(nav.form["action"])

    assert "_auth_user_id" not in trainee_client.session


def test_a_password_reset_is_emailed(client, trainee):
    response = client.post("/accounts/password/reset/", {"email": trainee.email})

    assert response["Location"] == "/accounts/password/reset/done/"
    (message,) = mail.outbox
    assert message.to == [trainee.email]
    assert "/accounts/password/reset/key/" in message.body
    assert_academy_page(client.get(response["Location"]), "Password Reset")
