"""Writes for cohorts: enrolment, waiting lists, approvals, invitations, progress.

Every function here takes the acting user, validates, writes inside one
transaction, records an audit entry and sends email only after commit.
Seat-changing operations lock the cohort row first, so two requests can
never both take the last seat.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from guardian.shortcuts import assign_perm, remove_perm
from wagtail.log_actions import log
from wagtail.models import GroupPagePermission

from courses import emails
from courses.completion import apply_completion
from courses.models import (
    SEAT_STATUSES,
    Cohort,
    CoursePage,
    CourseTeam,
    Enrollment,
    EnrollmentStatus,
    Invitation,
    LessonPage,
    LessonProgress,
)
from courses.permissions import (
    COURSE_TEAM_PAGE_PERMISSIONS,
    INSTRUCTOR_COHORT_PERMISSIONS,
    page_permission,
)

User = get_user_model()

# A gap longer than this between two lesson events is not counted as study time.
MAX_STUDY_GAP = datetime.timedelta(minutes=30)

ERROR_ENROLMENT_CLOSED = "Enrolment for this cohort is closed."
ERROR_ALREADY_ENROLLED = "You are already part of this cohort."
ERROR_NOT_WAITLISTED = "Only a trainee on the waiting list can be promoted."
ERROR_COHORT_FULL = "The cohort is full: raise its capacity before promoting anyone."
ERROR_NOT_PENDING = "This request has already been decided."
ERROR_CANNOT_WITHDRAW = "This enrolment cannot be withdrawn."
ERROR_INVITATION_INVALID = "This invitation link is not valid. Ask the academy for a new one."
ERROR_INVITATION_USED = "This invitation has already been used."
ERROR_INVITATION_EXPIRED = "This invitation has expired. Ask the academy for a new one."
ERROR_INVITATION_OTHER_EMAIL = (
    "This invitation was sent to another email address. Log in with that address, "
    "or add and verify it in your account."
)
ERROR_NOT_LEARNING = "You are not an active trainee of this cohort."
ERROR_LESSON_NOT_IN_COURSE = "This lesson is not part of the cohort's course."
ERROR_NOT_AN_AUTHOR = (
    "Only people with access to the admin (instructors, course leads, academy admins) "
    "can be on a course team: {names}."
)
ERROR_COHORT_HAS_ENROLMENTS = (
    "This cohort has enrolments, so it cannot be deleted: its trainees' records would be lost."
)


class EnrollmentError(Exception):
    """A request that breaks an enrolment rule; the message is shown to the user."""


def _locked_cohort(cohort: Cohort) -> Cohort:
    # Lock the cohort so concurrent enrolments see each other's seats.
    return Cohort.objects.select_for_update().get(pk=cohort.pk)


def _seats_taken(cohort: Cohort) -> int:
    return cohort.enrollments.filter(status__in=SEAT_STATUSES).count()


def _has_free_seat(cohort: Cohort) -> bool:
    return cohort.capacity is None or _seats_taken(cohort) < cohort.capacity


def _set_status(enrollment: Enrollment, status: str, now: datetime.datetime) -> None:
    enrollment.status = status
    enrollment.status_changed_at = now
    if status == EnrollmentStatus.ACTIVE and enrollment.activated_at is None:
        enrollment.activated_at = now
    if status == EnrollmentStatus.WAITLISTED:
        enrollment.waitlisted_at = now
    enrollment.save()


def _seat_or_waitlist(cohort: Cohort, enrollment: Enrollment, now) -> None:
    if _has_free_seat(cohort):
        _set_status(enrollment, EnrollmentStatus.ACTIVE, now)
    else:
        _set_status(enrollment, EnrollmentStatus.WAITLISTED, now)


def _get_or_new_enrollment(cohort: Cohort, user) -> tuple[Enrollment, bool]:
    existing = Enrollment.objects.filter(cohort=cohort, user=user).first()
    if existing is not None:
        return existing, False
    return Enrollment(cohort=cohort, user=user), True


def enrollment_request(*, cohort: Cohort, user, now: datetime.datetime | None = None) -> Enrollment:
    """A trainee asks for a seat: active, waitlisted, or pending approval.

    Asking again while already in the cohort returns the existing enrolment
    unchanged, so a double click or a retried request changes nothing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort)
        enrollment, is_new = _get_or_new_enrollment(cohort, user)
        if not is_new and enrollment.status not in (
            EnrollmentStatus.WITHDRAWN,
            EnrollmentStatus.DECLINED,
        ):
            return enrollment
        if not cohort.is_enrolment_open(now):
            raise EnrollmentError(ERROR_ENROLMENT_CLOSED)
        if cohort.requires_approval:
            _set_status(enrollment, EnrollmentStatus.PENDING, now)
        else:
            _seat_or_waitlist(cohort, enrollment, now)
        log(instance=enrollment, action="academy.enrol", user=user, data=_log_data(enrollment))
    _notify(emails.send_enrollment_status, enrollment)
    return enrollment


