"""Cohorts, enrolments, invitations and lesson progress.

A cohort is one run of a course: many cohorts share the same pages. What a
trainee did is recorded here, against the pages, never inside them.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone


class CohortQuerySet(models.QuerySet):
    def upcoming(self, today: datetime.date | None = None):
        return self.filter(starts_on__gt=today or timezone.localdate())

    def running(self, today: datetime.date | None = None):
        today = today or timezone.localdate()
        return self.filter(starts_on__lte=today, ends_on__gte=today)

    def finished(self, today: datetime.date | None = None):
        return self.filter(ends_on__lt=today or timezone.localdate())

    def open_for_enrolment(self, now: datetime.datetime | None = None):
        now = now or timezone.now()
        return self.filter(enrolment_opens_at__lte=now, enrolment_closes_at__gt=now)


class CohortStatus(models.TextChoices):
    UPCOMING = "upcoming", "Upcoming"
    RUNNING = "running", "Running"
    FINISHED = "finished", "Finished"


class Cohort(models.Model):
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.PROTECT, related_name="cohorts"
    )
    name = models.CharField(max_length=160)
    starts_on = models.DateField()
    ends_on = models.DateField()
    enrolment_opens_at = models.DateTimeField()
    enrolment_closes_at = models.DateTimeField()
    capacity = models.PositiveIntegerField(
        null=True, blank=True, help_text="Seats for active trainees; leave empty for no limit."
    )
    language = models.CharField(max_length=8, choices=settings.COURSE_LANGUAGES, default="en")
    requires_approval = models.BooleanField(
        default=False,
        help_text="Trainees request a seat and an admin or instructor accepts or declines.",
    )
    instructors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="taught_cohorts"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CohortQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "name"]
        permissions = [
            ("manage_enrolments", "Can manage the enrolments of a cohort"),
            ("view_cohort_report", "Can view and export the progress report of a cohort"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="cohort_ends_after_start"
            ),
            models.CheckConstraint(
                condition=Q(enrolment_closes_at__gt=F("enrolment_opens_at")),
                name="cohort_enrolment_window_ordered",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.starts_on:%d %b %Y})"

    def clean(self):
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = "The cohort must end on or after its start date."
        if (
            self.enrolment_opens_at
            and self.enrolment_closes_at
            and self.enrolment_closes_at <= self.enrolment_opens_at
        ):
            errors["enrolment_closes_at"] = "Enrolment must close after it opens."
        if errors:
            raise ValidationError(errors)

    def status(self, today: datetime.date | None = None) -> str:
        today = today or timezone.localdate()
        if today < self.starts_on:
            return CohortStatus.UPCOMING
        if today > self.ends_on:
            return CohortStatus.FINISHED
        return CohortStatus.RUNNING

    def get_status_display(self) -> str:
        return CohortStatus(self.status()).label

    def is_enrolment_open(self, now: datetime.datetime | None = None) -> bool:
        now = now or timezone.now()
        return self.enrolment_opens_at <= now < self.enrolment_closes_at


class EnrollmentStatus(models.TextChoices):
    PENDING = "pending", "Awaiting approval"
    WAITLISTED = "waitlisted", "On the waiting list"
    ACTIVE = "active", "Active"
    COMPLETED = "completed", "Completed"
    WITHDRAWN = "withdrawn", "Withdrawn"
    DECLINED = "declined", "Declined"


# Statuses that hold a seat in the cohort.
SEAT_STATUSES = (EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED)
# Statuses in which the trainee is still part of the cohort in some way.
OPEN_STATUSES = (
    EnrollmentStatus.PENDING,
    EnrollmentStatus.WAITLISTED,
    EnrollmentStatus.ACTIVE,
    EnrollmentStatus.COMPLETED,
)


class Enrollment(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="enrollments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    status = models.CharField(max_length=16, choices=EnrollmentStatus.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    status_changed_at = models.DateTimeField(default=timezone.now)
    waitlisted_at = models.DateTimeField(
        null=True, blank=True, help_text="Queue position on the waiting list."
    )
    activated_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The lesson the trainee last opened; time until the next event counts for it.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="one_enrollment_per_user"),
        ]
        indexes = [
            models.Index(fields=["cohort", "status", "waitlisted_at"]),
            models.Index(fields=["user", "status"]),
        ]

    def __str__(self):
        return f"{self.user} in {self.cohort}"

    @property
    def is_learning(self) -> bool:
        return self.status in SEAT_STATUSES


class LessonProgress(models.Model):
    """One row per trainee and lesson; recording the same event twice changes nothing."""

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(default=timezone.now)
    completed_at = models.DateTimeField(null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name_plural = "lesson progress"
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "lesson"], name="one_progress_per_lesson"
            ),
        ]

    def __str__(self):
        state = "completed" if self.completed_at else "started"
        return f"{self.enrollment.user} {state} lesson {self.lesson_id}"


class Invitation(models.Model):
    """A single-use invitation for someone who may not have an account yet.

    The link carries a signed id (see ``courses.services.invitation_token``),
    so no usable secret is stored in the database or the task queue.
    """

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField()
    profile_data = models.JSONField(
        default=dict, blank=True, help_text="Profile fields to fill in on acceptance."
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        constraints = [
            # One open invitation per address and cohort; accepted ones stay as history.
            models.UniqueConstraint(
                fields=["cohort", "email"],
                condition=Q(accepted_at__isnull=True),
                name="one_open_invitation_per_email",
            ),
        ]

    def __str__(self):
        return f"Invitation for {self.email} to {self.cohort}"

    def is_usable(self, now: datetime.datetime | None = None) -> bool:
        return self.accepted_at is None and (now or timezone.now()) < self.expires_at
