"""Demo quizzes and the attempts trainees made at them.

Every course gets the two quizzes of ``academy.demo.quiz_content``: an
ungraded pre-assessment opening its first module and a final assessment
closing its last one. Then, for the demo cohorts ``academy.demo.cohorts``
seeded, attempts shaped like a real cohort's:

* most trainees holding a seat in a past or running cohort took the
  pre-assessment on the cohort's first morning, scoring 30–60 %;
* every trainee who finished all lessons of a past cohort took the final
  after their last lesson: most passed at once, some failed and passed on a
  retake, a few scored a distinction (90 % or more), some failed and stopped.

Each attempt's answers are chosen first and then graded by
``courses.quizzes.grading``, exactly as a submission would be, so the stored
points always agree with the stored answers. Some questions are harder than
others, and wrong answers favour one tempting option, so the item analysis
has something to show. Attempts are history, not clicks: they are written in
bulk and leave enrolment statuses as the cohort seeding set them.

Quizzes are keyed by slug within their module and attempts by cohort and
quiz, so a second run adds nothing.
"""

import datetime
import json
import random
import uuid
from decimal import Decimal

from django.db.models import Count, Max, Q
from django.utils import timezone

from academy.demo.quiz_content import load_quizzes
from courses.models import (
    SEAT_STATUSES,
    AnswerReveal,
    Cohort,
    CoursePage,
    LessonPage,
    ModulePage,
    QuizAttempt,
    QuizPage,
)
from courses.quizzes.grading import (
    CHOICE_KINDS,
    FALSE,
    MULTIPLE_CHOICE,
    NUMERIC,
    SHORT_TEXT,
    SINGLE_CHOICE,
    TRUE,
    TRUE_FALSE,
    Grade,
    Question,
    clean_answers,
    grade,
    questions_from_stream,
)

# Stable ids for questions and options, so every demo database has the same ones.
ID_NAMESPACE = uuid.UUID("5a0d3c1e-9b7f-4f53-a1c2-6e0b2d9f4a11")

PRE_SETTINGS = {
    "is_pre_assessment": True,
    "required_for_completion": False,
    "max_attempts": 1,
    "reveal_answers": AnswerReveal.AFTER_ATTEMPT,
}
FINAL_SETTINGS = {
    "is_pre_assessment": False,
    "required_for_completion": True,
    "max_attempts": 3,
    "reveal_answers": AnswerReveal.AFTER_PASSING,
}

PRE_BAND = (Decimal(30), Decimal(60))
DISTINCTION = Decimal(90)
# Share of the seat holders of a past or running cohort who took the pre-assessment.
PRE_TAKERS = 0.88
# Chance that a trainee left a question blank.
BLANK = 0.04
# Finishers sit the final (and any retakes) within this long of their last lesson;
# each attempt gets an equal share of it, long enough for the attempt itself.
FINAL_WINDOW = datetime.timedelta(days=14)
MIN_SLOT = datetime.timedelta(hours=2)


def seed_quizzes(*, report, admin) -> None:
    now = timezone.now()
    for data in load_quizzes():
        course = CoursePage.objects.filter(slug=data["course_slug"]).order_by("path").first()
        if course is None:
            continue
        pre = _quiz(course, data["module_slug_for_pre"], data["pre"], PRE_SETTINGS, admin, report)
        final = _quiz(
            course, data["module_slug_for_final"], data["final"], FINAL_SETTINGS, admin, report
        )
        if pre is None or final is None:
            continue
        lessons = LessonPage.objects.live().descendant_of(course).count()
        cohorts = Cohort.objects.filter(course=course).select_related("course")
        for cohort in cohorts.order_by("starts_on", "pk"):
            rows = []
            if cohort.starts_on <= timezone.localdate(now):
                rows += _pre_attempts(cohort, pre, now)
            if cohort.ends_on < timezone.localdate(now):
                rows += _final_attempts(cohort, final, lessons, now)
            if rows:
                QuizAttempt.objects.bulk_create(rows, batch_size=500)
                report.created["quiz attempts"] = report.created.get("quiz attempts", 0) + len(rows)


