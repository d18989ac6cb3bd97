"""Enrolling, withdrawing and accepting invitations from the site, as trainees do."""

import datetime

import pytest
from allauth.account.models import EmailAddress
from django.contrib.messages import get_messages
from django.core import mail
from django.test import Client
from django.utils import timezone

from courses import services, views
from courses import urls as learn_urls
from courses.models import Enrollment, EnrollmentStatus
from courses.permissions import TRAINEE_URL_ACCESS
from tests.cohort_factories import CohortFactory, enrol, verified_user
from tests.utils import soup, third_party_fetches

pytestmark = pytest.mark.django_db


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def cohort_item(response, cohort):
    heading = soup(response).find(id=f"cohort-{cohort.pk}")
    assert heading is not None, f"{cohort.name} is not listed"
    return heading.find_parent("li")


def enrol_url(cohort) -> str:
    return f"/learn/cohorts/{cohort.pk}/enrol/"


def withdraw_url(enrollment) -> str:
    return f"/learn/enrolments/{enrollment.pk}/withdraw/"


# The course page lists cohorts ---------------------------------------------------


def test_an_anonymous_visitor_sees_the_cohorts_and_a_login_link(client, dpi, cohort):
    CohortFactory(
        course=dpi.course,
        name="Autumn cohort",
        capacity=20,
        language="fr",
        requires_approval=True,
        starts_on=timezone.localdate() + datetime.timedelta(days=60),
        ends_on=timezone.localdate() + datetime.timedelta(days=120),
    )

    response = client.get(dpi.course.url)

    page = soup(response)
    assert page.find("form", action=enrol_url(cohort)) is None
    spring = text_of(cohort_item(response, cohort))
    assert "No limit" in spring
    assert "(running)" in spring
    autumn = text_of(page.find(string="Autumn cohort").find_parent("li"))
    assert "20 seats left" in autumn
    assert "Requires approval" in autumn
    assert "Français" in autumn
    assert "(upcoming)" in autumn
    login = page.find("a", string="Log in to enrol")
    assert login["href"] == f"/accounts/login/?next={dpi.course.url}"
    assert third_party_fetches(page) == []


def test_finished_and_other_courses_cohorts_are_not_offered(client, catalogue, dpi, cohort):
    today = timezone.localdate()
    CohortFactory(
        course=dpi.course,
        name="Last year",
        starts_on=today - datetime.timedelta(days=400),
        ends_on=today - datetime.timedelta(days=300),
        enrolment_opens_at=timezone.now() - datetime.timedelta(days=500),
        enrolment_closes_at=timezone.now() - datetime.timedelta(days=401),
    )
    other = CohortFactory(course=dpi.course.copy(update_attrs={"slug": "copy"}), name="Elsewhere")

    html = client.get(dpi.course.url).content.decode()

    assert "Spring cohort" in html
    assert "Last year" not in html
    assert other.name not in html


def test_a_full_cohort_offers_the_waiting_list(trainee_client, dpi):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    enrol(cohort)

    item = cohort_item(trainee_client.get(dpi.course.url), cohort)

    assert "Full: waiting list" in text_of(item)
    assert text_of(item.find("form").button) == "Join the waiting list"


def test_a_closed_cohort_says_when_enrolment_opens(trainee_client, dpi):
    opens = timezone.now() + datetime.timedelta(days=3)
    cohort = CohortFactory(
        course=dpi.course,
        enrolment_opens_at=opens,
        enrolment_closes_at=opens + datetime.timedelta(days=10),
    )

    item = cohort_item(trainee_client.get(dpi.course.url), cohort)

    assert f"Opens on {opens:%-d %b %Y}" in text_of(item)
    assert item.find("form") is None


# Enrolling -------------------------------------------------------------------------


def test_enrolling_from_the_course_page(trainee_client, trainee, dpi, cohort):
    form = cohort_item(trainee_client.get(dpi.course.url), cohort).find("form")
    assert form["method"] == "post"
    assert form["action"] == enrol_url(cohort)
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})

    response = trainee_client.post(form["action"], {"next": dpi.course.url}, follow=True)

    assert response.redirect_chain == [(dpi.course.url, 302)]
    assert Enrollment.objects.get(user=trainee).status == EnrollmentStatus.ACTIVE
    assert messages_of(response) == [views.MESSAGE_ENROLLED.format(cohort=cohort.name)]
    assert "You are enrolled in this cohort." in text_of(cohort_item(response, cohort))


