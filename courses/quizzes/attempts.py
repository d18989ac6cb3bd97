"""Writes for quiz attempts: start one, submit it, close one whose time ran out.

The acting user is the trainee, except for ``grant_extra_attempt``, which an
instructor or academy admin performs. Every refusal raises a ``QuizError``
before anything is written. Grading happens here, on the server, from the
questions the attempt showed, whatever the browser claims.
"""

import dataclasses
import datetime
import random
import secrets
from collections.abc import Mapping
from typing import NamedTuple

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.log_actions import log

from courses.completion import apply_completion
from courses.models import SEAT_STATUSES, Enrollment, ExtraAttemptGrant, QuizAttempt, QuizPage
from courses.quizzes.errors import AttemptNotFound, NotLearningError, QuizError
from courses.quizzes.grading import (
    CHOICE_KINDS,
    Question,
    clean_answers,
    grade,
    questions_from_stream,
)

# A submission that reaches the server up to this long after the deadline is
# still accepted: the trainee pressed the button in time on a slow, metered
# connection. The page shows the deadline itself, never the grace.
SUBMIT_GRACE = datetime.timedelta(seconds=30)

ERROR_NOT_LEARNING = "You are not an active trainee of a cohort of this course."
ERROR_QUIZ_NOT_IN_COURSE = "This quiz is not part of your cohort's course."
ERROR_QUIZ_CLOSED = "This quiz is not published."
ERROR_NO_ATTEMPTS_LEFT = "You have used all your attempts at this quiz."
ERROR_TIME_UP = (
    "The time for this attempt ran out before your answers arrived, so they were not recorded."
)
ERROR_ATTEMPT_NOT_FOUND = "No such attempt."

REASON_MAX_LENGTH = ExtraAttemptGrant._meta.get_field("reason").max_length
ERROR_REASON_REQUIRED = "Give a reason for the extra attempt; it is kept in the audit log."
ERROR_REASON_TOO_LONG = f"Keep the reason to {REASON_MAX_LENGTH} characters or fewer."
ERROR_UNLIMITED_ATTEMPTS = "This quiz allows unlimited attempts: there is nothing to grant."
ERROR_GRANT_NOT_LEARNING = "Only an active or completed trainee can be given an extra attempt."
ERROR_GRANT_NOT_IN_COURSE = "This quiz is not part of the trainee's course."
ERROR_GRANT_CHANGED = (
    "Someone gave this trainee an extra attempt in the meantime, so nothing was changed. "
    "Check the figures and grant again if still needed."
)

# Form fields that are not answers.
NON_ANSWER_FIELDS = {"csrfmiddlewaretoken"}


def on_attempt_graded(attempt: QuizAttempt) -> None:
    """Called once per attempt, right after it is graded, inside the grading transaction.

    The completion engine plugs in here: a passing grade may complete the
    enrolment, dated when the attempt was submitted. Anything it does commits
    or rolls back together with the grade. Side effects such as email belong
    in ``transaction.on_commit``. Patch ``courses.quizzes.attempts.on_attempt_graded``.
    """
    apply_completion(attempt.enrollment, now=attempt.submitted_at)


# Reads the services need ---------------------------------------------------


def attempts_allowed(*, quiz: QuizPage, enrollment: Enrollment) -> int | None:
    """The quiz's maximum plus extra attempts granted to this trainee; None for unlimited."""
    if quiz.max_attempts is None:
        return None
    extra = ExtraAttemptGrant.objects.filter(enrollment=enrollment, quiz=quiz).count()
    return quiz.max_attempts + extra


def is_expired(attempt: QuizAttempt, now: datetime.datetime) -> bool:
    """An open attempt whose deadline, grace included, has passed."""
    return (
        not attempt.is_submitted
        and attempt.deadline_at is not None
        and now > attempt.deadline_at + SUBMIT_GRACE
    )


def attempt_questions(attempt: QuizAttempt) -> list[Question]:
    """The questions this attempt showed, in the order and with the options it showed.

    Questions or options an author removed since are left out; ones added
    since were never shown, so they are not part of the attempt either.
    """
    by_id = {question.id: question for question in questions_from_stream(attempt.quiz.questions)}
    shown = []
    for question_id in attempt.question_order:
        question = by_id.get(question_id)
        if question is None:
            continue
        if question.kind in CHOICE_KINDS and question_id in attempt.option_order:
            options = {option.id: option for option in question.options}
            question = dataclasses.replace(
                question,
                options=tuple(
                    options[option_id]
                    for option_id in attempt.option_order[question_id]
                    if option_id in options
                ),
            )
        shown.append(question)
    return shown


