"""Hostile free-text quiz answers: graded, stored as typed, shown back as text."""

import pytest
from django.urls import reverse

from courses.models import QuizAttempt
from courses.quizzes.grading import ANSWER_MAX_LENGTH, ERROR_NULL_CHARACTER
from tests.quiz_factories import numeric, questions, quiz_in_course, short_text
from tests.security.hostile import FITS, HOSTILE, TOO_LONG, assert_shown_as_text, hostile_params

pytestmark = pytest.mark.django_db

ANSWERS = {f"q-{number}": value for number, value in enumerate(FITS.values())}


@pytest.fixture
def built(catalogue):
    """A quiz of one short-text question per hostile answer, plus a number question."""
    blocks = [short_text(f"Question {key}", ["Dakar"], id=key) for key in ANSWERS]
    blocks.append(numeric("How many?", "7", id="q-number"))
    return quiz_in_course(catalogue, questions=questions(*blocks), reveal_answers="after_attempt")


@pytest.fixture
def trainee_client(client, built):
    client.force_login(built.trainee)
    return client


def start(client, quiz) -> QuizAttempt:
    response = client.post(reverse("quiz:start", args=[quiz.pk]))
    assert response.status_code == 302
    return QuizAttempt.objects.get(quiz=quiz)


def test_hostile_answers_are_stored_as_typed_and_shown_as_text(trainee_client, built):
    attempt = start(trainee_client, built.quiz)
    answers = {**ANSWERS, "q-number": HOSTILE["django-var"]}

    response = trainee_client.post(reverse("quiz:submit", args=[attempt.pk]), answers)

    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.is_submitted
    stored = {key: value for key, value in answers.items() if value.strip()}
    assert attempt.answers == stored
    assert attempt.score == 0
    results = trainee_client.get(reverse("quiz:results", args=[attempt.pk]))
    assert results.status_code == 200
    assert_shown_as_text(results, *[value for value in ANSWERS.values() if value.strip()])


@pytest.mark.parametrize("value", hostile_params([*TOO_LONG, "null-byte"]))
def test_overlong_or_null_answers_are_refused_and_nothing_is_recorded(trainee_client, built, value):
    attempt = start(trainee_client, built.quiz)

    response = trainee_client.post(
        reverse("quiz:submit", args=[attempt.pk]), {"q-0": "Dakar", "q-1": value}
    )

    assert response.status_code == 400
    document = assert_shown_as_text(response)
    message = document.find(class_="refusal").get_text(strip=True)
    if len(value) > ANSWER_MAX_LENGTH:
        assert f"longer than {ANSWER_MAX_LENGTH} characters" in message
    else:
        assert message == ERROR_NULL_CHARACTER
    attempt.refresh_from_db()
    assert not attempt.is_submitted
    assert attempt.answers in ({}, None)


def test_the_attempt_page_with_a_hostile_prompt_and_answers_shows_text(catalogue):
    from django.test import Client

    prompt = HOSTILE["img-onerror"] + " " + HOSTILE["django-tag"]
    built = quiz_in_course(
        catalogue, questions=questions(short_text(prompt, [HOSTILE["script"]], id="q-text"))
    )
    client = Client()
    client.force_login(built.trainee)
    attempt = start(client, built.quiz)

    assert_shown_as_text(client.get(reverse("quiz:attempt", args=[attempt.pk])), prompt)
    client.post(reverse("quiz:submit", args=[attempt.pk]), {"q-text": f"  {HOSTILE['script']} "})
    attempt.refresh_from_db()
    assert attempt.score == attempt.max_score  # the accepted answer, typed with spaces
    results = client.get(reverse("quiz:results", args=[attempt.pk]))
    assert_shown_as_text(results, prompt, HOSTILE["script"])
