"""Grading of quiz answers: pure functions, no database.

Questions come from a quiz's StreamField as plain ``Question`` values whose
ids are the stable ids Wagtail gives stream and list items. Grading happens
in two steps:

* ``clean_answers`` turns the raw form fields into one answer per question
  and refuses, with ``AnswerError``, anything a real form cannot send: a
  field for a question not in the attempt, an option of another question,
  a repeated field. Unanswered questions are allowed and score nothing:
  radio and checkbox groups left empty send no field at all, so a missing
  field cannot be told apart from an honest blank.
* ``grade`` scores cleaned answers. It never raises, whatever it is given:
  anything it cannot read as a right answer is simply wrong.

Points are Decimals with two places, rounded down, so partial credit shown
per question adds up to the total and the percent never overstates what
was earned (69.996 % is 69.99 %, below a pass mark of 70).
"""

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Context, Decimal, InvalidOperation, localcontext
from fractions import Fraction
from typing import Any

from courses.quizzes.errors import QuizError

SINGLE_CHOICE = "single_choice"
MULTIPLE_CHOICE = "multiple_choice"
TRUE_FALSE = "true_false"
SHORT_TEXT = "short_text"
NUMERIC = "numeric"
CHOICE_KINDS = (SINGLE_CHOICE, MULTIPLE_CHOICE)

ALL_OR_NOTHING = "all_or_nothing"
PARTIAL = "partial"

TRUE, FALSE = "true", "false"

# Longest text answer kept; the form says so too.
ANSWER_MAX_LENGTH = 500
# Longer "numbers" are not numbers anyone types; they are read as wrong.
NUMBER_MAX_LENGTH = 60

RIGHT, WRONG = Fraction(1), Fraction(0)
TWO_PLACES = Decimal("0.01")
ZERO = Decimal("0.00")

ERROR_UNKNOWN_QUESTION = "The submission names a question that is not part of this attempt."
ERROR_UNKNOWN_OPTION = "The submission names an option that does not belong to its question."
ERROR_DUPLICATE_FIELD = "The submission repeats an answer to a question that takes only one."
ERROR_INVALID_TRUE_FALSE = "The submission gives an answer other than true or false."
ERROR_ANSWER_TOO_LONG = f"An answer is longer than {ANSWER_MAX_LENGTH} characters."
ERROR_NULL_CHARACTER = "An answer contains a null character, which cannot be stored."


class AnswerError(QuizError):
    """A submission no form of ours could have sent; the message is shown to the user."""


@dataclass(frozen=True)
class Option:
    id: str
    text: str
    correct: bool


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    prompt: str = ""
    points: int = 1
    explanation: Any = None
    options: tuple[Option, ...] = ()
    scoring: str = ALL_OR_NOTHING
    correct_answer: bool = False
    accepted_answers: tuple[str, ...] = ()
    answer: Decimal | None = None
    tolerance: Decimal = Decimal(0)

    def option(self, option_id: str) -> Option | None:
        return next((option for option in self.options if option.id == option_id), None)

    @property
    def correct_option_ids(self) -> set[str]:
        return {option.id for option in self.options if option.correct}


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    points: Decimal
    max_points: Decimal
    answered: bool

    @property
    def correct(self) -> bool:
        return self.points == self.max_points

    @property
    def partly_correct(self) -> bool:
        return ZERO < self.points < self.max_points


@dataclass(frozen=True)
class Grade:
    results: dict[str, QuestionResult] = field(default_factory=dict)
    score: Decimal = ZERO
    max_score: Decimal = ZERO
    percent: Decimal = ZERO
    passed: bool = False


# Questions from the StreamField ------------------------------------------


def questions_from_stream(stream_value: Iterable) -> list[Question]:
    """The quiz's questions as plain values, in authoring order."""
    return [_question(child) for child in stream_value]


def _question(child) -> Question:
    value = child.value
    common = {
        "id": str(child.id),
        "kind": child.block_type,
        "prompt": value.get("prompt", ""),
        "points": value.get("points") or 1,
        "explanation": value.get("explanation"),
    }
    if child.block_type in CHOICE_KINDS:
        options = tuple(
            Option(id=str(item.id), text=item.value["text"], correct=bool(item.value["correct"]))
            for item in value["options"].bound_blocks
        )
        return Question(**common, options=options, scoring=value.get("scoring") or ALL_OR_NOTHING)
    if child.block_type == TRUE_FALSE:
        return Question(**common, correct_answer=bool(value.get("correct_answer")))
    if child.block_type == SHORT_TEXT:
        return Question(**common, accepted_answers=tuple(value.get("accepted_answers") or ()))
    if child.block_type == NUMERIC:
        return Question(
            **common,
            answer=None if value.get("answer") is None else Decimal(value["answer"]),
            tolerance=abs(Decimal(value.get("tolerance") or 0)),
        )
    return Question(**common)


