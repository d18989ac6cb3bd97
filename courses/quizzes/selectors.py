"""Reads for quizzes that depend on who is asking: a trainee sees only their own attempts."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import Http404
from django.utils import timezone

from courses.models import AnswerReveal, Enrollment, QuizAttempt, QuizPage
from courses.quizzes.attempts import attempt_questions, attempts_allowed, is_expired
from courses.quizzes.grading import Question, correct_answer_text, given_answer_text
from courses.selectors import learning_enrollment_for_lesson

ANONYMOUS = "anonymous"
NOT_ENROLLED = "not_enrolled"
LEARNING = "learning"


@dataclass
class QuizOverview:
    """What the quiz page tells this user: may they start, what they did so far."""

    quiz: QuizPage
    state: str
    enrollment: Enrollment | None = None
    attempts: list[QuizAttempt] = field(default_factory=list)
    allowed: int | None = None
    now: datetime.datetime | None = None

    @property
    def used(self) -> int:
        return len(self.attempts)

    @property
    def left(self) -> int | None:
        return None if self.allowed is None else max(0, self.allowed - self.used)

    @property
    def open_attempt(self) -> QuizAttempt | None:
        return next((attempt for attempt in self.attempts if not attempt.is_submitted), None)

    @property
    def open_attempt_expired(self) -> bool:
        return self.open_attempt is not None and is_expired(self.open_attempt, self.now)

    @property
    def submitted(self) -> list[QuizAttempt]:
        return [attempt for attempt in self.attempts if attempt.is_submitted]

    @property
    def best(self) -> QuizAttempt | None:
        return max(self.submitted, key=lambda attempt: attempt.percent, default=None)

    @property
    def has_passed(self) -> bool:
        return any(attempt.passed for attempt in self.submitted)

    @property
    def can_continue(self) -> bool:
        return self.open_attempt is not None and not self.open_attempt_expired

    @property
    def can_start(self) -> bool:
        if self.state != LEARNING or self.can_continue:
            return False
        return self.left is None or self.left > 0


def timed_out(attempt: QuizAttempt) -> bool:
    """Closed by the clock (see ``attempt_close_expired``), not by the trainee."""
    return (
        attempt.is_submitted
        and attempt.deadline_at is not None
        and attempt.submitted_at == attempt.deadline_at
        and not attempt.answers
    )


def quiz_overview_for(user, quiz: QuizPage, now=None) -> QuizOverview:
    now = now or timezone.now()
    if not user.is_authenticated:
        return QuizOverview(quiz=quiz, state=ANONYMOUS, now=now)
    enrollment = learning_enrollment_for_lesson(user, quiz)
    if enrollment is None:
        return QuizOverview(quiz=quiz, state=NOT_ENROLLED, now=now)
    attempts = list(QuizAttempt.objects.filter(enrollment=enrollment, quiz=quiz).order_by("number"))
    for attempt in attempts:
        attempt.timed_out = timed_out(attempt)
    return QuizOverview(
        quiz=quiz,
        state=LEARNING,
        enrollment=enrollment,
        attempts=attempts,
        allowed=attempts_allowed(quiz=quiz, enrollment=enrollment),
        now=now,
    )


def access_attempt(user, attempt_id) -> QuizAttempt:
    """One of the user's own attempts, or 404 whether it exists or not."""
    if not user.is_authenticated:
        raise Http404("No such attempt.")
    attempt = (
        QuizAttempt.objects.select_related("quiz", "enrollment__cohort__course")
        .filter(pk=attempt_id, enrollment__user=user)
        .first()
    )
    if attempt is None:
        raise Http404("No such attempt.")
    return attempt


def answers_visible(attempt: QuizAttempt, now=None) -> bool:
    """Whether the results page may show right answers and explanations.

    Never while the attempt is open; otherwise as the quiz's reveal policy
    says. "After passing" counts any passed attempt of the same enrolment;
    "after the cohort ends" means from the day after its last day.
    """
    if not attempt.is_submitted:
        return False
    policy = attempt.quiz.reveal_answers
    if policy == AnswerReveal.AFTER_ATTEMPT:
        return True
    if policy == AnswerReveal.AFTER_PASSING:
        return QuizAttempt.objects.filter(
            enrollment_id=attempt.enrollment_id,
            quiz_id=attempt.quiz_id,
            submitted_at__isnull=False,
            passed=True,
        ).exists()
    if policy == AnswerReveal.AFTER_COHORT_END:
        return timezone.localdate(now or timezone.now()) > attempt.enrollment.cohort.ends_on
    return False


@dataclass
class QuestionReview:
    number: int
    question: Question
    points: Decimal
    max_points: Decimal
    given: list[str]
    correct: list[str]

    @property
    def is_correct(self) -> bool:
        return self.points == self.max_points

    @property
    def is_partly_correct(self) -> bool:
        return 0 < self.points < self.max_points


def attempt_review(attempt: QuizAttempt, now=None) -> dict:
    """The results page: the grade, and per-question feedback only when answers may be seen."""
    visible = answers_visible(attempt, now)
    questions = []
    if visible:
        for number, question in enumerate(attempt_questions(attempt), start=1):
            questions.append(
                QuestionReview(
                    number=number,
                    question=question,
                    points=Decimal(attempt.question_scores.get(question.id, "0")),
                    max_points=Decimal(question.points),
                    given=given_answer_text(question, attempt.answers.get(question.id)),
                    correct=correct_answer_text(question),
                )
            )
    return {
        "answers_visible": visible,
        "questions": questions,
        "timed_out": timed_out(attempt),
    }
