"""Granting a trainee an extra attempt: the service, its audit entry, and the admin form."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from courses import services
from courses.models import ExtraAttemptGrant, ModulePage
from courses.quizzes import attempts as quiz_attempts
from courses.quizzes.attempts import (
    ERROR_GRANT_CHANGED,
    ERROR_GRANT_NOT_IN_COURSE,
    ERROR_GRANT_NOT_LEARNING,
    ERROR_NO_ATTEMPTS_LEFT,
    ERROR_REASON_REQUIRED,
    ERROR_REASON_TOO_LONG,
    ERROR_UNLIMITED_ATTEMPTS,
    grant_extra_attempt,
)
from courses.quizzes.errors import QuizError
from tests.cohort_factories import CohortFactory, assign_instructor, enrol
from tests.courses.admin_helpers import client_for, log_entries
from tests.factories import UserFactory
from tests.quiz_factories import ALL_RIGHT, QuizPageFactory, start, take
from tests.utils import soup

pytest_plugins = ["tests.courses.admin_fixtures"]
pytestmark = pytest.mark.django_db

REASON = "The ministry's network went down during her attempt."
WRONG = {"q-single": ["single-every"]}


@pytest.fixture
def course(two_courses):
    return two_courses.dpi.course


@pytest.fixture
def quiz(course):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    return QuizPageFactory(parent=module, title="Final check", max_attempts=1)


@pytest.fixture
def cohort(course, instructor_x, academy_admin):
    cohort = CohortFactory(course=course, name="Echo cohort")
    assign_instructor(cohort, instructor_x, acting_user=academy_admin)
    return cohort


@pytest.fixture
def enrollment(cohort, quiz):
    """A trainee who failed the quiz's only attempt."""
    enrollment = enrol(
        cohort,
        username="nadia",
        email="nadia@academy.example",
        first_name="Nadia",
        last_name="Haidari",
    )
    take(quiz, enrollment, WRONG)
    return enrollment


def grant_url(cohort, quiz):
    return reverse("academy_quiz_results:grant_extra_attempt", args=[cohort.pk, quiz.pk])


def quiz_url(cohort, quiz):
    return reverse("academy_quiz_results:quiz", args=[cohort.pk, quiz.pk])


def post_data(enrollment, reason=REASON, grants_seen=0):
    return {"enrollment": enrollment.pk, "grants_seen": grants_seen, "reason": reason}


def nothing_written(enrollment):
    return (
        not ExtraAttemptGrant.objects.filter(enrollment=enrollment).exists()
        and not log_entries(enrollment, "academy.grant_extra_attempt").exists()
    )


# The service ----------------------------------------------------------------------


def test_a_grant_allows_exactly_one_more_attempt(enrollment, quiz, instructor_x):
    with pytest.raises(QuizError, match=ERROR_NO_ATTEMPTS_LEFT):
        start(quiz, enrollment)

    grant = grant_extra_attempt(
        enrollment=enrollment, quiz=quiz, reason=REASON, acting_user=instructor_x
    )

    assert (grant.granted_by, grant.reason) == (instructor_x, REASON)
    assert quiz_attempts.attempts_allowed(quiz=quiz, enrollment=enrollment) == 2
    second = take(quiz, enrollment, ALL_RIGHT)
    assert (second.number, second.passed) == (2, True)
    with pytest.raises(QuizError, match=ERROR_NO_ATTEMPTS_LEFT):
        start(quiz, enrollment)


def test_the_audit_log_says_who_and_why(enrollment, quiz, instructor_x):
    grant_extra_attempt(
        enrollment=enrollment, quiz=quiz, reason=f"  {REASON}  ", acting_user=instructor_x
    )

    entry = log_entries(enrollment, "academy.grant_extra_attempt").get()
    assert entry.user == instructor_x
    assert entry.data["reason"] == REASON
    assert entry.data["quiz"] == quiz.pk
    assert entry.data["trainee"] == "nadia"
    assert entry.label  # registered, so the history views can name it
    assert "Extra quiz attempt granted" in entry.message


