"""Demo cohorts, trainees and their progress.

Each course gets a past, a running and an upcoming cohort with instructors
assigned. About 240 trainees from 34 countries take one to three cohorts
each, with progress shaped like a real cohort's: most finishers in the past
runs, a spread in the running ones (some stalled, so the at-risk flags have
something to show), and a waiting list for a full upcoming cohort.

Rows are written in bulk: this is history, not clicks, so no emails go out.
Everything is keyed by stable names and emails, so a second run adds nothing.
"""

import datetime
import random
import unicodedata
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from academy.demo.passwords import DEMO_TRAINEE_PASSWORD
from academy.demo.people import JOB_TITLES, NAMES, NATIVE_SCRIPT, ORGANISATIONS
from academy.models import Profile
from courses.models import (
    Cohort,
    CoursePage,
    Enrollment,
    EnrollmentStatus,
    LessonProgress,
)
from courses.progress import outlines_for
from courses.services import cohort_set_instructors

TRAINEES_PER_COUNTRY = 7
# The demo trainee whose login seed_demo prints.
DEMO_TRAINEE_EMAIL = "aminata.diop.sn0@trainee.example"
TRAINEE_EMAIL_DOMAIN = "trainee.example"
# Upcoming cohorts of every other course are small, so their waiting lists fill.
SMALL_UPCOMING_CAPACITY = 25


@dataclass(frozen=True)
class CohortPlan:
    name: str
    starts: int  # days from today
    ends: int
    opens: int
    closes: int
    capacity: int | None
    requires_approval: bool = False


PLANS = {
    "past": CohortPlan(
        "Pilot cohort", starts=-150, ends=-60, opens=-200, closes=-150, capacity=None
    ),
    "running": CohortPlan("Main cohort", starts=-28, ends=42, opens=-70, closes=7, capacity=120),
    "upcoming": CohortPlan(
        "Next cohort", starts=30, ends=100, opens=-10, closes=25, capacity=SMALL_UPCOMING_CAPACITY
    ),
}


def seed_cohorts(*, report, admin) -> None:
    rng = random.Random(2026)
    courses = list(CoursePage.objects.live().order_by("path"))
    trainees = _trainees(rng, report)
    outlines = outlines_for(courses)
    for index, course in enumerate(courses):
        instructors = [entry.user for entry in course.instructors.select_related("user")]
        for kind, plan in PLANS.items():
            cohort = _cohort(course, kind, plan, index, instructors, admin, report)
            if cohort.enrollments.exists():
                continue
            lessons = [lesson for module in outlines[course.pk] for lesson in module.lessons]
            _enrol_and_progress(rng, cohort, kind, trainees, lessons, report)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if char.isascii() and char.isalnum())


