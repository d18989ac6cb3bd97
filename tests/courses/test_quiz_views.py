"""The quiz as a trainee meets it: the page, an attempt, the results, and who may see what."""

import datetime
import re

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses.models import AnswerReveal, Enrollment, EnrollmentStatus, QuizAttempt
from courses.quiz_views import MESSAGE_ALREADY_SUBMITTED
from courses.quizzes import (
    ERROR_NO_ATTEMPTS_LEFT,
    ERROR_NOT_LEARNING,
    ERROR_TIME_UP,
    ERROR_UNKNOWN_OPTION,
)
from tests.cohort_factories import enrol, verified_user
from tests.factories import LessonPageFactory, ModulePageFactory
from tests.quiz_factories import ALL_RIGHT, QuizPageFactory, quiz_in_course, start, take
from tests.quiz_factories import submit as submit_attempt
from tests.utils import soup, third_party_fetches

pytestmark = pytest.mark.django_db

NOON = datetime.datetime(2026, 3, 2, 13, 45, tzinfo=datetime.UTC)


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def setup(catalogue):
    return quiz_in_course(catalogue)


@pytest.fixture
def trainee_client(client, setup):
    client.force_login(setup.trainee)
    return client


def start_url(quiz):
    return reverse("quiz:start", kwargs={"quiz_id": quiz.pk})


def attempt_url(attempt):
    return reverse("quiz:attempt", kwargs={"attempt_id": attempt.pk})


def submit_url(attempt):
    return reverse("quiz:submit", kwargs={"attempt_id": attempt.pk})


def results_url(attempt):
    return reverse("quiz:results", kwargs={"attempt_id": attempt.pk})


def test_urls_live_under_learn_quiz(setup):
    attempt = start(setup.quiz, setup.enrollment)
    assert start_url(setup.quiz) == f"/learn/quiz/{setup.quiz.pk}/start/"
    assert attempt_url(attempt) == f"/learn/quiz/attempts/{attempt.pk}/"
    assert submit_url(attempt) == f"/learn/quiz/attempts/{attempt.pk}/submit/"
    assert results_url(attempt) == f"/learn/quiz/attempts/{attempt.pk}/results/"


# The quiz page ---------------------------------------------------------------


def test_anonymous_visitor_reads_the_intro_and_rules_and_is_asked_to_log_in(client, setup):
    response = client.get(setup.quiz.url)

    assert response.status_code == 200
    page = soup(response)
    assert text_of(page.h1) == "Foundations quiz"
    assert "Check what you have learned in this module." in text_of(page)
    rules = {text_of(row.dt): text_of(row.dd) for row in page.select("dl.quiz-rules > div")}
    assert rules == {
        "Questions": "5",
        "Pass mark": "70%",
        "Time limit": "None",
        "Attempts": "Unlimited",
    }
    login = page.find("a", string=re.compile("Log in to start"))
    assert login["href"] == f"/accounts/login/?next={setup.quiz.url}"
    assert page.select_one(f'form[action="{start_url(setup.quiz)}"]') is None


def test_a_user_who_is_not_enrolled_is_told_to_enrol(client, setup):
    client.force_login(verified_user())

    page = soup(client.get(setup.quiz.url))

    section = text_of(page.select_one(".quiz-actions"))
    assert "Enrol in one of its cohorts to take it." in section
    assert page.select_one(f'.quiz-actions a[href="{setup.course.url}"]')
    assert page.select_one(f'form[action="{start_url(setup.quiz)}"]') is None


def test_a_withdrawn_trainee_is_told_to_enrol(client, setup):
    Enrollment.objects.filter(pk=setup.enrollment.pk).update(status=EnrollmentStatus.WITHDRAWN)
    client.force_login(setup.trainee)

    page = soup(client.get(setup.quiz.url))

    assert "Enrol in one of its cohorts" in text_of(page.select_one(".quiz-actions"))