# Cleaning the submitted fields -------------------------------------------


def _values(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list | tuple):
        return [value if isinstance(value, str) else str(value) for value in raw]
    return [str(raw)]


def _single(values: list[str]) -> str:
    if len(values) > 1:
        raise AnswerError(ERROR_DUPLICATE_FIELD)
    return values[0] if values else ""


def _clean_one(question: Question, values: list[str]) -> str | list[str] | None:
    """One question's answer as stored, or None when left blank."""
    if question.kind == MULTIPLE_CHOICE:
        if len(set(values)) != len(values):
            raise AnswerError(ERROR_DUPLICATE_FIELD)
        if any(question.option(value) is None for value in values):
            raise AnswerError(ERROR_UNKNOWN_OPTION)
        chosen = set(values)
        # Stored in the question's own order, so the same choice is stored the same way.
        return [option.id for option in question.options if option.id in chosen] or None
    value = _single(values)
    if len(value) > ANSWER_MAX_LENGTH:
        raise AnswerError(ERROR_ANSWER_TOO_LONG)
    if "\x00" in value:
        # PostgreSQL refuses NUL in text and JSON; no keyboard types one anyway.
        raise AnswerError(ERROR_NULL_CHARACTER)
    if question.kind == SINGLE_CHOICE:
        if value and question.option(value) is None:
            raise AnswerError(ERROR_UNKNOWN_OPTION)
        return value or None
    if question.kind == TRUE_FALSE:
        if value not in ("", TRUE, FALSE):
            raise AnswerError(ERROR_INVALID_TRUE_FALSE)
        return value or None
    # Short text and numbers: any text is an answer, possibly a wrong one.
    return value if value.strip() else None


def clean_answers(
    questions: Sequence[Question], raw: Mapping[str, Any]
) -> dict[str, str | list[str]]:
    """Answers keyed by question id, or ``AnswerError`` for a forged submission.

    ``raw`` maps field names (question ids) to the list of values the form
    sent, as ``QueryDict.lists()`` gives them; a plain string stands for a
    single value.
    """
    by_id = {question.id: question for question in questions}
    for name in raw:
        if name not in by_id:
            raise AnswerError(ERROR_UNKNOWN_QUESTION)
    answers = {}
    for question_id, raw_values in raw.items():
        answer = _clean_one(by_id[question_id], _values(raw_values))
        if answer is not None:
            answers[question_id] = answer
    return answers


# Comparing answers ---------------------------------------------------------

# Invisible characters that copy and paste drags along.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u00ad\ufeff\u2060"))
# Case mapping of the Turkish dotted and dotless i depends on the language,
# which the server cannot know; treat both as a plain i.
_DOTTED_I = "i\u0307"
_DOTLESS_I = "\u0131"


