"""Trainee-facing views: thin wrappers over services and selectors.

Every write is a POST from a plain HTML form (no JavaScript needed) by a
logged-in user; records that are not the user's answer 404. Feedback goes
through django messages, and a second click changes nothing.
"""

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses import selectors, services
from courses.models import EnrollmentStatus, LessonPage

logger = logging.getLogger(__name__)

MESSAGE_ENROLLED = "You are enrolled in {cohort}."
MESSAGE_WAITLISTED = (
    "{cohort} is full, so you are on its waiting list (number {position}). "
    "We will email you as soon as a seat is yours."
)
MESSAGE_PENDING = "Your request to join {cohort} has been sent. We will email you the answer."
MESSAGE_ALREADY_ENROLLED = "You are already part of {cohort}: nothing has changed."
MESSAGE_WITHDRAWN = "You have left {cohort}."
MESSAGE_ALREADY_WITHDRAWN = "You had already left {cohort}: nothing has changed."
MESSAGE_LESSON_COMPLETED = "Lesson completed: {lesson}."
MESSAGE_LESSON_ALREADY_COMPLETED = "You had already completed {lesson}."
MESSAGE_INVITATION_ACCEPTED = "Welcome to {cohort}: the invitation is accepted."
ERROR_NO_LEARNING_ENROLMENT = "You are not an active trainee of a cohort of this course."


def _next_url(request, default: str) -> str:
    """The page the form came from, if it is on this site; otherwise ``default``."""
    candidate = request.POST.get("next", "")
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


@require_GET
@login_required
def dashboard(request):
    """My learning: every enrolment of the user, with progress and what to do next."""
    return render(request, "courses/dashboard.html", selectors.learning_dashboard_for(request.user))


@require_POST
@login_required
def enrol(request, cohort_id: int):
    cohort = selectors.access_cohort_on_offer(cohort_id)
    now = timezone.now()
    try:
        enrollment = services.enrollment_request(cohort=cohort, user=request.user, now=now)
    except services.EnrollmentError as error:
        messages.error(request, str(error))
    else:
        _tell_enrolment_outcome(request, enrollment, changed=enrollment.status_changed_at == now)
    return redirect(_next_url(request, default=cohort.course.get_url(request) or "/"))


def _tell_enrolment_outcome(request, enrollment, *, changed: bool) -> None:
    name = enrollment.cohort.name
    if not changed:
        messages.info(request, MESSAGE_ALREADY_ENROLLED.format(cohort=name))
    elif enrollment.status == EnrollmentStatus.WAITLISTED:
        position = services.waitlist_position(enrollment)
        messages.success(request, MESSAGE_WAITLISTED.format(cohort=name, position=position))
    elif enrollment.status == EnrollmentStatus.PENDING:
        messages.success(request, MESSAGE_PENDING.format(cohort=name))
    else:
        messages.success(request, MESSAGE_ENROLLED.format(cohort=name))


@require_POST
@login_required
def withdraw(request, enrollment_id: int):
    enrollment = selectors.access_enrollment(request.user, enrollment_id)
    name = enrollment.cohort.name
    if enrollment.status == EnrollmentStatus.WITHDRAWN:
        messages.info(request, MESSAGE_ALREADY_WITHDRAWN.format(cohort=name))
    else:
        try:
            services.enrollment_withdraw(enrollment=enrollment, acting_user=request.user)
        except services.EnrollmentError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, MESSAGE_WITHDRAWN.format(cohort=name))
    return redirect(_next_url(request, default=reverse("learn:dashboard")))


@require_POST
@login_required
def lesson_complete(request, lesson_id: int):
    """Mark a lesson complete, then go back to it or on to the next one."""
    lesson = get_object_or_404(LessonPage.objects.live().defer("body"), pk=lesson_id)
    enrollment = selectors.learning_enrollment_for_lesson(request.user, lesson)
    if enrollment is None:
        raise Http404(ERROR_NO_LEARNING_ENROLMENT)
    now = timezone.now()
    try:
        progress = services.lesson_complete(enrollment=enrollment, lesson=lesson, now=now)
    except services.EnrollmentError as error:
        messages.error(request, str(error))
        return redirect(lesson.get_url(request))
    # The service keeps the first completion time: an older one means a second click.
    done_now = progress.completed_at == now
    message = MESSAGE_LESSON_COMPLETED if done_now else MESSAGE_LESSON_ALREADY_COMPLETED
    level = messages.SUCCESS if done_now else messages.INFO
    messages.add_message(request, level, message.format(lesson=lesson.title))
    target = lesson
    if request.POST.get("then") == "next":
        navigation = selectors.lesson_navigation(lesson=lesson)
        target = navigation["next_lesson"] or navigation["course"] or lesson
    return redirect(target.get_url(request))


def lesson_learning(request, lesson: LessonPage, *, record_visit: bool) -> dict:
    """The lesson page's personal part; opening the lesson records the visit.

    Anonymous and non-enrolled readers get an empty dict and cause no write.
    """
    enrollment = selectors.learning_enrollment_for_lesson(request.user, lesson)
    if enrollment is None:
        return {}
    progress = None
    if record_visit:
        try:
            with transaction.atomic():
                progress = services.lesson_visit(enrollment=enrollment, lesson=lesson)
        except Exception:
            # A progress event must never cost the trainee the lesson itself.
            logger.exception("Could not record a visit of lesson %s", lesson.pk)
    if progress is None:
        progress = selectors.lesson_progress_for(enrollment, lesson)
    return {"learning_enrollment": enrollment, "lesson_progress": progress}


@require_http_methods(["GET", "POST"])
def invitation(request, token: str):
    """An emailed invitation: explain it, then let the invitee accept it once logged in."""
    try:
        invitation = services.invitation_lookup(token)
    except services.EnrollmentError as error:
        return render(request, "courses/invitation.html", {"error": str(error)}, status=404)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            enrollment = services.invitation_accept(token=token, user=request.user)
        except services.EnrollmentError as error:
            messages.error(request, str(error))
            return redirect(request.path)
        messages.success(request, MESSAGE_INVITATION_ACCEPTED.format(cohort=enrollment.cohort.name))
        return redirect(enrollment.cohort.course.get_url(request) or reverse("learn:dashboard"))
    return render(request, "courses/invitation.html", _invitation_context(request, invitation))


def _invitation_context(request, invitation) -> dict:
    accepted_by_me = invitation.accepted_at is not None and (
        invitation.accepted_by_id == request.user.pk
    )
    error = None
    if invitation.accepted_at is not None and not accepted_by_me:
        error = services.ERROR_INVITATION_USED
    elif invitation.accepted_at is None and not invitation.is_usable():
        error = services.ERROR_INVITATION_EXPIRED
    return {
        "invitation": invitation,
        "cohort": invitation.cohort,
        "accepted_by_me": accepted_by_me,
        "error": error,
        "here": request.path,
    }
