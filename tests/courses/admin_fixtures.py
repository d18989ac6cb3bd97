"""Fixtures for the admin side of cohorts: groups, an academy admin, two instructors.

Instructor X teaches cohort A, instructor Y teaches cohort B, both assigned
through the service as an academy admin would. A test module loads them with
``pytest_plugins = ["tests.courses.admin_fixtures"]``; plain helpers live in
``tests.courses.admin_helpers``.
"""

from types import SimpleNamespace

import pytest

from courses.permissions import ACADEMY_ADMINS_GROUP, INSTRUCTORS_GROUP, ensure_groups
from tests.cohort_factories import CohortFactory, assign_instructor, verified_user
from tests.factories import UserFactory, course_with_lessons


@pytest.fixture
def groups(catalogue, drafts):
    return ensure_groups(catalogue, drafts)


@pytest.fixture
def academy_admin(groups):
    user = UserFactory(username="director", first_name="Grace", last_name="Director")
    user.groups.add(groups[ACADEMY_ADMINS_GROUP])
    return user


def _instructor(groups, username, first_name, last_name):
    user = UserFactory(username=username, first_name=first_name, last_name=last_name)
    user.groups.add(groups[INSTRUCTORS_GROUP])
    return user


@pytest.fixture
def instructor_x(groups):
    return _instructor(groups, "xavier", "Xavier", "Okafor")


@pytest.fixture
def instructor_y(groups):
    return _instructor(groups, "yasmin", "Yasmin", "Haddad")


@pytest.fixture
def two_courses(catalogue):
    """Two courses of two modules with two lessons each."""
    built = {}
    for key, title in (("dpi", "Digital public infrastructure"), ("ai", "AI governance")):
        course, outline = course_with_lessons(
            parent=catalogue, modules=2, lessons_per_module=2, title=title
        )
        built[key] = SimpleNamespace(
            course=course, lessons=[lesson for _, lessons in outline for lesson in lessons]
        )
    return SimpleNamespace(**built)


@pytest.fixture
def cohort_a(two_courses, instructor_x, academy_admin):
    cohort = CohortFactory(course=two_courses.dpi.course, name="Alpha cohort", capacity=2)
    assign_instructor(cohort, instructor_x, acting_user=academy_admin)
    return cohort


@pytest.fixture
def cohort_b(two_courses, instructor_y, academy_admin):
    cohort = CohortFactory(course=two_courses.ai.course, name="Bravo cohort")
    assign_instructor(cohort, instructor_y, acting_user=academy_admin)
    return cohort


@pytest.fixture
def admin_trainee(db):
    """A trainee with no admin access at all."""
    return verified_user(username="amara", email="amara@academy.example", last_name="Trainee")