# Starting ------------------------------------------------------------------


def _check_learning(enrollment: Enrollment, quiz: QuizPage) -> None:
    if enrollment.status not in SEAT_STATUSES:
        raise NotLearningError(ERROR_NOT_LEARNING)
    if not quiz.path.startswith(enrollment.cohort.course.path):
        raise NotLearningError(ERROR_QUIZ_NOT_IN_COURSE)


def _open_attempt(enrollment: Enrollment, quiz: QuizPage) -> QuizAttempt | None:
    return QuizAttempt.objects.filter(
        enrollment=enrollment, quiz=quiz, submitted_at__isnull=True
    ).first()


def _order(quiz: QuizPage) -> tuple[list[str], dict[str, list[str]]]:
    """Question ids and option ids per question, shuffled if the quiz says so.

    A fresh seed per attempt; the order itself is stored, so reloading the
    page shows the same order and grading never depends on it.
    """
    rng = random.Random(secrets.randbits(64))
    questions = questions_from_stream(quiz.questions)
    question_order = [question.id for question in questions]
    if quiz.shuffle_questions:
        rng.shuffle(question_order)
    option_order = {}
    for question in questions:
        if question.kind in CHOICE_KINDS:
            option_ids = [option.id for option in question.options]
            if quiz.shuffle_options:
                rng.shuffle(option_ids)
            option_order[question.id] = option_ids
    return question_order, option_order


def _record_grade(attempt: QuizAttempt, answers: dict, submitted_at: datetime.datetime) -> None:
    questions = attempt_questions(attempt)
    result = grade(questions, answers, attempt.quiz.pass_mark)
    attempt.answers = answers
    attempt.question_scores = {
        question_id: str(question_result.points)
        for question_id, question_result in result.results.items()
    }
    attempt.score = result.score
    attempt.max_score = result.max_score
    attempt.percent = result.percent
    attempt.passed = result.passed
    attempt.submitted_at = submitted_at
    attempt.save(
        update_fields=[
            "answers",
            "question_scores",
            "score",
            "max_score",
            "percent",
            "passed",
            "submitted_at",
        ]
    )
    on_attempt_graded(attempt)


def attempt_close_expired(*, enrollment: Enrollment, quiz: QuizPage, now=None) -> None:
    """Close an attempt whose time ran out: graded with no answers, at its deadline.

    Late answers are refused, so nothing else can ever close it; without
    this, the trainee could never start another attempt.
    """
    now = now or timezone.now()
    with transaction.atomic():
        # Lock so that a submission arriving now either grades first or is refused.
        attempt = (
            QuizAttempt.objects.select_for_update()
            .filter(enrollment=enrollment, quiz=quiz, submitted_at__isnull=True)
            .first()
        )
        if attempt is not None and is_expired(attempt, now):
            _record_grade(attempt, {}, attempt.deadline_at)


def attempt_start(*, quiz: QuizPage, enrollment: Enrollment, user, now=None) -> QuizAttempt:
    """Open an attempt, or return the one already open (a double click opens one)."""
    now = now or timezone.now()
    if enrollment.user_id != user.pk:
        raise NotLearningError(ERROR_NOT_LEARNING)
    if not quiz.live:
        raise QuizError(ERROR_QUIZ_CLOSED)
    attempt_close_expired(enrollment=enrollment, quiz=quiz, now=now)
    with transaction.atomic():
        # Lock the enrolment: two starts by one trainee count attempts one after the other.
        enrollment = (
            Enrollment.objects.select_for_update(of=("self",))
            .select_related("cohort__course")
            .get(pk=enrollment.pk)
        )
        _check_learning(enrollment, quiz)
        existing = _open_attempt(enrollment, quiz)
        if existing is not None:
            return existing
        attempts = QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz)
        allowed = attempts_allowed(quiz=quiz, enrollment=enrollment)
        if allowed is not None and attempts.count() >= allowed:
            raise QuizError(ERROR_NO_ATTEMPTS_LEFT)
        question_order, option_order = _order(quiz)
        attempt = QuizAttempt(
            enrollment=enrollment,
            quiz=quiz,
            number=(attempts.aggregate(last=Max("number"))["last"] or 0) + 1,
            started_at=now,
            deadline_at=(
                now + datetime.timedelta(minutes=quiz.time_limit_minutes)
                if quiz.time_limit_minutes
                else None
            ),
            question_order=question_order,
            option_order=option_order,
        )
        try:
            with transaction.atomic():
                attempt.save()
        except IntegrityError:
            # Another request opened an attempt between our check and our insert
            # (SQLite takes no row locks); the constraint kept it to one.
            existing = _open_attempt(enrollment, quiz)
            if existing is None:
                raise
            return existing
    return attempt


