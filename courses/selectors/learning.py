"""Reads of cohorts and enrolments: who may see which cohort, and a trainee's own learning.

Anything a user may not see raises Http404, so existence never leaks.
"""

from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from guardian.shortcuts import get_objects_for_user

from courses.models import (
    SEAT_STATUSES,
    Cohort,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
)
from courses.permissions import can_on_all_cohorts, permission_for

# Cohorts and enrolments ----------------------------------------------------


def cohorts_for(user, action: str = "view"):
    """Cohorts the user may act on: all for academy admins, assigned ones for instructors."""
    if can_on_all_cohorts(user, action):
        return Cohort.objects.all()
    if not (user.is_authenticated and user.is_active):
        return Cohort.objects.none()
    return get_objects_for_user(
        user, permission_for(action), klass=Cohort, accept_global_perms=False
    )


def access_cohort(user, cohort_id, action: str = "view"):
    """One cohort the user may act on, or 404 whether it exists or not."""
    try:
        return cohorts_for(user, action).select_related("course").get(pk=int(cohort_id))
    except (ValueError, TypeError, Cohort.DoesNotExist) as error:
        raise Http404("No such cohort.") from error


def enrollments_for(user):
    """A trainee's own enrolments, newest cohort first."""
    if not user.is_authenticated:
        return Enrollment.objects.none()
    return (
        Enrollment.objects.filter(user=user)
        .select_related("cohort", "cohort__course")
        .order_by("-cohort__starts_on")
    )


def access_enrollment(user, enrollment_id):
    """One of the user's own enrolments, or 404."""
    enrollment = enrollments_for(user).filter(pk=enrollment_id).first()
    if enrollment is None:
        raise Http404("No such enrolment.")
    return enrollment


def learning_enrollment_for_lesson(user, lesson):
    """The enrolment through which the user studies this lesson now, if any.

    Prefers a running cohort, then the most recent one; only active or
    completed enrolments count.
    """
    if not user.is_authenticated:
        return None
    candidates = [
        enrollment
        for enrollment in enrollments_for(user).filter(status__in=SEAT_STATUSES)
        if lesson.path.startswith(enrollment.cohort.course.path)
    ]
    return _preferred_learning_enrollment(candidates)


def _preferred_learning_enrollment(enrollments) -> Enrollment | None:
    """Among enrolments newest cohort first: a learning one in a running cohort, else the newest."""
    learning = [enrollment for enrollment in enrollments if enrollment.is_learning]
    running = [e for e in learning if e.cohort.status() == CohortStatus.RUNNING]
    return (running or learning or [None])[0]


# What a trainee sees of their own learning ----------------------------------

# Statuses from which a trainee may ask for a seat again (see enrollment_request).
REQUESTABLE_STATUSES = (EnrollmentStatus.WITHDRAWN, EnrollmentStatus.DECLINED)
# Statuses a trainee can leave from the site; a completed cohort stays on record.
WITHDRAWABLE_STATUSES = (
    EnrollmentStatus.PENDING,
    EnrollmentStatus.WAITLISTED,
    EnrollmentStatus.ACTIVE,
)