def enrollment_add(*, cohort: Cohort, user, acting_user) -> Enrollment:
    """An admin or instructor adds a trainee: no window, no approval, capacity still holds."""
    now = timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort)
        enrollment, is_new = _get_or_new_enrollment(cohort, user)
        if not is_new and enrollment.status in (*SEAT_STATUSES, EnrollmentStatus.WAITLISTED):
            return enrollment
        _seat_or_waitlist(cohort, enrollment, now)
        log(
            instance=enrollment,
            action="academy.enrol",
            user=acting_user,
            data=_log_data(enrollment),
        )
    _notify(emails.send_enrollment_status, enrollment)
    return enrollment


def enrollment_withdraw(*, enrollment: Enrollment, acting_user) -> Enrollment:
    """The trainee leaves (or an admin removes them); a freed seat goes to the waiting list."""
    now = timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(enrollment.cohort)
        enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        if enrollment.status == EnrollmentStatus.WITHDRAWN:
            return enrollment
        if enrollment.status == EnrollmentStatus.DECLINED:
            raise EnrollmentError(ERROR_CANNOT_WITHDRAW)
        held_seat = enrollment.status in SEAT_STATUSES
        _set_status(enrollment, EnrollmentStatus.WITHDRAWN, now)
        action = "academy.withdraw" if acting_user == enrollment.user else "academy.remove"
        log(instance=enrollment, action=action, user=acting_user, data=_log_data(enrollment))
        promoted = _fill_free_seats(cohort, now) if held_seat else []
    for promoted_enrollment in promoted:
        _notify(emails.send_promoted_from_waitlist, promoted_enrollment)
    return enrollment


def _fill_free_seats(cohort: Cohort, now) -> list[Enrollment]:
    """Promote waitlisted trainees, first come first served, while seats are free."""
    promoted = []
    waiting = cohort.enrollments.filter(status=EnrollmentStatus.WAITLISTED).order_by(
        "waitlisted_at", "pk"
    )
    for enrollment in waiting.select_for_update():
        if not _has_free_seat(cohort):
            break
        _set_status(enrollment, EnrollmentStatus.ACTIVE, now)
        log(
            instance=enrollment,
            action="academy.promote",
            user=None,
            data={**_log_data(enrollment), "automatic": True},
        )
        promoted.append(enrollment)
    return promoted


def cohort_fill_free_seats(*, cohort: Cohort, acting_user) -> list[Enrollment]:
    """After a capacity increase: give the new seats to the waiting list."""
    with transaction.atomic():
        cohort = _locked_cohort(cohort)
        promoted = _fill_free_seats(cohort, timezone.now())
    for enrollment in promoted:
        _notify(emails.send_promoted_from_waitlist, enrollment)
    return promoted


def enrollment_promote(*, enrollment: Enrollment, acting_user) -> Enrollment:
    """Move one trainee from the waiting list to a free seat."""
    with transaction.atomic():
        cohort = _locked_cohort(enrollment.cohort)
        enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        if enrollment.status != EnrollmentStatus.WAITLISTED:
            raise EnrollmentError(ERROR_NOT_WAITLISTED)
        if not _has_free_seat(cohort):
            raise EnrollmentError(ERROR_COHORT_FULL)
        _set_status(enrollment, EnrollmentStatus.ACTIVE, timezone.now())
        log(
            instance=enrollment,
            action="academy.promote",
            user=acting_user,
            data=_log_data(enrollment),
        )
    _notify(emails.send_promoted_from_waitlist, enrollment)
    return enrollment


