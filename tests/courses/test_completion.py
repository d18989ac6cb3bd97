"""The completion rule (courses.completion): its variants, applying it, and re-evaluation."""

import datetime
from decimal import Decimal
from unittest import mock

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses import completion, services
from courses.completion import (
    MESSAGE_NOTHING_REQUIRED,
    apply_completion,
    complete_open_enrollments,
    evaluate,
    evaluate_many,
)
from courses.models import Enrollment, EnrollmentStatus
from courses.quizzes import attempts as quiz_attempts
from courses.signals import course_id_for
from tests.cohort_factories import complete_lessons, enrol
from tests.courses.admin_helpers import log_entries
from tests.courses.completion_helpers import build_course, score, scored_quiz, trainee_of
from tests.factories import LessonPageFactory
from tests.quiz_factories import start

pytestmark = pytest.mark.django_db

NOON = datetime.datetime(2027, 3, 3, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def data(catalogue):
    return build_course(catalogue)


def reload(enrollment) -> Enrollment:
    return Enrollment.objects.select_related("cohort__course", "user").get(pk=enrollment.pk)


def publish(page):
    page.save_revision().publish()


# The rule ---------------------------------------------------------------------------------


def test_every_live_lesson_is_required_by_default(catalogue):
    data = build_course(catalogue, pre=False, final=False)
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons[:1])

    result = evaluate(reload(enrollment))

    assert not result.complete
    assert (result.lessons_done, result.lessons_required) == (1, 3)
    assert result.missing == ("Complete 2 more lessons: “Data exchange” and “Open standards”",)

    complete_lessons(enrollment, data.lessons[1:])

    result = evaluate(reload(enrollment))
    assert result.complete
    assert result.missing == ()
    assert (result.lessons_done, result.lessons_required) == (3, 3)
    assert reload(enrollment).status == EnrollmentStatus.COMPLETED


def test_missing_lessons_name_two_and_count_the_rest(data):
    extra = LessonPageFactory(parent=data.modules[1], title="Cyber hygiene")
    enrollment = trainee_of(data)

    assert evaluate(reload(enrollment)).missing[0] == (
        "Complete 4 more lessons: “Digital identity”, “Data exchange” and 2 more"
    )
    complete_lessons(enrollment, data.lessons)
    assert evaluate(reload(enrollment)).missing[0] == "Complete 1 more lesson: “Cyber hygiene”"
    complete_lessons(enrollment, [extra])
    assert not evaluate(reload(enrollment)).missing[0].startswith("Complete")


def test_an_optional_lesson_is_not_required(catalogue):
    data = build_course(catalogue, pre=False, final=False)
    data.lessons[1].required_for_completion = False
    data.lessons[1].save()
    enrollment = trainee_of(data)

    complete_lessons(enrollment, [data.lessons[0], data.lessons[2]])

    result = evaluate(reload(enrollment))
    assert result.complete
    assert (result.lessons_done, result.lessons_required) == (2, 2)


def test_a_required_quiz_not_passed_is_missing_with_the_best_score(data):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    quiz = f"“{data.final.title}”"

    assert evaluate(reload(enrollment)).missing == (f"Pass {quiz} (not taken yet, pass mark 70%)",)

    score(data.final, enrollment, 55)
    score(data.final, enrollment, 40)

    result = evaluate(reload(enrollment))
    assert not result.complete
    assert result.missing == (f"Pass {quiz} (best so far 55%, pass mark 70%)",)
    (final,) = result.required_quizzes
    assert (final.best_percent, final.passed, final.attempts_used) == (Decimal("55"), False, 2)
    assert reload(enrollment).status == EnrollmentStatus.ACTIVE


def test_passing_the_last_requirement_completes_through_grading(data):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)

    with time_machine.travel(NOON, tick=False):
        attempt = score(data.final, enrollment, 70)

    enrollment = reload(enrollment)
    assert attempt.passed
    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert enrollment.completed_at == attempt.submitted_at == NOON


