"""A cohort's quiz results as instructors see them: summaries, trainees, item analysis.

Reads only; the caller has already checked access (``access_cohort(user, id,
"view_report")``). Each function runs a fixed number of queries whatever the
size of the cohort: the rows are fetched once and counted here.

Which attempts count
--------------------
Summaries and the per-trainee table use every submitted attempt of every
enrolment of the cohort, whatever its status now: a trainee who withdrew
still answered. Trainees holding a seat are listed even before they try.

The item analysis uses each trainee's *first* submitted attempt only. Later
attempts come after the trainee has seen a grade, often the right answers,
and sometimes the same question several times; counting them would make
hard questions look easy and weigh repeaters more than anyone else. One
first attempt per trainee keeps the observations independent and comparable
with the pre-assessment.

For each question, over the first attempts that showed it:

* *correct* is the share that earned the question's full points (partial
  credit is not correct); *average* is the mean share of its points earned;
* for choice and true/false questions, *chosen* is the share whose answer
  included each option; a blank answer chooses none, so the shares of a
  single-choice question add up to 100 % minus the blanks.

The questions are the quiz's current ones, in authoring order; a question
added since a trainee's first attempt was not shown to them and does not
count against them. Percentages have one decimal, rounded half up, and are
None when nothing was analysed.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Q

from courses.models import (
    SEAT_STATUSES,
    Cohort,
    Enrollment,
    ExtraAttemptGrant,
    ModulePage,
    QuizAttempt,
    QuizPage,
)
from courses.quizzes.grading import (
    CHOICE_KINDS,
    FALSE,
    TRUE,
    TRUE_FALSE,
    Option,
    Question,
    questions_from_stream,
)

ONE_PLACE = Decimal("0.1")


def percent(part, whole) -> Decimal | None:
    """``part`` of ``whole`` in percent, one decimal, half up; None when ``whole`` is 0."""
    if not whole:
        return None
    return (Decimal(100) * Decimal(part) / Decimal(whole)).quantize(
        ONE_PLACE, rounding=ROUND_HALF_UP
    )


def mean(values) -> Decimal | None:
    values = list(values)
    if not values:
        return None
    return (sum(values, Decimal(0)) / len(values)).quantize(ONE_PLACE, rounding=ROUND_HALF_UP)


# The course's quizzes --------------------------------------------------------


@dataclass
class QuizSummary:
    quiz: QuizPage
    module_title: str = ""
    trainees: int = 0  # with at least one submitted attempt
    attempts: int = 0  # submitted
    passed: int = 0  # trainees with a passed attempt
    best_percents: list[Decimal] = field(default_factory=list)

    @property
    def mean_best(self) -> Decimal | None:
        """The mean of each trainee's best score, in percent."""
        return mean(self.best_percents)

    @property
    def pass_rate(self) -> Decimal | None:
        """Share of the trainees who tried that passed; None for a pre-assessment."""
        if self.quiz.is_pre_assessment:
            return None
        return percent(self.passed, self.trainees)


def course_quizzes(cohort: Cohort):
    """The quizzes of the cohort's course, published or not, in course order."""
    return QuizPage.objects.descendant_of(cohort.course).order_by("path")


def _summarise(summary: QuizSummary, rows) -> QuizSummary:
    """Fill ``summary`` from (enrollment id, percent, passed) of submitted attempts."""
    best: dict[int, Decimal] = {}
    passed = set()
    for enrollment_id, attempt_percent, attempt_passed in rows:
        summary.attempts += 1
        best[enrollment_id] = max(best.get(enrollment_id, attempt_percent), attempt_percent)
        if attempt_passed:
            passed.add(enrollment_id)
    summary.trainees = len(best)
    summary.passed = len(passed)
    summary.best_percents = list(best.values())
    return summary


def cohort_quiz_summaries(*, cohort: Cohort) -> list[QuizSummary]:
    """One line per quiz of the course: attempts, mean best score, pass rate. Three queries."""
    quizzes = list(course_quizzes(cohort).defer("questions"))
    modules = {
        module.path: module.title
        for module in ModulePage.objects.child_of(cohort.course).only("path", "title")
    }
    rows = defaultdict(list)
    submitted = QuizAttempt.objects.filter(
        enrollment__cohort=cohort, quiz__in=quizzes, submitted_at__isnull=False
    ).values_list("quiz_id", "enrollment_id", "percent", "passed")
    for quiz_id, *row in submitted:
        rows[quiz_id].append(row)
    return [
        _summarise(
            QuizSummary(quiz=quiz, module_title=modules.get(quiz.path[: -QuizPage.steplen], "")),
            rows[quiz.pk],
        )
        for quiz in quizzes
    ]


# One quiz: trainees ------------------------------------------------------------


@dataclass
class TraineeResult:
    enrollment: Enrollment
    used: int = 0  # attempts started, open or submitted, as attempt_start counts them
    submitted: int = 0
    allowed: int | None = None  # None: unlimited
    extra: int = 0  # extra attempts granted
    first: Decimal | None = None
    best: Decimal | None = None
    passed: bool = False
    in_progress: bool = False
    last_submitted_at: datetime.datetime | None = None

    @property
    def is_learning(self) -> bool:
        return self.enrollment.status in SEAT_STATUSES

    @property
    def left(self) -> int | None:
        return None if self.allowed is None else max(0, self.allowed - self.used)


