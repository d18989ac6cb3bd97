"""Starting and submitting quiz attempts: limits, time, shuffling, and forged submissions."""

import datetime
from decimal import Decimal
from unittest import mock

import pytest
import time_machine
from django.utils import timezone

from courses.models import (
    AnswerReveal,
    Enrollment,
    EnrollmentStatus,
    ExtraAttemptGrant,
    QuizAttempt,
    QuizPage,
)
from courses.quizzes import (
    ERROR_ATTEMPT_NOT_FOUND,
    ERROR_DUPLICATE_FIELD,
    ERROR_INVALID_TRUE_FALSE,
    ERROR_NO_ATTEMPTS_LEFT,
    ERROR_NOT_LEARNING,
    ERROR_QUIZ_CLOSED,
    ERROR_QUIZ_NOT_IN_COURSE,
    ERROR_TIME_UP,
    ERROR_UNKNOWN_OPTION,
    ERROR_UNKNOWN_QUESTION,
    SUBMIT_GRACE,
    AnswerError,
    AttemptNotFound,
    NotLearningError,
    QuizError,
    answers_visible,
    attempt_questions,
    attempt_start,
    attempt_submit,
)
from courses.quizzes import attempts as quiz_attempts
from tests.cohort_factories import CohortFactory, enrol
from tests.factories import CoursePageFactory, ModulePageFactory
from tests.quiz_factories import (
    ALL_RIGHT,
    QuizPageFactory,
    multiple_choice,
    questions,
    quiz_in_course,
    single_choice,
    start,
    submit,
    take,
)

pytestmark = pytest.mark.django_db