def test_the_grade_and_the_completion_commit_or_fail_together(data):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    attempt = start(data.final, enrollment)

    with (
        mock.patch.object(completion, "evaluate", side_effect=RuntimeError("boom")),
        pytest.raises(RuntimeError),
    ):
        quiz_attempts.attempt_submit(
            attempt=attempt, answers={"s0": ["true"]}, user=enrollment.user
        )

    attempt.refresh_from_db()
    assert attempt.submitted_at is None and attempt.percent is None


def test_the_pre_assessment_is_never_required(data):
    assert data.pre.required_for_completion  # ticked, yet a pre-assessment never counts
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    score(data.final, enrollment, 80)

    result = evaluate(reload(enrollment))

    assert result.complete
    assert [quiz.quiz_id for quiz in result.required_quizzes] == [data.final.pk]
    assert result.quiz(data.pre.pk).state_label == "Not attempted"


def test_an_optional_quiz_is_not_required(data):
    optional = scored_quiz(data.modules[1], "Extra practice", required_for_completion=False)
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    score(optional, enrollment, 10)
    score(data.final, enrollment, 90)

    result = evaluate(reload(enrollment))
    assert result.complete
    assert result.overall_percent == Decimal("90")


def test_the_current_pass_mark_decides(data):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    attempt = score(data.final, enrollment, 60)
    assert attempt.passed is False

    data.final.pass_mark = 60
    data.final.save()

    assert evaluate(reload(enrollment)).complete


def test_minimum_overall_score_is_points_over_the_required_quizzes(catalogue):
    data = build_course(catalogue, pre=False, final=False, minimum_overall_score=70)
    small = scored_quiz(data.modules[0], "Module quiz", statements=10, pass_mark=50)
    large = scored_quiz(data.modules[1], "Final assessment", statements=30, pass_mark=50)
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    score(small, enrollment, 100)
    score(large, enrollment, 50)

    result = evaluate(reload(enrollment))

    # 10 + 15 points of 40 is 62.5 %; the mean of the two percents would be 75 %.
    assert result.overall_percent == Decimal("62.5")
    assert not result.complete
    assert result.missing == ("Raise your overall quiz score to 70% (now 62.5%)",)

    score(large, enrollment, 70)  # 10 + 21 of 40

    result = evaluate(reload(enrollment))
    assert result.overall_percent == Decimal("77.5")
    assert result.complete


def test_the_minimum_is_named_until_a_required_quiz_is_taken(catalogue):
    data = build_course(catalogue, pre=False, minimum_overall_score=75)
    enrollment = trainee_of(data)

    assert evaluate(reload(enrollment)).missing[-1] == (
        "Score at least 75% overall across the required quizzes"
    )
    assert evaluate(reload(enrollment)).overall_percent is None


def test_distinction_needs_completion_and_the_threshold(catalogue):
    data = build_course(catalogue, distinction_threshold=90)
    enrollment = trainee_of(data)
    score(data.final, enrollment, 95)

    result = evaluate(reload(enrollment))
    assert (result.complete, result.distinction, result.label) == (False, False, "Not yet")

    complete_lessons(enrollment, data.lessons)
    result = evaluate(reload(enrollment))
    assert (result.complete, result.distinction, result.label) == (True, True, "Distinction")

    other = trainee_of(data)
    complete_lessons(other, data.lessons)
    score(data.final, other, 85)
    result = evaluate(reload(other))
    assert (result.complete, result.distinction, result.label) == (True, False, "Complete")


def test_a_course_without_quizzes_has_no_score_and_no_distinction(catalogue):
    data = build_course(
        catalogue, pre=False, final=False, minimum_overall_score=80, distinction_threshold=90
    )
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)

    result = evaluate(reload(enrollment))

    assert result.complete
    assert not result.distinction
    assert result.overall_percent is None
    assert result.quizzes == ()
    assert (result.pre_assessment_percent, result.final_percent, result.learning_gain) == (
        None,
        None,
        None,
    )


