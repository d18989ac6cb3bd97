"""The completion rule: who has finished a course, with distinction or not, and what is missing.

``evaluate`` is the one place the rule is written down. The dashboard, the
course page, the cohort report and (later) certificate eligibility all read
its ``CompletionResult``; ``apply_completion`` turns a complete result into
a completed enrolment.

The rule, for one enrolment, over the course's *live* outline today (live
modules and the live lessons and quizzes inside them, as ``courses.progress``
reads it):

* **Required lessons** are the lessons with ``required_for_completion`` (all
  of them unless an author unticks it). Each must be completed.
* **Required quizzes** are the quizzes that ``counts_for_completion``:
  ``required_for_completion`` and not a pre-assessment. Each must be passed:
  its best graded attempt (highest percent) reaches the quiz's *current*
  pass mark. A quiz never taken is not passed, whatever its pass mark.
* **Overall quiz score** is in points, not an average of percents: the sum of
  the points of the best attempt at each required quiz over the sum of those
  attempts' maximum points, rounded down to two places as grading does.
  Quizzes not yet taken are left out, so it is None until one has been
  taken, and None for a course without required quizzes. Once every
  required quiz is passed (the only time the minimum can matter) it covers
  them all.
* **Minimum overall score** (``CoursePage.minimum_overall_score``, optional):
  the overall score must reach it. A course without required quizzes has no
  overall score, so its minimum does not apply.
* **Distinction** (``CoursePage.distinction_threshold``, optional): complete,
  and the overall score reaches the threshold. Without required quizzes there
  is no distinction.
* A course with nothing required (no required lesson, no required quiz) is
  never complete: there is nothing to have done yet.

For the learning gain:

* **Pre-assessment percent**: the *first* graded attempt at each live
  pre-assessment, in points over points (one pre-assessment: its first
  score). The first, not the best: a pre-assessment measures what the trainee
  knew before the course, and a retake after studying no longer does.
* **Final percent**: the best graded attempt at the *last required quiz in
  course order*, the course's final assessment, which the pre-assessment
  mirrors. None until it is taken.
* **Learning gain**: final minus pre-assessment, in percentage points, when
  both exist.

Enrolments only ever move forward: ``apply_completion`` completes an active
enrolment that meets the rule and never reopens a completed one, even when a
later change to the rule (a new lesson, a higher pass mark) means it would no
longer qualify. A certificate may have been issued on that completion.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import NamedTuple

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from courses.models import Enrollment, EnrollmentStatus, QuizAttempt
from courses.progress import COMPLETED, CourseProgress, progress_for, progress_for_enrollments

TWO_PLACES = Decimal("0.01")
# Enrolments evaluated together when a rule change re-evaluates a course.
REEVALUATION_BATCH = 500
# Titles named in the "lessons to complete" message; the rest are counted.
LESSON_TITLES_SHOWN = 2

MESSAGE_NOTHING_REQUIRED = "This course has no required lessons or quizzes yet."

NOT_ATTEMPTED = "not_attempted"
IN_PROGRESS = "in_progress"
NOT_PASSED = "not_passed"
PASSED = "passed"
TAKEN = "taken"  # a pre-assessment: there is nothing to pass

LABEL_DISTINCTION = "Distinction"
LABEL_COMPLETE = "Complete"
LABEL_NOT_YET = "Not yet"


class AttemptRecord(NamedTuple):
    """What the rule reads of an attempt; a ``QuizAttempt`` has the same attributes."""

    enrollment_id: int
    quiz_id: int
    number: int
    submitted_at: datetime.datetime | None
    score: Decimal | None
    max_score: Decimal | None
    percent: Decimal | None


def format_percent(value: Decimal) -> str:
    """55 %, 55.5 %, 55.25 %: no trailing zeros (written without the space)."""
    return f"{format(value.normalize(), 'f')}%"


def percent_of(score: Decimal, max_score: Decimal) -> Decimal | None:
    """Rounded down to two places, as grading rounds, so it never overstates."""
    if not max_score:
        return None
    return (Decimal(100) * score / max_score).quantize(TWO_PLACES, rounding=ROUND_DOWN)


def _quoted(title: str) -> str:
    return f"“{title}”"


@dataclass(frozen=True)
class QuizResult:
    """One live quiz of the course, as far as this enrolment went with it."""

    quiz_id: int
    title: str
    pass_mark: int
    counts_for_completion: bool
    is_pre_assessment: bool
    attempts_used: int
    best_percent: Decimal | None = None
    best_score: Decimal | None = None
    best_max_score: Decimal | None = None
    first_score: Decimal | None = None
    first_max_score: Decimal | None = None
    first_percent: Decimal | None = None

    @property
    def attempted(self) -> bool:
        """At least one attempt has been graded."""
        return self.best_percent is not None

    @property
    def passed(self) -> bool:
        return self.attempted and self.best_percent >= self.pass_mark

    @property
    def state(self) -> str:
        if not self.attempted:
            return IN_PROGRESS if self.attempts_used else NOT_ATTEMPTED
        if self.is_pre_assessment:
            return TAKEN
        return PASSED if self.passed else NOT_PASSED

    @property
    def state_label(self) -> str:
        """The quiz's state in the course outline, in words."""
        return {
            NOT_ATTEMPTED: "Not attempted",
            IN_PROGRESS: "Attempt in progress",
            TAKEN: f"Taken: {format_percent(self.first_percent or Decimal(0))}",
            NOT_PASSED: f"Best {format_percent(self.best_percent or Decimal(0))} — not passed yet",
            PASSED: f"Passed {format_percent(self.best_percent or Decimal(0))}",
        }[self.state]

    @property
    def progress_state(self) -> str:
        """The lesson state it looks like: ``completed``, ``started`` or ``not_started``."""
        if self.state in (PASSED, TAKEN):
            return "completed"
        return "not_started" if self.state == NOT_ATTEMPTED else "started"