def test_an_enrolled_trainee_sees_attempts_and_the_start_form(catalogue, client):
    setup = quiz_in_course(catalogue, max_attempts=3, time_limit_minutes=20, pass_mark=80)
    take(setup.quiz, setup.enrollment, ALL_RIGHT)
    client.force_login(setup.trainee)

    page = soup(client.get(setup.quiz.url))

    rules = {text_of(row.dt): text_of(row.dd) for row in page.select("dl.quiz-rules > div")}
    assert rules["Time limit"] == "20 min"
    assert rules["Attempts"] == "3"
    assert rules["Pass mark"] == "80%"
    assert text_of(page.select_one(".quiz-attempts-used")) == (
        "You have used 1 of 3 attempts; 2 left."
    )
    form = page.select_one(f'form[action="{start_url(setup.quiz)}"]')
    assert form["method"] == "post"
    assert form.select_one('input[name="csrfmiddlewaretoken"]')
    assert text_of(form.button) == "Start attempt 2"
    rows = [[text_of(cell) for cell in row.select("th, td")] for row in page.select("tbody tr")]
    assert rows[0][0] == "Attempt 1"
    assert rows[0][2:] == ["100.00%", "Passed"]


def test_a_trainee_with_no_attempts_left_is_told_so(catalogue, client):
    setup = quiz_in_course(catalogue, max_attempts=1)
    take(setup.quiz, setup.enrollment, {})
    client.force_login(setup.trainee)

    page = soup(client.get(setup.quiz.url))

    assert "You have used all your attempts" in text_of(page.select_one(".quiz-actions"))
    assert page.select_one(f'form[action="{start_url(setup.quiz)}"]') is None


def test_an_open_attempt_is_continued_not_restarted(trainee_client, setup):
    attempt = start(setup.quiz, setup.enrollment)

    page = soup(trainee_client.get(setup.quiz.url))

    assert page.select_one(f'a[href="{attempt_url(attempt)}"]')
    assert page.select_one(f'form[action="{start_url(setup.quiz)}"]') is None


def test_a_pre_assessment_says_so(catalogue, client):
    setup = quiz_in_course(catalogue, is_pre_assessment=True)

    page = soup(client.get(setup.quiz.url))

    assert text_of(page.select_one(".eyebrow")) == "Module 1 · Pre-assessment · 10 min"
    assert "does not count towards completing the course" in text_of(page)


# Starting ------------------------------------------------------------------


def test_start_opens_an_attempt_and_shows_it(trainee_client, setup):
    response = trainee_client.post(start_url(setup.quiz))

    attempt = QuizAttempt.objects.get()
    assert response.status_code == 302
    assert response["Location"] == attempt_url(attempt)
    assert attempt.enrollment == setup.enrollment


def test_a_double_click_on_start_opens_one_attempt(trainee_client, setup):
    first = trainee_client.post(start_url(setup.quiz))
    second = trainee_client.post(start_url(setup.quiz))

    assert first["Location"] == second["Location"]
    assert QuizAttempt.objects.count() == 1


def test_anonymous_start_goes_to_login_and_back_to_the_quiz(client, setup):
    response = client.post(start_url(setup.quiz))

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={setup.quiz.url}"
    assert QuizAttempt.objects.count() == 0


def test_start_by_someone_not_enrolled_is_refused(client, setup):
    client.force_login(verified_user())

    response = client.post(start_url(setup.quiz))

    assert response.status_code == 403
    assert ERROR_NOT_LEARNING in text_of(soup(response))
    assert QuizAttempt.objects.count() == 0


def test_start_beyond_the_maximum_is_refused_with_a_message(catalogue, client):
    setup = quiz_in_course(catalogue, max_attempts=1)
    take(setup.quiz, setup.enrollment, {})
    client.force_login(setup.trainee)

    response = client.post(start_url(setup.quiz))

    assert response.status_code == 400
    assert ERROR_NO_ATTEMPTS_LEFT in text_of(soup(response).select_one(".refusal"))
    assert QuizAttempt.objects.count() == 1