@pytest.mark.parametrize(
    "reason, message",
    [
        ("", ERROR_REASON_REQUIRED),
        ("   \n ", ERROR_REASON_REQUIRED),
        ("x" * 501, ERROR_REASON_TOO_LONG),
    ],
)
def test_a_reason_is_required_and_bounded(enrollment, quiz, instructor_x, reason, message):
    with pytest.raises(QuizError, match=message):
        grant_extra_attempt(
            enrollment=enrollment, quiz=quiz, reason=reason, acting_user=instructor_x
        )
    assert nothing_written(enrollment)


def test_refusals_write_nothing(enrollment, quiz, course, two_courses, instructor_x):
    unlimited = QuizPageFactory(
        parent=ModulePage.objects.child_of(course).first(), max_attempts=None
    )
    with pytest.raises(QuizError, match=ERROR_UNLIMITED_ATTEMPTS):
        grant_extra_attempt(
            enrollment=enrollment, quiz=unlimited, reason=REASON, acting_user=instructor_x
        )
    elsewhere = QuizPageFactory(
        parent=ModulePage.objects.child_of(two_courses.ai.course).first(), max_attempts=1
    )
    with pytest.raises(QuizError, match=ERROR_GRANT_NOT_IN_COURSE):
        grant_extra_attempt(
            enrollment=enrollment, quiz=elsewhere, reason=REASON, acting_user=instructor_x
        )
    services.enrollment_withdraw(enrollment=enrollment, acting_user=instructor_x)
    with pytest.raises(QuizError, match=ERROR_GRANT_NOT_LEARNING):
        grant_extra_attempt(
            enrollment=enrollment, quiz=quiz, reason=REASON, acting_user=instructor_x
        )
    assert nothing_written(enrollment)


def test_a_stale_count_refuses_a_second_grant(enrollment, quiz, instructor_x):
    grant_extra_attempt(
        enrollment=enrollment,
        quiz=quiz,
        reason=REASON,
        acting_user=instructor_x,
        expected_grants=0,
    )
    with pytest.raises(QuizError, match=ERROR_GRANT_CHANGED):
        grant_extra_attempt(
            enrollment=enrollment,
            quiz=quiz,
            reason=REASON,
            acting_user=instructor_x,
            expected_grants=0,
        )
    assert ExtraAttemptGrant.objects.filter(enrollment=enrollment).count() == 1


# The admin form ------------------------------------------------------------------------


def test_the_results_page_offers_the_form_for_one_trainee(enrollment, cohort, quiz, instructor_x):
    client = client_for(instructor_x)
    page = client.get(quiz_url(cohort, quiz))
    link = soup(page).select_one("#trainees ~ div a[href*='trainee=']")
    assert link.get_text(" ", strip=True) == "Grant extra attempt to Nadia Haidari"
    assert link["href"] == f"{quiz_url(cohort, quiz)}?trainee={enrollment.pk}#grant-extra-attempt"

    form_page = client.get(link["href"].split("#")[0])

    form = soup(form_page).select_one("#grant-extra-attempt form")
    assert form["method"] == "post"
    assert form["action"] == grant_url(cohort, quiz)
    assert form.select_one("input[name=enrollment]")["value"] == str(enrollment.pk)
    assert form.select_one("input[name=grants_seen]")["value"] == "0"
    assert form.select_one("textarea[name=reason]")["maxlength"] == "500"
    assert "Grant Nadia Haidari an extra attempt" in soup(form_page).get_text(" ", strip=True)


