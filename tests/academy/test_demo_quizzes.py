"""The demo's quizzes and attempts (academy.demo.quizzes): placed right, graded right, once."""

import random
from collections import defaultdict
from decimal import Decimal

import pytest
from django.utils import timezone

from academy.demo import seed
from academy.demo.quiz_content import load_quizzes
from academy.demo.quizzes import final_plan, question_stream, seed_quizzes
from courses.models import (
    SEAT_STATUSES,
    AnswerReveal,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    QuizPage,
)
from courses.quiz_blocks import QuizQuestionsBlock
from courses.quizzes.attempts import attempt_questions
from courses.quizzes.grading import grade


def snapshot():
    return {
        "statuses": dict(Enrollment.objects.values_list("pk", "status")),
        "completed at": dict(Enrollment.objects.values_list("pk", "completed_at")),
        "quizzes": QuizPage.objects.count(),
        "attempts": QuizAttempt.objects.count(),
    }


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.usefixtures("quick_certificate_pdfs")
def test_demo_quizzes_and_attempts(monkeypatch):
    # The academy and its cohorts as they were before quizzes existed.
    monkeypatch.setattr(seed, "seed_quizzes", lambda **kwargs: None)
    seed.seed_demo()
    before = snapshot()
    assert before["quizzes"] == before["attempts"] == 0
    admin = seed._admin_user(seed.SeedReport())

    report = seed.SeedReport()
    seed_quizzes(report=report, admin=admin)
    after = snapshot()

    assert report.created["pages"] == after["quizzes"] == 2 * len(load_quizzes())
    assert report.created["quiz attempts"] == after["attempts"] > 0
    # Enrolments stay exactly as the cohort seeding left them.
    assert after["statuses"] == before["statuses"]
    assert after["completed at"] == before["completed at"]

    # A second run adds nothing.
    again = seed.SeedReport()
    seed_quizzes(report=again, admin=admin)
    assert again.created == {}
    assert snapshot() == after

    check_placement()
    check_attempts_regrade_to_their_stored_scores()
    check_realistic_attempts()


def check_placement():
    """One pre-assessment opening the first module, one final closing the last, per course."""
    for course in CoursePage.objects.live():
        modules = list(ModulePage.objects.child_of(course).live().order_by("path"))
        quizzes = QuizPage.objects.descendant_of(course).live()
        pre = quizzes.get(is_pre_assessment=True)
        final = quizzes.get(is_pre_assessment=False)
        assert pre.get_parent().pk == modules[0].pk, course.title
        assert modules[0].get_children().first().pk == pre.pk, course.title
        assert final.get_parent().pk == modules[-1].pk, course.title
        assert modules[-1].get_children().last().pk == final.pk, course.title
        assert not pre.required_for_completion
        assert pre.reveal_answers == AnswerReveal.AFTER_ATTEMPT
        assert final.required_for_completion
        assert (final.max_attempts, final.reveal_answers) == (3, AnswerReveal.AFTER_PASSING)
        assert final.pass_mark == 70
        assert len(pre.questions) == 5 and len(final.questions) == 8


def check_attempts_regrade_to_their_stored_scores():
    for attempt in QuizAttempt.objects.select_related("quiz", "enrollment__cohort"):
        result = grade(attempt_questions(attempt), attempt.answers, attempt.quiz.pass_mark)
        assert (result.score, result.max_score, result.percent, result.passed) == (
            attempt.score,
            attempt.max_score,
            attempt.percent,
            attempt.passed,
        ), attempt
        assert attempt.question_scores == {
            question_id: str(question_result.points)
            for question_id, question_result in result.results.items()
        }
        cohort = attempt.enrollment.cohort
        assert attempt.enrollment.status in SEAT_STATUSES
        assert cohort.starts_on <= timezone.localdate(attempt.started_at)
        assert attempt.started_at < attempt.submitted_at < timezone.now()
        assert timezone.localdate(attempt.submitted_at) <= cohort.ends_on