@dataclass(frozen=True)
class CompletionResult:
    complete: bool
    distinction: bool
    missing: tuple[str, ...]
    lessons_done: int
    lessons_required: int
    # Every live quiz of the course in course order; ``required_quizzes`` the ones that count.
    quizzes: tuple[QuizResult, ...]
    overall_percent: Decimal | None
    minimum_overall_score: int | None = None
    distinction_threshold: int | None = None
    pre_assessment_percent: Decimal | None = None
    final_percent: Decimal | None = None
    learning_gain: Decimal | None = None

    @property
    def required_quizzes(self) -> tuple[QuizResult, ...]:
        return tuple(quiz for quiz in self.quizzes if quiz.counts_for_completion)

    @property
    def quizzes_passed(self) -> int:
        return sum(1 for quiz in self.required_quizzes if quiz.passed)

    def quiz(self, quiz_id: int) -> QuizResult | None:
        return next((quiz for quiz in self.quizzes if quiz.quiz_id == quiz_id), None)

    @property
    def label(self) -> str:
        """For reports: Distinction, Complete or Not yet."""
        if self.distinction:
            return LABEL_DISTINCTION
        return LABEL_COMPLETE if self.complete else LABEL_NOT_YET


# Evaluating -----------------------------------------------------------------


def attempts_for(enrollment_ids: Iterable[int]) -> dict[int, list[AttemptRecord]]:
    """Every attempt of these enrolments, in one query, keyed by enrolment id."""
    enrollment_ids = list(enrollment_ids)
    found: dict[int, list[AttemptRecord]] = defaultdict(list)
    if not enrollment_ids:
        return found
    rows = QuizAttempt.objects.filter(enrollment_id__in=enrollment_ids).values_list(
        *AttemptRecord._fields
    )
    for row in rows:
        record = AttemptRecord(*row)
        found[record.enrollment_id].append(record)
    return found


def _quiz_result(quiz, attempts: list) -> QuizResult:
    graded = sorted(
        (
            attempt
            for attempt in attempts
            if attempt.submitted_at is not None and attempt.percent is not None
        ),
        key=lambda attempt: attempt.number,
    )
    # Highest percent; of equal ones, the earliest.
    best = max(graded, key=lambda attempt: attempt.percent, default=None)
    first = graded[0] if graded else None
    return QuizResult(
        quiz_id=quiz.pk,
        title=quiz.title,
        pass_mark=quiz.pass_mark,
        counts_for_completion=quiz.counts_for_completion,
        is_pre_assessment=quiz.is_pre_assessment,
        attempts_used=len(attempts),
        best_percent=best.percent if best else None,
        best_score=best.score if best else None,
        best_max_score=best.max_score if best else None,
        first_score=first.score if first else None,
        first_max_score=first.max_score if first else None,
        first_percent=first.percent if first else None,
    )