NOON = datetime.datetime(2026, 3, 2, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def setup(catalogue):
    return quiz_in_course(catalogue)


@pytest.fixture
def hook():
    with mock.patch.object(quiz_attempts, "on_attempt_graded") as patched:
        yield patched


def snapshot():
    """Every quiz-related row, to show that a refusal wrote nothing."""
    return {
        "attempts": list(QuizAttempt.objects.order_by("pk").values()),
        "grants": ExtraAttemptGrant.objects.count(),
        "enrolments": list(Enrollment.objects.order_by("pk").values()),
    }


# Starting --------------------------------------------------------------------


def test_start_opens_numbered_attempt_in_authoring_order(setup):
    attempt = start(setup.quiz, setup.enrollment)

    assert attempt.number == 1
    assert not attempt.is_submitted
    assert attempt.deadline_at is None
    assert attempt.question_order == [
        "q-single",
        "q-multiple",
        "q-true-false",
        "q-text",
        "q-number",
    ]
    assert attempt.option_order == {
        "q-single": ["single-lead", "single-every", "single-nobody"],
        "q-multiple": ["multi-id", "multi-pay", "multi-fax"],
    }


def test_start_with_a_time_limit_sets_the_deadline(catalogue):
    setup = quiz_in_course(catalogue, time_limit_minutes=20)
    with time_machine.travel(NOON, tick=False):
        attempt = start(setup.quiz, setup.enrollment)

    assert attempt.started_at == NOON
    assert attempt.deadline_at == NOON + datetime.timedelta(minutes=20)


def test_a_second_start_returns_the_open_attempt(setup):
    first = start(setup.quiz, setup.enrollment)
    second = start(setup.quiz, setup.enrollment)

    assert second.pk == first.pk
    assert QuizAttempt.objects.count() == 1


def test_a_second_start_of_the_last_allowed_attempt_returns_it_not_a_refusal(catalogue):
    setup = quiz_in_course(catalogue, max_attempts=1)
    first = start(setup.quiz, setup.enrollment)

    assert start(setup.quiz, setup.enrollment).pk == first.pk


def test_a_start_racing_another_returns_the_attempt_the_other_opened(setup):
    first = start(setup.quiz, setup.enrollment)
    # The second request looked before the first one's row was visible.
    with mock.patch.object(quiz_attempts, "_open_attempt", side_effect=[None, first]):
        second = start(setup.quiz, setup.enrollment)

    assert second.pk == first.pk
    assert QuizAttempt.objects.count() == 1


def test_the_database_allows_one_open_attempt_only(setup):
    from django.db import IntegrityError, transaction

    start(setup.quiz, setup.enrollment)
    with pytest.raises(IntegrityError), transaction.atomic():
        QuizAttempt.objects.create(enrollment=setup.enrollment, quiz=setup.quiz, number=2)


@pytest.mark.parametrize(
    "status",
    [
        EnrollmentStatus.WITHDRAWN,
        EnrollmentStatus.PENDING,
        EnrollmentStatus.WAITLISTED,
        EnrollmentStatus.DECLINED,
    ],
)
def test_start_is_refused_unless_learning(setup, status):
    Enrollment.objects.filter(pk=setup.enrollment.pk).update(status=status)
    setup.enrollment.refresh_from_db()

    with pytest.raises(NotLearningError, match=ERROR_NOT_LEARNING):
        start(setup.quiz, setup.enrollment)
    assert QuizAttempt.objects.count() == 0


def test_a_completed_trainee_may_still_take_the_quiz(setup):
    Enrollment.objects.filter(pk=setup.enrollment.pk).update(status=EnrollmentStatus.COMPLETED)
    setup.enrollment.refresh_from_db()

    assert start(setup.quiz, setup.enrollment).number == 1


def test_start_is_refused_for_a_cohort_of_another_course(setup, catalogue):
    other_course = CoursePageFactory(parent=catalogue, title="Cybersecurity")
    other_enrollment = enrol(CohortFactory(course=other_course), user=setup.trainee)

    with pytest.raises(NotLearningError, match=ERROR_QUIZ_NOT_IN_COURSE):
        start(setup.quiz, other_enrollment)
    assert QuizAttempt.objects.count() == 0


def test_start_is_refused_with_someone_elses_enrolment(setup):
    intruder = enrol(setup.cohort).user

    with pytest.raises(NotLearningError):
        attempt_start(quiz=setup.quiz, enrollment=setup.enrollment, user=intruder)
    assert QuizAttempt.objects.count() == 0


def test_start_is_refused_for_an_unpublished_quiz(setup):
    QuizPage.objects.get(pk=setup.quiz.pk).unpublish()
    setup.quiz.refresh_from_db()

    with pytest.raises(QuizError, match=ERROR_QUIZ_CLOSED):
        start(setup.quiz, setup.enrollment)
    assert QuizAttempt.objects.count() == 0


def test_attempt_limit_and_an_extra_attempt(catalogue):
    setup = quiz_in_course(catalogue, max_attempts=2)
    take(setup.quiz, setup.enrollment, {})
    take(setup.quiz, setup.enrollment, {})
    before = snapshot()

    with pytest.raises(QuizError, match=ERROR_NO_ATTEMPTS_LEFT):
        start(setup.quiz, setup.enrollment)
    assert snapshot() == before

    ExtraAttemptGrant.objects.create(
        enrollment=setup.enrollment, quiz=setup.quiz, reason="Power cut during attempt 2"
    )
    third = take(setup.quiz, setup.enrollment, ALL_RIGHT)
    assert third.number == 3
    assert third.passed

    with pytest.raises(QuizError, match=ERROR_NO_ATTEMPTS_LEFT):
        start(setup.quiz, setup.enrollment)
    assert QuizAttempt.objects.count() == 3


def test_an_extra_attempt_for_another_trainee_does_not_count(catalogue):
    setup = quiz_in_course(catalogue, max_attempts=1)
    other = enrol(setup.cohort)
    ExtraAttemptGrant.objects.create(enrollment=other, quiz=setup.quiz, reason="Other trainee")
    take(setup.quiz, setup.enrollment, {})

    with pytest.raises(QuizError, match=ERROR_NO_ATTEMPTS_LEFT):
        start(setup.quiz, setup.enrollment)


def test_unlimited_attempts(setup):
    numbers = [take(setup.quiz, setup.enrollment, {}).number for _ in range(6)]
    assert numbers == [1, 2, 3, 4, 5, 6]


# Shuffling -----------------------------------------------------------------


def many_options_quiz(catalogue, **kwargs):
    blocks = [
        single_choice(
            f"Question {number}",
            [(f"Option {letter}", letter == "a") for letter in "abcdefgh"],
            id=f"q{number}",
            option_ids=[f"q{number}-{letter}" for letter in "abcdefgh"],
        )
        for number in range(8)
    ]
    return quiz_in_course(catalogue, questions=questions(*blocks), **kwargs)


def test_shuffled_order_is_stored_and_stable_across_reloads(catalogue):
    setup = many_options_quiz(catalogue, shuffle_questions=True, shuffle_options=True)
    attempt = start(setup.quiz, setup.enrollment)

    shown = [(q.id, [o.id for o in q.options]) for q in attempt_questions(attempt)]
    for _ in range(3):
        reloaded = QuizAttempt.objects.get(pk=attempt.pk)
        again = [(q.id, [o.id for o in q.options]) for q in attempt_questions(reloaded)]
        assert again == shown
    # Starting "again" (a reload of the start) shows the same order too.
    assert start(setup.quiz, setup.enrollment).question_order == attempt.question_order

    assert sorted(attempt.question_order) == [f"q{number}" for number in range(8)]
    assert [question_id for question_id, _ in shown] == attempt.question_order
    for question_id, option_ids in shown:
        assert sorted(option_ids) == [f"{question_id}-{letter}" for letter in "abcdefgh"]


def test_each_attempt_gets_its_own_shuffle(catalogue):
    setup = many_options_quiz(catalogue, shuffle_questions=True, shuffle_options=True)
    orders = set()
    for _ in range(4):
        attempt = start(setup.quiz, setup.enrollment)
        orders.add((tuple(attempt.question_order), str(attempt.option_order)))
        submit(attempt, {})
    # 8! question orders times (8!)^8 option orders: four equal draws never happen.
    assert len(orders) == 4


def test_without_shuffling_every_attempt_uses_authoring_order(catalogue):
    setup = many_options_quiz(catalogue)
    for _ in range(3):
        attempt = start(setup.quiz, setup.enrollment)
        assert attempt.question_order == [f"q{number}" for number in range(8)]
        assert attempt.option_order["q3"] == [f"q3-{letter}" for letter in "abcdefgh"]
        submit(attempt, {})


def test_the_same_answers_score_the_same_whatever_the_shuffle(catalogue):
    setup = many_options_quiz(catalogue, shuffle_questions=True, shuffle_options=True)
    answers = {f"q{number}": [f"q{number}-{'a' if number % 2 else 'b'}"] for number in range(8)}

    scores = {take(setup.quiz, setup.enrollment, answers).score for _ in range(3)}

    assert scores == {Decimal("4.00")}


# Submitting ------------------------------------------------------------------


def test_submit_grades_and_records_everything(setup, hook):
    attempt = start(setup.quiz, setup.enrollment)
    answers = {
        "q-single": ["single-every"],  # wrong: 0 of 2
        "q-multiple": ["multi-id", "multi-fax"],  # partial: (1 − 1) / 2 → 0 of 2
        "q-true-false": ["true"],  # right: 2
        "q-text": ["SÃO PAULO"],  # right: 2
        "q-number": ["12,45"],  # within 0.1: 2
    }
    with time_machine.travel(NOON, tick=False):
        result = attempt_submit(attempt=attempt, answers=answers, user=setup.trainee)

    assert result.already_submitted is False
    attempt.refresh_from_db()
    assert attempt.submitted_at == NOON
    assert attempt.answers == {
        "q-single": "single-every",
        "q-multiple": ["multi-id", "multi-fax"],
        "q-true-false": "true",
        "q-text": "SÃO PAULO",
        "q-number": "12,45",
    }
    assert attempt.question_scores == {
        "q-single": "0.00",
        "q-multiple": "0.00",
        "q-true-false": "2.00",
        "q-text": "2.00",
        "q-number": "2.00",
    }
    assert (attempt.score, attempt.max_score, attempt.percent) == (
        Decimal("6.00"),
        Decimal("10.00"),
        Decimal("60.00"),
    )
    assert attempt.passed is False
    hook.assert_called_once()
    assert hook.call_args.args[0].pk == attempt.pk


def test_a_passing_submission(setup):
    attempt = take(setup.quiz, setup.enrollment, ALL_RIGHT)
    assert (attempt.percent, attempt.passed) == (Decimal("100.00"), True)


def test_unanswered_questions_score_nothing(setup):
    attempt = take(setup.quiz, setup.enrollment, {"q-true-false": ["true"]})

    assert attempt.answers == {"q-true-false": "true"}
    assert attempt.question_scores["q-single"] == "0.00"
    assert (attempt.score, attempt.max_score) == (Decimal("2.00"), Decimal("10.00"))


def test_blank_text_fields_are_unanswered(setup):
    attempt = take(setup.quiz, setup.enrollment, {"q-text": ["   "], "q-number": [""]})
    assert attempt.answers == {}


def test_non_number_text_is_recorded_and_simply_wrong(setup):
    attempt = take(setup.quiz, setup.enrollment, {"q-number": ["twelve and a half"]})

    assert attempt.answers == {"q-number": "twelve and a half"}
    assert attempt.question_scores["q-number"] == "0.00"


def test_csrf_token_field_is_not_an_answer(setup):
    attempt = take(setup.quiz, setup.enrollment, {"csrfmiddlewaretoken": ["x"], **ALL_RIGHT})
    assert attempt.passed


def test_a_pre_assessment_is_graded_the_same_way(catalogue):
    setup = quiz_in_course(catalogue, is_pre_assessment=True)

    attempt = take(setup.quiz, setup.enrollment, ALL_RIGHT)

    assert (attempt.score, attempt.passed) == (Decimal("10.00"), True)
    assert not setup.quiz.counts_for_completion


def test_a_second_submission_changes_nothing_and_grades_once(setup, hook):
    attempt = start(setup.quiz, setup.enrollment)
    submit(attempt, ALL_RIGHT)
    before = snapshot()

    result = attempt_submit(attempt=attempt, answers={}, user=setup.trainee)

    assert result.already_submitted is True
    assert result.attempt.passed is True
    assert snapshot() == before
    hook.assert_called_once()


def test_a_stale_copy_of_the_attempt_is_still_graded_once(setup, hook):
    attempt = start(setup.quiz, setup.enrollment)
    stale = QuizAttempt.objects.get(pk=attempt.pk)  # the second tab's copy
    submit(attempt, ALL_RIGHT)

    result = attempt_submit(attempt=stale, answers={}, user=setup.trainee)

    assert result.already_submitted is True
    assert QuizAttempt.objects.get(pk=attempt.pk).score == Decimal("10.00")
    hook.assert_called_once()


# Forged and stale submissions ------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"q-nonexistent": ["1"]}, ERROR_UNKNOWN_QUESTION),
        ({**ALL_RIGHT, "q-extra": ["x"]}, ERROR_UNKNOWN_QUESTION),
        ({"q-single": ["multi-id"]}, ERROR_UNKNOWN_OPTION),  # an option of another question
        ({"q-single": ["made-up"]}, ERROR_UNKNOWN_OPTION),
        ({"q-multiple": ["multi-id", "single-lead"]}, ERROR_UNKNOWN_OPTION),
        ({"q-single": ["single-lead", "single-every"]}, ERROR_DUPLICATE_FIELD),
        ({"q-single": ["single-lead", "single-lead"]}, ERROR_DUPLICATE_FIELD),
        ({"q-multiple": ["multi-id", "multi-id"]}, ERROR_DUPLICATE_FIELD),
        ({"q-true-false": ["true", "false"]}, ERROR_DUPLICATE_FIELD),
        ({"q-text": ["São Paulo", "Rio"]}, ERROR_DUPLICATE_FIELD),
        ({"q-number": ["12.5", "12.5"]}, ERROR_DUPLICATE_FIELD),
        ({"q-true-false": ["maybe"]}, ERROR_INVALID_TRUE_FALSE),
    ],
    ids=[
        "unknown-question",
        "unknown-question-beside-real-answers",
        "option-of-another-question",
        "unknown-option",
        "multiple-choice-with-a-foreign-option",
        "two-options-for-single-choice",
        "repeated-single-choice-field",
        "repeated-checkbox",
        "two-true-false-values",
        "two-texts",
        "two-numbers",
        "true-false-not-a-boolean",
    ],
)
def test_forged_submissions_are_refused_and_write_nothing(setup, hook, answers, message):
    attempt = start(setup.quiz, setup.enrollment)
    before = snapshot()

    with pytest.raises(AnswerError, match=message):
        attempt_submit(attempt=attempt, answers=answers, user=setup.trainee)

    assert snapshot() == before
    hook.assert_not_called()
    # The attempt is still open and can be submitted properly.
    assert submit(attempt, ALL_RIGHT).passed


