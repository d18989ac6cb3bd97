"""The cohort progress report: one row per trainee, the at-risk rule, chart data.

Rows are computed in bulk from a fixed number of queries (enrolments with
users and profiles, the live outline, lesson records, quiz attempts),
whatever the number of trainees or lessons. Filters apply to the computed
rows, because the at-risk flag is a rule, not a column. Completion and the
pre-assessment, final and learning-gain figures come from
``courses.completion``, the one source of the completion rule.
"""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.conf import settings
from django.db.models import Count, Q
from django.utils import timezone

from courses.completion import evaluate_many
from courses.models import (
    SEAT_STATUSES,
    Cohort,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    LessonProgress,
)
from courses.progress import outlines_for, progress_for_enrollments

# Statuses the report can show; active and completed unless the filter asks.
REPORT_STATUSES = (
    EnrollmentStatus.ACTIVE,
    EnrollmentStatus.COMPLETED,
    EnrollmentStatus.WAITLISTED,
    EnrollmentStatus.PENDING,
    EnrollmentStatus.WITHDRAWN,
)
DEFAULT_STATUSES = tuple(SEAT_STATUSES)
# A trainee this many points below the pace the cohort's dates imply is at risk.
BEHIND_PACE_MARGIN = 20
HISTOGRAM_BUCKETS = 10


@dataclass(frozen=True)
class ModuleColumn:
    key: str
    number: int
    title: str

    @property
    def label(self) -> str:
        return f"Module {self.number}: {self.title}"


@dataclass(frozen=True)
class TraineeRow:
    enrollment_id: int
    trainee: str
    email: str
    country_code: str
    country_name: str
    status: str
    module_percents: tuple[int, ...]
    percent: int
    last_activity: datetime.date | None
    risk_reasons: tuple[str, ...] = ()
    pre_percent: Decimal | None = None
    final_percent: Decimal | None = None
    learning_gain: Decimal | None = None
    completion: str = ""

    @property
    def status_label(self) -> str:
        return EnrollmentStatus(self.status).label

    @property
    def at_risk(self) -> bool:
        return bool(self.risk_reasons)

    @property
    def at_risk_label(self) -> str:
        return "Yes" if self.at_risk else "No"

    @property
    def risk_reason(self) -> str:
        return "; ".join(self.risk_reasons)

    @property
    def learning_gain_label(self) -> str:
        return signed_points(self.learning_gain)


@dataclass
class CohortReport:
    cohort: Cohort
    today: datetime.date
    modules: list[ModuleColumn]
    rows: list[TraineeRow] = field(default_factory=list)

    def countries(self) -> list[tuple[str, str]]:
        """The trainees' countries, for the country filter."""
        found = {row.country_code: row.country_name for row in self.rows if row.country_code}
        return sorted(found.items(), key=lambda item: item[1])

    def learning_rows(self) -> list[TraineeRow]:
        return [row for row in self.rows if row.status in SEAT_STATUSES]


def compact(value: Decimal | None) -> Decimal | None:
    """55.00 as 55 and 12.50 as 12.5, for exports and labels; None stays None."""
    if value is None:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def signed_points(value: Decimal | None) -> str:
    """A learning gain as the report shows it: +12.5, −3 (a true minus sign), 0; empty for None."""
    if value is None:
        return ""
    text = format(compact(abs(value)), "f")
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text


def average_learning_gain(rows: list[TraineeRow]) -> tuple[Decimal | None, int]:
    """The mean gain, in points to one decimal, over the rows that have one; and how many."""
    gains = [row.learning_gain for row in rows if row.learning_gain is not None]
    if not gains:
        return None, 0
    mean = sum(gains) / len(gains)
    return mean.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), len(gains)


# The at-risk rule -----------------------------------------------------------


def expected_percent(cohort: Cohort, today: datetime.date) -> Fraction:
    """The share of the course a trainee on pace has done: elapsed share of the dates.

    A fraction, not a float, so the at-risk boundary is exact.
    """
    length = max((cohort.ends_on - cohort.starts_on).days, 1)
    elapsed = min(max((today - cohort.starts_on).days, 0), length)
    return Fraction(100 * elapsed, length)


def days_inactive(enrollment: Enrollment, cohort: Cohort, today: datetime.date) -> int:
    """Whole days since the trainee last did something, counted from the cohort's start.

    A trainee who never studied counts from their activation; nobody is
    idle before the cohort starts, so an early enrolment is not held against them.
    """
    since = enrollment.last_activity_at or enrollment.activated_at or enrollment.created_at
    since_date = timezone.localdate(since) if since else cohort.starts_on
    return (today - max(since_date, cohort.starts_on)).days


def at_risk_reasons(
    *, enrollment: Enrollment, cohort: Cohort, percent: int, now: datetime.datetime
) -> tuple[str, ...]:
    """Why an active trainee of a running cohort needs a nudge; empty when they do not.

    At risk: no activity for ``AT_RISK_INACTIVE_DAYS`` days, or an overall
    percentage more than ``BEHIND_PACE_MARGIN`` points below the expected
    pace. Completed (and not learning) enrolments are never at risk.
    """
    today = timezone.localdate(now)
    if enrollment.status != EnrollmentStatus.ACTIVE:
        return ()
    if cohort.status(today) != CohortStatus.RUNNING:
        return ()
    reasons = []
    idle = days_inactive(enrollment, cohort, today)
    if idle >= settings.AT_RISK_INACTIVE_DAYS:
        reasons.append(f"No activity for {idle} days")
    expected = expected_percent(cohort, today)
    if percent < expected - BEHIND_PACE_MARGIN:
        reasons.append(f"Behind pace: {percent}% done, {round(expected)}% expected")
    return tuple(reasons)