def test_enrolling_sends_one_email_and_a_second_click_changes_nothing(
    trainee_client, trainee, cohort, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        trainee_client.post(enrol_url(cohort), follow=True)
    first = Enrollment.objects.get(user=trainee)

    with django_capture_on_commit_callbacks(execute=True):
        response = trainee_client.post(enrol_url(cohort), follow=True)

    again = Enrollment.objects.get(user=trainee)
    assert again.status_changed_at == first.status_changed_at
    assert [m.subject for m in mail.outbox] == [f"You are enrolled in {cohort.name}"]
    assert messages_of(response) == [views.MESSAGE_ALREADY_ENROLLED.format(cohort=cohort.name)]


def test_enrolling_in_a_full_cohort_joins_the_waiting_list(trainee_client, trainee, dpi):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    enrol(cohort)
    services.enrollment_request(cohort=cohort, user=verified_user())  # already waiting

    response = trainee_client.post(enrol_url(cohort), {"next": dpi.course.url}, follow=True)

    assert Enrollment.objects.get(user=trainee).status == EnrollmentStatus.WAITLISTED
    assert messages_of(response) == [
        views.MESSAGE_WAITLISTED.format(cohort=cohort.name, position=2)
    ]
    item = cohort_item(response, cohort)
    assert "You are on the waiting list: number 2." in text_of(item)
    assert text_of(item.find("summary")) == "Leave the waiting list"


def test_requesting_a_seat_in_a_cohort_with_approval(trainee_client, trainee, dpi):
    cohort = CohortFactory(course=dpi.course, requires_approval=True)
    item = cohort_item(trainee_client.get(dpi.course.url), cohort)
    assert text_of(item.find("form").button) == "Request a seat"

    response = trainee_client.post(enrol_url(cohort), {"next": dpi.course.url}, follow=True)

    assert Enrollment.objects.get(user=trainee).status == EnrollmentStatus.PENDING
    assert messages_of(response) == [views.MESSAGE_PENDING.format(cohort=cohort.name)]
    item = cohort_item(response, cohort)
    assert "Your request is awaiting approval." in text_of(item)
    assert text_of(item.find("summary")) == "Cancel my request"


def test_enrolling_after_the_window_shows_the_error_and_writes_nothing(trainee_client, dpi):
    cohort = CohortFactory(
        course=dpi.course,
        enrolment_opens_at=timezone.now() - datetime.timedelta(days=20),
        enrolment_closes_at=timezone.now() - datetime.timedelta(seconds=1),
    )

    response = trainee_client.post(enrol_url(cohort), follow=True)

    assert messages_of(response) == [services.ERROR_ENROLMENT_CLOSED]
    assert soup(response).find(class_="message--error")["role"] == "alert"
    assert not Enrollment.objects.exists()


def test_enrolling_in_an_unpublished_course_or_a_missing_cohort_is_not_found(
    trainee_client, dpi, cohort
):
    assert trainee_client.post("/learn/cohorts/999999/enrol/").status_code == 404
    dpi.course.unpublish()
    assert trainee_client.post(enrol_url(cohort)).status_code == 404
    assert not Enrollment.objects.exists()


def test_the_next_address_must_be_on_this_site(trainee_client, dpi, cohort):
    response = trainee_client.post(enrol_url(cohort), {"next": "https://evil.example/phish"})

    assert response.status_code == 302
    assert response["Location"] == dpi.course.url


# Withdrawing ------------------------------------------------------------------------


def test_withdrawing_frees_the_seat_for_the_first_on_the_waiting_list(
    trainee_client, trainee, dpi, django_capture_on_commit_callbacks
):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    mine = enrol(cohort, trainee)
    waiting = services.enrollment_request(cohort=cohort, user=verified_user())
    form = cohort_item(trainee_client.get(dpi.course.url), cohort).find("details").form
    assert form["action"] == withdraw_url(mine)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = trainee_client.post(form["action"], {"next": dpi.course.url}, follow=True)

    mine.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.status == EnrollmentStatus.WITHDRAWN
    assert waiting.status == EnrollmentStatus.ACTIVE
    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([waiting.user.email], f"A seat is yours: {cohort.name}")
    ]
    assert messages_of(response) == [views.MESSAGE_WITHDRAWN.format(cohort=cohort.name)]
    item = cohort_item(response, cohort)
    assert "You left this cohort" in text_of(item)
    assert item.find("form")["action"] == enrol_url(cohort)  # may ask again