def test_a_question_added_after_the_attempt_started_is_not_part_of_it(setup):
    attempt = start(setup.quiz, setup.enrollment)
    quiz = QuizPage.objects.get(pk=setup.quiz.pk)
    quiz.questions.append(("true_false", {"prompt": "New?", "points": 1, "correct_answer": True}))
    quiz.save_revision().publish()
    new_id = QuizPage.objects.get(pk=quiz.pk).questions[-1].id
    before = snapshot()

    with pytest.raises(AnswerError, match=ERROR_UNKNOWN_QUESTION):
        submit(attempt, {**ALL_RIGHT, new_id: ["true"]})
    assert snapshot() == before

    graded = submit(QuizAttempt.objects.get(pk=attempt.pk), ALL_RIGHT)
    assert (graded.score, graded.max_score) == (Decimal("10.00"), Decimal("10.00"))


def test_someone_elses_attempt_is_not_found_and_untouched(setup, hook):
    attempt = start(setup.quiz, setup.enrollment)
    intruder = enrol(setup.cohort).user
    before = snapshot()

    with pytest.raises(AttemptNotFound, match=ERROR_ATTEMPT_NOT_FOUND):
        attempt_submit(attempt=attempt, answers=ALL_RIGHT, user=intruder)

    assert snapshot() == before
    hook.assert_not_called()