def test_start_of_an_unpublished_or_unknown_quiz_is_not_found(trainee_client, setup):
    setup.quiz.unpublish()
    assert trainee_client.post(start_url(setup.quiz)).status_code == 404
    assert trainee_client.post("/learn/quiz/999999/start/").status_code == 404


# The attempt page -----------------------------------------------------------------


def test_attempt_page_shows_questions_in_the_stored_order(catalogue, client):
    setup = quiz_in_course(catalogue, shuffle_questions=True, shuffle_options=True)
    attempt = start(setup.quiz, setup.enrollment)
    client.force_login(setup.trainee)

    pages = [soup(client.get(attempt_url(attempt))) for _ in range(2)]

    for page in pages:
        form = page.select_one(f'form[action="{submit_url(attempt)}"]')
        assert form["method"] == "post"
        assert form.select_one('input[name="csrfmiddlewaretoken"]')
        names = []
        for field in form.select("input[name]"):
            if field["name"] != "csrfmiddlewaretoken" and field["name"] not in names:
                names.append(field["name"])
        assert names == attempt.question_order
        single = [i["value"] for i in form.select('input[name="q-single"]')]
        assert single == attempt.option_order["q-single"]
        assert {i["type"] for i in form.select('input[name="q-single"]')} == {"radio"}
        assert {i["type"] for i in form.select('input[name="q-multiple"]')} == {"checkbox"}
        assert [i["value"] for i in form.select('input[name="q-true-false"]')] == [
            "true",
            "false",
        ]
        assert form.select_one('input[name="q-number"]')["inputmode"] == "decimal"
        assert form.select_one('input[name="q-text"]')["type"] == "text"
    for page in pages:
        page.select_one('input[name="csrfmiddlewaretoken"]').decompose()
    assert str(pages[0].form) == str(pages[1].form)


def test_every_input_has_a_label_and_choice_groups_a_legend(trainee_client, setup):
    attempt = start(setup.quiz, setup.enrollment)

    page = soup(trainee_client.get(attempt_url(attempt)))

    for field in page.select("form input:not([type=hidden])"):
        assert page.select_one(f'label[for="{field["id"]}"]'), field
    legends = [text_of(fieldset.legend) for fieldset in page.select("fieldset.question")]
    assert legends[0].startswith("Question 1 of 5 · 2 points")
    assert "Which body owns a national address register?" in legends[0]


def test_attempt_page_shows_the_deadline(catalogue, client):
    setup = quiz_in_course(catalogue, time_limit_minutes=20)
    with time_machine.travel(NOON, tick=False):
        attempt = start(setup.quiz, setup.enrollment)
        client.force_login(setup.trainee)
        page = soup(client.get(attempt_url(attempt)))

    deadline = page.select_one(".deadline")
    assert "Submit by 14:05 UTC" in text_of(deadline)
    assert deadline.time["datetime"] == "2026-03-02T14:05:00+00:00"


def test_attempt_page_after_the_time_ran_out_has_no_form(catalogue, client):
    setup = quiz_in_course(catalogue, time_limit_minutes=20)
    with time_machine.travel(NOON, tick=False):
        attempt = start(setup.quiz, setup.enrollment)
    client.force_login(setup.trainee)

    with time_machine.travel(NOON + datetime.timedelta(hours=1), tick=False):
        page = soup(client.get(attempt_url(attempt)))

    assert page.select_one("main form") is None
    assert "The time for this attempt has run out." in text_of(page)


def test_a_submitted_attempt_page_leads_to_its_results(trainee_client, setup):
    attempt = take(setup.quiz, setup.enrollment, {})
    response = trainee_client.get(attempt_url(attempt))
    assert response.status_code == 302
    assert response["Location"] == results_url(attempt)


# Submitting and the results ---------------------------------------------------------