def normalise_text(text: str) -> str:
    """Text as compared: NFKC, case-folded, trimmed, inner whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = unicodedata.normalize("NFKC", text.casefold())
    text = text.replace(_DOTTED_I, "i").replace(_DOTLESS_I, "i")
    return " ".join(text.split())


_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?", re.ASCII)
_AMBIGUOUS_COMMA = re.compile(r"[+-]?0*[1-9]\d{0,2},\d{3}", re.ASCII)
_SCRIPTS = ("<super>", "<sub>")
_SIGNS = str.maketrans({"\u2212": "-", "\u066b": "."})


def parse_number(text: str) -> Decimal | None:
    """The number a trainee typed, or None when it is not one.

    Accepts any script's decimal digits (after NFKC, so full-width digits
    too), a leading sign including U+2212 minus, exponents ("1e3"), and a
    comma as the decimal separator when it cannot be a thousands separator:
    "1,5" is 1.5 but "1,500" could be 1.5 or 1500 and is not read at all.
    No thousands separators, superscripts or subscripts; NaN and infinities
    are not numbers.
    """
    if not isinstance(text, str) or len(text) > NUMBER_MAX_LENGTH:
        return None
    # NFKC would read "10²" as 102; a power is not something we guess at.
    if any(unicodedata.decomposition(char).startswith(_SCRIPTS) for char in text):
        return None
    text = unicodedata.normalize("NFKC", text).strip().translate(_SIGNS)
    text = "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text)
    if text.count(",") == 1 and "." not in text:
        if _AMBIGUOUS_COMMA.fullmatch(text):
            return None
        text = text.replace(",", ".")
    if not _NUMBER.fullmatch(text):
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


# Generous precision: bounds of a 20-digit answer and tolerance are exact.
_EXACT = Context(prec=60)


def _within(number: Decimal, answer: Decimal, tolerance: Decimal) -> bool:
    with localcontext(_EXACT):
        low, high = answer - tolerance, answer + tolerance
    # Comparisons between Decimals are exact whatever their size.
    return low <= number <= high


def _fraction_right(question: Question, answer: Any) -> Fraction:
    """How much of the question was answered right, from 0 to 1, exactly."""
    kind = question.kind
    if kind == SINGLE_CHOICE:
        option = question.option(answer) if isinstance(answer, str) else None
        return RIGHT if option is not None and option.correct else WRONG
    if kind == MULTIPLE_CHOICE:
        chosen = {value for value in _values(answer) if question.option(value) is not None}
        correct = question.correct_option_ids
        if question.scoring == PARTIAL:
            if not correct:
                return WRONG
            right, wrong = len(chosen & correct), len(chosen - correct)
            return max(WRONG, Fraction(right - wrong, len(correct)))
        return RIGHT if chosen and chosen == correct else WRONG
    if kind == TRUE_FALSE:
        given = {TRUE: True, FALSE: False}.get(answer) if isinstance(answer, str) else None
        return RIGHT if given is not None and given == question.correct_answer else WRONG
    if kind == SHORT_TEXT:
        if not isinstance(answer, str):
            return WRONG
        accepted = {normalise_text(text) for text in question.accepted_answers} - {""}
        return RIGHT if normalise_text(answer) in accepted else WRONG
    if kind == NUMERIC and question.answer is not None:
        number = parse_number(answer)
        if number is None:
            return WRONG
        return RIGHT if _within(number, question.answer, question.tolerance) else WRONG
    return WRONG


def grade_question(question: Question, answer: Any) -> QuestionResult:
    max_points = Decimal(question.points).quantize(TWO_PLACES)
    answered = answer not in (None, "", [])
    earned = (_fraction_right(question, answer) if answered else WRONG) * question.points
    # Multiply before dividing, exactly: a third of 3 points is 1.00, not 0.99.
    points = Decimal(earned.numerator) / Decimal(earned.denominator)
    return QuestionResult(
        question_id=question.id,
        points=points.quantize(TWO_PLACES, rounding=ROUND_DOWN),
        max_points=max_points,
        answered=answered,
    )


def percent_of(score: Decimal, max_score: Decimal) -> Decimal:
    if not max_score:
        return ZERO
    return (Decimal(100) * score / max_score).quantize(TWO_PLACES, rounding=ROUND_DOWN)


def grade(questions: Sequence[Question], answers: Mapping[str, Any], pass_mark: int) -> Grade:
    """Score answers (cleaned or not) against questions; never raises."""
    results = {
        question.id: grade_question(question, answers.get(question.id)) for question in questions
    }
    score = sum((result.points for result in results.values()), ZERO)
    max_score = sum((result.max_points for result in results.values()), ZERO)
    percent = percent_of(score, max_score)
    return Grade(
        results=results,
        score=score,
        max_score=max_score,
        percent=percent,
        passed=percent >= pass_mark,
    )


# Showing answers -----------------------------------------------------------


def correct_answer_text(question: Question) -> list[str]:
    """The right answer(s), as a trainee reads them on the results page."""
    if question.kind in CHOICE_KINDS:
        return [option.text for option in question.options if option.correct]
    if question.kind == TRUE_FALSE:
        return ["True" if question.correct_answer else "False"]
    if question.kind == SHORT_TEXT:
        return [text for text in question.accepted_answers if text.strip()]
    if question.kind == NUMERIC and question.answer is not None:
        answer = _plain(question.answer)
        if question.tolerance:
            return [f"{answer} (± {_plain(question.tolerance)})"]
        return [answer]
    return []


def given_answer_text(question: Question, answer: Any) -> list[str]:
    """What the trainee answered, in words."""
    if answer in (None, "", []):
        return []
    if question.kind in CHOICE_KINDS:
        chosen = set(_values(answer))
        return [option.text for option in question.options if option.id in chosen]
    if question.kind == TRUE_FALSE:
        return ["True" if answer == TRUE else "False"]
    return [str(answer)]


def _plain(number: Decimal) -> str:
    """A Decimal without trailing zeros or exponent: 2.500000 → 2.5."""
    return f"{number.normalize():f}"
