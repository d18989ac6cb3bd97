"""Emails to trainees about their enrolments and invitations.

``send_*`` functions are called after commit and only enqueue; ``deliver``
runs in the background worker, reloads the rows and sends.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from courses.models import Enrollment, EnrollmentStatus, Invitation

SUBJECTS = {
    EnrollmentStatus.ACTIVE: "You are enrolled in {cohort}",
    EnrollmentStatus.WAITLISTED: "You are on the waiting list for {cohort}",
    EnrollmentStatus.PENDING: "We received your request to join {cohort}",
    EnrollmentStatus.DECLINED: "Your request to join {cohort}",
    EnrollmentStatus.WITHDRAWN: "You have left {cohort}",
    "promoted": "A seat is yours: {cohort}",
    "invitation": "You are invited to {cohort}",
}


def _enqueue(kind: str, object_id: int) -> None:
    from courses.tasks import deliver_email

    deliver_email.enqueue(kind=kind, object_id=object_id)


def send_enrollment_status(*, enrollment_id: int) -> None:
    _enqueue("status", enrollment_id)


def send_promoted_from_waitlist(*, enrollment_id: int) -> None:
    _enqueue("promoted", enrollment_id)


def send_invitation(*, invitation_id: int) -> None:
    _enqueue("invitation", invitation_id)


def _absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def deliver(*, kind: str, object_id: int) -> None:
    if kind == "invitation":
        from courses.services import invitation_token

        invitation = (
            Invitation.objects.select_related("cohort__course").filter(pk=object_id).first()
        )
        if invitation is None or invitation.accepted_at is not None:
            return
        context = {
            "cohort": invitation.cohort,
            "link": _absolute(reverse("learn:invitation", args=[invitation_token(invitation)])),
            "expires_at": invitation.expires_at,
        }
        _send(SUBJECTS["invitation"], "invitation", context, invitation.email)
        return
    enrollment = (
        Enrollment.objects.select_related("cohort__course", "user").filter(pk=object_id).first()
    )
    if enrollment is None or not enrollment.user.email:
        return
    subject_key = "promoted" if kind == "promoted" else enrollment.status
    if subject_key not in SUBJECTS:
        # The enrolment moved on (say, to completed) before the worker sent
        # this news; there is nothing current to tell.
        return
    context = {
        "enrollment": enrollment,
        "cohort": enrollment.cohort,
        "kind": subject_key,
        "dashboard": _absolute(reverse("learn:dashboard")),
    }
    _send(SUBJECTS[subject_key], "enrollment", context, enrollment.user.email)


def _send(subject: str, template: str, context: dict, to: str) -> None:
    # A line break typed into a cohort name would make the subject an invalid
    # header and the email fail; the subject shows it as a space.
    subject = " ".join(subject.format(cohort=context["cohort"].name).split())
    send_mail(
        subject=subject,
        message=render_to_string(f"courses/emails/{template}.txt", context),
        from_email=None,
        recipient_list=[to],
    )
