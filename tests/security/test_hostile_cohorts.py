"""Hostile cohort names typed in the admin: saved as typed or refused, shown as text."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from courses.models import Cohort
from tests.cohort_factories import enrol
from tests.courses.admin_helpers import client_for
from tests.security.hostile import FITS, HOSTILE, TOO_LONG, assert_shown_as_text, hostile_params

pytest_plugins = ["tests.courses.admin_fixtures"]


def form_data(course, **overrides) -> dict:
    today = timezone.localdate()
    return {
        "name": "Autumn cohort",
        "course": course.pk,
        "starts_on": (today - datetime.timedelta(days=1)).isoformat(),
        "ends_on": (today + datetime.timedelta(days=60)).isoformat(),
        "enrolment_opens_at": f"{today - datetime.timedelta(days=2):%Y-%m-%d} 09:00",
        "enrolment_closes_at": f"{today + datetime.timedelta(days=29):%Y-%m-%d} 18:00",
        "capacity": "25",
        "language": "fr",
        **overrides,
    }


@pytest.mark.parametrize("value", hostile_params(FITS))
def test_hostile_cohort_names_are_saved_and_shown_as_text(
    two_courses, academy_admin, client, django_capture_on_commit_callbacks, value
):
    admin = client_for(academy_admin)
    data = form_data(two_courses.dpi.course, name=value)
    response = admin.post(reverse("academy_cohorts:add"), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    cohort = Cohort.objects.get()
    assert cohort.name == value.strip()
    assert_shown_as_text(admin.get(reverse("academy_cohorts:index")))
    assert_shown_as_text(admin.get(reverse("academy_cohorts:edit", args=[cohort.pk])))
    assert_shown_as_text(admin.get(reverse("academy_reports:index")))
    with django_capture_on_commit_callbacks(execute=True):
        enrollment = enrol(cohort)
    client.force_login(enrollment.user)
    shown = value.strip() if len(value.strip()) <= 60 else value.strip()[:40]
    assert_shown_as_text(client.get(reverse("learn:dashboard")), shown)
    # The enrolment email went out, its subject on one line.
    (message,) = mail.outbox
    assert "\n" not in message.subject and "\r" not in message.subject
    assert " ".join(value.split()) in message.subject


@pytest.mark.parametrize("value", hostile_params([*TOO_LONG, "null-byte"]))
def test_overlong_or_null_cohort_names_are_refused(two_courses, academy_admin, value):
    admin = client_for(academy_admin)
    data = form_data(two_courses.dpi.course, name=value)
    response = admin.post(reverse("academy_cohorts:add"), data)

    assert response.status_code == 200
    document = assert_shown_as_text(response)
    assert "error" in str(document.find(attrs={"name": "name"}).find_parent(class_="w-field"))
    assert not Cohort.objects.exists()


def test_the_newline_name_reaches_the_invitation_email_on_one_line(
    two_courses, academy_admin, django_capture_on_commit_callbacks
):
    from courses import services
    from tests.cohort_factories import CohortFactory

    cohort = CohortFactory(course=two_courses.dpi.course, name=HOSTILE["newline-header"])
    with django_capture_on_commit_callbacks(execute=True):
        services.invitation_create(cohort=cohort, email="new@x.example", acting_user=academy_admin)

    (message,) = mail.outbox
    assert message.to == ["new@x.example"]
    assert message.subject.endswith("a@b.c Bcc: x@y.z")
    assert "x@y.z" not in message.bcc