# Pages ---------------------------------------------------------------------------


def _stable_id(*parts) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(part) for part in parts)))


def question_stream(questions: list[dict], key: str) -> list[dict]:
    """Questions of ``quiz_content`` as the raw stream data of ``QuizQuestionsBlock``."""
    stream = []
    for number, question in enumerate(questions, start=1):
        question_id = _stable_id(key, number)
        value = {
            "prompt": question["prompt"],
            "points": question["points"],
            "explanation": question["explanation"],
        }
        kind = question["type"]
        if kind in CHOICE_KINDS:
            value["options"] = [
                {
                    "type": "item",
                    "id": _stable_id(question_id, letter),
                    "value": {"text": option["text"], "correct": option["correct"]},
                }
                for letter, option in enumerate(question["options"])
            ]
            if kind == MULTIPLE_CHOICE:
                value["scoring"] = question["scoring"]
        elif kind == TRUE_FALSE:
            value["correct_answer"] = question["correct_answer"]
        elif kind == SHORT_TEXT:
            value["accepted_answers"] = [
                {"type": "item", "id": _stable_id(question_id, "accepted", index), "value": text}
                for index, text in enumerate(question["accepted_answers"])
            ]
        elif kind == NUMERIC:
            value["answer"] = question["answer"]
            value["tolerance"] = question["tolerance"]
        stream.append({"type": kind, "id": question_id, "value": value})
    return stream


def _quiz(course, module_slug, content, settings, admin, report) -> QuizPage | None:
    module = ModulePage.objects.child_of(course).filter(slug=module_slug).first()
    if module is None:
        return None
    existing = QuizPage.objects.child_of(module).filter(slug=content["slug"]).first()
    if existing is not None:
        return existing
    quiz = QuizPage(
        title=content["title"],
        slug=content["slug"],
        intro=content["intro"],
        estimated_minutes=content["minutes"],
        questions=json.dumps(
            question_stream(content["questions"], f"{course.slug}/{content['slug']}")
        ),
        pass_mark=content.get("pass_mark", QuizPage._meta.get_field("pass_mark").default),
        **settings,
    )
    first_child = module.get_first_child()
    if settings["is_pre_assessment"] and first_child is not None:
        # The pre-assessment opens the module, before its first lesson.
        first_child.add_sibling("first-sibling", instance=quiz)
    else:
        module.add_child(instance=quiz)
    quiz.save_revision(user=admin, log_action=False).publish(user=admin)
    report.count("pages")
    return QuizPage.objects.get(pk=quiz.pk)


# Answers ---------------------------------------------------------------------------