def with_waitlist_position(enrollments):
    """Annotate ``waitlist_ahead``: how many wait before each waitlisted enrolment.

    One correlated subquery (served by the cohort/status/waitlisted_at index)
    instead of two counts per enrolment; the order matches
    ``services.waitlist_position``.
    """
    ahead = (
        Enrollment.objects.filter(cohort=OuterRef("cohort"), status=EnrollmentStatus.WAITLISTED)
        .filter(
            Q(waitlisted_at__lt=OuterRef("waitlisted_at"))
            | Q(waitlisted_at=OuterRef("waitlisted_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("cohort")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return enrollments.annotate(
        waitlist_ahead=Case(
            When(status=EnrollmentStatus.WAITLISTED, then=Coalesce(Subquery(ahead), 0)),
            default=None,
            output_field=IntegerField(),
        )
    )


def _waitlist_position(enrollment: Enrollment | None) -> int | None:
    ahead = getattr(enrollment, "waitlist_ahead", None)
    return None if ahead is None else ahead + 1


@dataclass
class CohortOffer:
    """A cohort listed on its course page, with the asking user's place in it."""

    cohort: Cohort
    seats_taken: int
    is_open: bool
    enrollment: Enrollment | None = None

    @property
    def seats_left(self) -> int | None:
        if self.cohort.capacity is None:
            return None
        return max(self.cohort.capacity - self.seats_taken, 0)

    @property
    def is_full(self) -> bool:
        return self.seats_left == 0

    @property
    def can_request(self) -> bool:
        return self.is_open and (
            self.enrollment is None or self.enrollment.status in REQUESTABLE_STATUSES
        )

    @property
    def can_withdraw(self) -> bool:
        return self.enrollment is not None and self.enrollment.status in WITHDRAWABLE_STATUSES

    @property
    def waitlist_position(self) -> int | None:
        return _waitlist_position(self.enrollment)


def cohorts_on_offer(*, course, now=None):
    """Cohorts of a course open for enrolment, upcoming or running, with seats taken."""
    now = now or timezone.now()
    return (
        course.cohorts.filter(
            Q(enrolment_opens_at__lte=now, enrolment_closes_at__gt=now)
            | Q(ends_on__gte=timezone.localdate(now))
        )
        .annotate(seats_taken=Count("enrollments", filter=Q(enrollments__status__in=SEAT_STATUSES)))
        .order_by("starts_on", "name")
    )


def access_cohort_on_offer(cohort_id) -> Cohort:
    """A cohort of a published course, for a trainee to ask to join, or 404."""
    cohort = Cohort.objects.select_related("course").filter(pk=cohort_id, course__live=True)
    cohort = cohort.first()
    if cohort is None:
        raise Http404("No such cohort.")
    return cohort


def course_learning_for(user, *, course, now=None) -> dict:
    """The course page's personal part: cohorts on offer, the user's place and progress.

    A fixed number of queries whatever the number of lessons or trainees.
    """
    # courses.progress (and the completion rule on it) builds on this module's
    # outlines, so they are imported late.
    from courses.completion import evaluate
    from courses.progress import progress_for

    now = now or timezone.now()
    enrollments = list(with_waitlist_position(enrollments_for(user).filter(cohort__course=course)))
    by_cohort = {enrollment.cohort_id: enrollment for enrollment in enrollments}
    offers = [
        CohortOffer(
            cohort=cohort,
            seats_taken=cohort.seats_taken,
            is_open=cohort.is_enrolment_open(now),
            enrollment=by_cohort.get(cohort.pk),
        )
        for cohort in cohorts_on_offer(course=course, now=now)
    ]
    learning = _preferred_learning_enrollment(enrollments)
    progress = progress_for(learning) if learning else None
    return {
        "cohort_offers": offers,
        "learning_enrollment": learning,
        "progress": progress,
        "completion": evaluate(learning, progress=progress) if learning else None,
        "now": now,
    }


@dataclass
class DashboardEntry:
    """One enrolment on "My learning"; ``progress`` and ``completion`` only with a seat."""

    enrollment: Enrollment
    progress: object | None = None
    completion: object | None = None

    @property
    def cohort(self) -> Cohort:
        return self.enrollment.cohort

    @property
    def is_past(self) -> bool:
        return self.cohort.status() == CohortStatus.FINISHED

    @property
    def waitlist_position(self) -> int | None:
        return _waitlist_position(self.enrollment)


def learning_dashboard_for(user) -> dict:
    """The user's enrolments with progress: running and upcoming first, finished below.

    A fixed number of queries (enrolments, course outlines, lesson records,
    quiz attempts), however many enrolments.
    """
    from courses.completion import evaluate_many
    from courses.progress import progress_for_enrollments

    enrollments = list(with_waitlist_position(enrollments_for(user)))
    learning = [e for e in enrollments if e.is_learning]
    progress = progress_for_enrollments(learning)
    completion = evaluate_many(learning, progress=progress)
    entries = [
        DashboardEntry(enrollment=e, progress=progress.get(e.pk), completion=completion.get(e.pk))
        for e in enrollments
    ]
    # By start date: running cohorts (started already) come before upcoming ones.
    current = sorted(
        (entry for entry in entries if not entry.is_past), key=lambda entry: entry.cohort.starts_on
    )
    return {"current": current, "past": [entry for entry in entries if entry.is_past]}


def lesson_progress_for(enrollment: Enrollment, lesson):
    """The enrolment's record of one lesson, or None before the first visit."""
    return enrollment.lesson_progress.filter(lesson=lesson).first()
