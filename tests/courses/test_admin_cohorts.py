"""The Cohorts area of the Wagtail admin and the dashboard panel."""

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import Cohort, EnrollmentStatus
from tests.cohort_factories import CohortFactory, assign_instructor, complete_lessons, enrol
from tests.courses.admin_helpers import (
    client_for,
    finished_cohort,
    log_entries,
    object_permission_rows,
    upcoming_cohort,
)

INDEX = "academy_cohorts:index"

# The admin fixtures (groups, academy admin, instructors X and Y, cohorts A and B).
pytest_plugins = ["tests.courses.admin_fixtures"]


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def _form_data(course, instructors=(), **overrides) -> dict:
    today = timezone.localdate()
    data = {
        "name": "Autumn cohort",
        "course": course.pk,
        "starts_on": (today + datetime.timedelta(days=30)).isoformat(),
        "ends_on": (today + datetime.timedelta(days=90)).isoformat(),
        "enrolment_opens_at": f"{today:%Y-%m-%d} 09:00",
        "enrolment_closes_at": f"{today + datetime.timedelta(days=29):%Y-%m-%d} 18:00",
        "capacity": "25",
        "language": "fr",
        "requires_approval": "on",
        "instructor_users": [user.pk for user in instructors],
    }
    data.update(overrides)
    return data


def _refused(response) -> bool:
    return response.status_code == 404 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


# The list ------------------------------------------------------------------------


def test_admin_lists_every_cohort_with_its_columns(cohort_a, cohort_b, academy_admin):
    for username in ("t1", "t2", "t3"):
        enrol(cohort_a, username=username)
    response = client_for(academy_admin).get(reverse(INDEX))
    assert response.status_code == 200
    text = _text(response)
    for expected in (
        "Alpha cohort",
        "Bravo cohort",
        "Digital public infrastructure",
        "AI governance",
        "Running",
        "2 / 2 · 1 waiting",
        "0 (no limit)",
        "Xavier Okafor",
        "Yasmin Haddad",
        f"{cohort_a.starts_on:%d %b %Y} – {cohort_a.ends_on:%d %b %Y}",
    ):
        assert expected in text, expected
    assert reverse("academy_cohorts:add") in text
    assert reverse("academy_cohorts:edit", args=[cohort_a.pk]) in text
    assert reverse("academy_enrolments:index", args=[cohort_a.pk]) in text


@pytest.mark.parametrize(
    ("who", "mine", "theirs", "other_instructor"),
    [
        ("instructor_x", "Alpha cohort", "Bravo cohort", "Yasmin Haddad"),
        ("instructor_y", "Bravo cohort", "Alpha cohort", "Xavier Okafor"),
    ],
)
def test_instructor_lists_only_their_cohorts(
    request, cohort_a, cohort_b, who, mine, theirs, other_instructor
):
    user = request.getfixturevalue(who)
    response = client_for(user).get(reverse(INDEX))
    assert response.status_code == 200
    text = _text(response)
    assert mine in text
    assert theirs not in text
    assert other_instructor not in text
    # Instructors manage enrolments but neither create, edit nor delete cohorts.
    assert reverse("academy_cohorts:add") not in text
    assert "/admin/academy/cohorts/edit/" not in text
    assert "/admin/academy/cohorts/delete/" not in text


def test_filters_by_status_course_and_dates(cohort_a, cohort_b, two_courses, academy_admin):
    upcoming_cohort(two_courses.dpi.course, "Upcoming cohort")
    finished_cohort(two_courses.dpi.course, "Finished cohort")
    client = client_for(academy_admin)
    everything = {"Alpha cohort", "Bravo cohort", "Upcoming cohort", "Finished cohort"}

    def names(**params):
        text = _text(client.get(reverse(INDEX), params))
        return {name for name in everything if name in text}

    assert names() == everything
    assert names(status="upcoming") == {"Upcoming cohort"}
    assert names(status="running") == {"Alpha cohort", "Bravo cohort"}
    assert names(status="finished") == {"Finished cohort"}
    assert names(course=two_courses.ai.course.pk) == {"Bravo cohort"}
    today = timezone.localdate()
    assert names(
        starts_on_from=(today - datetime.timedelta(days=10)).isoformat(),
        starts_on_to=today.isoformat(),
    ) == {"Alpha cohort", "Bravo cohort"}
    assert names(ends_on_to=(today - datetime.timedelta(days=1)).isoformat()) == {"Finished cohort"}
    assert names(q="Upcoming") == {"Upcoming cohort"}


def test_course_filter_offers_only_courses_of_visible_cohorts(cohort_a, cohort_b, instructor_x):
    response = client_for(instructor_x).get(reverse(INDEX))
    form = response.context["filters"].form
    assert [course.title for course in form.fields["course"].queryset] == [
        "Digital public infrastructure"
    ]