def test_a_trainee_who_left_the_cohort_cannot_submit(setup):
    attempt = start(setup.quiz, setup.enrollment)
    Enrollment.objects.filter(pk=setup.enrollment.pk).update(status=EnrollmentStatus.WITHDRAWN)
    before = snapshot()

    with pytest.raises(NotLearningError, match=ERROR_NOT_LEARNING):
        submit(attempt, ALL_RIGHT)
    assert snapshot() == before


# The time limit -------------------------------------------------------------------


@pytest.fixture
def timed(catalogue):
    setup = quiz_in_course(catalogue, time_limit_minutes=20)
    with time_machine.travel(NOON, tick=False):
        setup.attempt = start(setup.quiz, setup.enrollment)
    setup.deadline = NOON + datetime.timedelta(minutes=20)
    return setup


@pytest.mark.parametrize(
    "after_deadline",
    [datetime.timedelta(seconds=-1), datetime.timedelta(0), SUBMIT_GRACE],
    ids=["before", "at-deadline", "end-of-grace"],
)
def test_submission_in_time_or_within_the_grace_is_graded(timed, after_deadline):
    with time_machine.travel(timed.deadline + after_deadline, tick=False):
        attempt = submit(timed.attempt, ALL_RIGHT)
    assert attempt.passed
    assert attempt.submitted_at == timed.deadline + after_deadline