def check_realistic_attempts():
    today = timezone.localdate()
    pre = QuizAttempt.objects.filter(quiz__is_pre_assessment=True)
    assert not pre.filter(enrollment__cohort__starts_on__gt=today).exists()
    assert {attempt.number for attempt in pre} == {1}
    assert all(Decimal(30) <= attempt.percent <= Decimal(60) for attempt in pre)
    # Most seat holders of past and running cohorts took it.
    holders = Enrollment.objects.filter(
        status__in=SEAT_STATUSES, cohort__starts_on__lte=today
    ).count()
    assert pre.count() >= 0.75 * holders

    final = QuizAttempt.objects.filter(quiz__is_pre_assessment=False).order_by("number")
    assert not final.filter(enrollment__cohort__ends_on__gte=today).exists()
    history = defaultdict(list)
    for attempt in final:
        history[attempt.enrollment_id].append(attempt)
    for attempts in history.values():
        assert [attempt.number for attempt in attempts] == list(range(1, len(attempts) + 1))
        assert not any(attempt.passed for attempt in attempts[:-1])  # nobody retakes a pass
        lessons = LessonPage.objects.live().descendant_of(
            attempts[0].quiz.get_parent().get_parent()
        )
        done = LessonProgress.objects.filter(
            enrollment_id=attempts[0].enrollment_id, completed_at__isnull=False
        )
        assert done.count() == lessons.count()  # only finishers sat the final
        assert attempts[0].started_at > max(done.values_list("completed_at", flat=True))
    outcomes = {
        "passed at once": [a for a in history.values() if a[0].passed],
        "distinction": [a for a in history.values() if a[0].percent >= 90],
        "failed, then passed": [a for a in history.values() if len(a) > 1 and a[-1].passed],
        "failed and stopped": [a for a in history.values() if not a[-1].passed],
    }
    for label, trainees in outcomes.items():
        assert trainees, label
    assert len(outcomes["passed at once"]) > len(history) / 2
    assert len(outcomes["failed and stopped"]) < len(history) / 4


def test_final_plans_cover_every_outcome():
    rng = random.Random(1)
    plans = [final_plan(rng, 70) for _ in range(400)]
    assert any(plan == [(Decimal(90), Decimal(100))] for plan in plans)
    assert any(len(plan) == 1 and plan[0][1] < 70 for plan in plans)
    assert any(len(plan) == 2 and plan[-1][0] == 70 for plan in plans)
    assert any(len(plan) == 3 for plan in plans)
    assert all(len(plan) <= 3 for plan in plans)  # the final allows three attempts


def test_questions_become_valid_stream_data():
    for quizzes in load_quizzes():
        for kind in ("pre", "final"):
            raw = question_stream(quizzes[kind]["questions"], f"{quizzes['course_slug']}/{kind}")
            block = QuizQuestionsBlock()
            value = block.to_python(raw)
            block.clean(value)  # raises on an invalid question
            assert [child.id for child in value] == [item["id"] for item in raw]
            assert raw == question_stream(
                quizzes[kind]["questions"], f"{quizzes['course_slug']}/{kind}"
            )  # stable ids


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.usefixtures("quick_certificate_pdfs")
def test_demo_statuses_agree_with_the_completion_rule():
    from courses.completion import evaluate_many

    seed.seed_demo()

    enrollments = list(
        Enrollment.objects.filter(status__in=SEAT_STATUSES).select_related("cohort__course")
    )
    results = evaluate_many(enrollments)
    completed = [e for e in enrollments if e.status == "completed"]
    assert completed, "the demo should have finishers"
    assert all(results[e.pk].complete for e in completed)
    assert not any(results[e.pk].complete for e in enrollments if e.status == "active")
    assert all(e.completed_at and e.completed_at <= timezone.now() for e in completed)
