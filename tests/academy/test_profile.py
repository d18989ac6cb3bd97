"""The trainee's own profile at /accounts/profile/, and the locked certificate name."""

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from academy import views
from academy.models import Profile
from academy.services import ERROR_CERTIFICATE_NAME_LOCKED, profile_update
from tests.utils import soup, third_party_fetches

pytestmark = pytest.mark.django_db

URL = "/accounts/profile/"


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def form_data(**changes) -> dict:
    return {
        "display_name": "Amina",
        "certificate_name": "Amina Diallo",
        "country": "SN",
        "organisation": "Ministry of Communication",
        "job_title": "Policy officer",
        "preferred_language": "fr",
        **changes,
    }


@pytest.fixture
def locked(trainee):
    profile_update(user=trainee, acting_user=trainee, data=form_data())
    Profile.objects.filter(user=trainee).update(certificate_name_locked_at=timezone.now())
    return Profile.objects.get(user=trainee)


def test_the_profile_needs_a_login(client):
    response = client.get(URL)

    assert response["Location"] == f"/accounts/login/?next={URL}"


def test_the_profile_page_is_created_on_first_visit_and_labelled(trainee_client, trainee):
    response = trainee_client.get(URL)

    assert response.status_code == 200
    assert Profile.objects.filter(user=trainee).exists()
    page = soup(response)
    assert text_of(page.h1) == "Your profile"
    assert page.find("a", string="Profile")["aria-current"] == "page"
    for name in ("display_name", "certificate_name", "country", "organisation", "job_title"):
        field = page.find(attrs={"name": name})
        assert page.find("label", attrs={"for": field["id"]}), name
    assert page.find(attrs={"name": "preferred_language"}).name == "select"
    assert page.find_all("script") == []
    assert third_party_fetches(page) == []


def test_saving_the_profile_changes_it_through_the_service(trainee_client, trainee):
    response = trainee_client.post(URL, form_data(certificate_name="Amina Diallo Ba"), follow=True)

    assert response.redirect_chain == [(URL, 302)]
    assert [str(m) for m in response.context["messages"]] == [views.MESSAGE_PROFILE_SAVED]
    profile = Profile.objects.get(user=trainee)
    assert profile.certificate_name == "Amina Diallo Ba"
    assert (profile.country.code, profile.preferred_language) == ("SN", "fr")
    assert ModelLogEntry.objects.filter(action="academy.profile_change").exists()
    page = soup(response)
    assert page.find("input", attrs={"name": "certificate_name"})["value"] == "Amina Diallo Ba"


def test_bad_input_is_explained_and_changes_nothing(trainee_client, trainee):
    response = trainee_client.post(URL, form_data(country="XX", organisation="New"))

    assert response.status_code == 400
    country = soup(response).find("select", attrs={"name": "country"})
    assert country["aria-invalid"] == "true"
    assert "Select a valid choice" in text_of(country.find_parent(class_="field"))
    assert Profile.objects.get(user=trainee).organisation == ""


def test_a_locked_name_is_shown_disabled_with_the_reason(trainee_client, locked):
    page = soup(trainee_client.get(URL))

    name = page.find("input", attrs={"name": "certificate_name"})
    assert name.has_attr("disabled")
    assert name["value"] == "Amina Diallo"
    assert text_of(page.find(id=name["aria-describedby"])) == ERROR_CERTIFICATE_NAME_LOCKED
    assert "Your certificate name is locked." in text_of(page.find(id="certificate-name-locked"))


def test_other_fields_still_save_when_the_name_is_locked(trainee_client, locked):
    data = form_data(job_title="Director")
    del data["certificate_name"]  # browsers do not send disabled fields

    response = trainee_client.post(URL, data)

    assert response.status_code == 302
    profile = Profile.objects.get(pk=locked.pk)
    assert (profile.job_title, profile.certificate_name) == ("Director", "Amina Diallo")


def test_a_forged_change_of_a_locked_name_is_refused_and_changes_nothing(trainee_client, locked):
    response = trainee_client.post(
        URL, form_data(certificate_name="Someone Else", job_title="Director")
    )

    assert response.status_code == 400
    name = soup(response).find("input", attrs={"name": "certificate_name"})
    assert ERROR_CERTIFICATE_NAME_LOCKED in text_of(name.find_parent(class_="field"))
    profile = Profile.objects.get(pk=locked.pk)
    assert (profile.certificate_name, profile.job_title) == ("Amina Diallo", "Policy officer")