class Examinee:
    """Chooses answers for one quiz: some questions are harder, one wrong option tempts."""

    def __init__(self, rng: random.Random, quiz: QuizPage):
        self.rng = rng
        self.quiz = quiz
        self.questions = questions_from_stream(quiz.questions)
        self.difficulty = {question.id: rng.uniform(-0.15, 0.3) for question in self.questions}
        self.tempting = {
            question.id: rng.choice(wrong)
            for question in self.questions
            if (wrong := [option.id for option in question.options if not option.correct])
        }

    def attempt(self, low: Decimal, high: Decimal) -> tuple[dict, Grade]:
        """Answers graded between ``low`` and ``high`` percent, or as close as chance allows."""
        ability = float(low + high) / 200 + 0.06
        closest = None
        for _ in range(300):
            answers = clean_answers(self.questions, self._raw_answers(ability))
            result = grade(self.questions, answers, self.quiz.pass_mark)
            if low <= result.percent <= high:
                return answers, result
            miss = low - result.percent if result.percent < low else result.percent - high
            if closest is None or miss < closest[0]:
                closest = (miss, answers, result)
            ability += 0.01 if result.percent < low else -0.01
        return closest[1], closest[2]

    def _raw_answers(self, ability: float) -> dict[str, list[str]]:
        raw = {}
        for question in self.questions:
            if self.rng.random() < BLANK:
                continue
            chance = min(0.97, max(0.03, ability - self.difficulty[question.id]))
            raw[question.id] = self._answer(question, right=self.rng.random() < chance)
        return raw

    def _answer(self, question: Question, *, right: bool) -> list[str]:
        rng = self.rng
        if question.kind == SINGLE_CHOICE:
            if right:
                return [next(option.id for option in question.options if option.correct)]
            if rng.random() < 0.6:
                return [self.tempting[question.id]]
            return [rng.choice([option.id for option in question.options if not option.correct])]
        if question.kind == MULTIPLE_CHOICE:
            return self._choices(question, right=right)
        if question.kind == TRUE_FALSE:
            return [TRUE if question.correct_answer == right else FALSE]
        if question.kind == SHORT_TEXT:
            accepted = [text for text in question.accepted_answers if text.strip()]
            text = rng.choice(accepted)
            if right:
                return [rng.choice([text, text.capitalize(), f" {text} "])]
            # A near miss: half of the term, or a typo.
            words = text.split()
            return [words[-1] if len(words) > 1 else text[: max(1, len(text) - 3)]]
        if question.kind == NUMERIC and question.answer is not None:
            if right:
                return [_plain(question.answer)]
            step = max(Decimal(1), question.tolerance * 2 + 1)
            return [_plain(question.answer + step * rng.choice([-2, -1, 1, 2, 5]))]
        return []

    def _choices(self, question: Question, *, right: bool) -> list[str]:
        correct = [option.id for option in question.options if option.correct]
        if right:
            return correct
        chosen = set(correct)
        wrong = [option.id for option in question.options if not option.correct]
        if self.rng.random() < 0.6 or not wrong:
            chosen.discard(self.rng.choice(correct))
        if wrong and (chosen == set(correct) or self.rng.random() < 0.5):
            chosen.add(self.tempting.get(question.id) or self.rng.choice(wrong))
        return [option.id for option in question.options if option.id in chosen]


def _plain(number: Decimal) -> str:
    return f"{number.normalize():f}"


def _attempt_row(enrollment, quiz, examinee, number, answers, result, started, minutes):
    return QuizAttempt(
        enrollment=enrollment,
        quiz=quiz,
        number=number,
        started_at=started,
        submitted_at=started + datetime.timedelta(minutes=minutes),
        question_order=[question.id for question in examinee.questions],
        option_order={
            question.id: [option.id for option in question.options]
            for question in examinee.questions
            if question.kind in CHOICE_KINDS
        },
        answers=answers,
        question_scores={
            question_id: str(question_result.points)
            for question_id, question_result in result.results.items()
        },
        score=result.score,
        max_score=result.max_score,
        percent=result.percent,
        passed=result.passed,
    )


# Attempts ----------------------------------------------------------------------------


def _rng(cohort: Cohort, quiz: QuizPage) -> random.Random:
    return random.Random(f"{cohort.course.slug}/{cohort.name}/{quiz.slug}")


def _at(day: datetime.date, hour: int, minutes: int = 0) -> datetime.datetime:
    """``minutes`` past ``hour`` o'clock on ``day``, in the academy's time zone."""
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))
    return start + datetime.timedelta(minutes=minutes)


def _pre_attempts(cohort: Cohort, quiz: QuizPage, now) -> list[QuizAttempt]:
    """Most seat holders, on the cohort's first morning."""
    if QuizAttempt.objects.filter(quiz=quiz, enrollment__cohort=cohort).exists():
        return []
    rng = _rng(cohort, quiz)
    examinee = Examinee(rng, quiz)
    rows = []
    enrollments = cohort.enrollments.filter(status__in=SEAT_STATUSES).order_by("pk")
    for enrollment in enrollments:
        if rng.random() >= PRE_TAKERS:
            continue
        started = _at(cohort.starts_on, 6, rng.randint(0, 110))
        minutes = rng.randint(4, 15)
        if started + datetime.timedelta(minutes=minutes) >= now:
            continue
        answers, result = examinee.attempt(*PRE_BAND)
        rows.append(_attempt_row(enrollment, quiz, examinee, 1, answers, result, started, minutes))
    return rows