@pytest.mark.parametrize("who", ["academy_admin", "instructor_x"])
def test_list_queries_do_not_grow_with_cohorts(
    request, two_courses, academy_admin, instructor_x, who
):
    client = client_for(request.getfixturevalue(who))

    def count_queries():
        client.get(reverse(INDEX))  # warm caches (content types, sessions)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse(INDEX)).status_code == 200
        return len(captured)

    def add_cohorts(number):
        for index in range(number):
            cohort = CohortFactory(course=two_courses.dpi.course, capacity=3)
            assign_instructor(cohort, instructor_x, acting_user=academy_admin)
            for trainee in range(2):
                enrol(cohort, username=f"c{cohort.pk}t{trainee}-{index}")

    add_cohorts(2)
    small = count_queries()
    add_cohorts(6)
    assert count_queries() == small


# Create and edit -------------------------------------------------------------------


def test_create_saves_the_cohort_and_assigns_instructors_through_the_service(
    two_courses, academy_admin, instructor_x
):
    response = client_for(academy_admin).post(
        reverse("academy_cohorts:add"), _form_data(two_courses.dpi.course, [instructor_x])
    )
    assert response.status_code == 302, _text(response)
    cohort = Cohort.objects.get(name="Autumn cohort")
    assert cohort.course.specific == two_courses.dpi.course
    assert (cohort.capacity, cohort.language, cohort.requires_approval) == (25, "fr", True)
    assert list(cohort.instructors.all()) == [instructor_x]
    assert object_permission_rows(instructor_x, cohort).count() == 3
    assert log_entries(cohort, "wagtail.create").get().user == academy_admin
    entry = log_entries(cohort, "academy.assign_instructor").get()
    assert (entry.user, entry.data) == (academy_admin, {"instructor": "xavier"})


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        (
            {"ends_on": timezone.localdate().isoformat()},
            "The cohort must end on or after its start date.",
        ),
        (
            {"enrolment_closes_at": f"{timezone.localdate():%Y-%m-%d} 08:00"},
            "Enrolment must close after it opens.",
        ),
    ],
)
def test_create_shows_date_errors_and_saves_nothing(
    two_courses, academy_admin, instructor_x, overrides, message
):
    response = client_for(academy_admin).post(
        reverse("academy_cohorts:add"),
        _form_data(two_courses.dpi.course, [instructor_x], **overrides),
    )
    assert response.status_code == 200
    assert message in _text(response)
    assert not Cohort.objects.exists()
    assert not object_permission_rows(instructor_x).exists()


def test_course_must_be_a_course_page(catalogue, two_courses, academy_admin):
    response = client_for(academy_admin).post(reverse("academy_cohorts:add"), _form_data(catalogue))
    assert response.status_code == 200
    assert not Cohort.objects.exists()


def test_edit_reassigns_instructors_and_permissions_follow(
    cohort_a, academy_admin, instructor_x, instructor_y
):
    data = _form_data(cohort_a.course, [instructor_y], name="Alpha cohort")
    response = client_for(academy_admin).post(
        reverse("academy_cohorts:edit", args=[cohort_a.pk]), data
    )
    assert response.status_code == 302, _text(response)
    assert list(cohort_a.instructors.all()) == [instructor_y]
    assert not object_permission_rows(instructor_x).exists()
    assert object_permission_rows(instructor_y, cohort_a).count() == 3
    enrolments = reverse("academy_enrolments:index", args=[cohort_a.pk])
    assert client_for(instructor_x).get(enrolments).status_code == 404
    assert client_for(instructor_y).get(enrolments).status_code == 200
    assert log_entries(cohort_a, "academy.unassign_instructor").get().data == {
        "instructor": "xavier"
    }
    assert log_entries(cohort_a, "wagtail.edit").get().user == academy_admin


def test_edit_form_shows_current_instructors_and_only_instructors(
    cohort_a, academy_admin, instructor_x, instructor_y, admin_trainee
):
    response = client_for(academy_admin).get(reverse("academy_cohorts:edit", args=[cohort_a.pk]))
    field = response.context["form"]["instructor_users"]
    assert set(field.field.queryset) == {instructor_x, instructor_y}
    assert field.value() == [instructor_x.pk]
    assert reverse("academy_enrolments:index", args=[cohort_a.pk]) in _text(response)


def test_raising_capacity_promotes_the_waiting_list(cohort_a, academy_admin):
    enrolments = [enrol(cohort_a, username=f"w{index}") for index in range(3)]
    assert enrolments[2].status == EnrollmentStatus.WAITLISTED
    data = _form_data(
        cohort_a.course, cohort_a.instructors.all(), name="Alpha cohort", capacity="3"
    )
    response = client_for(academy_admin).post(
        reverse("academy_cohorts:edit", args=[cohort_a.pk]), data
    )
    assert response.status_code == 302
    enrolments[2].refresh_from_db()
    assert enrolments[2].status == EnrollmentStatus.ACTIVE
    assert log_entries(enrolments[2], "academy.promote").get().data["automatic"] is True


