"""Who gets which certificate: completion, distinction, participation, or none and why."""

import pytest

from certificates.issuing import (
    ERROR_COHORT_RUNNING,
    ERROR_NO_ACTIVITY,
    ERROR_STATUS,
    CertificateError,
    eligibility,
    issue_certificate,
)
from certificates.models import Certificate, Tier
from courses.models import Enrollment, EnrollmentStatus
from tests.certificate_factories import (
    CertificateTemplateFactory,
    completed_enrollment,
    ended_cohort,
    finished_course,
)
from tests.cohort_factories import CohortFactory, complete_lessons, enrol
from tests.courses.completion_helpers import build_course, score, trainee_of

pytestmark = pytest.mark.django_db


def reload(enrollment) -> Enrollment:
    return Enrollment.objects.select_related("cohort__course", "user").get(pk=enrollment.pk)


@pytest.fixture
def course(catalogue):
    return finished_course(catalogue, lessons=2)


def test_a_finisher_gets_completion(course):
    course_page, lessons = course
    enrollment = completed_enrollment(ended_cohort(course_page), lessons)

    decision = eligibility(reload(enrollment))

    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert (decision.eligible, decision.tier) == (True, Tier.COMPLETION)


def test_a_finisher_of_a_running_cohort_gets_completion_before_it_ends(course):
    course_page, lessons = course
    enrollment = completed_enrollment(CohortFactory(course=course_page), lessons)

    assert eligibility(reload(enrollment)).tier == Tier.COMPLETION


def test_distinction_needs_the_threshold(catalogue):
    data = build_course(catalogue, pre=False, distinction_threshold=90)
    star, good = trainee_of(data), trainee_of(data)
    for enrollment, percent in ((star, 95), (good, 85)):
        complete_lessons(enrollment, data.lessons)
        score(data.final, enrollment, percent)

    assert eligibility(reload(star)).tier == Tier.DISTINCTION
    assert eligibility(reload(good)).tier == Tier.COMPLETION


def test_distinction_is_printed_on_the_certificate(catalogue):
    CertificateTemplateFactory(is_default=True)
    data = build_course(catalogue, pre=False, distinction_threshold=90)
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    score(data.final, enrollment, 100)

    certificate = issue_certificate(reload(enrollment))

    assert certificate.tier == Tier.DISTINCTION
    assert certificate.snapshot["tier_label"] == "Completion with distinction"
    assert "with distinction" in certificate.snapshot["wording"]


def test_participation_after_the_cohort_ended_with_some_activity(course):
    course_page, lessons = course
    enrollment = enrol(ended_cohort(course_page))
    complete_lessons(enrollment, lessons[:1])

    decision = eligibility(reload(enrollment))

    assert reload(enrollment).status == EnrollmentStatus.ACTIVE
    assert decision.tier == Tier.PARTICIPATION


def test_participation_is_dated_the_cohort_end(course):
    CertificateTemplateFactory(is_default=True)
    course_page, lessons = course
    cohort = ended_cohort(course_page)
    enrollment = enrol(cohort)
    complete_lessons(enrollment, lessons[:1])

    certificate = issue_certificate(reload(enrollment))

    assert certificate.tier == Tier.PARTICIPATION
    assert certificate.snapshot["completed_on"] == cohort.ends_on.isoformat()


def test_no_participation_without_any_activity(course):
    course_page, _lessons = course
    enrollment = enrol(ended_cohort(course_page))

    decision = eligibility(reload(enrollment))

    assert (decision.tier, decision.reason) == (None, ERROR_NO_ACTIVITY)


def test_nothing_while_the_cohort_runs_and_the_course_is_incomplete(course):
    course_page, lessons = course
    enrollment = enrol(CohortFactory(course=course_page))
    complete_lessons(enrollment, lessons[:1])

    decision = eligibility(reload(enrollment))

    assert (decision.tier, decision.reason) == (None, ERROR_COHORT_RUNNING)


@pytest.mark.parametrize(
    "status",
    [
        EnrollmentStatus.WITHDRAWN,
        EnrollmentStatus.WAITLISTED,
        EnrollmentStatus.PENDING,
        EnrollmentStatus.DECLINED,
    ],
)
def test_nothing_for_enrolments_not_taking_part(course, status):
    CertificateTemplateFactory(is_default=True)
    course_page, lessons = course
    # Even someone who finished every lesson gets nothing once out of the cohort.
    enrollment = completed_enrollment(ended_cohort(course_page), lessons)
    Enrollment.objects.filter(pk=enrollment.pk).update(status=status)

    decision = eligibility(reload(enrollment))

    label = EnrollmentStatus(status).label.lower()
    assert (decision.tier, decision.reason) == (None, ERROR_STATUS.format(status=label))
    with pytest.raises(CertificateError, match=label):
        issue_certificate(reload(enrollment))
    assert not Certificate.objects.exists()