@pytest.mark.parametrize(
    "after_deadline",
    [SUBMIT_GRACE + datetime.timedelta(seconds=1), datetime.timedelta(days=2)],
    ids=["just-after-grace", "days-later"],
)
def test_late_submission_is_refused_and_writes_nothing(timed, hook, after_deadline):
    before = snapshot()
    with (
        time_machine.travel(timed.deadline + after_deadline, tick=False),
        pytest.raises(QuizError, match=ERROR_TIME_UP),
    ):
        submit(timed.attempt, ALL_RIGHT)
    assert snapshot() == before
    hook.assert_not_called()


def test_a_new_start_closes_the_attempt_whose_time_ran_out(timed, hook):
    later = timed.deadline + datetime.timedelta(hours=1)
    with time_machine.travel(later, tick=False):
        second = start(timed.quiz, timed.enrollment)

    first = QuizAttempt.objects.get(pk=timed.attempt.pk)
    assert first.submitted_at == timed.deadline
    assert (first.score, first.passed, first.answers) == (Decimal("0.00"), False, {})
    assert second.number == 2
    assert second.deadline_at == later + datetime.timedelta(minutes=20)
    hook.assert_called_once()


def test_an_open_attempt_in_time_is_returned_not_closed(timed):
    with time_machine.travel(timed.deadline - datetime.timedelta(minutes=1), tick=False):
        again = start(timed.quiz, timed.enrollment)
    assert again.pk == timed.attempt.pk
    assert QuizAttempt.objects.get(pk=again.pk).submitted_at is None


