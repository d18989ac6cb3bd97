"""The cohort report's rows, the at-risk rule and the chart data (courses.reports)."""

import datetime

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone

from academy.services import profile_update
from courses import services
from courses.models import Cohort, Enrollment, EnrollmentStatus
from courses.reports import (
    TraineeRow,
    at_risk_reasons,
    cohort_report,
    completion_histogram,
    days_inactive,
    expected_percent,
    filter_rows,
    weekly_activity,
)
from tests.cohort_factories import CohortFactory, complete_lessons, enrol
from tests.factories import LessonPageFactory, course_with_lessons

NOW = datetime.datetime(2026, 3, 20, 12, 0, tzinfo=datetime.UTC)  # a Friday, ISO week 12
TODAY = NOW.date()


def days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def at(day: datetime.date, hour: int = 10) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=datetime.UTC)


# The at-risk rule: plain objects, an explicit clock -------------------------


def running_cohort(elapsed: int = 55, length: int = 100) -> Cohort:
    return Cohort(starts_on=TODAY - days(elapsed), ends_on=TODAY - days(elapsed) + days(length))


def active(last_activity=None, activated=None, status=EnrollmentStatus.ACTIVE) -> Enrollment:
    return Enrollment(
        status=status,
        activated_at=activated or NOW - days(50),
        last_activity_at=last_activity,
        created_at=NOW - days(60),
    )


def test_expected_pace_is_the_elapsed_share_of_the_dates():
    assert expected_percent(running_cohort(elapsed=55, length=100), TODAY) == 55
    assert expected_percent(running_cohort(elapsed=0), TODAY) == 0
    assert expected_percent(running_cohort(elapsed=100, length=100), TODAY) == 100
    # Before the start and after the end the pace stays within 0 and 100.
    assert expected_percent(running_cohort(elapsed=-5), TODAY) == 0
    assert expected_percent(running_cohort(elapsed=150), TODAY) == 100


def test_on_pace_and_recently_active_trainee_is_not_at_risk():
    enrollment = active(last_activity=NOW - days(1))
    assert (
        at_risk_reasons(enrollment=enrollment, cohort=running_cohort(), percent=60, now=NOW) == ()
    )


@pytest.mark.parametrize(("idle", "at_risk"), [(13, False), (14, True), (30, True)])
def test_inactivity_boundary_is_at_risk_inactive_days(idle, at_risk):
    enrollment = active(last_activity=NOW - days(idle))
    reasons = at_risk_reasons(enrollment=enrollment, cohort=running_cohort(), percent=60, now=NOW)
    assert reasons == ((f"No activity for {idle} days",) if at_risk else ())


@override_settings(AT_RISK_INACTIVE_DAYS=7)
def test_inactivity_threshold_comes_from_settings():
    enrollment = active(last_activity=NOW - days(7))
    reasons = at_risk_reasons(enrollment=enrollment, cohort=running_cohort(), percent=60, now=NOW)
    assert reasons == ("No activity for 7 days",)


def test_never_active_counts_from_activation():
    enrollment = active(last_activity=None, activated=NOW - days(20))
    reasons = at_risk_reasons(enrollment=enrollment, cohort=running_cohort(), percent=60, now=NOW)
    assert reasons == ("No activity for 20 days",)
    assert days_inactive(active(activated=NOW - days(13)), running_cohort(), TODAY) == 13


def test_nobody_is_idle_before_the_cohort_starts():
    # Enrolled six weeks early, never active, the cohort started five days ago.
    enrollment = active(last_activity=None, activated=NOW - days(42))
    cohort = running_cohort(elapsed=5)
    assert days_inactive(enrollment, cohort, TODAY) == 5
    assert at_risk_reasons(enrollment=enrollment, cohort=cohort, percent=0, now=NOW) == ()


@pytest.mark.parametrize(("percent", "at_risk"), [(35, False), (34, True), (20, True)])
def test_behind_pace_boundary_is_twenty_points_below_expected(percent, at_risk):
    enrollment = active(last_activity=NOW - days(1))
    reasons = at_risk_reasons(
        enrollment=enrollment, cohort=running_cohort(elapsed=55), percent=percent, now=NOW
    )
    assert reasons == ((f"Behind pace: {percent}% done, 55% expected",) if at_risk else ())


def test_both_reasons_are_given():
    enrollment = active(last_activity=NOW - days(15))
    reasons = at_risk_reasons(enrollment=enrollment, cohort=running_cohort(), percent=20, now=NOW)
    assert reasons == ("No activity for 15 days", "Behind pace: 20% done, 55% expected")


def test_completed_enrolment_is_never_at_risk():
    enrollment = active(last_activity=NOW - days(40), status=EnrollmentStatus.COMPLETED)
    assert at_risk_reasons(enrollment=enrollment, cohort=running_cohort(), percent=0, now=NOW) == ()


@pytest.mark.parametrize(
    "status", [EnrollmentStatus.WAITLISTED, EnrollmentStatus.PENDING, EnrollmentStatus.WITHDRAWN]
)
def test_trainees_without_a_seat_are_not_at_risk(status):
    enrollment = active(last_activity=None, status=status)
    assert at_risk_reasons(enrollment=enrollment, cohort=running_cohort(), percent=0, now=NOW) == ()