def _points_percent(pairs: list[tuple[Decimal, Decimal]]) -> Decimal | None:
    if not pairs:
        return None
    return percent_of(sum(score for score, _ in pairs), sum(top for _, top in pairs))


def _lessons_message(todo: list) -> str:
    count = len(todo)
    noun = "lesson" if count == 1 else "lessons"
    titles = [_quoted(lesson.title) for lesson in todo[:LESSON_TITLES_SHOWN]]
    rest = count - len(titles)
    if rest:
        listed = f"{', '.join(titles)} and {rest} more"
    elif count > 1:
        listed = f"{', '.join(titles[:-1])} and {titles[-1]}"
    else:
        listed = titles[0]
    return f"Complete {count} more {noun}: {listed}"


def _quiz_message(quiz: QuizResult) -> str:
    if quiz.attempted:
        so_far = f"best so far {format_percent(quiz.best_percent)}"
    else:
        so_far = "not taken yet"
    return f"Pass {_quoted(quiz.title)} ({so_far}, pass mark {quiz.pass_mark}%)"


def _overall_message(minimum: int, overall: Decimal | None) -> str | None:
    if overall is None:
        return f"Score at least {minimum}% overall across the required quizzes"
    if overall < minimum:
        return f"Raise your overall quiz score to {minimum}% (now {format_percent(overall)})"
    return None


def _result(course, progress: CourseProgress, attempts: Iterable) -> CompletionResult:
    by_quiz: dict[int, list] = defaultdict(list)
    for attempt in attempts:
        by_quiz[attempt.quiz_id].append(attempt)
    required_lessons = [lesson for lesson in progress.lessons if lesson.required_for_completion]
    todo = [lesson for lesson in required_lessons if progress.state(lesson) != COMPLETED]
    quizzes = tuple(
        _quiz_result(quiz, by_quiz.get(quiz.pk, []))
        for module in progress.outline
        for quiz in module.quizzes
    )
    required = [quiz for quiz in quizzes if quiz.counts_for_completion]
    overall = _points_percent(
        [(quiz.best_score, quiz.best_max_score) for quiz in required if quiz.attempted]
    )
    pre = _points_percent(
        [
            (quiz.first_score, quiz.first_max_score)
            for quiz in quizzes
            if quiz.is_pre_assessment and quiz.attempted
        ]
    )
    final = required[-1].best_percent if required else None

    missing = []
    if todo:
        missing.append(_lessons_message(todo))
    missing += [_quiz_message(quiz) for quiz in required if not quiz.passed]
    minimum = course.minimum_overall_score
    if minimum is not None and required:
        message = _overall_message(minimum, overall)
        if message:
            missing.append(message)
    if not required_lessons and not required:
        missing.append(MESSAGE_NOTHING_REQUIRED)
    complete = not missing
    threshold = course.distinction_threshold
    return CompletionResult(
        complete=complete,
        distinction=complete
        and threshold is not None
        and overall is not None
        and overall >= threshold,
        missing=tuple(missing),
        lessons_done=len(required_lessons) - len(todo),
        lessons_required=len(required_lessons),
        quizzes=quizzes,
        overall_percent=overall,
        minimum_overall_score=minimum,
        distinction_threshold=threshold,
        pre_assessment_percent=pre,
        final_percent=final,
        learning_gain=final - pre if final is not None and pre is not None else None,
    )


def evaluate(
    enrollment: Enrollment,
    *,
    progress: CourseProgress | None = None,
    attempts: Iterable | None = None,
) -> CompletionResult:
    """The rule applied to one enrolment.

    Pure given ``progress`` (the live outline and the lesson states, from
    ``courses.progress``) and ``attempts`` (this enrolment's ``QuizAttempt``
    rows or ``AttemptRecord``); either left out is fetched. The course is
    read from ``enrollment.cohort.course``.
    """
    if progress is None:
        progress = progress_for(enrollment)
    if attempts is None:
        attempts = attempts_for([enrollment.pk])[enrollment.pk]
    return _result(enrollment.cohort.course, progress, attempts)