def test_withdrawing_twice_changes_nothing(trainee_client, trainee, cohort):
    enrollment = enrol(cohort, trainee)
    trainee_client.post(withdraw_url(enrollment), follow=True)
    before = Enrollment.objects.get(pk=enrollment.pk).status_changed_at

    response = trainee_client.post(withdraw_url(enrollment), follow=True)

    assert Enrollment.objects.get(pk=enrollment.pk).status_changed_at == before
    assert messages_of(response) == [views.MESSAGE_ALREADY_WITHDRAWN.format(cohort=cohort.name)]
    assert response.redirect_chain == [("/learn/", 302)]


def test_nobody_can_withdraw_somebody_else(trainee_client, cohort):
    someone = enrol(cohort)

    response = trainee_client.post(withdraw_url(someone))

    assert response.status_code == 404
    someone.refresh_from_db()
    assert someone.status == EnrollmentStatus.ACTIVE


def test_a_declined_request_cannot_be_withdrawn_and_says_so(trainee_client, trainee, dpi):
    cohort = CohortFactory(course=dpi.course, requires_approval=True)
    request = services.enrollment_request(cohort=cohort, user=trainee)
    services.enrollment_decide(enrollment=request, accept=False, acting_user=None)

    response = trainee_client.post(withdraw_url(request), follow=True)

    assert messages_of(response) == [services.ERROR_CANNOT_WITHDRAW]
    request.refresh_from_db()
    assert request.status == EnrollmentStatus.DECLINED


# What every write endpoint refuses ------------------------------------------------


@pytest.fixture
def write_urls(dpi, cohort):
    enrollment = enrol(cohort)
    return [
        enrol_url(cohort),
        withdraw_url(enrollment),
        f"/learn/lessons/{dpi.lessons[0].pk}/complete/",
    ]


def test_write_endpoints_refuse_get(trainee_client, write_urls):
    for url in write_urls:
        assert trainee_client.get(url).status_code == 405, url


def test_write_endpoints_send_anonymous_visitors_to_the_login(client, write_urls):
    for url in write_urls:
        response = client.post(url)
        assert response.status_code == 302, url
        assert response["Location"] == f"/accounts/login/?next={url}"
    assert Enrollment.objects.count() == 1


def test_write_endpoints_need_the_csrf_token(trainee, write_urls):
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)

    for url in write_urls:
        assert client.post(url).status_code == 403, url
    assert not Enrollment.objects.filter(user=trainee).exists()


# Invitations ------------------------------------------------------------------------


@pytest.fixture
def invitation(cohort):
    invitation = services.invitation_create(
        cohort=cohort, email="rafael@example.org", acting_user=None
    )
    return invitation, f"/learn/invitations/{services.invitation_token(invitation)}/"


def test_an_anonymous_invitee_is_sent_to_sign_up_or_log_in_and_back(client, invitation, cohort):
    _, url = invitation

    page = soup(client.get(url))

    assert cohort.name in text_of(page.h1)
    assert "rafael@example.org" in text_of(page.main)
    assert page.main.find("a", string="Create an account")["href"] == (
        f"/accounts/signup/?next={url}"
    )
    assert page.main.find("a", string="Log in")["href"] == f"/accounts/login/?next={url}"
    assert page.main.find("form") is None


def test_an_anonymous_post_to_an_invitation_goes_to_the_login(client, invitation):
    _, url = invitation

    response = client.post(url)

    assert response["Location"] == f"/accounts/login/?next={url}"
    assert not Enrollment.objects.exists()


def test_the_invitee_accepts_once_with_a_button(client, invitation, cohort, dpi):
    _, url = invitation
    invitee = verified_user(email="rafael@example.org")
    client.force_login(invitee)
    form = soup(client.get(url)).main.find("form")
    assert form["method"] == "post"
    assert text_of(form.button) == "Accept the invitation"

    response = client.post(form["action"], follow=True)

    assert response.redirect_chain == [(dpi.course.url, 302)]
    assert messages_of(response) == [views.MESSAGE_INVITATION_ACCEPTED.format(cohort=cohort.name)]
    assert Enrollment.objects.get(user=invitee).status == EnrollmentStatus.ACTIVE
    assert "You have already accepted" in text_of(soup(client.get(url)).main)

    client.post(url)
    assert Enrollment.objects.filter(user=invitee).count() == 1


