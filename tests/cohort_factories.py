"""Factories for cohorts, enrolments and progress.

Enrolments and progress are created through the services, so tests see
exactly the rows a trainee's clicks would leave behind.
"""

import datetime

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from courses import services
from courses.models import Cohort, CoursePage, LessonPage
from tests.factories import UserFactory


class CohortFactory(factory.django.DjangoModelFactory):
    """A running cohort, open for enrolment, with no seat limit unless given."""

    course = factory.LazyFunction(lambda: CoursePage.objects.live().first())
    name = factory.Sequence(lambda n: f"Cohort {n}")
    starts_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=7))
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=49))
    enrolment_opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=30))
    enrolment_closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
    capacity = None
    language = "en"
    requires_approval = False

    class Meta:
        model = Cohort


def verified_user(**kwargs):
    """A trainee whose email address allauth already considers verified."""
    user = UserFactory(**kwargs)
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    return user


def enrol(cohort: Cohort, user=None, **user_kwargs):
    """Enrol a (new) trainee as an admin would: active while seats last."""
    user = user or verified_user(**user_kwargs)
    return services.enrollment_add(cohort=cohort, user=user, acting_user=None)


def complete_lessons(enrollment, lessons: list[LessonPage], now=None) -> None:
    for lesson in lessons:
        services.lesson_complete(enrollment=enrollment, lesson=lesson, now=now)


def assign_instructor(cohort: Cohort, instructor, acting_user=None) -> None:
    current = list(cohort.instructors.all())
    services.cohort_set_instructors(
        cohort=cohort, instructors=[*current, instructor], acting_user=acting_user
    )
