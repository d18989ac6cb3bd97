"""Enrolments of one cohort in the admin: the list, adding by email, and each decision."""

import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.services import profile_for
from courses.admin_views.enrolments import ERROR_INVALID_EMAIL, ERROR_NOTHING_SELECTED
from courses.models import Enrollment, EnrollmentStatus, Invitation
from courses.services import ERROR_COHORT_FULL, ERROR_NOT_PENDING, enrollment_request
from tests.cohort_factories import CohortFactory, enrol, verified_user
from tests.courses.admin_helpers import client_for, log_entries

# The admin fixtures (groups, academy admin, instructors X and Y, cohorts A and B).
pytest_plugins = ["tests.courses.admin_fixtures"]


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def _index(cohort) -> str:
    return reverse("academy_enrolments:index", args=[cohort.pk])


def _act(cohort, enrollment, action) -> str:
    return reverse("academy_enrolments:act", args=[cohort.pk, enrollment.pk, action])


def _messages(response) -> list[str]:
    return [str(message).strip() for message in response.context["messages"]]


def _status(enrollment) -> str:
    enrollment.refresh_from_db()
    return enrollment.status


@pytest.fixture
def full_cohort_a(cohort_a):
    """Cohort A (two seats) with two active trainees and one on the waiting list."""
    first = enrol(cohort_a, username="kofi", email="kofi.mensah@academy.example")
    profile = profile_for(first.user)
    profile.certificate_name, profile.country = "Kofi Mensah", "GH"
    profile.save()
    second = enrol(cohort_a, username="lucia", email="lucia@academy.example")
    waiting = enrol(cohort_a, username="wang", email="wang@academy.example")
    return cohort_a, first, second, waiting


@pytest.fixture
def approval_cohort(two_courses, instructor_x, academy_admin):
    from tests.cohort_factories import assign_instructor

    cohort = CohortFactory(course=two_courses.dpi.course, name="Approval cohort", capacity=1)
    cohort.requires_approval = True
    cohort.save()
    assign_instructor(cohort, instructor_x, acting_user=academy_admin)
    return cohort


def _request(cohort, username):
    return enrollment_request(cohort=cohort, user=verified_user(username=username))


# The list ------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["academy_admin", "instructor_x"])
def test_list_shows_the_cohort_trainees(request, full_cohort_a, who):
    cohort, first, _second, waiting = full_cohort_a
    response = client_for(request.getfixturevalue(who)).get(_index(cohort))
    assert response.status_code == 200
    text = _text(response)
    for expected in (
        "Kofi Mensah",
        "kofi.mensah@academy.example",
        "Ghana",
        "lucia@academy.example",
        "wang@academy.example",
        "On the waiting list",
        "Active",
    ):
        assert expected in text, expected
    rows = {row.instance.pk: row for row in response.context["table"].rows}
    assert rows[waiting.pk].instance.waitlist_ahead == 0
    assert rows[first.pk].instance.waitlist_ahead is None
    assert _act(cohort, waiting, "promote") in text
    assert _act(cohort, first, "remove") in text
    assert _act(cohort, first, "promote") not in text


def test_list_filters_by_status(full_cohort_a, academy_admin):
    cohort, *_ = full_cohort_a
    text = _text(client_for(academy_admin).get(_index(cohort), {"status": "waitlisted"}))
    assert "wang@academy.example" in text
    assert "lucia@academy.example" not in text


def test_other_instructor_sees_nothing_of_the_cohort(full_cohort_a, cohort_b, instructor_y):
    cohort, *_ = full_cohort_a
    client = client_for(instructor_y)
    for url in (_index(cohort), reverse("academy_enrolments:index_results", args=[cohort.pk])):
        response = client.get(url)
        assert response.status_code == 404
        text = _text(response)
        assert "Alpha cohort" not in text
        assert "kofi.mensah" not in text
        assert "Kofi Mensah" not in text


