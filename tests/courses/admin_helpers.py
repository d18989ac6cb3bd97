"""Helpers for the admin tests: logged-in clients, dated cohorts, audit and guardian rows."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone
from guardian.models import UserObjectPermission
from wagtail.models import ModelLogEntry

from courses.models import Cohort
from tests.cohort_factories import CohortFactory


def client_for(user, **kwargs) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


def upcoming_cohort(course, name, **kwargs) -> Cohort:
    today = timezone.localdate()
    return CohortFactory(
        course=course,
        name=name,
        starts_on=today + datetime.timedelta(days=30),
        ends_on=today + datetime.timedelta(days=90),
        **kwargs,
    )


def finished_cohort(course, name, **kwargs) -> Cohort:
    today = timezone.localdate()
    return CohortFactory(
        course=course,
        name=name,
        starts_on=today - datetime.timedelta(days=120),
        ends_on=today - datetime.timedelta(days=30),
        enrolment_opens_at=timezone.now() - datetime.timedelta(days=180),
        enrolment_closes_at=timezone.now() - datetime.timedelta(days=120),
        **kwargs,
    )


def object_permission_rows(user, cohort=None):
    rows = UserObjectPermission.objects.filter(
        user=user, content_type=ContentType.objects.get_for_model(Cohort)
    )
    if cohort is not None:
        rows = rows.filter(object_pk=str(cohort.pk))
    return rows


def log_entries(instance, action):
    """Audit entries Wagtail's ``log()`` wrote for a non-page model instance."""
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(type(instance)),
        object_id=str(instance.pk),
        action=action,
    )