def evaluate_many(
    enrollments: Iterable[Enrollment], *, progress: dict[int, CourseProgress] | None = None
) -> dict[int, CompletionResult]:
    """``evaluate`` for many enrolments, keyed by enrolment id, in a fixed number of queries.

    Four queries for the outlines and lesson records (none when ``progress``
    from ``progress_for_enrollments`` is given) and one for all attempts.
    Enrolments should come with ``cohort__course``.
    """
    enrollments = list(enrollments)
    if not enrollments:
        return {}
    if progress is None:
        progress = progress_for_enrollments(enrollments)
    attempts = attempts_for(enrollment.pk for enrollment in enrollments)
    return {
        enrollment.pk: _result(
            enrollment.cohort.course, progress[enrollment.pk], attempts.get(enrollment.pk, [])
        )
        for enrollment in enrollments
    }


# Applying -------------------------------------------------------------------


def _mark_completed(enrollment: Enrollment, result: CompletionResult, now) -> bool:
    """Active to completed, once; False when someone else already moved it on."""
    # The status in the filter makes this happen once even where rows are not
    # locked (SQLite): of two callers, only one update changes the row.
    changed = Enrollment.objects.filter(pk=enrollment.pk, status=EnrollmentStatus.ACTIVE).update(
        status=EnrollmentStatus.COMPLETED, status_changed_at=now, completed_at=now
    )
    if not changed:
        return False
    enrollment.status = EnrollmentStatus.COMPLETED
    enrollment.status_changed_at = enrollment.completed_at = now
    log(
        instance=enrollment,
        action="academy.complete",
        user=None,
        data={
            "cohort": enrollment.cohort_id,
            "trainee": enrollment.user.get_username(),
            "status": enrollment.status,
            "distinction": result.distinction,
            "overall_percent": (
                None if result.overall_percent is None else str(result.overall_percent)
            ),
            "automatic": True,
        },
    )
    return True


def apply_completion(
    enrollment: Enrollment, *, now: datetime.datetime | None = None
) -> CompletionResult:
    """Evaluate the rule and, when an active enrolment meets it, mark it completed.

    Sets the status and ``completed_at`` once and records one audit entry.
    A completed enrolment stays completed whatever the result; other
    statuses are evaluated but never changed. ``enrollment`` is updated in
    place. Safe inside a caller's transaction (quiz grading calls it there).
    """
    now = now or timezone.now()
    with transaction.atomic():
        # Lock the enrolment: its status is read, then changed, by lessons and
        # quiz grades that may arrive at the same time.
        locked = (
            Enrollment.objects.select_for_update(of=("self",))
            .select_related("cohort__course", "user")
            .get(pk=enrollment.pk)
        )
        result = evaluate(locked)
        if result.complete and locked.status == EnrollmentStatus.ACTIVE:
            _mark_completed(locked, result, now)
    enrollment.status = locked.status
    enrollment.status_changed_at = locked.status_changed_at
    enrollment.completed_at = locked.completed_at
    return result


def complete_open_enrollments(*, course_id: int, now: datetime.datetime | None = None) -> int:
    """After a rule change: complete every active enrolment of the course that now qualifies.

    Evaluated in batches with ``evaluate_many``; only the enrolments that
    change are written. Returns how many were completed.
    """
    now = now or timezone.now()
    enrollments = list(
        Enrollment.objects.filter(cohort__course_id=course_id, status=EnrollmentStatus.ACTIVE)
        .select_related("cohort__course", "user")
        .order_by("pk")
    )
    completed = 0
    for start in range(0, len(enrollments), REEVALUATION_BATCH):
        batch = enrollments[start : start + REEVALUATION_BATCH]
        results = evaluate_many(batch)
        for enrollment in batch:
            result = results[enrollment.pk]
            if result.complete:
                with transaction.atomic():
                    completed += _mark_completed(enrollment, result, now)
    return completed