def enrollment_decide(*, enrollment: Enrollment, accept: bool, acting_user) -> Enrollment:
    """Accept (seat or waiting list) or decline a pending request; the trainee is told."""
    now = timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(enrollment.cohort)
        enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        if enrollment.status != EnrollmentStatus.PENDING:
            raise EnrollmentError(ERROR_NOT_PENDING)
        if accept:
            _seat_or_waitlist(cohort, enrollment, now)
        else:
            _set_status(enrollment, EnrollmentStatus.DECLINED, now)
        log(
            instance=enrollment,
            action="academy.accept" if accept else "academy.decline",
            user=acting_user,
            data=_log_data(enrollment),
        )
    _notify(emails.send_enrollment_status, enrollment)
    return enrollment


def waitlist_position(enrollment: Enrollment) -> int | None:
    if enrollment.status != EnrollmentStatus.WAITLISTED:
        return None
    ahead = enrollment.cohort.enrollments.filter(
        status=EnrollmentStatus.WAITLISTED, waitlisted_at__lt=enrollment.waitlisted_at
    ).count()
    same_time_ahead = enrollment.cohort.enrollments.filter(
        status=EnrollmentStatus.WAITLISTED,
        waitlisted_at=enrollment.waitlisted_at,
        pk__lt=enrollment.pk,
    ).count()
    return ahead + same_time_ahead + 1


# Invitations ---------------------------------------------------------------


_INVITATION_SIGNER = signing.Signer(salt="academy.invitation", sep=".")


def invitation_token(invitation: Invitation) -> str:
    """The secret part of an invitation link: the invitation's id, signed."""
    return _INVITATION_SIGNER.sign(str(invitation.pk))


def invitation_create(
    *, cohort: Cohort, email: str, acting_user, profile_data: dict | None = None
) -> Invitation:
    """Invite an address to a cohort and email the link.

    Inviting the same address again replaces the open invitation, so only
    the newest link works.
    """
    email = email.strip().lower()
    with transaction.atomic():
        Invitation.objects.filter(cohort=cohort, email=email, accepted_at__isnull=True).delete()
        invitation = Invitation.objects.create(
            cohort=cohort,
            email=email,
            profile_data=profile_data or {},
            invited_by=acting_user,
            expires_at=timezone.now() + datetime.timedelta(days=settings.INVITATION_VALID_DAYS),
        )
        log(instance=cohort, action="academy.invite", user=acting_user, data={"email": email})
    transaction.on_commit(lambda: emails.send_invitation(invitation_id=invitation.pk))
    return invitation


def invitation_lookup(token: str) -> Invitation:
    try:
        invitation_id = int(_INVITATION_SIGNER.unsign(token))
    except (signing.BadSignature, ValueError) as error:
        raise EnrollmentError(ERROR_INVITATION_INVALID) from error
    invitation = (
        Invitation.objects.select_related("cohort", "cohort__course")
        .filter(pk=invitation_id)
        .first()
    )
    if invitation is None:
        raise EnrollmentError(ERROR_INVITATION_INVALID)
    return invitation


def invitation_accept(*, token: str, user) -> Enrollment:
    """Use an invitation once: the invitee is enrolled whatever the window or approval."""
    from allauth.account.models import EmailAddress

    with transaction.atomic():
        invitation = invitation_lookup(token)
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if invitation.accepted_at is not None:
            if invitation.accepted_by_id == user.pk:
                return Enrollment.objects.get(cohort=invitation.cohort, user=user)
            raise EnrollmentError(ERROR_INVITATION_USED)
        if not invitation.is_usable():
            raise EnrollmentError(ERROR_INVITATION_EXPIRED)
        verified = EmailAddress.objects.filter(
            user=user, email__iexact=invitation.email, verified=True
        ).exists()
        if not verified:
            raise EnrollmentError(ERROR_INVITATION_OTHER_EMAIL)
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
        # The inviter's profile values fill in an account made for this invitation,
        # never one that existed before it: joining a cohort is not agreeing to
        # someone else's idea of one's organisation or job title.
        if user.date_joined >= invitation.created_at:
            _apply_invited_profile(user, invitation.profile_data)
        enrollment = enrollment_add(
            cohort=invitation.cohort, user=user, acting_user=invitation.invited_by
        )
    return enrollment