def final_plan(rng: random.Random, pass_mark: int) -> list[tuple[Decimal, Decimal]]:
    """The score band of each attempt a finisher made at the final, in order."""
    passing = (Decimal(pass_mark), DISTINCTION - Decimal("0.01"))
    failing = (Decimal(35), Decimal(pass_mark) - Decimal("0.01"))
    retake = (Decimal(pass_mark), Decimal(100))
    roll = rng.random()
    if roll < 0.12:
        return [(DISTINCTION, Decimal(100))]
    if roll < 0.66:
        return [passing]
    if roll < 0.82:
        return [failing, retake]
    if roll < 0.88:
        return [failing, failing, passing]
    if roll < 0.95:
        return [failing]
    return [failing, failing]


def _final_attempts(cohort: Cohort, quiz: QuizPage, lessons: int, now) -> list[QuizAttempt]:
    """Trainees who finished every lesson of a past cohort, after their last lesson."""
    if lessons == 0 or QuizAttempt.objects.filter(quiz=quiz, enrollment__cohort=cohort).exists():
        return []
    rng = _rng(cohort, quiz)
    examinee = Examinee(rng, quiz)
    finishers = (
        cohort.enrollments.filter(status__in=SEAT_STATUSES)
        .annotate(
            done=Count("lesson_progress", filter=Q(lesson_progress__completed_at__isnull=False)),
            last_done=Max("lesson_progress__completed_at"),
        )
        .filter(done__gte=lessons)
        .order_by("pk")
    )
    cohort_closes = min(_at(cohort.ends_on, 22), now - datetime.timedelta(hours=1))
    rows = []
    for enrollment in finishers:
        bands = final_plan(rng, quiz.pass_mark)
        opens = enrollment.last_done + datetime.timedelta(minutes=rng.randint(20, 600))
        closes = min(cohort_closes, opens + FINAL_WINDOW)
        slot = (closes - opens) / len(bands)
        if slot < MIN_SLOT:
            continue  # finished too late to sit the final within the cohort's dates
        for number, band in enumerate(bands, start=1):
            started = opens + (number - 1) * slot + rng.uniform(0, 0.5) * slot
            answers, result = examinee.attempt(*band)
            rows.append(
                _attempt_row(
                    enrollment, quiz, examinee, number, answers, result, started, rng.randint(9, 35)
                )
            )
    return rows


def settle_demo_completion() -> int:
    """Give the freshly seeded enrolments the status the completion rule gives them.

    The cohort seeding marks everyone who finished the lessons as completed;
    with quizzes in the rule, those who never passed the final are still
    active. Returns how many statuses changed.
    """
    from django.db.models import Max

    from courses.completion import evaluate_many
    from courses.models import Enrollment, EnrollmentStatus, QuizAttempt

    enrollments = list(
        Enrollment.objects.filter(
            status__in=(EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED)
        ).select_related("cohort__course")
    )
    results = evaluate_many(enrollments)
    last_attempts = dict(
        QuizAttempt.objects.filter(submitted_at__isnull=False)
        .values_list("enrollment_id")
        .annotate(last=Max("submitted_at"))
    )
    changed = []
    for enrollment in enrollments:
        complete = results[enrollment.pk].complete
        if complete and enrollment.status == EnrollmentStatus.ACTIVE:
            moments = [enrollment.last_activity_at, last_attempts.get(enrollment.pk)]
            enrollment.status = EnrollmentStatus.COMPLETED
            enrollment.completed_at = max(moment for moment in moments if moment)
        elif not complete and enrollment.status == EnrollmentStatus.COMPLETED:
            enrollment.status = EnrollmentStatus.ACTIVE
            enrollment.completed_at = None
        else:
            continue
        changed.append(enrollment)
    Enrollment.objects.bulk_update(changed, ["status", "completed_at"], batch_size=500)
    return len(changed)