def test_submit_then_see_the_results_with_feedback(trainee_client, setup):
    attempt = start(setup.quiz, setup.enrollment)

    response = trainee_client.post(submit_url(attempt), {**ALL_RIGHT, "q-single": "single-nobody"})

    assert response.status_code == 302
    assert response["Location"] == results_url(attempt)
    page = soup(trainee_client.get(results_url(attempt)))
    assert text_of(page.select_one(".result__verdict")) == "You passed."
    assert text_of(page.select_one(".result__score")) == (
        "You scored 8 of 10 points: 80.00%. The pass mark is 70%."
    )
    items = page.select("li.review__item")
    assert len(items) == 5
    first = items[0]
    assert "review__item--wrong" in first["class"]
    assert "Question 1: incorrect (0 of 2 points)" in text_of(first.h3)
    answers = {text_of(dt): text_of(dt.find_next("dd")) for dt in first.select("dt")}
    assert answers == {
        "Your answer": "Nobody",
        "Correct answer": "One lead agency",
        "Explanation": "Clear ownership keeps it current.",
    }
    assert "review__item--right" in items[3]["class"]
    assert "Accepted answers" in text_of(items[3])


def test_results_of_a_failed_attempt_say_so_in_words(trainee_client, setup):
    attempt = take(setup.quiz, setup.enrollment, {"q-true-false": ["true"]})

    page = soup(trainee_client.get(results_url(attempt)))

    assert text_of(page.select_one(".result__verdict")) == "You did not pass this time."
    assert "not answered" in text_of(page.select("li.review__item")[0].h3)
    assert page.select_one(f'form[action="{start_url(setup.quiz)}"]')


@pytest.mark.parametrize(
    ("policy", "note"),
    [
        (AnswerReveal.NEVER, "Correct answers are not shown for this quiz."),
        (AnswerReveal.AFTER_PASSING, "shown once you pass"),
        (AnswerReveal.AFTER_COHORT_END, "shown after your cohort ends"),
    ],
)
def test_results_hide_answers_and_explanations_unless_the_policy_allows(
    catalogue, client, policy, note
):
    setup = quiz_in_course(catalogue, reveal_answers=policy)
    attempt = take(setup.quiz, setup.enrollment, {"q-true-false": ["true"]})
    client.force_login(setup.trainee)

    response = client.get(results_url(attempt))

    page = soup(response)
    assert text_of(page.select_one(".result__verdict")) == "You did not pass this time."
    assert not page.select(".review__item")
    assert note in text_of(page.select_one(".reveal-note"))
    html = response.content.decode()
    for secret in ("One lead agency", "Clear ownership", "São Paulo", "12.5"):
        assert secret not in html


def test_results_show_answers_once_passed_under_after_passing(catalogue, client):
    setup = quiz_in_course(catalogue, reveal_answers=AnswerReveal.AFTER_PASSING)
    failed = take(setup.quiz, setup.enrollment, {})
    take(setup.quiz, setup.enrollment, ALL_RIGHT)
    client.force_login(setup.trainee)

    page = soup(client.get(results_url(failed)))

    assert len(page.select(".review__item")) == 5


def test_a_double_submit_grades_once_and_says_so(trainee_client, setup):
    attempt = start(setup.quiz, setup.enrollment)
    trainee_client.post(submit_url(attempt), ALL_RIGHT)

    response = trainee_client.post(submit_url(attempt), {}, follow=True)

    assert response.redirect_chain == [(results_url(attempt), 302)]
    assert MESSAGE_ALREADY_SUBMITTED in text_of(soup(response).select_one(".messages"))
    attempt.refresh_from_db()
    assert attempt.passed
    assert attempt.answers["q-single"] == "single-lead"