def test_list_queries_do_not_grow_with_trainees(cohort_b, academy_admin):
    client = client_for(academy_admin)

    def count_queries():
        client.get(_index(cohort_b))
        with CaptureQueriesContext(connection) as captured:
            assert client.get(_index(cohort_b)).status_code == 200
        return len(captured)

    for index in range(2):
        enrol(cohort_b, username=f"few{index}")
    small = count_queries()
    for index in range(12):
        enrollment = enrol(cohort_b, username=f"many{index}")
        profile = profile_for(enrollment.user)
        profile.country = "SN"
        profile.save()
    assert count_queries() == small


# Adding by email -------------------------------------------------------------------


def test_an_academy_admin_adds_an_existing_account_by_email(cohort_b, academy_admin):
    trainee = verified_user(username="ines", email="ines@academy.example")
    response = client_for(academy_admin).post(
        reverse("academy_enrolments:add", args=[cohort_b.pk]),
        {"email": "INES@academy.example"},
        follow=True,
    )
    enrollment = Enrollment.objects.get(cohort=cohort_b, user=trainee)
    assert enrollment.status == EnrollmentStatus.ACTIVE
    assert any("enrolled" in message for message in _messages(response))
    entry = log_entries(enrollment, "academy.enrol").get()
    assert entry.user == academy_admin


def test_an_instructor_adds_a_trainee_they_already_teach(cohort_b, instructor_y, academy_admin):
    from tests.cohort_factories import assign_instructor

    earlier = CohortFactory(course=cohort_b.course, name="Earlier cohort")
    assign_instructor(earlier, instructor_y, acting_user=academy_admin)
    trainee = enrol(earlier, username="ines", email="ines@academy.example").user

    response = client_for(instructor_y).post(
        reverse("academy_enrolments:add", args=[cohort_b.pk]),
        {"email": "INES@academy.example"},
        follow=True,
    )

    assert Enrollment.objects.get(cohort=cohort_b, user=trainee).status == "active"
    assert any("enrolled" in message for message in _messages(response))


def test_an_instructor_only_invites_someone_they_do_not_teach_in_the_words_of_a_new_address(
    cohort_a, cohort_b, instructor_x, instructor_y
):
    """A trainee of another cohort, that cohort's instructor and a new address read alike."""
    other = enrol(cohort_b, username="bea", email="bea@academy.example").user
    said = []
    for email in (other.email, instructor_y.email, "nobody.yet@academy.example"):
        response = client_for(instructor_x).post(
            reverse("academy_enrolments:add", args=[cohort_a.pk]), {"email": email}, follow=True
        )
        said.append([message.replace(email, "<address>") for message in _messages(response)])

    assert not Enrollment.objects.filter(cohort=cohort_a).exists()
    assert Invitation.objects.filter(cohort=cohort_a).count() == 3
    assert said[0] == said[1] == said[2]


def test_add_to_a_full_cohort_waitlists(full_cohort_a, academy_admin):
    cohort, *_ = full_cohort_a
    trainee = verified_user(username="omar", email="omar@academy.example")
    response = client_for(academy_admin).post(
        reverse("academy_enrolments:add", args=[cohort.pk]),
        {"email": trainee.email},
        follow=True,
    )
    assert Enrollment.objects.get(cohort=cohort, user=trainee).status == "waitlisted"
    assert any("position 2" in message for message in _messages(response))


def test_add_someone_already_enrolled_changes_nothing(full_cohort_a, instructor_x):
    cohort, first, *_ = full_cohort_a
    response = client_for(instructor_x).post(
        reverse("academy_enrolments:add", args=[cohort.pk]),
        {"email": first.user.email},
        follow=True,
    )
    assert any("already in this cohort" in message for message in _messages(response))
    assert log_entries(first, "academy.enrol").count() == 1