def _trainees(rng: random.Random, report) -> list:
    User = get_user_model()
    people = []
    for country, (given_names, family_names) in NAMES.items():
        for number in range(TRAINEES_PER_COUNTRY):
            given = given_names[number % len(given_names)]
            family = family_names[(number + number // len(given_names)) % len(family_names)]
            email = f"{_ascii(given)}.{_ascii(family)}.{country}{number}@{TRAINEE_EMAIL_DOMAIN}"
            people.append((email.lower(), given, family, country))
    existing = {user.email: user for user in User.objects.filter(email__in=[p[0] for p in people])}
    new_users = [
        User(username=email, email=email, first_name=given, last_name=family)
        for email, given, family, _ in people
        if email not in existing
    ]
    for user in new_users:
        if user.email == DEMO_TRAINEE_EMAIL:
            user.set_password(DEMO_TRAINEE_PASSWORD)
        else:
            user.set_unusable_password()
    if new_users:
        User.objects.bulk_create(new_users)
        report.created["users"] = report.created.get("users", 0) + len(new_users)
        created = User.objects.filter(email__in=[user.email for user in new_users])
        details = {email: (given, family, country) for email, given, family, country in people}
        EmailAddress.objects.bulk_create(
            EmailAddress(user=user, email=user.email, primary=True, verified=True)
            for user in created
        )
        Profile.objects.bulk_create(_profile(rng, user, *details[user.email]) for user in created)
    return list(User.objects.filter(email__in=[p[0] for p in people]).order_by("email"))


def _profile(rng: random.Random, user, given: str, family: str, country: str) -> Profile:
    return Profile(
        user=user,
        display_name=given,
        certificate_name=NATIVE_SCRIPT.get((country, given, family), f"{given} {family}"),
        country=country,
        organisation=rng.choice(ORGANISATIONS),
        job_title=rng.choice(JOB_TITLES),
        preferred_language={
            "SN": "fr",
            "CI": "fr",
            "MA": "fr",
            "TN": "fr",
            "BO": "es",
            "PE": "es",
            "CO": "es",
            "MX": "es",
            "EC": "es",
            "EG": "ar",
            "JO": "ar",
            "CN": "zh",
            "BR": "pt",
        }.get(country, "en"),
    )


def _cohort(course, kind, plan: CohortPlan, index, instructors, admin, report) -> Cohort:
    name = f"{plan.name}"
    cohort = Cohort.objects.filter(course=course, name=name).first()
    if cohort is not None:
        return cohort
    today = timezone.localdate()
    now = timezone.now()
    cohort = Cohort.objects.create(
        course=course,
        name=name,
        starts_on=today + datetime.timedelta(days=plan.starts),
        ends_on=today + datetime.timedelta(days=plan.ends),
        enrolment_opens_at=now + datetime.timedelta(days=plan.opens),
        enrolment_closes_at=now + datetime.timedelta(days=plan.closes),
        capacity=plan.capacity if (kind != "upcoming" or index % 2 == 0) else None,
        language=course.language,
        requires_approval=kind == "upcoming" and index % 3 == 1,
    )
    report.created["cohorts"] = report.created.get("cohorts", 0) + 1
    cohort_set_instructors(cohort=cohort, instructors=instructors, acting_user=admin)
    return cohort


def _enrol_and_progress(rng, cohort, kind, trainees, lessons, report) -> None:
    size = {"past": 45, "running": 60, "upcoming": 34}[kind]
    chosen = rng.sample(trainees, size)
    enrollments = []
    for position, user in enumerate(chosen):
        status = _status_for(kind, cohort, position)
        joined = cohort.enrolment_opens_at + datetime.timedelta(hours=position * 7)
        enrollments.append(
            Enrollment(
                cohort=cohort,
                user=user,
                status=status,
                status_changed_at=joined,
                activated_at=joined if status == EnrollmentStatus.ACTIVE else None,
                waitlisted_at=joined if status == EnrollmentStatus.WAITLISTED else None,
            )
        )
    Enrollment.objects.bulk_create(enrollments)
    report.created["enrolments"] = report.created.get("enrolments", 0) + len(enrollments)
    enrollments = list(cohort.enrollments.filter(status=EnrollmentStatus.ACTIVE))
    rows = []
    for enrollment in enrollments:
        done, stalled = _lessons_done(rng, kind, cohort, len(lessons))
        moments = _study_moments(rng, cohort, done, stalled)
        for lesson, moment in zip(lessons, moments, strict=False):
            rows.append(
                LessonProgress(
                    enrollment=enrollment,
                    lesson=lesson,
                    started_at=moment,
                    completed_at=moment + datetime.timedelta(minutes=lesson.estimated_minutes),
                    seconds_spent=lesson.estimated_minutes * 60 + rng.randint(-300, 900),
                )
            )
        if moments:
            finished = len(moments) == len(lessons)
            Enrollment.objects.filter(pk=enrollment.pk).update(
                last_activity_at=moments[-1],
                status=EnrollmentStatus.COMPLETED if finished else enrollment.status,
                completed_at=moments[-1] if finished else None,
            )
    LessonProgress.objects.bulk_create(rows, batch_size=500)
    report.created["lesson progress"] = report.created.get("lesson progress", 0) + len(rows)


def _status_for(kind: str, cohort: Cohort, position: int) -> str:
    if kind == "past":
        return EnrollmentStatus.WITHDRAWN if position % 15 == 14 else EnrollmentStatus.ACTIVE
    if kind == "running":
        return EnrollmentStatus.WITHDRAWN if position % 20 == 19 else EnrollmentStatus.ACTIVE
    if cohort.requires_approval and position % 4 == 0:
        return EnrollmentStatus.PENDING
    if cohort.capacity is not None and position >= cohort.capacity:
        return EnrollmentStatus.WAITLISTED
    return EnrollmentStatus.ACTIVE


def _lessons_done(rng: random.Random, kind: str, cohort: Cohort, total: int) -> tuple[int, bool]:
    """How far a trainee got, and whether they stalled early.

    Most finish a past cohort; a running one is spread around the pace its
    dates imply, with some trainees stalled after a lesson or two.
    """
    if kind == "upcoming" or total == 0:
        return 0, False
    roll = rng.random()
    if kind == "past":
        if roll < 0.65:
            return total, False
        if roll < 0.9:
            return rng.randint(1, total - 1), False
        return rng.randint(0, 2), True
    if roll < 0.15:
        return rng.randint(0, 2), True
    elapsed = (timezone.localdate() - cohort.starts_on).days
    pace = elapsed / max((cohort.ends_on - cohort.starts_on).days, 1)
    return max(1, min(total, round(total * pace) + rng.randint(-2, 2))), False


def _study_moments(rng: random.Random, cohort: Cohort, done: int, stalled: bool) -> list:
    """When each finished lesson was studied, spread over the cohort up to today."""
    if done == 0:
        return []
    start = timezone.make_aware(datetime.datetime.combine(cohort.starts_on, datetime.time(8)))
    end = timezone.make_aware(datetime.datetime.combine(cohort.ends_on, datetime.time(18)))
    until = min(end, timezone.now() - datetime.timedelta(hours=2))
    if stalled:
        until = min(until, start + datetime.timedelta(days=6))
    else:
        # Active trainees were last seen within the past week or so.
        until -= datetime.timedelta(hours=rng.randint(0, 150))
    step = (until - start) / done
    return [
        start + step * (number + 1) - datetime.timedelta(minutes=rng.randint(0, 180))
        for number in range(done)
    ]