def test_a_forged_submission_is_refused_with_a_message_and_writes_nothing(trainee_client, setup):
    attempt = start(setup.quiz, setup.enrollment)
    before = list(QuizAttempt.objects.values())

    response = trainee_client.post(submit_url(attempt), {"q-single": "multi-id"})

    assert response.status_code == 400
    page = soup(response)
    assert text_of(page.select_one(".refusal")) == ERROR_UNKNOWN_OPTION
    assert page.select_one(f'a[href="{attempt_url(attempt)}"]')
    assert list(QuizAttempt.objects.values()) == before


def test_a_late_submission_is_refused_with_a_message(catalogue, client):
    setup = quiz_in_course(catalogue, time_limit_minutes=20)
    with time_machine.travel(NOON, tick=False):
        attempt = start(setup.quiz, setup.enrollment)
    client.force_login(setup.trainee)

    with time_machine.travel(NOON + datetime.timedelta(minutes=21), tick=False):
        response = client.post(submit_url(attempt), ALL_RIGHT)

    assert response.status_code == 400
    assert ERROR_TIME_UP in text_of(soup(response))
    assert QuizAttempt.objects.get().submitted_at is None


def test_an_open_attempt_has_no_results_yet(trainee_client, setup):
    attempt = start(setup.quiz, setup.enrollment)
    response = trainee_client.get(results_url(attempt))
    assert response["Location"] == attempt_url(attempt)


# Who may do what ---------------------------------------------------------------


@pytest.mark.parametrize("which", ["start", "submit"])
def test_posts_only(trainee_client, setup, which):
    attempt = start(setup.quiz, setup.enrollment)
    url = start_url(setup.quiz) if which == "start" else submit_url(attempt)
    assert trainee_client.get(url).status_code == 405
    assert QuizAttempt.objects.get().submitted_at is None


@pytest.mark.parametrize("which", ["attempt", "results"])
def test_pages_are_get_only(trainee_client, setup, which):
    attempt = take(setup.quiz, setup.enrollment, {})
    url = attempt_url(attempt) if which == "attempt" else results_url(attempt)
    assert trainee_client.post(url).status_code == 405


@pytest.mark.parametrize("which", ["attempt", "results", "submit"])
def test_anonymous_users_are_sent_to_log_in(client, setup, which):
    attempt = start(setup.quiz, setup.enrollment)
    if which == "submit":
        response = client.post(submit_url(attempt), ALL_RIGHT)
        expected_next = attempt_url(attempt)
    else:
        url = attempt_url(attempt) if which == "attempt" else results_url(attempt)
        response = client.get(url)
        expected_next = url
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={expected_next}"
    assert QuizAttempt.objects.get().submitted_at is None


@pytest.mark.parametrize("which", ["attempt", "results", "submit"])
def test_another_trainees_attempt_is_not_found(client, setup, which):
    attempt = start(setup.quiz, setup.enrollment)
    if which == "results":
        submit_attempt(attempt, ALL_RIGHT)
    before = list(QuizAttempt.objects.values())
    client.force_login(enrol(setup.cohort).user)  # a classmate

    if which == "submit":
        response = client.post(submit_url(attempt), {})
    else:
        url = attempt_url(attempt) if which == "attempt" else results_url(attempt)
        response = client.get(url)

    assert response.status_code == 404
    assert list(QuizAttempt.objects.values()) == before


@pytest.mark.parametrize("which", ["attempt", "results", "submit"])
def test_an_unknown_attempt_is_not_found(trainee_client, which):
    url = {
        "attempt": "/learn/quiz/attempts/999999/",
        "results": "/learn/quiz/attempts/999999/results/",
        "submit": "/learn/quiz/attempts/999999/submit/",
    }[which]
    response = trainee_client.post(url) if which == "submit" else trainee_client.get(url)
    assert response.status_code == 404


def csrf_client(user) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def token_from(client, url) -> str:
    return soup(client.get(url)).select_one('input[name="csrfmiddlewaretoken"]')["value"]


