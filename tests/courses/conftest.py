"""Fixtures for the trainee side of cohorts: a course, a cohort, a logged-in trainee."""

from types import SimpleNamespace

import pytest
from django.core.cache import cache

from tests.cohort_factories import CohortFactory, verified_user
from tests.factories import course_with_lessons


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth's rate limits count in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def dpi(catalogue):
    """A course of two modules of three lessons each, with its lessons in course order."""
    course, outline = course_with_lessons(
        parent=catalogue, modules=2, lessons_per_module=3, title="Digital public infrastructure"
    )
    return SimpleNamespace(
        course=course,
        modules=[module for module, _ in outline],
        lessons=[lesson for _, lessons in outline for lesson in lessons],
    )


@pytest.fixture
def cohort(dpi):
    """A running cohort of the course, open for enrolment, without a seat limit."""
    return CohortFactory(course=dpi.course, name="Spring cohort")


@pytest.fixture
def trainee(db):
    return verified_user(username="amina", email="amina@academy.example")


@pytest.fixture
def trainee_client(client, trainee):
    client.force_login(trainee)
    return client