def test_a_course_with_nothing_required_is_never_complete(catalogue):
    data = build_course(catalogue, pre=False, final=False)
    for lesson in data.lessons:
        lesson.required_for_completion = False
        lesson.save()
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)

    result = evaluate(reload(enrollment))
    assert not result.complete
    assert result.missing == (MESSAGE_NOTHING_REQUIRED,)


def test_an_unpublished_lesson_is_ignored(data):
    data.lessons[1].unpublish()
    enrollment = trainee_of(data)
    complete_lessons(enrollment, [data.lessons[0], data.lessons[2]])
    score(data.final, enrollment, 100)

    assert evaluate(reload(enrollment)).complete
    assert reload(enrollment).status == EnrollmentStatus.COMPLETED


def test_an_unpublished_quiz_is_ignored(data):
    data.final.unpublish()
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)

    result = evaluate(reload(enrollment))
    assert result.complete
    assert [quiz.quiz_id for quiz in result.quizzes] == [data.pre.pk]


def test_a_lesson_added_later_reopens_active_enrolments_but_never_completed_ones(
    data, django_capture_on_commit_callbacks
):
    done = trainee_of(data)
    complete_lessons(done, data.lessons)
    score(data.final, done, 80)
    open_one = trainee_of(data)
    complete_lessons(open_one, data.lessons)
    assert reload(done).status == EnrollmentStatus.COMPLETED
    completed_at = reload(done).completed_at

    new_lesson = LessonPageFactory(parent=data.modules[1], title="Cyber hygiene", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        publish(new_lesson)
    score(data.final, open_one, 80)

    assert reload(open_one).status == EnrollmentStatus.ACTIVE
    assert evaluate(reload(open_one)).missing == ("Complete 1 more lesson: “Cyber hygiene”",)
    # The completed enrolment stays completed, with its date, though it would not qualify now.
    done = reload(done)
    assert (done.status, done.completed_at) == (EnrollmentStatus.COMPLETED, completed_at)
    assert not evaluate(done).complete


def test_other_statuses_are_evaluated_but_never_changed(data, django_capture_on_commit_callbacks):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    services.enrollment_withdraw(enrollment=enrollment, acting_user=enrollment.user)

    data.final.required_for_completion = False
    with django_capture_on_commit_callbacks(execute=True):
        publish(data.final)

    assert apply_completion(reload(enrollment)).complete
    assert reload(enrollment).status == EnrollmentStatus.WITHDRAWN
    assert not log_entries(enrollment, "academy.complete").exists()


# Applying ---------------------------------------------------------------------------------


def test_apply_completion_sets_status_and_date_once_and_logs_once(catalogue):
    data = build_course(catalogue, pre=False)
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    # Passed, but graded without the hook: apply_completion does it by hand below.
    with mock.patch.object(quiz_attempts, "on_attempt_graded"):
        score(data.final, enrollment, 90)
    assert reload(enrollment).status == EnrollmentStatus.ACTIVE

    result = apply_completion(enrollment, now=NOON)

    assert result.complete
    assert (enrollment.status, enrollment.completed_at) == (EnrollmentStatus.COMPLETED, NOON)
    stored = reload(enrollment)
    assert (stored.status, stored.completed_at, stored.status_changed_at) == (
        EnrollmentStatus.COMPLETED,
        NOON,
        NOON,
    )

    later = NOON + datetime.timedelta(days=2)
    apply_completion(reload(enrollment), now=later)
    complete_open_enrollments(course_id=data.course.pk, now=later)

    assert reload(enrollment).completed_at == NOON
    entries = log_entries(enrollment, "academy.complete")
    assert entries.count() == 1
    entry = entries.get()
    assert entry.data["trainee"] == enrollment.user.get_username()
    assert entry.data["overall_percent"] == "90.00"
    assert entry.user is None


def test_two_callers_who_both_saw_it_active_complete_it_once(catalogue):
    """Where rows are not locked (SQLite), two evaluations can both see an active enrolment."""
    data = build_course(catalogue, pre=False)
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons)
    with mock.patch.object(quiz_attempts, "on_attempt_graded"):
        score(data.final, enrollment, 90)
    first, second = reload(enrollment), reload(enrollment)
    result = evaluate(first)

    assert completion._mark_completed(first, result, NOON) is True
    assert completion._mark_completed(second, result, NOON + datetime.timedelta(hours=1)) is False

    assert reload(enrollment).completed_at == NOON
    assert log_entries(enrollment, "academy.complete").count() == 1