def test_the_wrong_account_is_told_and_not_enrolled(trainee_client, trainee, invitation):
    _, url = invitation

    response = trainee_client.post(url, follow=True)

    assert response.redirect_chain == [(url, 302)]
    assert messages_of(response) == [services.ERROR_INVITATION_OTHER_EMAIL]
    assert not Enrollment.objects.filter(user=trainee).exists()


def test_a_used_invitation_says_so_to_anybody_else(trainee_client, invitation):
    _, url = invitation
    services.invitation_accept(
        token=url.split("/")[-2], user=verified_user(email="rafael@example.org")
    )

    page = soup(trainee_client.get(url))

    assert text_of(page.find(role="alert")) == services.ERROR_INVITATION_USED
    assert page.main.find("form") is None


def test_an_expired_invitation_says_so(trainee_client, invitation):
    invite, url = invitation
    invite.expires_at = timezone.now() - datetime.timedelta(seconds=1)
    invite.save()

    page = soup(trainee_client.get(url))
    response = trainee_client.post(url, follow=True)

    assert text_of(page.find(role="alert")) == services.ERROR_INVITATION_EXPIRED
    assert messages_of(response) == [services.ERROR_INVITATION_EXPIRED]
    assert not Enrollment.objects.exists()


def test_a_broken_invitation_link_is_not_found_with_an_explanation(client):
    response = client.get("/learn/invitations/12.forged/")

    assert response.status_code == 404
    assert services.ERROR_INVITATION_INVALID in text_of(soup(response).main)


def test_an_invitee_signs_up_confirms_the_address_and_lands_on_the_invitation(
    client, invitation, cohort
):
    _, url = invitation
    response = client.post(
        f"/accounts/signup/?next={url}",
        {
            "email": "rafael@example.org",
            "password1": "a long passphrase for la paz",
            "password2": "a long passphrase for la paz",
            "certificate_name": "Rafael Quispe Mamani",
            "preferred_language": "es",
            "next": url,
        },
    )
    assert response.status_code == 302
    address = EmailAddress.objects.get(email="rafael@example.org")
    assert not address.verified
    (confirmation,) = [m for m in mail.outbox if m.to == ["rafael@example.org"]]
    link = next(word for word in confirmation.body.split() if "/accounts/confirm-email/" in word)

    response = client.post(link.replace("http://testserver", ""), follow=True)

    assert response.redirect_chain[-1][0] == url
    response = client.post(url)
    assert Enrollment.objects.get(user=address.user).status == EnrollmentStatus.ACTIVE


# Every trainee URL against the access table ------------------------------------------


@pytest.fixture
def trainee_urls(dpi, cohort, trainee, invitation):
    enrollment = enrol(cohort, trainee)
    return {
        "learn:dashboard": "/learn/",
        "learn:enrol": enrol_url(cohort),
        "learn:withdraw": withdraw_url(enrollment),
        "learn:lesson_complete": f"/learn/lessons/{dpi.lessons[0].pk}/complete/",
        "learn:invitation": invitation[1],
    }


def test_every_trainee_url_is_in_the_access_table(trainee_urls):
    names = {f"{learn_urls.app_name}:{pattern.name}" for pattern in learn_urls.urlpatterns}

    learn_names = {name for name in TRAINEE_URL_ACCESS if name.startswith("learn:")}
    assert names == learn_names == set(trainee_urls)


@pytest.mark.parametrize("name", sorted(n for n in TRAINEE_URL_ACCESS if n.startswith("learn:")))
def test_trainee_urls_answer_as_the_access_table_says(client, trainee, trainee_urls, name):
    rule, url = TRAINEE_URL_ACCESS[name], trainee_urls[name]
    for method in ("GET", "POST", "PUT", "DELETE"):
        response = client.generic(method, url)
        if method not in rule["methods"]:
            assert response.status_code == 405, (method, url)
        elif rule["login"]:
            assert response.status_code == 302, (method, url)
            assert response["Location"] == f"/accounts/login/?next={url}"
        else:
            assert response.status_code in (200, 302), (method, url)

    client.force_login(trainee)
    for method in rule["methods"]:
        assert client.generic(method, url).status_code in (200, 302), (method, url)
