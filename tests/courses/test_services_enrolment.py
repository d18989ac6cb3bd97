"""The enrolment and progress rules themselves (courses.services, courses.progress).

Time is frozen: enrolment windows, waiting-list order, invitation expiry and
study time all depend on the clock.
"""

import datetime

import pytest
import time_machine
from django.conf import settings
from django.core import mail

from courses import services
from courses.models import Enrollment, EnrollmentStatus, Invitation, LessonPage, LessonProgress
from courses.progress import COMPLETED, NOT_STARTED, STARTED, progress_for
from courses.selectors import learning_dashboard_for, with_waitlist_position
from tests.cohort_factories import CohortFactory, complete_lessons, enrol, verified_user
from tests.factories import LessonPageFactory, ModulePageFactory, UserFactory, course_with_lessons

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 10, 9, 0, tzinfo=datetime.UTC)
MINUTE = datetime.timedelta(minutes=1)
DAY = datetime.timedelta(days=1)


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def emails(django_capture_on_commit_callbacks):
    """Run on-commit callbacks (the emails) and return what was sent."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            result = action()
        return result

    return run


def subjects_to(address: str) -> list[str]:
    return [message.subject for message in mail.outbox if address in message.to]


# The enrolment window -------------------------------------------------------


def test_a_request_inside_the_window_gives_a_seat_and_an_email(clock, cohort, emails):
    trainee = verified_user()

    enrollment = emails(lambda: services.enrollment_request(cohort=cohort, user=trainee))

    assert enrollment.status == EnrollmentStatus.ACTIVE
    assert enrollment.activated_at == NOW
    assert subjects_to(trainee.email) == [f"You are enrolled in {cohort.name}"]


@pytest.mark.parametrize(
    ("opens", "closes"),
    [
        (NOW + MINUTE, NOW + 10 * DAY),  # not open yet
        (NOW - 10 * DAY, NOW),  # closes exactly now: closed
        (NOW - 10 * DAY, NOW - MINUTE),  # closed
    ],
)
def test_a_request_outside_the_window_is_refused_and_writes_nothing(clock, dpi, opens, closes):
    cohort = CohortFactory(course=dpi.course, enrolment_opens_at=opens, enrolment_closes_at=closes)

    with pytest.raises(services.EnrollmentError, match=services.ERROR_ENROLMENT_CLOSED):
        services.enrollment_request(cohort=cohort, user=verified_user())

    assert not Enrollment.objects.exists()


def test_an_admin_can_add_a_trainee_outside_the_window(clock, dpi):
    cohort = CohortFactory(
        course=dpi.course, enrolment_opens_at=NOW - 9 * DAY, enrolment_closes_at=NOW - DAY
    )

    assert enrol(cohort).status == EnrollmentStatus.ACTIVE


# Capacity, waiting list, automatic promotion --------------------------------


def test_at_capacity_trainees_join_the_waiting_list_in_order(clock, dpi, emails):
    cohort = CohortFactory(course=dpi.course, capacity=2)
    seated = [services.enrollment_request(cohort=cohort, user=verified_user()) for _ in range(2)]
    waiting = []
    for _ in range(3):
        clock.shift(MINUTE)
        waiting.append(
            emails(lambda: services.enrollment_request(cohort=cohort, user=verified_user()))
        )

    assert [e.status for e in seated] == [EnrollmentStatus.ACTIVE] * 2
    assert [e.status for e in waiting] == [EnrollmentStatus.WAITLISTED] * 3
    assert [services.waitlist_position(e) for e in waiting] == [1, 2, 3]
    assert subjects_to(waiting[0].user.email) == [f"You are on the waiting list for {cohort.name}"]


def test_the_batch_waitlist_position_agrees_with_the_service(clock, dpi):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    enrol(cohort)
    # Three join in the same instant: the older row goes first.
    waiting = [services.enrollment_request(cohort=cohort, user=verified_user()) for _ in range(3)]
    clock.shift(MINUTE)
    waiting.append(services.enrollment_request(cohort=cohort, user=verified_user()))

    annotated = with_waitlist_position(Enrollment.objects.filter(pk__in=[e.pk for e in waiting]))
    positions = {e.pk: e.waitlist_ahead + 1 for e in annotated}

    assert [positions[e.pk] for e in waiting] == [services.waitlist_position(e) for e in waiting]
    assert [positions[e.pk] for e in waiting] == [1, 2, 3, 4]


def test_a_freed_seat_goes_to_the_first_waitlisted_trainee_who_is_told_by_email(clock, dpi, emails):
    cohort = CohortFactory(course=dpi.course, capacity=2)
    leaving, staying = enrol(cohort), enrol(cohort)
    clock.shift(MINUTE)
    first = services.enrollment_request(cohort=cohort, user=verified_user())
    clock.shift(MINUTE)
    second = services.enrollment_request(cohort=cohort, user=verified_user())
    mail.outbox.clear()

    clock.shift(MINUTE)
    emails(lambda: services.enrollment_withdraw(enrollment=leaving, acting_user=leaving.user))

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == EnrollmentStatus.ACTIVE
    assert first.activated_at == NOW + 3 * MINUTE
    assert second.status == EnrollmentStatus.WAITLISTED
    assert services.waitlist_position(second) == 1
    assert subjects_to(first.user.email) == [f"A seat is yours: {cohort.name}"]
    assert subjects_to(second.user.email) == []
    assert "moved from the waiting list" in mail.outbox[0].body
    staying.refresh_from_db()
    assert staying.status == EnrollmentStatus.ACTIVE


def test_leaving_the_waiting_list_promotes_nobody(clock, dpi, emails):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    enrol(cohort)
    clock.shift(MINUTE)
    first = services.enrollment_request(cohort=cohort, user=verified_user())
    clock.shift(MINUTE)
    second = services.enrollment_request(cohort=cohort, user=verified_user())
    mail.outbox.clear()

    emails(lambda: services.enrollment_withdraw(enrollment=first, acting_user=first.user))

    second.refresh_from_db()
    assert second.status == EnrollmentStatus.WAITLISTED
    assert services.waitlist_position(second) == 1
    assert mail.outbox == []


def test_a_completed_trainee_still_holds_a_seat(clock, dpi):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    finished = enrol(cohort)
    Enrollment.objects.filter(pk=finished.pk).update(status=EnrollmentStatus.COMPLETED)

    assert services.enrollment_request(cohort=cohort, user=verified_user()).status == (
        EnrollmentStatus.WAITLISTED
    )


# Approval ---------------------------------------------------------------------


@pytest.fixture
def approval_cohort(dpi):
    return CohortFactory(course=dpi.course, requires_approval=True, capacity=1)


def test_a_cohort_with_approval_takes_requests(clock, approval_cohort, emails):
    trainee = verified_user()

    enrollment = emails(lambda: services.enrollment_request(cohort=approval_cohort, user=trainee))

    assert enrollment.status == EnrollmentStatus.PENDING
    assert subjects_to(trainee.email) == [
        f"We received your request to join {approval_cohort.name}"
    ]


def test_accepting_a_request_seats_the_trainee_and_tells_them(clock, approval_cohort, emails):
    request = services.enrollment_request(cohort=approval_cohort, user=verified_user())
    mail.outbox.clear()

    accepted = emails(
        lambda: services.enrollment_decide(enrollment=request, accept=True, acting_user=None)
    )

    assert accepted.status == EnrollmentStatus.ACTIVE
    assert subjects_to(request.user.email) == [f"You are enrolled in {approval_cohort.name}"]


def test_accepting_a_request_when_full_puts_the_trainee_on_the_waiting_list(clock, approval_cohort):
    enrol(approval_cohort)
    request = services.enrollment_request(cohort=approval_cohort, user=verified_user())

    accepted = services.enrollment_decide(enrollment=request, accept=True, acting_user=None)

    assert accepted.status == EnrollmentStatus.WAITLISTED


def test_declining_a_request_tells_the_trainee_and_cannot_be_repeated(
    clock, approval_cohort, emails
):
    request = services.enrollment_request(cohort=approval_cohort, user=verified_user())
    mail.outbox.clear()

    declined = emails(
        lambda: services.enrollment_decide(enrollment=request, accept=False, acting_user=None)
    )

    assert declined.status == EnrollmentStatus.DECLINED
    assert subjects_to(request.user.email) == [f"Your request to join {approval_cohort.name}"]
    assert "not accepted" in mail.outbox[0].body
    with pytest.raises(services.EnrollmentError, match=services.ERROR_NOT_PENDING):
        services.enrollment_decide(enrollment=request, accept=True, acting_user=None)
    request.refresh_from_db()
    assert request.status == EnrollmentStatus.DECLINED


# Withdrawing and asking twice -------------------------------------------------


def test_withdrawing_twice_changes_nothing_the_second_time(clock, cohort):
    enrollment = enrol(cohort)
    services.enrollment_withdraw(enrollment=enrollment, acting_user=enrollment.user)
    clock.shift(MINUTE)

    again = services.enrollment_withdraw(enrollment=enrollment, acting_user=enrollment.user)

    assert again.status == EnrollmentStatus.WITHDRAWN
    assert again.status_changed_at == NOW


def test_a_declined_request_cannot_be_withdrawn(clock, approval_cohort):
    request = services.enrollment_request(cohort=approval_cohort, user=verified_user())
    services.enrollment_decide(enrollment=request, accept=False, acting_user=None)

    with pytest.raises(services.EnrollmentError, match=services.ERROR_CANNOT_WITHDRAW):
        services.enrollment_withdraw(enrollment=request, acting_user=request.user)


@pytest.mark.parametrize("requires_approval", [False, True])
def test_asking_twice_returns_the_same_enrolment_unchanged(clock, dpi, emails, requires_approval):
    cohort = CohortFactory(course=dpi.course, requires_approval=requires_approval)
    trainee = verified_user()
    first = emails(lambda: services.enrollment_request(cohort=cohort, user=trainee))
    clock.shift(MINUTE)

    second = emails(lambda: services.enrollment_request(cohort=cohort, user=trainee))

    assert second.pk == first.pk
    assert second.status == first.status
    assert second.status_changed_at == NOW
    assert Enrollment.objects.filter(user=trainee).count() == 1
    assert len(subjects_to(trainee.email)) == 1


def test_a_trainee_who_withdrew_can_come_back_on_the_same_record(clock, cohort):
    enrollment = enrol(cohort)
    services.lesson_complete(enrollment=enrollment, lesson=LessonPage.objects.first())
    services.enrollment_withdraw(enrollment=enrollment, acting_user=enrollment.user)

    back = services.enrollment_request(cohort=cohort, user=enrollment.user)

    assert back.pk == enrollment.pk
    assert back.status == EnrollmentStatus.ACTIVE
    assert progress_for(back).completed == 1


# Invitations ------------------------------------------------------------------


@pytest.fixture
def invitation(clock, cohort, emails):
    return emails(
        lambda: services.invitation_create(
            cohort=cohort,
            email="Rafael@Example.org",
            acting_user=None,
            profile_data={"organisation": "Ministry of ICT", "country": "BO"},
        )
    )


def test_an_invitation_is_emailed_with_a_working_link(invitation):
    token = services.invitation_token(invitation)

    (message,) = mail.outbox
    assert message.to == ["rafael@example.org"]
    assert f"/learn/invitations/{token}/" in message.body
    assert services.invitation_lookup(token) == invitation


def test_an_invitation_enrols_its_invitee_once(invitation):
    token = services.invitation_token(invitation)
    invitee = verified_user(email="rafael@example.org")

    enrollment = services.invitation_accept(token=token, user=invitee)
    again = services.invitation_accept(token=token, user=invitee)

    assert enrollment.status == EnrollmentStatus.ACTIVE
    assert again.pk == enrollment.pk
    assert invitee.profile.organisation == "Ministry of ICT"
    invitation.refresh_from_db()
    assert invitation.accepted_by == invitee
    assert invitation.accepted_at == NOW


def test_a_used_invitation_does_not_work_for_anybody_else(invitation):
    token = services.invitation_token(invitation)
    services.invitation_accept(token=token, user=verified_user(email="rafael@example.org"))
    other = verified_user()

    with pytest.raises(services.EnrollmentError, match=services.ERROR_INVITATION_USED):
        services.invitation_accept(token=token, user=other)

    assert not Enrollment.objects.filter(user=other).exists()


@pytest.mark.parametrize("verified", [True, False])
def test_an_invitation_needs_the_invited_address_verified(invitation, verified):
    token = services.invitation_token(invitation)
    if verified:
        somebody = verified_user(email="someone.else@example.org")
    else:
        somebody = UserFactory(email="rafael@example.org")  # address not verified

    with pytest.raises(services.EnrollmentError, match=services.ERROR_INVITATION_OTHER_EMAIL):
        services.invitation_accept(token=token, user=somebody)

    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    assert not Enrollment.objects.exists()


def test_an_expired_invitation_is_refused(clock, invitation):
    clock.shift(settings.INVITATION_VALID_DAYS * DAY + MINUTE)

    with pytest.raises(services.EnrollmentError, match=services.ERROR_INVITATION_EXPIRED):
        services.invitation_accept(
            token=services.invitation_token(invitation),
            user=verified_user(email="rafael@example.org"),
        )

    assert not Enrollment.objects.exists()


def test_a_forged_or_replaced_invitation_link_is_invalid(clock, cohort, invitation):
    old_token = services.invitation_token(invitation)
    services.invitation_create(cohort=cohort, email="rafael@example.org", acting_user=None)
    invitee = verified_user(email="rafael@example.org")

    for token in (old_token, old_token[:-2] + "xx", "42", ""):
        with pytest.raises(services.EnrollmentError, match=services.ERROR_INVITATION_INVALID):
            services.invitation_accept(token=token, user=invitee)
    assert Invitation.objects.count() == 1


def test_an_invitation_ignores_the_window_and_approval(clock, dpi):
    cohort = CohortFactory(
        course=dpi.course,
        requires_approval=True,
        enrolment_opens_at=NOW - 9 * DAY,
        enrolment_closes_at=NOW - DAY,
    )
    invitation = services.invitation_create(cohort=cohort, email="r@example.org", acting_user=None)

    enrollment = services.invitation_accept(
        token=services.invitation_token(invitation), user=verified_user(email="r@example.org")
    )

    assert enrollment.status == EnrollmentStatus.ACTIVE


# Lesson progress and study time -----------------------------------------------


def test_opening_a_lesson_twice_records_one_start(clock, dpi, cohort):
    enrollment = enrol(cohort)
    lesson = dpi.lessons[0]

    first = services.lesson_visit(enrollment=enrollment, lesson=lesson)
    clock.shift(5 * MINUTE)
    second = services.lesson_visit(enrollment=enrollment, lesson=lesson)

    assert second.pk == first.pk
    assert LessonProgress.objects.count() == 1
    second.refresh_from_db()
    assert second.started_at == NOW
    assert second.completed_at is None


def test_completing_twice_keeps_the_first_completion(clock, dpi, cohort):
    enrollment = enrol(cohort)
    lesson = dpi.lessons[1]

    first = services.lesson_complete(enrollment=enrollment, lesson=lesson)
    clock.shift(DAY)
    second = services.lesson_complete(enrollment=enrollment, lesson=lesson)

    assert first.completed_at == second.completed_at == NOW
    assert second.started_at == NOW  # completed without a recorded visit: started then too
    assert LessonProgress.objects.count() == 1


def test_study_time_goes_to_the_lesson_that_was_open(clock, dpi, cohort):
    enrollment = enrol(cohort)
    one, two = dpi.lessons[:2]

    services.lesson_visit(enrollment=enrollment, lesson=one)
    clock.shift(12 * MINUTE)
    services.lesson_complete(enrollment=enrollment, lesson=one)  # 12 min on one
    clock.shift(3 * MINUTE)
    services.lesson_visit(enrollment=enrollment, lesson=two)  # 3 more on one
    clock.shift(2 * 60 * MINUTE)
    services.lesson_visit(enrollment=enrollment, lesson=one)  # two hours away: not study time
    clock.shift(MINUTE)
    services.lesson_visit(enrollment=enrollment, lesson=one)  # a reload a minute later

    seconds = dict(LessonProgress.objects.values_list("lesson_id", "seconds_spent"))
    assert seconds == {one.pk: 16 * 60, two.pk: 0}


def test_only_a_trainee_with_a_seat_records_progress_and_only_in_the_course(clock, dpi, catalogue):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    enrol(cohort)
    waiting = services.enrollment_request(cohort=cohort, user=verified_user())
    _other_course, outline = course_with_lessons(parent=catalogue, modules=1, lessons_per_module=1)
    seated = Enrollment.objects.get(status=EnrollmentStatus.ACTIVE)

    with pytest.raises(services.EnrollmentError, match=services.ERROR_NOT_LEARNING):
        services.lesson_visit(enrollment=waiting, lesson=dpi.lessons[0])
    with pytest.raises(services.EnrollmentError, match=services.ERROR_LESSON_NOT_IN_COURSE):
        services.lesson_complete(enrollment=seated, lesson=outline[0][1][0])
    assert not LessonProgress.objects.exists()


# Progress when instructors change the course ------------------------------------


@pytest.fixture
def halfway(clock, dpi, cohort):
    """A trainee who completed the first three of six lessons and opened the fourth."""
    enrollment = enrol(cohort)
    complete_lessons(enrollment, dpi.lessons[:3])
    services.lesson_visit(enrollment=enrollment, lesson=dpi.lessons[3])
    progress = progress_for(enrollment)
    assert (progress.completed, progress.total, progress.percent) == (3, 6, 50)
    return enrollment


def assert_pages_still_render(client, enrollment, dpi):
    client.force_login(enrollment.user)
    assert client.get(dpi.course.url).status_code == 200
    assert client.get("/learn/").status_code == 200


def test_a_lesson_added_later_lowers_the_percentage(client, dpi, halfway):
    LessonPageFactory(parent=dpi.modules[1], title="A late addition")

    progress = progress_for(halfway)

    assert (progress.completed, progress.total, progress.percent) == (3, 7, 43)
    assert progress.next_lesson == dpi.lessons[3]
    assert_pages_still_render(client, halfway, dpi)


def test_a_lesson_moved_to_another_module_keeps_its_record(client, dpi, halfway):
    completed = LessonPage.objects.get(pk=dpi.lessons[0].pk)
    completed.move(dpi.modules[1], pos="last-child")

    progress = progress_for(halfway)

    assert (progress.completed, progress.total, progress.percent) == (3, 6, 50)
    assert [lesson.pk for lesson in progress.outline[1].lessons][-1] == completed.pk
    assert progress.state(completed) == COMPLETED
    assert_pages_still_render(client, halfway, dpi)


def test_a_lesson_moved_to_another_course_stops_counting(client, catalogue, dpi, halfway):
    other_course, _ = course_with_lessons(parent=catalogue, modules=1, lessons_per_module=1)
    elsewhere = ModulePageFactory(parent=other_course)
    LessonPage.objects.get(pk=dpi.lessons[0].pk).move(elsewhere, pos="last-child")

    progress = progress_for(halfway)

    assert (progress.completed, progress.total, progress.percent) == (2, 5, 40)
    assert_pages_still_render(client, halfway, dpi)


def test_an_unpublished_lesson_stops_counting_and_comes_back_when_republished(client, dpi, halfway):
    lesson = LessonPage.objects.get(pk=dpi.lessons[1].pk)
    lesson.unpublish()

    progress = progress_for(halfway)
    assert (progress.completed, progress.total, progress.percent) == (2, 5, 40)
    assert_pages_still_render(client, halfway, dpi)

    lesson.save_revision().publish()
    assert progress_for(halfway).percent == 50


def test_an_unpublished_module_takes_its_lessons_out(client, dpi, halfway):
    ModulePageFactory._meta.model.objects.get(pk=dpi.modules[1].pk).unpublish()

    progress = progress_for(halfway)

    assert (progress.completed, progress.total, progress.percent) == (3, 3, 100)
    assert progress.next_lesson is None
    assert_pages_still_render(client, halfway, dpi)


def test_a_deleted_lesson_stops_counting_without_a_crash(client, clock, dpi, halfway):
    LessonPage.objects.get(pk=dpi.lessons[0].pk).delete()
    LessonPage.objects.get(pk=dpi.lessons[3].pk).delete()  # the lesson last opened

    progress = progress_for(halfway)
    assert (progress.completed, progress.total, progress.percent) == (2, 4, 50)
    assert progress.state(dpi.lessons[1]) == COMPLETED
    assert progress.next_lesson.pk == dpi.lessons[4].pk
    halfway.refresh_from_db()
    assert halfway.last_lesson is None
    assert_pages_still_render(client, halfway, dpi)

    clock.shift(MINUTE)
    services.lesson_visit(enrollment=halfway, lesson=dpi.lessons[4])
    assert progress_for(halfway).state(dpi.lessons[4]) == STARTED


def test_every_lesson_removed_gives_zero_percent_not_an_error(client, dpi, halfway):
    for module in dpi.modules:
        ModulePageFactory._meta.model.objects.get(pk=module.pk).delete()

    progress = progress_for(halfway)

    assert (progress.completed, progress.total, progress.percent) == (0, 0, 0)
    assert progress.next_lesson is None
    assert progress.state(dpi.lessons[0]) == NOT_STARTED
    assert_pages_still_render(client, halfway, dpi)
    entry = learning_dashboard_for(halfway.user)["current"][0]
    assert entry.progress.percent == 0


def test_a_status_email_delivered_after_the_trainee_completed_sends_nothing(cohort):
    from courses.emails import deliver

    enrollment = services.enrollment_add(cohort=cohort, user=verified_user(), acting_user=None)
    Enrollment.objects.filter(pk=enrollment.pk).update(status=EnrollmentStatus.COMPLETED)
    mail.outbox.clear()

    deliver(kind="status", object_id=enrollment.pk)

    assert mail.outbox == []