def test_instructors_cannot_create_edit_or_delete(cohort_a, cohort_b, instructor_x, instructor_y):
    original = Cohort.objects.values().get(pk=cohort_a.pk)
    edit = reverse("academy_cohorts:edit", args=[cohort_a.pk])
    for user in (instructor_x, instructor_y):
        client = client_for(user)
        assert _refused(client.get(reverse("academy_cohorts:add")))
        assert _refused(client.post(reverse("academy_cohorts:add"), _form_data(cohort_a.course)))
        assert _refused(client.get(edit))
        response = client.post(edit, _form_data(cohort_a.course, [user], name="Hijacked"))
        assert _refused(response)
        delete = client.post(reverse("academy_cohorts:delete", args=[cohort_a.pk]))
        assert delete.status_code == 404
    followed = client_for(instructor_y).get(edit, follow=True)
    assert "Alpha cohort" not in _text(followed)
    assert Cohort.objects.values().get(pk=cohort_a.pk) == original
    assert Cohort.objects.count() == 2


def test_admin_deletes_a_cohort_without_enrolments(cohort_b, academy_admin, instructor_y):
    response = client_for(academy_admin).post(reverse("academy_cohorts:delete", args=[cohort_b.pk]))
    assert response.status_code == 302
    assert not Cohort.objects.filter(pk=cohort_b.pk).exists()
    assert not object_permission_rows(instructor_y).exists()
    assert log_entries(cohort_b, "wagtail.delete").get().user == academy_admin


def test_admin_cannot_delete_a_cohort_with_enrolments(cohort_a, academy_admin):
    enrol(cohort_a, username="kept")
    client = client_for(academy_admin)
    response = client.post(reverse("academy_cohorts:delete", args=[cohort_a.pk]), follow=True)
    assert "cannot be deleted" in _text(response)
    assert Cohort.objects.filter(pk=cohort_a.pk).exists()
    assert cohort_a.enrollments.count() == 1


def test_create_without_csrf_token_is_refused(two_courses, academy_admin, instructor_x):
    client = Client(enforce_csrf_checks=True)
    client.force_login(academy_admin)
    response = client.post(
        reverse("academy_cohorts:add"), _form_data(two_courses.dpi.course, [instructor_x])
    )
    assert response.status_code == 403
    assert not Cohort.objects.exists()


# The dashboard panel -------------------------------------------------------------------


def _panel_line(response, cohort) -> str:
    match = re.search(
        rf'data-cohort-summary="{cohort.pk}">(.*?)</td>', response.content.decode(), re.S
    )
    assert match, f"no summary for {cohort}"
    return re.sub(r"\s+", " ", match.group(1)).strip()


@pytest.fixture
def paced_cohort(two_courses, instructor_x, academy_admin):
    """Half way through its dates: 50% is on pace, under 30% is behind."""
    today = timezone.localdate()
    cohort = CohortFactory(
        course=two_courses.dpi.course,
        name="Paced cohort",
        capacity=2,
        starts_on=today - datetime.timedelta(days=30),
        ends_on=today + datetime.timedelta(days=30),
    )
    assign_instructor(cohort, instructor_x, acting_user=academy_admin)
    keen = enrol(cohort, username="keen")
    complete_lessons(keen, two_courses.dpi.lessons[:2])
    enrol(cohort, username="idle")
    enrol(cohort, username="queued")
    return cohort


def test_dashboard_summarises_the_instructors_cohorts(
    paced_cohort, cohort_a, cohort_b, instructor_x, two_courses
):
    upcoming = upcoming_cohort(two_courses.dpi.course, "Next cohort")
    assign_instructor(upcoming, instructor_x)
    response = client_for(instructor_x).get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    text = _text(response)
    assert "Your cohorts" in text
    assert _panel_line(response, paced_cohort) == (
        "2 active · 1 waitlisted · average progress 25% · 1 at risk"
    )
    assert _panel_line(response, cohort_a) == "0 active · 0 waitlisted · 0 at risk"
    assert "Next cohort" in text
    assert "Bravo cohort" not in text


def test_dashboard_hides_other_instructors_cohorts(paced_cohort, cohort_b, instructor_y):
    response = client_for(instructor_y).get(reverse("wagtailadmin_home"))
    text = _text(response)
    assert "Bravo cohort" in text
    assert "Paced cohort" not in text
    assert "Alpha cohort" not in text


def test_dashboard_shows_admins_the_running_cohorts(
    paced_cohort, cohort_a, cohort_b, academy_admin, two_courses
):
    upcoming_cohort(two_courses.dpi.course, "Next cohort")
    response = client_for(academy_admin).get(reverse("wagtailadmin_home"))
    text = _text(response)
    assert "Cohorts running today" in text
    for name in ("Paced cohort", "Alpha cohort", "Bravo cohort"):
        assert name in text
    assert "Next cohort" not in text


def test_dashboard_queries_do_not_grow_with_cohorts_or_trainees(
    paced_cohort, two_courses, instructor_x, academy_admin
):
    client = client_for(instructor_x)

    def count_queries():
        client.get(reverse("wagtailadmin_home"))
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("wagtailadmin_home")).status_code == 200
        return len(captured)

    small = count_queries()
    for index in range(3):
        cohort = CohortFactory(course=two_courses.ai.course)
        assign_instructor(cohort, instructor_x, acting_user=academy_admin)
        for trainee in range(4):
            enrollment = enrol(cohort, username=f"more{index}-{trainee}")
            complete_lessons(enrollment, two_courses.ai.lessons[:trainee])
    assert count_queries() == small