@pytest.mark.parametrize("elapsed", [-3, 101])
def test_only_a_running_cohort_has_trainees_at_risk(elapsed):
    enrollment = active(last_activity=NOW - days(40))
    cohort = running_cohort(elapsed=elapsed, length=100)
    assert at_risk_reasons(enrollment=enrollment, cohort=cohort, percent=0, now=NOW) == ()


# Rows on a known data set ----------------------------------------------------


@pytest.fixture
def course(catalogue):
    """Two modules of two lessons each."""
    course, outline = course_with_lessons(parent=catalogue, modules=2, lessons_per_module=2)
    course.outline = outline
    return course


@pytest.fixture
def cohort(course):
    with time_machine.travel(NOW - days(30), tick=False):
        return CohortFactory(
            course=course, name="Main cohort", starts_on=TODAY - days(20), ends_on=TODAY + days(30)
        )


def trainee(cohort, *, name, country="", **profile):
    # Enrolled before the cohort started.
    with time_machine.travel(NOW - days(25), tick=False):
        enrollment = enrol(cohort)
    profile_update(
        user=enrollment.user,
        acting_user=enrollment.user,
        data={"certificate_name": name, "country": country, **profile},
    )
    return enrollment


@pytest.fixture
def trainees(cohort, course):
    (_, (l11, l12)), (_, (l21, _)) = course.outline
    aisha = trainee(cohort, name="Aïsha Ndiaye", country="SN")
    bruno = trainee(cohort, name="Bruno Quispe", country="BO")
    chen = trainee(cohort, name="陈静", country="CN")
    complete_lessons(aisha, [l11, l12, l21], now=NOW - days(2))
    complete_lessons(bruno, [l11], now=NOW - days(16))
    return {"aisha": aisha, "bruno": bruno, "chen": chen}


def rows_by_name(report) -> dict[str, TraineeRow]:
    return {row.trainee: row for row in report.rows}


def test_rows_hold_module_and_overall_percentages(cohort, trainees):
    report = cohort_report(cohort=cohort, now=NOW)
    assert [module.number for module in report.modules] == [1, 2]
    rows = rows_by_name(report)
    assert list(rows) == ["Aïsha Ndiaye", "Bruno Quispe", "陈静"]  # sorted by name
    aisha, bruno, chen = rows.values()
    assert (aisha.module_percents, aisha.percent) == ((100, 50), 75)
    assert (bruno.module_percents, bruno.percent) == ((50, 0), 25)
    assert (chen.module_percents, chen.percent) == ((0, 0), 0)
    assert aisha.email == trainees["aisha"].user.email
    assert (aisha.country_code, aisha.country_name) == ("SN", "Senegal")
    assert aisha.status_label == "Active"
    assert aisha.last_activity == (NOW - days(2)).date()
    assert chen.last_activity is None


def test_at_risk_on_the_known_data_set(cohort, trainees):
    # 20 of 50 days elapsed: 40% expected; at risk below 20%.
    rows = rows_by_name(cohort_report(cohort=cohort, now=NOW))
    assert rows["Aïsha Ndiaye"].risk_reasons == ()
    assert rows["Bruno Quispe"].risk_reasons == ("No activity for 16 days",)
    # Activated before the start, never active: idle since the start, and behind.
    assert rows["陈静"].risk_reasons == (
        "No activity for 20 days",
        "Behind pace: 0% done, 40% expected",
    )


def test_display_name_stands_in_for_a_missing_certificate_name(cohort):
    enrollment = trainee(cohort, name="", display_name="Tunde")
    row = cohort_report(cohort=cohort, now=NOW).rows[0]
    assert row.trainee == "Tunde"
    assert row.email == enrollment.user.email


def test_a_lesson_added_later_lowers_the_percentage(cohort, course, trainees):
    module_2 = course.outline[1][0]
    LessonPageFactory(parent=module_2, title="A lesson added in week three")
    aisha = rows_by_name(cohort_report(cohort=cohort, now=NOW))["Aïsha Ndiaye"]
    assert aisha.module_percents == (100, 33)
    assert aisha.percent == 60  # 3 of 5


def test_an_unpublished_lesson_is_ignored(cohort, course, trainees):
    module_1 = course.outline[0][0]
    draft = LessonPageFactory(parent=module_1, title="Still a draft")
    draft.unpublish()
    aisha = rows_by_name(cohort_report(cohort=cohort, now=NOW))["Aïsha Ndiaye"]
    assert aisha.module_percents == (100, 50)
    assert aisha.percent == 75


def test_unpublishing_a_completed_lesson_stops_it_counting(cohort, course, trainees):
    course.outline[1][1][0].unpublish()  # Aïsha completed it
    aisha = rows_by_name(cohort_report(cohort=cohort, now=NOW))["Aïsha Ndiaye"]
    assert aisha.module_percents == (100, 0)
    assert aisha.percent == 67  # 2 of 3