# Submitting ----------------------------------------------------------------


def _answer_fields(answers: Mapping) -> dict[str, list[str]]:
    """Every value of every answer field; a QueryDict keeps repeated fields."""
    if hasattr(answers, "getlist"):
        fields = {name: answers.getlist(name) for name in answers}
    else:
        fields = dict(answers)
    return {name: values for name, values in fields.items() if name not in NON_ANSWER_FIELDS}


class SubmitResult(NamedTuple):
    attempt: QuizAttempt
    already_submitted: bool


def attempt_submit(*, attempt: QuizAttempt, answers, user, now=None) -> SubmitResult:
    """Grade an open attempt once; a second submission returns the first grade unchanged.

    ``answers`` is ``request.POST`` or a dict of field name to a list of
    values (or one string). Refusals raise before anything is written.
    """
    now = now or timezone.now()
    with transaction.atomic():
        # Lock the attempt: of two simultaneous submissions the second waits, then
        # finds it graded and changes nothing.
        locked = (
            QuizAttempt.objects.select_for_update(of=("self",))
            .select_related("enrollment", "quiz")
            .filter(pk=attempt.pk)
            .first()
        )
        if locked is None or user is None or locked.enrollment.user_id != user.pk:
            raise AttemptNotFound(ERROR_ATTEMPT_NOT_FOUND)
        if locked.is_submitted:
            return SubmitResult(locked, already_submitted=True)
        if locked.enrollment.status not in SEAT_STATUSES:
            raise NotLearningError(ERROR_NOT_LEARNING)
        if is_expired(locked, now):
            raise QuizError(ERROR_TIME_UP)
        cleaned = clean_answers(attempt_questions(locked), _answer_fields(answers))
        _record_grade(locked, cleaned, now)
    return SubmitResult(locked, already_submitted=False)


# Extra attempts --------------------------------------------------------------


def grant_extra_attempt(
    *,
    enrollment: Enrollment,
    quiz: QuizPage,
    reason: str,
    acting_user,
    expected_grants: int | None = None,
) -> ExtraAttemptGrant:
    """Allow a trainee one attempt beyond the quiz's maximum, saying who and why.

    ``expected_grants`` is how many extra attempts the instructor saw this
    trainee already had; when it no longer holds (a second click, or a
    colleague granting at the same time), nothing is written.
    """
    reason = (reason or "").strip()
    if not reason:
        raise QuizError(ERROR_REASON_REQUIRED)
    if len(reason) > REASON_MAX_LENGTH:
        raise QuizError(ERROR_REASON_TOO_LONG)
    if quiz.max_attempts is None:
        raise QuizError(ERROR_UNLIMITED_ATTEMPTS)
    with transaction.atomic():
        # Lock the enrolment, as attempt_start does: a grant and a start are
        # counted one after the other, and two grants cannot both see the same count.
        enrollment = (
            Enrollment.objects.select_for_update(of=("self",))
            .select_related("cohort__course", "user")
            .get(pk=enrollment.pk)
        )
        if enrollment.status not in SEAT_STATUSES:
            raise QuizError(ERROR_GRANT_NOT_LEARNING)
        if not quiz.path.startswith(enrollment.cohort.course.path):
            raise QuizError(ERROR_GRANT_NOT_IN_COURSE)
        grants = ExtraAttemptGrant.objects.filter(enrollment=enrollment, quiz=quiz)
        if expected_grants is not None and grants.count() != expected_grants:
            raise QuizError(ERROR_GRANT_CHANGED)
        grant = ExtraAttemptGrant.objects.create(
            enrollment=enrollment, quiz=quiz, granted_by=acting_user, reason=reason
        )
        log(
            instance=enrollment,
            action="academy.grant_extra_attempt",
            user=acting_user,
            data={
                "quiz": quiz.pk,
                "quiz_title": quiz.title,
                "cohort": enrollment.cohort_id,
                "trainee": enrollment.user.get_username(),
                "reason": reason,
            },
        )
    return grant