def test_posting_grants_and_comes_back_to_the_results(enrollment, cohort, quiz, instructor_x):
    response = client_for(instructor_x).post(grant_url(cohort, quiz), post_data(enrollment))

    assert response.status_code == 302
    assert response.url == quiz_url(cohort, quiz)
    grant = ExtraAttemptGrant.objects.get(enrollment=enrollment, quiz=quiz)
    assert (grant.granted_by, grant.reason) == (instructor_x, REASON)
    entry = log_entries(enrollment, "academy.grant_extra_attempt").get()
    assert (entry.user, entry.data["reason"]) == (instructor_x, REASON)
    page = client_for(instructor_x).get(quiz_url(cohort, quiz))
    assert REASON in soup(page).get_text()  # listed under "Extra attempts granted"


def test_missing_reason_is_refused_clearly(enrollment, cohort, quiz, instructor_x):
    response = client_for(instructor_x).post(
        grant_url(cohort, quiz), post_data(enrollment, reason="  ")
    )

    assert response.status_code == 200
    assert ERROR_REASON_REQUIRED in response.content.decode()
    assert soup(response).select_one("#grant-extra-attempt form")  # shown again to correct
    assert nothing_written(enrollment)


def test_a_second_click_grants_once(enrollment, cohort, quiz, instructor_x):
    client = client_for(instructor_x)
    client.post(grant_url(cohort, quiz), post_data(enrollment))
    again = client.post(grant_url(cohort, quiz), post_data(enrollment))

    assert again.status_code == 200
    assert ERROR_GRANT_CHANGED in again.content.decode()
    assert ExtraAttemptGrant.objects.filter(enrollment=enrollment).count() == 1
    # The form shown again counts the grant now there, so a deliberate retry goes through.
    form = soup(again).select_one("#grant-extra-attempt form")
    assert form.select_one("input[name=grants_seen]")["value"] == "1"


def test_foreign_cohort_answers_404(enrollment, cohort, quiz, cohort_b, instructor_y):
    response = client_for(instructor_y).post(grant_url(cohort, quiz), post_data(enrollment))
    assert response.status_code == 404
    assert nothing_written(enrollment)


def test_an_enrolment_of_another_cohort_answers_404(cohort, quiz, course, instructor_x):
    other_cohort = CohortFactory(course=course, name="Not Xavier's")
    stranger = enrol(other_cohort, username="omar", email="omar@academy.example")
    response = client_for(instructor_x).post(grant_url(cohort, quiz), post_data(stranger))
    assert response.status_code == 404
    assert nothing_written(stranger)


def test_reading_results_is_not_enough_to_grant(enrollment, cohort, quiz, groups):
    reader = UserFactory(username="auditor")
    reader.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_cohort_report"),
    )
    client = client_for(reader)

    page = client.get(f"{quiz_url(cohort, quiz)}?trainee={enrollment.pk}")
    assert page.status_code == 200
    assert b"Grant extra attempt" not in page.content
    assert client.post(grant_url(cohort, quiz), post_data(enrollment)).status_code == 404
    assert nothing_written(enrollment)


def test_the_grant_url_takes_only_post(cohort, quiz, instructor_x):
    assert client_for(instructor_x).get(grant_url(cohort, quiz)).status_code == 405


def test_csrf_is_required(enrollment, cohort, quiz, instructor_x):
    client = client_for(instructor_x, enforce_csrf_checks=True)

    refused = client.post(grant_url(cohort, quiz), post_data(enrollment))
    assert refused.status_code == 403
    assert nothing_written(enrollment)

    page = client.get(f"{quiz_url(cohort, quiz)}?trainee={enrollment.pk}")
    token = soup(page).select_one("#grant-extra-attempt input[name=csrfmiddlewaretoken]")["value"]
    accepted = client.post(
        grant_url(cohort, quiz), {**post_data(enrollment), "csrfmiddlewaretoken": token}
    )
    assert accepted.status_code == 302
    assert ExtraAttemptGrant.objects.filter(enrollment=enrollment).count() == 1


def test_anonymous_is_sent_to_log_in(enrollment, cohort, quiz):
    response = Client().post(grant_url(cohort, quiz), post_data(enrollment))
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))
    assert nothing_written(enrollment)
