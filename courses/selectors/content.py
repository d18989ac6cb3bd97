"""Reads of course content: outlines, lesson navigation, the catalogue and the home page.

Each function issues a fixed number of queries whatever the size of the
course or catalogue, so pages stay fast as the academy grows.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import QueryDict
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page

from academy.search_backend import clean_search_query
from courses.models import (
    CoursePage,
    LessonPage,
    Level,
    ModulePage,
    QuizPage,
)

CATALOGUE_PAGE_SIZE = 9
SEARCH_LESSON_LIMIT = 20
# Topic slugs as taggit makes them (letters in any script, digits, - and _).
TOPIC_SLUG = re.compile(r"[-\w]+")
CARD_IMAGE_SPECS = ("fill-400x225", "fill-800x450")


LESSON = "lesson"
QUIZ = "quiz"


@dataclass(frozen=True)
class OutlineItem:
    """A lesson or a quiz in a module, as the outline and the pager show it."""

    kind: str
    page: LessonPage | QuizPage

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def minutes(self) -> int:
        return self.page.estimated_minutes

    @property
    def is_quiz(self) -> bool:
        return self.kind == QUIZ

    @property
    def label(self) -> str:
        if self.kind == QUIZ:
            return "Pre-assessment" if self.page.is_pre_assessment else "Quiz"
        return "Lesson"


@dataclass
class ModuleOutline:
    module: ModulePage
    number: int
    lessons: list[LessonPage] = field(default_factory=list)
    quizzes: list[QuizPage] = field(default_factory=list)

    @property
    def items(self) -> list[OutlineItem]:
        """Lessons and quizzes together, in tree order."""
        items = [OutlineItem(LESSON, lesson) for lesson in self.lessons]
        items += [OutlineItem(QUIZ, quiz) for quiz in self.quizzes]
        return sorted(items, key=lambda item: item.page.path)

    @property
    def minutes(self) -> int:
        return sum(item.minutes for item in self.items)


def course_outline(*, course: Page) -> list[ModuleOutline]:
    """Live modules of a course with their live lessons and quizzes, in tree order.

    Three queries, whatever the size of the course.
    """
    if course.pk is None:
        return []  # an unsaved page in the editor's preview has no tree position yet
    modules = ModulePage.objects.child_of(course).live().order_by("path")
    outline = {
        module.path: ModuleOutline(module=module, number=number)
        for number, module in enumerate(modules, start=1)
    }
    lessons = LessonPage.objects.descendant_of(course).live().defer("body").order_by("path")
    for lesson in lessons:
        # A lesson left live under an unpublished module stays hidden.
        module_outline = outline.get(lesson.path[: -Page.steplen])
        if module_outline is not None:
            module_outline.lessons.append(lesson)
    quizzes = QuizPage.objects.descendant_of(course).live().defer("questions").order_by("path")
    for quiz in quizzes:
        module_outline = outline.get(quiz.path[: -Page.steplen])
        if module_outline is not None:
            module_outline.quizzes.append(quiz)
    return list(outline.values())


def _neighbours(sequence: list, page: Page) -> tuple:
    position = next((i for i, item in enumerate(sequence) if item.pk == page.pk), None)
    if position is None:
        return None, None, None
    previous = sequence[position - 1] if position else None
    following = sequence[position + 1] if position + 1 < len(sequence) else None
    return position, previous, following


def lesson_navigation(*, lesson: LessonPage | QuizPage) -> dict:
    """Breadcrumbs, and the previous and next lesson or quiz across module boundaries.

    Also serves quiz pages. ``previous_lesson`` and ``next_lesson`` skip
    quizzes; ``previous_item`` and ``next_item`` (``OutlineItem``) do not.
    """
    if lesson.pk is None:
        return {"breadcrumbs": [], "course": None, "module": None}
    ancestors = list(lesson.get_ancestors().filter(depth__gt=1))
    course = next((page for page in ancestors if page.specific_class is CoursePage), None)
    if course is None:
        return {"breadcrumbs": ancestors, "course": None, "module": None}
    course = CoursePage.objects.only("title", "language", "url_path", "path", "depth").get(
        pk=course.pk
    )
    outline = course_outline(course=course)
    lessons = [item for entry in outline for item in entry.lessons]
    items = [item for entry in outline for item in entry.items]
    position, previous_lesson, next_lesson = _neighbours(lessons, lesson)
    _, previous_item, next_item = _neighbours([item.page for item in items], lesson)
    item_by_pk = {item.page.pk: item for item in items}
    module = next((entry for entry in outline if lesson.path.startswith(entry.module.path)), None)
    return {
        "breadcrumbs": ancestors,
        "course": course,
        "module": module,
        "lesson_number": None if position is None else position + 1,
        "lesson_count": len(lessons),
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "previous_item": item_by_pk[previous_item.pk] if previous_item else None,
        "next_item": item_by_pk[next_item.pk] if next_item else None,
    }


def _catalogue_filters(params: QueryDict) -> dict:
    valid_levels = {value for value, _ in Level.choices}
    valid_languages = {code for code, _ in settings.COURSE_LANGUAGES}
    level = params.get("level", "")
    language = params.get("language", "")
    return {
        "q": _search_terms(params.get("q", "")),
        "topic": _topic_slug(params.get("topic", "")),
        "level": level if level in valid_levels else "",
        "language": language if language in valid_languages else "",
    }


def _topic_slug(raw: str) -> str:
    """A topic's slug, or nothing: other text (a NUL byte on PostgreSQL) would fail the query."""
    slug = raw.strip()[:100]
    return slug if TOPIC_SLUG.fullmatch(slug) else ""


