"""Quizzes: grading (pure), attempt services and the reads the quiz pages need.

The completion engine hooks in at ``courses.quizzes.attempts.on_attempt_graded``
(patch it there, not here).
"""

from courses.quizzes.attempts import (
    ERROR_ATTEMPT_NOT_FOUND,
    ERROR_NO_ATTEMPTS_LEFT,
    ERROR_NOT_LEARNING,
    ERROR_QUIZ_CLOSED,
    ERROR_QUIZ_NOT_IN_COURSE,
    ERROR_TIME_UP,
    SUBMIT_GRACE,
    SubmitResult,
    attempt_close_expired,
    attempt_questions,
    attempt_start,
    attempt_submit,
    attempts_allowed,
)
from courses.quizzes.errors import AttemptNotFound, NotLearningError, QuizError
from courses.quizzes.grading import (
    ERROR_ANSWER_TOO_LONG,
    ERROR_DUPLICATE_FIELD,
    ERROR_INVALID_TRUE_FALSE,
    ERROR_UNKNOWN_OPTION,
    ERROR_UNKNOWN_QUESTION,
    AnswerError,
    Grade,
    Option,
    Question,
    QuestionResult,
    clean_answers,
    grade,
    normalise_text,
    parse_number,
    questions_from_stream,
)
from courses.quizzes.selectors import (
    access_attempt,
    answers_visible,
    attempt_review,
    quiz_overview_for,
)

__all__ = [
    "ERROR_ANSWER_TOO_LONG",
    "ERROR_ATTEMPT_NOT_FOUND",
    "ERROR_DUPLICATE_FIELD",
    "ERROR_INVALID_TRUE_FALSE",
    "ERROR_NOT_LEARNING",
    "ERROR_NO_ATTEMPTS_LEFT",
    "ERROR_QUIZ_CLOSED",
    "ERROR_QUIZ_NOT_IN_COURSE",
    "ERROR_TIME_UP",
    "ERROR_UNKNOWN_OPTION",
    "ERROR_UNKNOWN_QUESTION",
    "SUBMIT_GRACE",
    "AnswerError",
    "AttemptNotFound",
    "Grade",
    "NotLearningError",
    "Option",
    "Question",
    "QuestionResult",
    "QuizError",
    "SubmitResult",
    "access_attempt",
    "answers_visible",
    "attempt_close_expired",
    "attempt_questions",
    "attempt_review",
    "attempt_start",
    "attempt_submit",
    "attempts_allowed",
    "clean_answers",
    "grade",
    "normalise_text",
    "parse_number",
    "questions_from_stream",
    "quiz_overview_for",
]