def test_report_holds_every_reportable_status_and_filters_pick(cohort, trainees):
    services.enrollment_withdraw(enrollment=trainees["chen"], acting_user=None)
    waiting = trainee(cohort, name="Wanjiru Kamau", country="KE")
    Enrollment.objects.filter(pk=waiting.pk).update(status=EnrollmentStatus.WAITLISTED)
    report = cohort_report(cohort=cohort, now=NOW)
    assert len(report.rows) == 4

    def names(rows):
        return [row.trainee for row in rows]

    assert names(filter_rows(report.rows)) == ["Aïsha Ndiaye", "Bruno Quispe"]
    assert names(filter_rows(report.rows, statuses=["withdrawn"])) == ["陈静"]
    assert names(filter_rows(report.rows, statuses=["waitlisted", "active"])) == [
        "Aïsha Ndiaye",
        "Bruno Quispe",
        "Wanjiru Kamau",
    ]
    assert names(filter_rows(report.rows, country="BO")) == ["Bruno Quispe"]
    assert names(filter_rows(report.rows, at_risk=True)) == ["Bruno Quispe"]
    assert names(filter_rows(report.rows, at_risk=False)) == ["Aïsha Ndiaye"]
    assert report.countries() == [
        ("BO", "Bolivia"),
        ("CN", "China"),
        ("KE", "Kenya"),
        ("SN", "Senegal"),
    ]


def test_cohort_without_trainees_still_has_its_module_columns(cohort):
    report = cohort_report(cohort=cohort, now=NOW)
    assert report.rows == []
    assert [module.number for module in report.modules] == [1, 2]


# Chart data -----------------------------------------------------------------


def row_with(percent: int) -> TraineeRow:
    return TraineeRow(
        enrollment_id=percent,
        trainee="T",
        email="t@example.org",
        country_code="",
        country_name="",
        status=EnrollmentStatus.ACTIVE,
        module_percents=(),
        percent=percent,
        last_activity=None,
    )


def test_histogram_counts_trainees_per_ten_percent():
    buckets = completion_histogram([row_with(p) for p in (0, 5, 9, 10, 55, 89, 90, 99, 100)])
    assert [bucket.count for bucket in buckets] == [3, 1, 0, 0, 0, 1, 0, 0, 1, 3]
    assert [bucket.label for bucket in buckets][:2] == ["0–9%", "10–19%"]
    assert buckets[-1].label == "90–100%"
    assert sum(bucket.count for bucket in completion_histogram([])) == 0


@pytest.fixture
def week_cohort(course):
    # Monday 2 March (ISO week 10) to Sunday 29 March 2026 (week 13).
    with time_machine.travel(at(datetime.date(2026, 2, 20)), tick=False):
        return CohortFactory(
            course=course, starts_on=datetime.date(2026, 3, 2), ends_on=datetime.date(2026, 3, 29)
        )


def test_weekly_activity_counts_trainees_per_iso_week(
    week_cohort, course, django_assert_num_queries
):
    (_, (l11, l12)), (_, (l21, l22)) = course.outline
    with time_machine.travel(at(datetime.date(2026, 2, 21)), tick=False):
        a, b, c = enrol(week_cohort), enrol(week_cohort), enrol(week_cohort)
    services.lesson_visit(enrollment=a, lesson=l11, now=at(datetime.date(2026, 2, 25)))  # before
    services.lesson_visit(enrollment=a, lesson=l12, now=at(datetime.date(2026, 3, 3)))  # W10
    services.lesson_complete(enrollment=a, lesson=l12, now=at(datetime.date(2026, 3, 10)))  # W11
    services.lesson_complete(enrollment=b, lesson=l11, now=at(datetime.date(2026, 3, 8), 23))  # W10
    services.lesson_complete(enrollment=a, lesson=l21, now=at(datetime.date(2026, 3, 17)))  # W12
    services.lesson_complete(enrollment=a, lesson=l22, now=at(datetime.date(2026, 3, 18)))  # W12
    services.lesson_complete(enrollment=c, lesson=l11, now=at(datetime.date(2026, 3, 16), 0))  # W12

    with django_assert_num_queries(1):
        weeks = weekly_activity(cohort=week_cohort, now=NOW)
    # The current week is the last one while the cohort runs.
    assert [(week.iso_week, week.count) for week in weeks] == [(10, 2), (11, 1), (12, 2)]
    assert weeks[0].monday == datetime.date(2026, 3, 2)
    assert weeks[0].long_label == "Week 10 of 2026 (from 02 Mar)"

    after = weekly_activity(cohort=week_cohort, now=at(datetime.date(2026, 5, 1)))
    assert [(week.iso_week, week.count) for week in after] == [(10, 2), (11, 1), (12, 2), (13, 0)]


def test_no_weeks_before_the_cohort_starts(week_cohort, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert weekly_activity(cohort=week_cohort, now=at(datetime.date(2026, 3, 1))) == []


def test_report_uses_the_current_time_by_default(cohort, trainees):
    with time_machine.travel(NOW, tick=False):
        report = cohort_report(cohort=cohort)
    assert report.today == timezone.localdate(NOW)
    assert rows_by_name(report)["Bruno Quispe"].at_risk