def test_time_ran_out_on_the_last_attempt(catalogue):
    setup = quiz_in_course(catalogue, time_limit_minutes=5, max_attempts=1)
    with time_machine.travel(NOON, tick=False):
        attempt = start(setup.quiz, setup.enrollment)

    with time_machine.travel(NOON + datetime.timedelta(hours=1), tick=False):
        with pytest.raises(QuizError, match=ERROR_NO_ATTEMPTS_LEFT):
            start(setup.quiz, setup.enrollment)
        # The timed-out attempt is closed, so it has a (zero) grade.
        assert QuizAttempt.objects.get(pk=attempt.pk).score == Decimal("0.00")


# When answers are shown -------------------------------------------------------------


def test_answers_are_never_shown_while_the_attempt_is_open(setup):
    attempt = start(setup.quiz, setup.enrollment)
    assert answers_visible(attempt) is False


@pytest.mark.parametrize(
    ("policy", "expected"), [(AnswerReveal.NEVER, False), (AnswerReveal.AFTER_ATTEMPT, True)]
)
def test_reveal_never_and_after_each_attempt(catalogue, policy, expected):
    setup = quiz_in_course(catalogue, reveal_answers=policy)
    assert answers_visible(take(setup.quiz, setup.enrollment, ALL_RIGHT)) is expected


def test_reveal_after_passing(catalogue):
    setup = quiz_in_course(catalogue, reveal_answers=AnswerReveal.AFTER_PASSING)
    failed = take(setup.quiz, setup.enrollment, {})
    assert answers_visible(failed) is False

    # Another trainee's pass reveals nothing to this one.
    take(setup.quiz, enrol(setup.cohort), ALL_RIGHT)
    assert answers_visible(failed) is False

    passed = take(setup.quiz, setup.enrollment, ALL_RIGHT)
    assert answers_visible(passed) is True
    assert answers_visible(failed) is True  # any passed attempt of the enrolment


def test_reveal_after_the_cohort_ends(catalogue):
    setup = quiz_in_course(catalogue, reveal_answers=AnswerReveal.AFTER_COHORT_END)
    attempt = take(setup.quiz, setup.enrollment, ALL_RIGHT)
    last_day = setup.cohort.ends_on

    on_last_day = datetime.datetime.combine(last_day, datetime.time(23, 59), tzinfo=datetime.UTC)
    assert answers_visible(attempt, now=on_last_day) is False
    assert answers_visible(attempt, now=on_last_day + datetime.timedelta(minutes=2)) is True


def test_reveal_uses_the_current_time_by_default(catalogue):
    setup = quiz_in_course(catalogue, reveal_answers=AnswerReveal.AFTER_COHORT_END)
    attempt = take(setup.quiz, setup.enrollment, ALL_RIGHT)
    assert answers_visible(attempt) is False
    with time_machine.travel(setup.cohort.ends_on + datetime.timedelta(days=1)):
        assert timezone.localdate() > setup.cohort.ends_on
        assert answers_visible(attempt) is True


def test_multiple_choice_quiz_in_a_second_module_of_the_same_course(setup):
    module = ModulePageFactory(parent=setup.course, title="Delivery")
    quiz = QuizPageFactory(
        parent=module,
        questions=questions(
            multiple_choice("Pick two", [("A", True), ("B", True), ("C", False)], id="m")
        ),
    )
    attempt = start(quiz, setup.enrollment)
    a, b, _ = attempt.option_order["m"]
    assert submit(attempt, {"m": [b, a]}).passed