def _trainee_result(
    enrollment: Enrollment, attempts: list[QuizAttempt], quiz: QuizPage, extra: int
) -> TraineeResult:
    result = TraineeResult(
        enrollment=enrollment,
        used=len(attempts),
        extra=extra,
        allowed=None if quiz.max_attempts is None else quiz.max_attempts + extra,
    )
    for attempt in attempts:  # in attempt order
        if not attempt.is_submitted:
            result.in_progress = True
            continue
        result.submitted += 1
        if result.first is None:
            result.first = attempt.percent
        result.best = attempt.percent if result.best is None else max(result.best, attempt.percent)
        result.passed = result.passed or bool(attempt.passed)
        result.last_submitted_at = attempt.submitted_at
    return result


# One quiz: item analysis ---------------------------------------------------------


@dataclass
class OptionFigures:
    option: Option
    chosen: int
    percent: Decimal | None


@dataclass
class QuestionFigures:
    number: int
    question: Question
    analysed: int  # first attempts that showed the question
    answered: int
    correct: int  # earned full points
    percent_correct: Decimal | None
    average: Decimal | None  # mean share of the points earned, in percent
    options: list[OptionFigures]

    @property
    def percent_blank(self) -> Decimal | None:
        return percent(self.analysed - self.answered, self.analysed)


TRUE_FALSE_OPTIONS = {True: "True", False: "False"}


def answer_options(question: Question) -> tuple[Option, ...]:
    """What a trainee picks from: the options, or True and False; nothing for typed answers."""
    if question.kind in CHOICE_KINDS:
        return question.options
    if question.kind == TRUE_FALSE:
        return (
            Option(id=TRUE, text=TRUE_FALSE_OPTIONS[True], correct=question.correct_answer),
            Option(id=FALSE, text=TRUE_FALSE_OPTIONS[False], correct=not question.correct_answer),
        )
    return ()


def _chosen_ids(answer) -> set[str]:
    if isinstance(answer, str):
        return {answer}
    if isinstance(answer, list):
        return {value for value in answer if isinstance(value, str)}
    return set()


def question_figures(number: int, question: Question, first_attempts) -> QuestionFigures:
    shown = [attempt for attempt in first_attempts if question.id in attempt.question_order]
    full = Decimal(question.points)
    answered = correct = 0
    earned = []
    chosen: dict[str, int] = defaultdict(int)
    for attempt in shown:
        answer = attempt.answers.get(question.id)
        points = Decimal(attempt.question_scores.get(question.id, "0"))
        answered += answer not in (None, "", [])
        correct += points >= full
        earned.append(100 * points / full)
        for option_id in _chosen_ids(answer):
            chosen[option_id] += 1
    return QuestionFigures(
        number=number,
        question=question,
        analysed=len(shown),
        answered=answered,
        correct=correct,
        percent_correct=percent(correct, len(shown)),
        average=mean(earned),
        options=[
            OptionFigures(
                option=option,
                chosen=chosen[option.id],
                percent=percent(chosen[option.id], len(shown)),
            )
            for option in answer_options(question)
        ],
    )


def item_analysis(questions: list[Question], first_attempts) -> list[QuestionFigures]:
    """Per question (and option) figures over first attempts; pure, no database."""
    return [
        question_figures(number, question, first_attempts)
        for number, question in enumerate(questions, start=1)
    ]


# One quiz: everything the page shows --------------------------------------------


@dataclass
class QuizResults:
    cohort: Cohort
    quiz: QuizPage
    trainees: list[TraineeResult]
    questions: list[QuestionFigures]
    grants: list[ExtraAttemptGrant]
    summary: QuizSummary

    @property
    def first_attempts(self) -> int:
        return sum(1 for trainee in self.trainees if trainee.first is not None)


def quiz_results(*, cohort: Cohort, quiz: QuizPage) -> QuizResults:
    """Trainees, item analysis and extra attempts of one quiz in one cohort. Three queries."""
    attempts = list(
        QuizAttempt.objects.filter(quiz=quiz, enrollment__cohort=cohort)
        .only(
            "enrollment_id",
            "number",
            "submitted_at",
            "question_order",
            "answers",
            "question_scores",
            "percent",
            "passed",
        )
        .order_by("enrollment_id", "number")
    )
    by_enrollment: dict[int, list[QuizAttempt]] = defaultdict(list)
    for attempt in attempts:
        by_enrollment[attempt.enrollment_id].append(attempt)
    enrollments = cohort.enrollments.filter(
        Q(status__in=SEAT_STATUSES) | Q(pk__in=list(by_enrollment))
    ).select_related("user", "user__profile")
    grants = list(
        ExtraAttemptGrant.objects.filter(quiz=quiz, enrollment__cohort=cohort)
        .select_related("granted_by", "enrollment__user__profile")
        .order_by("-created_at", "-pk")
    )
    extra: dict[int, int] = defaultdict(int)
    for grant in grants:
        extra[grant.enrollment_id] += 1
    trainees = [
        _trainee_result(enrollment, by_enrollment[enrollment.pk], quiz, extra[enrollment.pk])
        for enrollment in enrollments
    ]
    first_attempts = [
        next(attempt for attempt in own if attempt.is_submitted)
        for own in by_enrollment.values()
        if any(attempt.is_submitted for attempt in own)
    ]
    submitted = [attempt for attempt in attempts if attempt.is_submitted]
    return QuizResults(
        cohort=cohort,
        quiz=quiz,
        trainees=trainees,
        questions=item_analysis(questions_from_stream(quiz.questions), first_attempts),
        grants=grants,
        summary=_summarise(
            QuizSummary(quiz=quiz),
            [(attempt.enrollment_id, attempt.percent, attempt.passed) for attempt in submitted],
        ),
    )
