"""Factories and helpers for quizzes and attempts.

Questions are raw stream data in Wagtail's block format, every question and
option with an id, exactly as the admin stores them. Give ids to refer to
them in a test; otherwise they are random like the admin's.
Attempts are started and submitted through the services.
"""

import json
import uuid
from types import SimpleNamespace

import factory
import wagtail_factories

from courses.models import QuizPage
from courses.quiz_blocks import QuizQuestionsBlock
from courses.quizzes import attempts as quiz_attempts
from courses.quizzes.grading import questions_from_stream
from tests.cohort_factories import CohortFactory, enrol
from tests.factories import CoursePageFactory, LessonPageFactory, ModulePageFactory


def _id(given: str | None) -> str:
    return given or str(uuid.uuid4())


def _options(options, ids=None) -> list[dict]:
    ids = ids or [None] * len(options)
    return [
        {"type": "item", "id": _id(option_id), "value": {"text": text, "correct": correct}}
        for (text, correct), option_id in zip(options, ids, strict=True)
    ]


def _question(kind, prompt, points, explanation, id, **value) -> dict:
    return {
        "type": kind,
        "id": _id(id),
        "value": {
            "prompt": prompt,
            "points": points,
            "explanation": explanation,
            **value,
        },
    }


def single_choice(prompt, options, *, points=1, explanation="", id=None, option_ids=None):
    """``options``: [(text, correct), ...]."""
    return _question(
        "single_choice", prompt, points, explanation, id, options=_options(options, option_ids)
    )


def multiple_choice(
    prompt,
    options,
    *,
    scoring="all_or_nothing",
    points=1,
    explanation="",
    id=None,
    option_ids=None,
):
    return _question(
        "multiple_choice",
        prompt,
        points,
        explanation,
        id,
        options=_options(options, option_ids),
        scoring=scoring,
    )


def true_false(prompt, correct: bool, *, points=1, explanation="", id=None):
    return _question("true_false", prompt, points, explanation, id, correct_answer=correct)


def short_text(prompt, accepted: list[str], *, points=1, explanation="", id=None):
    return _question(
        "short_text",
        prompt,
        points,
        explanation,
        id,
        accepted_answers=[{"type": "item", "id": _id(None), "value": text} for text in accepted],
    )


def numeric(prompt, answer, *, tolerance="0", points=1, explanation="", id=None):
    return _question(
        "numeric", prompt, points, explanation, id, answer=str(answer), tolerance=str(tolerance)
    )


def questions(*blocks: dict) -> str:
    return json.dumps(list(blocks))


def stream_value(*blocks: dict):
    """The StreamValue a page would hold, without a database."""
    return QuizQuestionsBlock().to_python(list(blocks))


def sample_questions() -> list[dict]:
    """One question of each type, 10 points in all, with readable ids."""
    return [
        single_choice(
            "Which body owns a national address register?",
            [("One lead agency", True), ("Every ministry", False), ("Nobody", False)],
            points=2,
            explanation="<p>Clear ownership keeps it current.</p>",
            id="q-single",
            option_ids=["single-lead", "single-every", "single-nobody"],
        ),
        multiple_choice(
            "Which are digital public infrastructure?",
            [("Digital identity", True), ("Payments", True), ("A fax machine", False)],
            scoring="partial",
            points=2,
            explanation="<p>Identity, payments and data exchange.</p>",
            id="q-multiple",
            option_ids=["multi-id", "multi-pay", "multi-fax"],
        ),
        true_false(
            "Open standards lower the cost of switching suppliers.",
            True,
            points=2,
            explanation="<p>No lock-in.</p>",
            id="q-true-false",
        ),
        short_text(
            "In which city is Brazil's largest stock exchange?",
            ["São Paulo", "Sao Paulo"],
            points=2,
            explanation="<p>B3 is in São Paulo.</p>",
            id="q-text",
        ),
        numeric(
            "What percentage is 1 in 8?",
            "12.5",
            tolerance="0.1",
            points=2,
            explanation="<p>1 ÷ 8 = 0.125.</p>",
            id="q-number",
        ),
    ]


# The answers that score full marks on sample_questions().
ALL_RIGHT = {
    "q-single": ["single-lead"],
    "q-multiple": ["multi-id", "multi-pay"],
    "q-true-false": ["true"],
    "q-text": ["  sao   PAULO "],
    "q-number": ["12,5"],
}


class QuizPageFactory(wagtail_factories.PageFactory):
    """A quiz of sample_questions(): 70 % to pass, unlimited attempts, no time limit."""

    title = factory.Sequence(lambda n: f"Quiz {n}")
    intro = "<p>Check what you have learned in this module.</p>"
    estimated_minutes = 10
    questions = factory.LazyFunction(lambda: questions(*sample_questions()))
    pass_mark = 70
    max_attempts = None
    time_limit_minutes = None
    shuffle_questions = False
    shuffle_options = False
    reveal_answers = "after_attempt"
    is_pre_assessment = False

    class Meta:
        model = QuizPage


def questions_of(quiz: QuizPage):
    return questions_from_stream(quiz.questions)


def start(quiz, enrollment, now=None):
    return quiz_attempts.attempt_start(
        quiz=quiz, enrollment=enrollment, user=enrollment.user, now=now
    )


def submit(attempt, answers, now=None):
    return quiz_attempts.attempt_submit(
        attempt=attempt, answers=answers, user=attempt.enrollment.user, now=now
    ).attempt


def take(quiz, enrollment, answers, now=None):
    """Start and submit one attempt; the graded attempt."""
    return submit(start(quiz, enrollment, now=now), answers, now=now)


def quiz_in_course(catalogue, **quiz_kwargs):
    """A course with a lesson and a quiz in one module, a running cohort and a trainee.

    A SimpleNamespace: course, module, lesson, quiz, cohort, enrollment, trainee.
    """
    course = CoursePageFactory(parent=catalogue, title="Digital public infrastructure")
    module = ModulePageFactory(parent=course, title="Foundations")
    lesson = LessonPageFactory(parent=module, title="What makes infrastructure public")
    quiz = QuizPageFactory(parent=module, title="Foundations quiz", **quiz_kwargs)
    cohort = CohortFactory(course=course)
    enrollment = enrol(cohort)
    return SimpleNamespace(
        course=course,
        module=module,
        lesson=lesson,
        quiz=quiz,
        cohort=cohort,
        enrollment=enrollment,
        trainee=enrollment.user,
    )