def _apply_invited_profile(user, data: dict) -> None:
    """Fill profile fields the invitee has not set themselves."""
    from academy.services import profile_for

    profile = profile_for(user)
    changed = [
        field
        for field, value in data.items()
        if value and hasattr(profile, field) and not getattr(profile, field)
    ]
    for field in changed:
        setattr(profile, field, data[field])
    if changed:
        profile.save(update_fields=changed)


# Instructors ---------------------------------------------------------------


def cohort_set_instructors(*, cohort: Cohort, instructors, acting_user) -> None:
    """Assign exactly these instructors; permissions follow the assignment."""
    wanted = {user.pk: user for user in instructors}
    with transaction.atomic():
        current = {user.pk: user for user in cohort.instructors.all()}
        for user in (current[pk] for pk in current.keys() - wanted.keys()):
            cohort.instructors.remove(user)
            for permission in INSTRUCTOR_COHORT_PERMISSIONS:
                remove_perm(permission, user, cohort)
            log(
                instance=cohort,
                action="academy.unassign_instructor",
                user=acting_user,
                data={"instructor": user.get_username()},
            )
        for user in (wanted[pk] for pk in wanted.keys() - current.keys()):
            cohort.instructors.add(user)
            for permission in INSTRUCTOR_COHORT_PERMISSIONS:
                assign_perm(permission, user, cohort)
            log(
                instance=cohort,
                action="academy.assign_instructor",
                user=acting_user,
                data={"instructor": user.get_username()},
            )


# Course teams --------------------------------------------------------------


class CourseTeamError(Exception):
    """A course team change that breaks a rule; the message is shown to the user."""


def _course_team(course: CoursePage) -> CourseTeam:
    team = CourseTeam.objects.filter(course=course).select_related("group").first()
    if team is not None:
        return team
    # Keyed by the page id: titles change and need not be unique.
    group, _ = Group.objects.get_or_create(name=f"Course team {course.pk}: {course.title}"[:150])
    for codename in COURSE_TEAM_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=course, permission=page_permission(codename)
        )
    return CourseTeam.objects.create(course=course, group=group)


def course_team_set_authors(*, course: CoursePage, users, acting_user) -> CourseTeam:
    """Make exactly these users the course's authors: they may edit it, never publish it."""
    wanted = {user.pk: user for user in users}
    refused = [
        user.get_username()
        for user in wanted.values()
        if not (user.is_active and user.has_perm("wagtailadmin.access_admin"))
    ]
    if refused:
        raise CourseTeamError(ERROR_NOT_AN_AUTHOR.format(names=", ".join(sorted(refused))))
    with transaction.atomic():
        team = _course_team(course)
        # Lock the team so that two admins editing it at once apply one after the other.
        team = CourseTeam.objects.select_for_update().select_related("group").get(pk=team.pk)
        current = {user.pk: user for user in team.group.user_set.all()}
        for pk in current.keys() - wanted.keys():
            team.group.user_set.remove(current[pk])
            _log_team_change(course, "academy.course_team.remove", current[pk], acting_user)
        for pk in wanted.keys() - current.keys():
            team.group.user_set.add(wanted[pk])
            _log_team_change(course, "academy.course_team.add", wanted[pk], acting_user)
    return team


def course_team_authors(course: CoursePage):
    team = CourseTeam.objects.filter(course=course).select_related("group").first()
    return team.group.user_set.order_by("username") if team else User.objects.none()


def _log_team_change(course: CoursePage, action: str, author, acting_user) -> None:
    log(instance=course, action=action, user=acting_user, data={"author": author.get_username()})