# Rows -----------------------------------------------------------------------


def _trainee_name(user, profile) -> str:
    if profile is not None and (profile.certificate_name or profile.display_name):
        return profile.certificate_name or profile.display_name
    return user.get_full_name() or user.get_username()


def cohort_report(*, cohort: Cohort, now: datetime.datetime | None = None) -> CohortReport:
    """Every reportable trainee of the cohort with their progress (six queries).

    ``cohort`` should come with its course (``access_cohort`` selects it).
    """
    now = now or timezone.now()
    enrollments = list(
        Enrollment.objects.filter(cohort=cohort, status__in=REPORT_STATUSES).select_related(
            "user", "user__profile"
        )
    )
    for enrollment in enrollments:
        enrollment.cohort = cohort  # progress_for_enrollments reads the course from here
    progress = progress_for_enrollments(enrollments)
    completion = evaluate_many(enrollments, progress=progress)
    outline = (
        next(iter(progress.values())).outline
        if progress
        else outlines_for([cohort.course]).get(cohort.course_id, [])
    )
    report = CohortReport(
        cohort=cohort,
        today=timezone.localdate(now),
        modules=[
            ModuleColumn(
                key=f"module_{entry.module.pk}", number=entry.number, title=entry.module.title
            )
            for entry in outline
        ],
    )
    for enrollment in enrollments:
        report.rows.append(
            _row(enrollment, cohort, progress[enrollment.pk], completion[enrollment.pk], now)
        )
    report.rows.sort(key=lambda row: (row.trainee.casefold(), row.email))
    return report


def _row(enrollment: Enrollment, cohort: Cohort, progress, completion, now) -> TraineeRow:
    user = enrollment.user
    profile = getattr(user, "profile", None)
    country = profile.country if profile is not None else None
    return TraineeRow(
        enrollment_id=enrollment.pk,
        trainee=_trainee_name(user, profile),
        email=user.email,
        country_code=country.code if country else "",
        country_name=country.name if country else "",
        status=enrollment.status,
        module_percents=tuple(module.percent for module in progress.modules),
        percent=progress.percent,
        last_activity=(
            timezone.localdate(enrollment.last_activity_at) if enrollment.last_activity_at else None
        ),
        risk_reasons=at_risk_reasons(
            enrollment=enrollment, cohort=cohort, percent=progress.percent, now=now
        ),
        pre_percent=completion.pre_assessment_percent,
        final_percent=completion.final_percent,
        learning_gain=completion.learning_gain,
        completion=completion.label,
    )


def filter_rows(
    rows: list[TraineeRow],
    *,
    statuses=None,
    country: str = "",
    at_risk: bool | None = None,
) -> list[TraineeRow]:
    """The rows the report's filters ask for; no status means active and completed."""
    statuses = set(statuses or DEFAULT_STATUSES)
    return [
        row
        for row in rows
        if row.status in statuses
        and (not country or row.country_code == country)
        and (at_risk is None or row.at_risk == at_risk)
    ]


# Chart data -----------------------------------------------------------------


@dataclass(frozen=True)
class Bucket:
    low: int
    high: int
    count: int

    @property
    def label(self) -> str:
        return f"{self.low}–{self.high}%"


def completion_histogram(rows: list[TraineeRow]) -> list[Bucket]:
    """Trainees per 10% of the course done: 0–9%, 10–19%, …, 90–100%."""
    width = 100 // HISTOGRAM_BUCKETS
    counts = [0] * HISTOGRAM_BUCKETS
    for row in rows:
        counts[min(row.percent // width, HISTOGRAM_BUCKETS - 1)] += 1
    return [
        Bucket(
            low=index * width,
            high=100 if index == HISTOGRAM_BUCKETS - 1 else (index + 1) * width - 1,
            count=count,
        )
        for index, count in enumerate(counts)
    ]


@dataclass(frozen=True)
class WeekActivity:
    monday: datetime.date
    count: int

    @property
    def iso_year(self) -> int:
        return self.monday.isocalendar().year

    @property
    def iso_week(self) -> int:
        return self.monday.isocalendar().week

    @property
    def label(self) -> str:
        return f"W{self.iso_week}"

    @property
    def long_label(self) -> str:
        return f"Week {self.iso_week} of {self.iso_year} (from {self.monday:%d %b})"


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _active_between(start: datetime.datetime, end: datetime.datetime) -> Q:
    return Q(started_at__gte=start, started_at__lt=end) | Q(
        completed_at__gte=start, completed_at__lt=end
    )


def weekly_activity(*, cohort: Cohort, now: datetime.datetime | None = None) -> list[WeekActivity]:
    """Trainees who started or completed a lesson, per ISO week of the cohort (one query).

    Weeks run from the one holding the start date to the one holding the
    end date, or the current week while the cohort runs.
    """
    today = timezone.localdate(now or timezone.now())
    last_day = min(cohort.ends_on, today)
    if last_day < cohort.starts_on:
        return []
    first_monday = cohort.starts_on - datetime.timedelta(days=cohort.starts_on.weekday())
    mondays = []
    monday = first_monday
    while monday <= last_day:
        mondays.append(monday)
        monday += datetime.timedelta(days=7)
    bounds = [
        (_local_midnight(day), _local_midnight(day + datetime.timedelta(days=7))) for day in mondays
    ]
    counts = LessonProgress.objects.filter(
        _active_between(bounds[0][0], bounds[-1][1]), enrollment__cohort=cohort
    ).aggregate(
        **{
            f"week_{index}": Count("enrollment", distinct=True, filter=_active_between(*bound))
            for index, bound in enumerate(bounds)
        }
    )
    return [
        WeekActivity(monday=day, count=counts[f"week_{index}"] or 0)
        for index, day in enumerate(mondays)
    ]