def test_add_unknown_email_sends_an_invitation(
    cohort_b, instructor_y, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(instructor_y).post(
            reverse("academy_enrolments:add", args=[cohort_b.pk]),
            {"email": "New.Person@Ministry.example"},
            follow=True,
        )
    invitation = Invitation.objects.get(cohort=cohort_b)
    assert invitation.email == "new.person@ministry.example"
    assert invitation.invited_by == instructor_y
    assert [message.to for message in mail.outbox] == [["new.person@ministry.example"]]
    assert any("invitation was sent" in message for message in _messages(response))
    assert log_entries(cohort_b, "academy.invite").get().data == {
        "email": "new.person@ministry.example"
    }


def test_add_with_an_invalid_email_changes_nothing(cohort_b, instructor_y):
    response = client_for(instructor_y).post(
        reverse("academy_enrolments:add", args=[cohort_b.pk]), {"email": "nobody"}, follow=True
    )
    assert ERROR_INVALID_EMAIL in _messages(response)
    assert not cohort_b.enrollments.exists()
    assert not Invitation.objects.exists()


# Decisions -------------------------------------------------------------------------


def test_remove_frees_a_seat_for_the_waiting_list(full_cohort_a, instructor_x):
    cohort, first, _second, waiting = full_cohort_a
    response = client_for(instructor_x).post(_act(cohort, first, "remove"), follow=True)
    assert _status(first) == EnrollmentStatus.WITHDRAWN
    assert _status(waiting) == EnrollmentStatus.ACTIVE
    assert any("Removed from the cohort: Kofi Mensah" in m for m in _messages(response))
    assert log_entries(first, "academy.remove").get().user == instructor_x
    promoted = log_entries(waiting, "academy.promote").get()
    # The service logs no user; Wagtail's log context names who caused it.
    assert promoted.user == instructor_x
    assert promoted.data["automatic"] is True


def test_promote_from_the_waiting_list(full_cohort_a, academy_admin):
    cohort, _first, _second, waiting = full_cohort_a
    cohort.capacity = 3
    cohort.save()
    client_for(academy_admin).post(_act(cohort, waiting, "promote"))
    assert _status(waiting) == EnrollmentStatus.ACTIVE
    assert log_entries(waiting, "academy.promote").get().user == academy_admin


def test_promote_into_a_full_cohort_explains_and_changes_nothing(full_cohort_a, instructor_x):
    cohort, _first, _second, waiting = full_cohort_a
    response = client_for(instructor_x).post(_act(cohort, waiting, "promote"), follow=True)
    assert _status(waiting) == EnrollmentStatus.WAITLISTED
    name = waiting.user.get_full_name()
    assert f"{name}: {ERROR_COHORT_FULL}" in _messages(response)
    assert not log_entries(waiting, "academy.promote").exists()


def test_accept_and_decline_requests(approval_cohort, instructor_x):
    accepted = _request(approval_cohort, "asks1")
    declined = _request(approval_cohort, "asks2")
    assert accepted.status == declined.status == EnrollmentStatus.PENDING
    client = client_for(instructor_x)
    client.post(_act(approval_cohort, accepted, "accept"))
    client.post(_act(approval_cohort, declined, "decline"))
    assert _status(accepted) == EnrollmentStatus.ACTIVE
    assert _status(declined) == EnrollmentStatus.DECLINED
    assert log_entries(accepted, "academy.accept").get().user == instructor_x
    assert log_entries(declined, "academy.decline").get().user == instructor_x
    response = client.post(_act(approval_cohort, declined, "accept"), follow=True)
    assert any(ERROR_NOT_PENDING in message for message in _messages(response))
    assert _status(declined) == EnrollmentStatus.DECLINED


def test_unknown_action_is_not_found(full_cohort_a, academy_admin):
    cohort, first, *_ = full_cohort_a
    assert client_for(academy_admin).post(_act(cohort, first, "delete")).status_code == 404
    assert _status(first) == EnrollmentStatus.ACTIVE


def test_actions_refuse_get(full_cohort_a, academy_admin):
    cohort, first, *_ = full_cohort_a
    assert client_for(academy_admin).get(_act(cohort, first, "remove")).status_code == 405
    assert _status(first) == EnrollmentStatus.ACTIVE


@pytest.mark.parametrize("action", ["remove", "promote", "accept", "decline"])
def test_other_instructor_cannot_act_on_the_cohort(full_cohort_a, cohort_b, instructor_y, action):
    cohort, first, _second, waiting = full_cohort_a
    target = waiting if action == "promote" else first
    client = client_for(instructor_y)
    # Directly, and smuggled through the URL of their own cohort.
    for url in (
        _act(cohort, target, action),
        reverse("academy_enrolments:act", args=[cohort_b.pk, target.pk, action]),
    ):
        response = client.post(url)
        assert response.status_code == 404
        assert b"Kofi" not in response.content
    response = client.post(
        reverse("academy_enrolments:add", args=[cohort.pk]), {"email": "x@academy.example"}
    )
    assert response.status_code == 404
    assert [_status(e) for e in (first, waiting)] == ["active", "waitlisted"]
    assert not Invitation.objects.exists()
    assert not log_entries(target, f"academy.{action}").exists()


def test_actions_without_csrf_token_are_refused(full_cohort_a, instructor_x):
    cohort, first, *_ = full_cohort_a
    client = Client(enforce_csrf_checks=True)
    client.force_login(instructor_x)
    assert client.post(_act(cohort, first, "remove")).status_code == 403
    assert (
        client.post(
            reverse("academy_enrolments:add", args=[cohort.pk]), {"email": "z@academy.example"}
        ).status_code
        == 403
    )
    assert (
        client.post(
            reverse("academy_enrolments:bulk", args=[cohort.pk]),
            {"action": "remove", "ids": [first.pk]},
        ).status_code
        == 403
    )
    assert _status(first) == EnrollmentStatus.ACTIVE
    assert not Invitation.objects.exists()


def test_actions_with_the_page_csrf_token_work(full_cohort_a, instructor_x):
    cohort, first, *_ = full_cohort_a
    client = Client(enforce_csrf_checks=True)
    client.force_login(instructor_x)
    page = client.get(_index(cohort))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    response = client.post(_act(cohort, first, "remove"), {"csrfmiddlewaretoken": token.group(1)})
    assert response.status_code == 302
    assert _status(first) == EnrollmentStatus.WITHDRAWN


# Bulk ------------------------------------------------------------------------------


def _bulk(client, cohort, action, ids):
    return client.post(
        reverse("academy_enrolments:bulk", args=[cohort.pk]),
        {"action": action, "ids": [str(pk) for pk in ids]},
        follow=True,
    )


def test_bulk_accepts_every_ticked_request(approval_cohort, instructor_x):
    requests = [_request(approval_cohort, f"bulk{index}") for index in range(3)]
    response = _bulk(client_for(instructor_x), approval_cohort, "accept", [r.pk for r in requests])
    # One seat: the first request takes it, the others queue in the order they were ticked.
    assert [_status(r) for r in requests] == ["active", "waitlisted", "waitlisted"]
    assert any("3 trainee(s)" in message for message in _messages(response))
    assert all(log_entries(r, "academy.accept").exists() for r in requests)


def test_bulk_with_a_foreign_id_is_refused_whole(full_cohort_a, cohort_b, academy_admin):
    cohort, first, second, _waiting = full_cohort_a
    foreign = enrol(cohort_b, username="bravo-trainee")
    response = _bulk(client_for(academy_admin), cohort, "remove", [first.pk, second.pk, foreign.pk])
    assert response.status_code == 404
    assert [_status(e) for e in (first, second, foreign)] == ["active", "active", "active"]
    assert not Enrollment.objects.filter(status=EnrollmentStatus.WITHDRAWN).exists()


def test_bulk_stops_whole_at_the_first_refusal(approval_cohort, instructor_x):
    pending = _request(approval_cohort, "still-pending")
    decided = _request(approval_cohort, "already-decided")
    client = client_for(instructor_x)
    client.post(_act(approval_cohort, decided, "decline"))
    response = _bulk(client, approval_cohort, "accept", [pending.pk, decided.pk])
    assert _status(pending) == EnrollmentStatus.PENDING
    assert any("Nothing was changed" in message for message in _messages(response))
    assert not log_entries(pending, "academy.accept").exists()


def test_bulk_needs_a_selection(full_cohort_a, instructor_x):
    cohort, *_ = full_cohort_a
    response = _bulk(client_for(instructor_x), cohort, "remove", [])
    assert ERROR_NOTHING_SELECTED in _messages(response)
    assert not cohort.enrollments.filter(status=EnrollmentStatus.WITHDRAWN).exists()
