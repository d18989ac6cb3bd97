"""Cohort summaries for the admin dashboard."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from courses.models import (
    SEAT_STATUSES,
    Cohort,
    Enrollment,
    EnrollmentStatus,
)

# Cohort summaries for the admin dashboard ------------------------------------


@dataclass
class CohortSummary:
    """One cohort's trainees at a glance: counts, average progress, how many at risk."""

    cohort: Cohort
    active: int = 0
    completed: int = 0
    waitlisted: int = 0
    pending: int = 0
    average_percent: int | None = None
    at_risk: int = 0


def cohort_summaries(cohorts, *, now=None) -> list[CohortSummary]:
    """Summaries of several cohorts in four queries, however many trainees or lessons.

    ``cohorts`` should come with their courses (``select_related("course")``).
    Percentages count live lessons only, as ``courses.progress`` does; the
    at-risk rule is the progress report's.
    """
    from courses.progress import outlines_for
    from courses.reports import at_risk_reasons

    now = now or timezone.now()
    cohorts = list(cohorts)
    if not cohorts:
        return []
    outlines = outlines_for(cohort.course for cohort in cohorts)
    lesson_ids = {
        course_id: [lesson.pk for module in outline for lesson in module.lessons]
        for course_id, outline in outlines.items()
    }
    # Completed records count only for lessons live in the enrolment's own course today.
    counted = Q()
    for course_id, ids in lesson_ids.items():
        if ids:
            cohort_ids = [cohort.pk for cohort in cohorts if cohort.course_id == course_id]
            counted |= Q(cohort_id__in=cohort_ids, lesson_progress__lesson_id__in=ids)
    enrollments = Enrollment.objects.filter(cohort__in=cohorts).only(
        "cohort_id", "status", "created_at", "activated_at", "last_activity_at"
    )
    if counted:
        enrollments = enrollments.annotate(
            done=Count(
                "lesson_progress", filter=counted & Q(lesson_progress__completed_at__isnull=False)
            )
        )
    summaries = {cohort.pk: CohortSummary(cohort=cohort) for cohort in cohorts}
    percents: dict[int, list[int]] = {}
    for enrollment in enrollments:
        summary = summaries[enrollment.cohort_id]
        status_counter = {
            EnrollmentStatus.ACTIVE: "active",
            EnrollmentStatus.COMPLETED: "completed",
            EnrollmentStatus.WAITLISTED: "waitlisted",
            EnrollmentStatus.PENDING: "pending",
        }.get(enrollment.status)
        if status_counter:
            setattr(summary, status_counter, getattr(summary, status_counter) + 1)
        if enrollment.status not in SEAT_STATUSES:
            continue
        total = len(lesson_ids.get(summary.cohort.course_id, ()))
        done = getattr(enrollment, "done", 0)
        percent = round(100 * done / total) if total else 0
        percents.setdefault(enrollment.cohort_id, []).append(percent)
        if at_risk_reasons(enrollment=enrollment, cohort=summary.cohort, percent=percent, now=now):
            summary.at_risk += 1
    for cohort_id, values in percents.items():
        summaries[cohort_id].average_percent = round(sum(values) / len(values))
    return list(summaries.values())