def _search_terms(raw: str) -> str:
    """The words the search backend will look for, so the page shows what was searched.

    The backend cleans every query the same way; cleaning here too keeps
    control characters and the long tail of an overlong query off the page.
    """
    return clean_search_query(raw)


def catalogue_for(*, index_page: Page, params: QueryDict) -> dict:
    """Courses under the catalogue, filtered, searched and paginated."""
    filters = _catalogue_filters(params)
    live_courses = CoursePage.objects.live().descendant_of(index_page)
    courses = live_courses
    if filters["level"]:
        courses = courses.filter(level=filters["level"])
    if filters["language"]:
        courses = courses.filter(language=filters["language"])
    if filters["topic"]:
        courses = courses.filter(tagged_topics__tag__slug=filters["topic"])

    lesson_hits = []
    if filters["q"]:
        ranked_ids = [page.pk for page in live_courses.search(filters["q"])]
        lesson_hits = _lesson_hits(index_page=index_page, query=filters["q"])
        ranked_ids += [
            hit["course"].pk for hit in lesson_hits if hit["course"].pk not in ranked_ids
        ]
        matching = {page.pk: page for page in _with_card_data(courses.filter(pk__in=ranked_ids))}
        course_list = [matching[pk] for pk in ranked_ids if pk in matching]
        lesson_hits = [hit for hit in lesson_hits if hit["course"].pk in matching]
    else:
        course_list = _with_card_data(courses.order_by("path"))

    paginator = Paginator(course_list, CATALOGUE_PAGE_SIZE)
    page_obj = paginator.get_page(params.get("page"))
    return {
        "filters": filters,
        "page_obj": page_obj,
        "courses": page_obj.object_list,
        "lesson_hits": lesson_hits,
        "topics": Tag.objects.filter(courses_coursetopic_items__content_object__in=live_courses)
        .distinct()
        .order_by("name"),
        "levels": Level.choices,
        "languages": [
            (code, name)
            for code, name in settings.COURSE_LANGUAGES
            if code in set(live_courses.values_list("language", flat=True))
        ],
        "filter_querystring": _querystring_without_page(params),
        "is_filtered": any(filters.values()),
    }


def _with_card_data(courses):
    """Everything a course card shows, fetched in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(*CARD_IMAGE_SPECS)
    return courses.select_related("hero_image").prefetch_related(
        Prefetch("hero_image", queryset=images),
        "tagged_topics__tag",
    )


def _lesson_hits(*, index_page: Page, query: str) -> list[dict]:
    """Lessons matching the query, each with its course (lessons sit two levels below)."""
    hits = list(
        LessonPage.objects.live().descendant_of(index_page).search(query)[:SEARCH_LESSON_LIMIT]
    )
    if not hits:
        return []
    course_paths = {hit.path[: -2 * Page.steplen] for hit in hits}
    courses = {page.path: page for page in CoursePage.objects.live().filter(path__in=course_paths)}
    # A lesson left live under an unpublished module stays hidden, as in the outline.
    live_modules = set(
        ModulePage.objects.live()
        .filter(path__in={hit.path[: -Page.steplen] for hit in hits})
        .values_list("path", flat=True)
    )
    return [
        {"lesson": hit, "course": courses[hit.path[: -2 * Page.steplen]]}
        for hit in hits
        if hit.path[: -2 * Page.steplen] in courses and hit.path[: -Page.steplen] in live_modules
    ]


def _querystring_without_page(params: QueryDict) -> str:
    remaining = params.copy()
    remaining.pop("page", None)
    return remaining.urlencode()


def featured_courses(*, home: Page, limit: int = 6) -> dict:
    """The catalogue page and its first courses, for the home page."""
    from courses.models import CourseIndexPage

    catalogue = CourseIndexPage.objects.live().descendant_of(home).first()
    if catalogue is None:
        return {"catalogue": None, "featured": []}
    courses = CoursePage.objects.live().descendant_of(catalogue).order_by("path")
    return {"catalogue": catalogue, "featured": list(_with_card_data(courses)[:limit])}
