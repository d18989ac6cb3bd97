"""What is still missing, in plain words, on My learning (/learn/) and on the course page."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.cohort_factories import complete_lessons, enrol
from tests.courses.completion_helpers import build_course, score, scored_quiz
from tests.factories import LessonPageFactory
from tests.utils import soup

pytestmark = pytest.mark.django_db

COMPLETED_AT = datetime.datetime(2027, 3, 3, 9, 30, tzinfo=datetime.UTC)


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def data(catalogue):
    return build_course(catalogue, minimum_overall_score=75, distinction_threshold=90)


@pytest.fixture
def enrolment(data, trainee):
    return enrol(data.cohort, trainee)


def missing_items(container) -> list[str]:
    found = container.find(class_="completion-status__missing")
    return [text_of(item) for item in found.find_all("li")] if found else []


# My learning ----------------------------------------------------------------------------


def test_my_learning_lists_what_is_still_missing(trainee_client, data, enrolment):
    complete_lessons(enrolment, data.lessons[:1])
    score(data.final, enrolment, 55)

    card = soup(trainee_client.get("/learn/")).find("li", class_="enrolment")

    assert text_of(card.find(class_="completion-status__title")) == (
        "Still to do to complete the course:"
    )
    assert missing_items(card) == [
        "Complete 2 more lessons: “Data exchange” and “Open standards”",
        "Pass “Final assessment” (best so far 55%, pass mark 70%)",
        "Raise your overall quiz score to 75% (now 55%)",
    ]


def test_my_learning_shows_the_completion_date_and_distinction(trainee_client, data, enrolment):
    complete_lessons(enrolment, data.lessons)
    with time_machine.travel(COMPLETED_AT, tick=False):
        score(data.final, enrolment, 95)

    card = soup(trainee_client.get("/learn/")).find("li", class_="enrolment")

    status = card.find(class_="completion-status")
    assert text_of(status) == "Completed on 3 March 2027 — with distinction"
    assert status.time["datetime"] == "2027-03-03"
    assert missing_items(card) == []


def test_completed_without_distinction_says_only_the_date(trainee_client, data, enrolment):
    complete_lessons(enrolment, data.lessons)
    with time_machine.travel(COMPLETED_AT, tick=False):
        score(data.final, enrolment, 80)

    card = soup(trainee_client.get("/learn/")).find("li", class_="enrolment")

    assert text_of(card.find(class_="completion-status")) == "Completed on 3 March 2027"


def test_a_completed_trainee_keeps_the_completion_after_a_lesson_is_added(
    trainee_client, data, enrolment
):
    complete_lessons(enrolment, data.lessons)
    with time_machine.travel(COMPLETED_AT, tick=False):
        score(data.final, enrolment, 80)
    LessonPageFactory(parent=data.modules[1], title="Cyber hygiene")

    card = soup(trainee_client.get("/learn/")).find("li", class_="enrolment")

    assert text_of(card.find(class_="completion-status")) == "Completed on 3 March 2027"
    assert missing_items(card) == []


def test_my_learning_queries_do_not_grow_with_quizzes_and_attempts(
    trainee_client, trainee, catalogue
):
    def add(count, start):
        for number in range(start, start + count):
            data = build_course(catalogue, title=f"Course {number}", minimum_overall_score=60)
            enrollment = enrol(data.cohort, trainee)
            complete_lessons(enrollment, data.lessons[: number % 3])
            score(data.pre, enrollment, 30)
            score(data.final, enrollment, 40)
            score(data.final, enrollment, 55)

    def count():
        assert trainee_client.get("/learn/").status_code == 200
        with CaptureQueriesContext(connection) as queries:
            trainee_client.get("/learn/")
        return len(queries)

    add(1, start=1)
    small = count()
    add(4, start=2)
    large = count()

    assert small == large
    assert len(soup(trainee_client.get("/learn/")).select(".completion-status__missing")) == 5


# The course page ------------------------------------------------------------------------


def quiz_states(page) -> dict[str, str]:
    return {
        text_of(item.a): text_of(item.find(class_="lesson-state"))
        for item in page.find(class_="outline").find_all("li", class_="outline__quiz")
        if item.find(class_="lesson-state")
    }


def test_the_course_page_lists_what_is_missing_and_the_quiz_states(trainee_client, data, enrolment):
    complete_lessons(enrolment, data.lessons[:2])
    score(data.pre, enrolment, 40)
    score(data.final, enrolment, 55)
    practice = scored_quiz(data.modules[1], "Extra practice", required_for_completion=False)
    score(practice, enrolment, 85)

    page = soup(trainee_client.get(data.course.url))

    panel = page.find(class_="panel--progress")
    assert missing_items(panel) == [
        "Complete 1 more lesson: “Open standards”",
        "Pass “Final assessment” (best so far 55%, pass mark 70%)",
        "Raise your overall quiz score to 75% (now 55%)",
    ]
    assert "Overall quiz score: 55% · 75% needed · 90% for distinction" in text_of(panel)
    assert quiz_states(page) == {
        "What you know already": "Taken: 40%",
        "Final assessment": "Best 55% — not passed yet",
        "Extra practice": "Passed 85%",
    }
    practice_item = page.find("a", string="Extra practice").parent
    assert "Quiz · optional" in text_of(practice_item)


def test_the_course_page_shows_quizzes_not_attempted(trainee_client, data, enrolment):
    page = soup(trainee_client.get(data.course.url))

    assert quiz_states(page) == {
        "What you know already": "Not attempted",
        "Final assessment": "Not attempted",
    }
    assert "Overall quiz score" not in text_of(page.find(class_="panel--progress"))


def test_the_course_page_congratulates_a_completed_trainee(trainee_client, data, enrolment):
    complete_lessons(enrolment, data.lessons)
    with time_machine.travel(COMPLETED_AT, tick=False):
        score(data.final, enrolment, 90)

    page = soup(trainee_client.get(data.course.url))

    panel = page.find(class_="panel--progress")
    assert text_of(panel.find(class_="completion-status")) == (
        "Completed on 3 March 2027 — with distinction"
    )
    assert quiz_states(page)["Final assessment"] == "Passed 90%"


def test_visitors_see_no_states_and_no_missing_list(client, data, enrolment):
    complete_lessons(enrolment, data.lessons[:1])

    page = soup(client.get(data.course.url))

    assert page.find(class_="completion-status") is None
    assert quiz_states(page) == {}


def test_the_course_page_queries_do_not_grow_with_quizzes_and_attempts(
    trainee_client, data, enrolment
):
    def count():
        assert trainee_client.get(data.course.url).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            trainee_client.get(data.course.url)
        return len(queries)

    score(data.final, enrolment, 40)
    small = count()
    for number in range(4):
        quiz = scored_quiz(data.modules[number % 2], f"Check {number}", statements=5)
        score(quiz, enrolment, 60)
        score(quiz, enrolment, 80)
        other = enrol(data.cohort)
        score(data.final, other, 90)
    large = count()

    assert small == large
