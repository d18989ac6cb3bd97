"""Races that only a real database with row locks can show (PostgreSQL).

SQLite serialises writers and ignores SELECT ... FOR UPDATE, so these run
on PostgreSQL only; .ci/run runs the suite there on every submission.
"""

import threading

import pytest
from django.db import connection, connections

from courses import services
from courses.models import Enrollment, EnrollmentStatus, LessonProgress, QuizAttempt
from courses.quizzes.attempts import attempt_submit
from tests.cohort_factories import CohortFactory, enrol, verified_user
from tests.factories import LessonPageFactory, ModulePageFactory
from tests.quiz_factories import ALL_RIGHT, quiz_in_course, start

pytestmark = [
    # serialized_rollback restores the pages the migrations create after each flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL"),
]


def run_at_once(functions) -> list:
    """Start every function together; return their results (or exceptions)."""
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def worker(index, function):
        try:
            barrier.wait()
            results[index] = function()
        except Exception as error:
            results[index] = error
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=worker, args=(index, function))
        for index, function in enumerate(functions)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_twenty_trainees_racing_for_ten_seats(catalogue):
    cohort = CohortFactory(course=_course(catalogue), capacity=10)
    trainees = [verified_user() for _ in range(20)]

    results = run_at_once(
        [
            lambda user=user: services.enrollment_request(cohort=cohort, user=user)
            for user in trainees
        ]
    )

    assert not [result for result in results if isinstance(result, Exception)]
    statuses = list(cohort.enrollments.values_list("status", flat=True))
    assert statuses.count(EnrollmentStatus.ACTIVE) == 10
    assert statuses.count(EnrollmentStatus.WAITLISTED) == 10


def test_the_same_trainee_clicking_enrol_twice_at_once_gets_one_enrolment(catalogue):
    cohort = CohortFactory(course=_course(catalogue))
    trainee = verified_user()

    results = run_at_once(
        [lambda: services.enrollment_request(cohort=cohort, user=trainee) for _ in range(4)]
    )

    assert not [result for result in results if isinstance(result, Exception)]
    assert Enrollment.objects.filter(cohort=cohort, user=trainee).count() == 1
    assert len({result.pk for result in results}) == 1


def test_two_withdrawals_at_once_promote_two_different_waitlisted_trainees(catalogue):
    cohort = CohortFactory(course=_course(catalogue), capacity=2)
    leaving = [enrol(cohort) for _ in range(2)]
    waiting = [enrol(cohort) for _ in range(3)]
    assert all(e.status == EnrollmentStatus.WAITLISTED for e in waiting)

    run_at_once(
        [
            lambda enrollment=enrollment: services.enrollment_withdraw(
                enrollment=enrollment, acting_user=enrollment.user
            )
            for enrollment in leaving
        ]
    )

    active = cohort.enrollments.filter(status=EnrollmentStatus.ACTIVE)
    assert sorted(active.values_list("pk", flat=True)) == sorted(e.pk for e in waiting[:2])
    assert cohort.enrollments.get(pk=waiting[2].pk).status == EnrollmentStatus.WAITLISTED


def test_completing_a_lesson_from_two_tabs_at_once_keeps_one_record(catalogue):
    course = _course(catalogue)
    lesson = LessonPageFactory(parent=ModulePageFactory(parent=course))
    enrollment = enrol(CohortFactory(course=course))

    results = run_at_once(
        [lambda: services.lesson_complete(enrollment=enrollment, lesson=lesson) for _ in range(4)]
    )

    assert not [result for result in results if isinstance(result, Exception)]
    records = LessonProgress.objects.filter(enrollment=enrollment, lesson=lesson)
    assert records.count() == 1
    assert len({result.completed_at for result in results}) == 1


def _course(catalogue):
    from tests.factories import CoursePageFactory

    return CoursePageFactory(parent=catalogue)


def test_a_quiz_attempt_submitted_twice_at_once_is_graded_once(catalogue):
    setup = quiz_in_course(catalogue)
    attempt = start(setup.quiz, setup.enrollment)

    results = run_at_once(
        [
            lambda answers=answers: attempt_submit(
                attempt=attempt, answers=answers, user=setup.trainee
            )
            for answers in (ALL_RIGHT, {}, ALL_RIGHT, {})
        ]
    )

    assert not [result for result in results if isinstance(result, Exception)]
    assert [result.already_submitted for result in results].count(False) == 1
    graded = QuizAttempt.objects.get(pk=attempt.pk)
    # Whichever submission won, every caller was told the one recorded grade.
    assert {(result.attempt.score, result.attempt.submitted_at) for result in results} == {
        (graded.score, graded.submitted_at)
    }
    assert QuizAttempt.objects.filter(enrollment=setup.enrollment).count() == 1
