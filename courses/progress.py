"""Progress through a course, derived from lesson records and the live outline.

Percentages count only lessons that are live in the course today, so a
lesson added later lowers the percentage, and a lesson unpublished or
deleted stops counting; records of removed lessons are simply ignored.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.models import Page

from courses.models import Enrollment, LessonPage, LessonProgress, ModulePage, QuizPage
from courses.selectors import ModuleOutline

NOT_STARTED = "not_started"
STARTED = "started"
COMPLETED = "completed"


@dataclass
class ModuleProgress:
    outline: ModuleOutline
    completed: int
    total: int

    @property
    def percent(self) -> int:
        return _percent(self.completed, self.total)


@dataclass
class CourseProgress:
    outline: list[ModuleOutline]
    lesson_states: dict[int, str] = field(default_factory=dict)

    @property
    def lessons(self) -> list[LessonPage]:
        return [lesson for module in self.outline for lesson in module.lessons]

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def completed(self) -> int:
        return sum(1 for lesson in self.lessons if self.state(lesson) == COMPLETED)

    @property
    def percent(self) -> int:
        return _percent(self.completed, self.total)

    def state(self, lesson: LessonPage) -> str:
        return self.lesson_states.get(lesson.pk, NOT_STARTED)

    @property
    def next_lesson(self) -> LessonPage | None:
        """The first lesson, in course order, that is not yet completed."""
        return next((lesson for lesson in self.lessons if self.state(lesson) != COMPLETED), None)

    @property
    def modules(self) -> list[ModuleProgress]:
        return [
            ModuleProgress(
                outline=module,
                completed=sum(1 for lesson in module.lessons if self.state(lesson) == COMPLETED),
                total=len(module.lessons),
            )
            for module in self.outline
        ]


def _percent(done: int, total: int) -> int:
    return round(100 * done / total) if total else 0


def outlines_for(courses) -> dict[int, list[ModuleOutline]]:
    """Live outlines of several courses at once, keyed by course id (three queries)."""
    courses = list({course.pk: course for course in courses}.values())
    if not courses:
        return {}
    by_path = {course.path: course.pk for course in courses}
    under_any = Q()
    for path in by_path:
        under_any |= Q(path__startswith=path)
    outlines: dict[int, dict[str, ModuleOutline]] = defaultdict(dict)
    counters: dict[int, int] = defaultdict(int)
    modules = ModulePage.objects.live().filter(under_any, depth=courses[0].depth + 1)
    for module in modules.order_by("path"):
        course_id = by_path[module.path[: -Page.steplen]]
        counters[course_id] += 1
        outlines[course_id][module.path] = ModuleOutline(module=module, number=counters[course_id])
    lessons = LessonPage.objects.live().filter(under_any).defer("body").order_by("path")
    for lesson in lessons:
        course_id = by_path.get(lesson.path[: -2 * Page.steplen])
        module = outlines.get(course_id, {}).get(lesson.path[: -Page.steplen])
        if module is not None:
            module.lessons.append(lesson)
    quizzes = QuizPage.objects.live().filter(under_any).defer("questions").order_by("path")
    for quiz in quizzes:
        course_id = by_path.get(quiz.path[: -2 * Page.steplen])
        module = outlines.get(course_id, {}).get(quiz.path[: -Page.steplen])
        if module is not None:
            module.quizzes.append(quiz)
    return {course.pk: list(outlines[course.pk].values()) for course in courses}


def progress_for_enrollments(enrollments) -> dict[int, CourseProgress]:
    """Progress of many enrolments in a fixed number of queries, keyed by enrolment id."""
    enrollments = list(enrollments)
    outlines = outlines_for(enrollment.cohort.course for enrollment in enrollments)
    states: dict[int, dict[int, str]] = defaultdict(dict)
    rows = LessonProgress.objects.filter(enrollment__in=[e.pk for e in enrollments]).values_list(
        "enrollment_id", "lesson_id", "completed_at"
    )
    for enrollment_id, lesson_id, completed_at in rows:
        states[enrollment_id][lesson_id] = COMPLETED if completed_at else STARTED
    return {
        enrollment.pk: CourseProgress(
            outline=outlines.get(enrollment.cohort.course_id, []),
            lesson_states=states[enrollment.pk],
        )
        for enrollment in enrollments
    }


def progress_for(enrollment: Enrollment) -> CourseProgress:
    return progress_for_enrollments([enrollment])[enrollment.pk]
