"""A course with a pre-assessment, lessons and a final quiz, and trainees who score exactly.

Quizzes here are made of true/false statements worth one point each, so a
trainee can score any multiple of 100 / statements percent: with the default
twenty statements, 55 % is eleven right answers.
"""

from types import SimpleNamespace

from courses.models import QuizPage
from tests.cohort_factories import CohortFactory, enrol
from tests.factories import CoursePageFactory, LessonPageFactory, ModulePageFactory
from tests.quiz_factories import QuizPageFactory, questions, questions_of, take, true_false

LESSON_TITLES = ("Digital identity", "Data exchange", "Open standards")


def scored_quiz(parent, title: str, *, statements: int = 20, **kwargs) -> QuizPage:
    return QuizPageFactory(
        parent=parent,
        title=title,
        questions=questions(
            *(
                true_false(f"Statement {number}", True, id=f"s{number}")
                for number in range(statements)
            )
        ),
        **kwargs,
    )


def answers_scoring(quiz: QuizPage, percent) -> dict:
    ids = [question.id for question in questions_of(quiz)]
    right = percent * len(ids) / 100
    assert right == int(right), f"{percent}% is not reachable with {len(ids)} statements"
    return {qid: ["true" if n < right else "false"] for n, qid in enumerate(ids)}


def score(quiz: QuizPage, enrollment, percent, now=None):
    """One graded attempt at exactly ``percent``."""
    return take(quiz, enrollment, answers_scoring(quiz, percent), now=now)


def build_course(catalogue, *, title="Data governance", pre=True, final=True, **course_kwargs):
    """Module 1: pre-assessment, two lessons; module 2: a lesson and the final (pass mark 70)."""
    course = CoursePageFactory(parent=catalogue, title=title, **course_kwargs)
    first = ModulePageFactory(parent=course, title=f"{title}: foundations")
    pre_quiz = scored_quiz(first, "What you know already", is_pre_assessment=True) if pre else None
    lessons = [LessonPageFactory(parent=first, title=name) for name in LESSON_TITLES[:2]]
    second = ModulePageFactory(parent=course, title=f"{title}: practice")
    lessons.append(LessonPageFactory(parent=second, title=LESSON_TITLES[2]))
    final_quiz = scored_quiz(second, "Final assessment", pass_mark=70) if final else None
    cohort = CohortFactory(course=course, name=f"{title} cohort")
    return SimpleNamespace(
        course=course,
        modules=[first, second],
        lessons=lessons,
        pre=pre_quiz,
        final=final_quiz,
        cohort=cohort,
    )


def trainee_of(course_data, **user_kwargs):
    return enrol(course_data.cohort, **user_kwargs)