def test_apply_completion_does_nothing_to_an_incomplete_enrolment(data):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons[:2])

    result = apply_completion(reload(enrollment), now=NOON)

    assert not result.complete
    assert reload(enrollment).status == EnrollmentStatus.ACTIVE
    assert reload(enrollment).completed_at is None
    assert not log_entries(enrollment, "academy.complete").exists()


def test_completing_a_lesson_completes_the_enrolment_when_it_is_the_last_requirement(data):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons[:2])
    score(data.final, enrollment, 75)
    assert reload(enrollment).status == EnrollmentStatus.ACTIVE

    services.lesson_complete(enrollment=enrollment, lesson=data.lessons[2], now=NOON)

    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert reload(enrollment).completed_at == NOON


# Re-evaluation when the rule changes ---------------------------------------------------


def nearly_done(data, count=2, final_percent=80):
    """Trainees with every lesson done and the final passed at ``final_percent``."""
    trainees = []
    for _ in range(count):
        enrollment = trainee_of(data)
        complete_lessons(enrollment, data.lessons)
        score(data.final, enrollment, final_percent)
        trainees.append(enrollment)
    return trainees


def test_lowering_the_minimum_completes_open_enrolments(
    catalogue, django_capture_on_commit_callbacks
):
    data = build_course(catalogue, minimum_overall_score=90)
    trainees = nearly_done(data, final_percent=80)
    below = nearly_done(data, count=1, final_percent=70)[0]
    other_course = build_course(catalogue, title="AI governance", minimum_overall_score=90)
    elsewhere = nearly_done(other_course, count=1)[0]
    assert {reload(e).status for e in [*trainees, below, elsewhere]} == {"active"}

    course = data.course
    course.minimum_overall_score = 75
    with django_capture_on_commit_callbacks(execute=True):
        publish(course)

    assert [reload(e).status for e in trainees] == ["completed", "completed"]
    assert reload(below).status == "active"
    assert evaluate(reload(below)).missing == ("Raise your overall quiz score to 75% (now 70%)",)
    assert reload(elsewhere).status == "active"
    assert all(log_entries(e, "academy.complete").count() == 1 for e in trainees)


def test_marking_a_lesson_optional_completes_open_enrolments(
    data, django_capture_on_commit_callbacks
):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons[:2])
    score(data.final, enrollment, 80)
    assert reload(enrollment).status == "active"

    lesson = data.lessons[2]
    lesson.required_for_completion = False
    with django_capture_on_commit_callbacks(execute=True):
        publish(lesson)

    assert reload(enrollment).status == "completed"


def test_unpublishing_a_lesson_completes_open_enrolments(data, django_capture_on_commit_callbacks):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons[:2])
    score(data.final, enrollment, 80)

    with django_capture_on_commit_callbacks(execute=True):
        data.lessons[2].unpublish()

    assert reload(enrollment).status == "completed"


def test_the_reevaluation_is_enqueued_after_commit_for_the_pages_course(
    data, django_capture_on_commit_callbacks
):
    enrollment = trainee_of(data)
    complete_lessons(enrollment, data.lessons[:2])
    score(data.final, enrollment, 80)

    with mock.patch("courses.tasks.reevaluate_course") as task:
        with django_capture_on_commit_callbacks() as callbacks:
            data.lessons[2].unpublish()
        task.enqueue.assert_not_called()  # not before the unpublishing commits
        for callback in callbacks:
            callback()

    task.enqueue.assert_called_once_with(course_id=data.course.pk)
    assert reload(enrollment).status == "active"


def test_every_rule_page_leads_to_its_course(data):
    pages = [data.course, data.modules[0], data.lessons[2], data.final, data.pre]
    assert {course_id_for(page) for page in pages} == {data.course.pk}