def test_start_needs_the_csrf_token(setup):
    client = csrf_client(setup.trainee)

    assert client.post(start_url(setup.quiz)).status_code == 403
    assert QuizAttempt.objects.count() == 0

    token = token_from(client, setup.quiz.url)
    response = client.post(start_url(setup.quiz), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert QuizAttempt.objects.count() == 1


def test_submit_needs_the_csrf_token(setup):
    attempt = start(setup.quiz, setup.enrollment)
    client = csrf_client(setup.trainee)

    assert client.post(submit_url(attempt), ALL_RIGHT).status_code == 403
    assert QuizAttempt.objects.get().submitted_at is None

    token = token_from(client, attempt_url(attempt))
    response = client.post(submit_url(attempt), {**ALL_RIGHT, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert QuizAttempt.objects.get().passed


# The quiz in the course -------------------------------------------------------------


def test_course_and_module_pages_list_the_quiz_in_tree_order(client, setup):
    later_lesson = LessonPageFactory(
        parent=setup.module, title="After the quiz", estimated_minutes=5
    )

    for url in (setup.course.url, setup.module.url):
        page = soup(client.get(url))
        entries = [
            (text_of(li.a), text_of(li.select_one(".muted")))
            for li in page.select("ol.outline__lessons li")
        ]
        assert entries == [
            ("What makes infrastructure public", "15 min"),
            ("Foundations quiz", "Quiz · 10 min"),
            (later_lesson.title, "5 min"),
        ]
    course_page = soup(client.get(setup.course.url))
    assert text_of(course_page.select_one(".outline__total")) == "2 lessons · 1 quiz · 30 min"


def test_lesson_pager_leads_to_the_quiz_and_the_quiz_back(client, setup):
    module_2 = ModulePageFactory(parent=setup.course, title="Delivery")
    next_lesson = LessonPageFactory(parent=module_2, title="Payments")

    lesson_page = soup(client.get(setup.lesson.url))
    following = lesson_page.select_one('nav.pager a[rel="next"]')
    assert following["href"] == setup.quiz.url
    assert "Next quiz" in text_of(following)
    # Quizzes are not lessons: the lesson count does not change.
    assert "Lesson 1 of 2" in text_of(lesson_page.select_one(".eyebrow"))

    quiz_page = soup(client.get(setup.quiz.url))
    assert quiz_page.select_one('nav.pager a[rel="prev"]')["href"] == setup.lesson.url
    assert quiz_page.select_one('nav.pager a[rel="next"]')["href"] == next_lesson.url

    back = soup(client.get(next_lesson.url)).select_one('nav.pager a[rel="prev"]')
    assert back["href"] == setup.quiz.url


def test_an_unpublished_quiz_is_left_out_of_the_outline(client, setup):
    setup.quiz.unpublish()
    page = soup(client.get(setup.course.url))
    assert "Foundations quiz" not in text_of(page.select_one("ol.outline"))


def count_queries(client, url) -> int:
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("which", ["course", "lesson", "quiz"])
def test_queries_do_not_grow_with_quizzes_or_attempts(trainee_client, setup, which):
    url = {"course": setup.course.url, "lesson": setup.lesson.url, "quiz": setup.quiz.url}[which]
    take(setup.quiz, setup.enrollment, {})
    small = count_queries(trainee_client, url)

    for number in range(4):
        QuizPageFactory(parent=setup.module, title=f"Extra quiz {number}")
        take(setup.quiz, setup.enrollment, {})
    large = count_queries(trainee_client, url)

    assert small == large


@pytest.mark.parametrize("which", ["quiz", "attempt", "results"])
def test_quiz_pages_fetch_nothing_from_other_hosts(trainee_client, setup, which):
    attempt = start(setup.quiz, setup.enrollment)
    if which == "results":
        trainee_client.post(submit_url(attempt), ALL_RIGHT)
    url = {
        "quiz": setup.quiz.url,
        "attempt": attempt_url(attempt),
        "results": results_url(attempt),
    }[which]

    response = trainee_client.get(url)

    assert response.status_code == 200
    assert third_party_fetches(soup(response)) == []
