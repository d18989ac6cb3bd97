"""Every quiz URL against the trainee access table in courses.permissions.

A URL added to courses.quiz_urls without an entry there fails the first test.
"""

import pytest
from django.test import Client
from django.urls import reverse

from courses import quiz_urls
from courses.permissions import TRAINEE_URL_ACCESS
from tests.cohort_factories import verified_user
from tests.quiz_factories import quiz_in_course, start

QUIZ_URL_NAMES = sorted(name for name in TRAINEE_URL_ACCESS if name.startswith("quiz:"))


@pytest.fixture
def quiz_urls_for_attempt(catalogue):
    setup = quiz_in_course(catalogue)
    attempt = start(setup.quiz, setup.enrollment)
    urls = {
        "quiz:start": reverse("quiz:start", args=[setup.quiz.pk]),
        "quiz:attempt": reverse("quiz:attempt", args=[attempt.pk]),
        "quiz:submit": reverse("quiz:submit", args=[attempt.pk]),
        "quiz:results": reverse("quiz:results", args=[attempt.pk]),
    }
    return setup, attempt, urls


def test_every_quiz_url_is_in_the_access_table(quiz_urls_for_attempt):
    _setup, _attempt, urls = quiz_urls_for_attempt
    names = {f"{quiz_urls.app_name}:{pattern.name}" for pattern in quiz_urls.urlpatterns}

    assert names == set(QUIZ_URL_NAMES) == set(urls)


@pytest.mark.parametrize("name", QUIZ_URL_NAMES)
def test_quiz_urls_answer_as_the_access_table_says(name, quiz_urls_for_attempt):
    setup, attempt, urls = quiz_urls_for_attempt
    rule, url = TRAINEE_URL_ACCESS[name], urls[name]
    stranger = Client()
    stranger.force_login(verified_user())
    before = attempt.__class__.objects.filter(pk=attempt.pk).values().get()

    for method in ("GET", "POST", "PUT", "DELETE"):
        anonymous = Client().generic(method, url)
        if method not in rule["methods"]:
            assert anonymous.status_code == 405, (method, url)
            continue
        assert anonymous.status_code == 302, (method, url)
        assert anonymous["Location"].startswith("/accounts/login/?next=")
        # Someone else, logged in: refused, and nothing of the attempt shown or changed.
        response = stranger.generic(method, url)
        assert response.status_code in (403, 404), (method, url)
        assert setup.trainee.email.encode() not in response.content

    assert attempt.__class__.objects.filter(pk=attempt.pk).values().get() == before