# Many at once ----------------------------------------------------------------------------


def mixed_trainees(data, count: int):
    """Trainees at every stage: nothing done, some lessons, retakes, passed, pre only."""
    trainees = []
    for number in range(count):
        enrollment = trainee_of(data)
        stage = number % 5
        if stage >= 1:
            score(data.pre, enrollment, 25 + 5 * stage)
        if stage >= 2:
            complete_lessons(enrollment, data.lessons[: stage - 1])
        if stage >= 3:
            score(data.final, enrollment, 50)
        if stage == 4:
            complete_lessons(enrollment, data.lessons)
            score(data.final, enrollment, 85)
            start(data.pre, enrollment)  # an open attempt counts as used, never as graded
        trainees.append(enrollment)
    return trainees


def learning_enrolments(data):
    return list(
        Enrollment.objects.filter(cohort__course=data.course)
        .select_related("cohort__course")
        .order_by("pk")
    )


def test_evaluate_many_equals_evaluate_one_by_one(catalogue):
    data = build_course(catalogue, minimum_overall_score=60, distinction_threshold=80)
    other = build_course(catalogue, title="AI governance")
    mixed_trainees(data, 5)
    mixed_trainees(other, 5)
    enrollments = [*learning_enrolments(data), *learning_enrolments(other)]

    many = evaluate_many(enrollments)

    assert many == {enrollment.pk: evaluate(enrollment) for enrollment in enrollments}
    assert {result.label for result in many.values()} == {"Not yet", "Distinction", "Complete"}


def count_evaluate_many(data) -> int:
    enrollments = learning_enrolments(data)
    with CaptureQueriesContext(connection) as queries:
        evaluate_many(enrollments)
    return len(queries)


def test_evaluate_many_query_count_is_constant(catalogue):
    data = build_course(catalogue)
    mixed_trainees(data, 3)
    small = count_evaluate_many(data)

    mixed_trainees(data, 12)
    for number in range(5):
        LessonPageFactory(parent=data.modules[1], title=f"More {number}")
        scored_quiz(data.modules[0], f"Check {number}", statements=5)
    large = count_evaluate_many(data)

    assert small == large == 5  # modules, lessons, quizzes, lesson records, attempts


def test_quiz_states_read_as_the_outline_shows_them(data):
    enrollment = trainee_of(data)
    results = evaluate(reload(enrollment))
    assert [quiz.state_label for quiz in results.quizzes] == ["Not attempted", "Not attempted"]

    score(data.pre, enrollment, 40)
    score(data.pre, enrollment, 90)
    score(data.final, enrollment, 55)
    results = evaluate(reload(enrollment))
    assert [quiz.state_label for quiz in results.quizzes] == [
        "Taken: 40%",
        "Best 55% — not passed yet",
    ]

    start(data.final, enrollment)
    practice = scored_quiz(data.modules[1], "Extra practice", required_for_completion=False)
    score(practice, enrollment, 85)
    results = evaluate(reload(enrollment))
    assert [quiz.state_label for quiz in results.quizzes] == [
        "Taken: 40%",
        "Best 55% — not passed yet",
        "Passed 85%",
    ]


def test_an_attempt_in_progress_reads_as_such(data):
    enrollment = trainee_of(data)
    start(data.final, enrollment)

    (_, final) = evaluate(reload(enrollment)).quizzes
    assert (final.state_label, final.attempts_used, final.attempted) == (
        "Attempt in progress",
        1,
        False,
    )


def test_another_trainee_or_enrolment_never_counts(catalogue, data):
    mine = trainee_of(data)
    theirs = trainee_of(data)
    complete_lessons(theirs, data.lessons)
    score(data.final, theirs, 100)
    old = build_course(catalogue, title="Old course")
    old_enrolment = enrol(old.cohort, mine.user)
    complete_lessons(old_enrolment, old.lessons)
    score(old.final, old_enrolment, 100)

    result = evaluate(reload(mine))
    assert result.lessons_done == 0
    assert result.quiz(data.final.pk).attempts_used == 0
    assert result.overall_percent is None