def cohort_delete(*, cohort: Cohort, acting_user) -> None:
    """Delete a cohort nobody has joined; its instructors lose their permissions on it.

    A cohort with enrolments holds trainees' records (and later certificates),
    so it is refused rather than cascaded away.
    """
    with transaction.atomic():
        cohort = _locked_cohort(cohort)
        if cohort.enrollments.exists():
            raise EnrollmentError(ERROR_COHORT_HAS_ENROLMENTS)
        # Guardian's rows point at the cohort by a generic key, which no cascade reaches.
        cohort_set_instructors(cohort=cohort, instructors=[], acting_user=acting_user)
        log(instance=cohort, action="wagtail.delete", user=acting_user, deleted=True)
        cohort.delete()


# Progress ------------------------------------------------------------------


def _credit_study_time(enrollment: Enrollment, now) -> None:
    """Count the time since the last event towards the lesson then open."""
    if not (enrollment.last_lesson_id and enrollment.last_activity_at):
        return
    gap = now - enrollment.last_activity_at
    if datetime.timedelta(0) < gap <= MAX_STUDY_GAP:
        LessonProgress.objects.filter(
            enrollment=enrollment, lesson_id=enrollment.last_lesson_id
        ).update(seconds_spent=F("seconds_spent") + int(gap.total_seconds()))


def _check_learning(enrollment: Enrollment, lesson: LessonPage) -> None:
    if enrollment.status not in SEAT_STATUSES:
        raise EnrollmentError(ERROR_NOT_LEARNING)
    if not lesson.path.startswith(enrollment.cohort.course.path):
        raise EnrollmentError(ERROR_LESSON_NOT_IN_COURSE)


def _progress_row(enrollment: Enrollment, lesson: LessonPage, now) -> LessonProgress:
    try:
        with transaction.atomic():
            progress, _ = LessonProgress.objects.get_or_create(
                enrollment=enrollment, lesson=lesson, defaults={"started_at": now}
            )
    except IntegrityError:
        # Two tabs opened the lesson at once; the other request created the row.
        progress = LessonProgress.objects.get(enrollment=enrollment, lesson=lesson)
    return progress


def lesson_visit(*, enrollment: Enrollment, lesson: LessonPage, now=None) -> LessonProgress:
    """Opening a lesson marks it started (once) and moves the study clock to it."""
    now = now or timezone.now()
    _check_learning(enrollment, lesson)
    progress = _progress_row(enrollment, lesson, now)
    _credit_study_time(enrollment, now)
    Enrollment.objects.filter(pk=enrollment.pk).update(last_lesson=lesson, last_activity_at=now)
    enrollment.last_lesson, enrollment.last_activity_at = lesson, now
    return progress


def lesson_complete(*, enrollment: Enrollment, lesson: LessonPage, now=None) -> LessonProgress:
    """Mark a lesson complete; completing it again keeps the first completion time.

    The enrolment becomes completed, dated ``now``, when this meets the
    course's completion rule (see ``courses.completion``).
    """
    now = now or timezone.now()
    _check_learning(enrollment, lesson)
    progress = _progress_row(enrollment, lesson, now)
    _credit_study_time(enrollment, now)
    # The filter on completed_at keeps the first completion when two tabs submit.
    LessonProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
        completed_at=now
    )
    Enrollment.objects.filter(pk=enrollment.pk).update(last_lesson=lesson, last_activity_at=now)
    enrollment.last_lesson, enrollment.last_activity_at = lesson, now
    apply_completion(enrollment, now=now)
    progress.refresh_from_db()
    return progress


# Helpers -------------------------------------------------------------------


def _log_data(enrollment: Enrollment) -> dict:
    return {
        "cohort": enrollment.cohort_id,
        "trainee": enrollment.user.get_username(),
        "status": enrollment.status,
    }


def _notify(send, enrollment: Enrollment) -> None:
    # Email only once the change is committed: a rolled-back enrolment sends nothing.
    transaction.on_commit(lambda: send(enrollment_id=enrollment.pk))
