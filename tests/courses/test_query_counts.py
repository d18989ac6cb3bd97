"""SQL queries per page do not grow with the size of a course or the catalogue.

Each page is requested once to warm the rendition caches, then counted.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from tests.factories import (
    CoursePageFactory,
    ImageFactory,
    LessonPageFactory,
    ModulePageFactory,
    image_block,
    stream,
    text_block,
)

pytestmark = pytest.mark.django_db


def count_queries(client, url: str) -> int:
    assert client.get(url).status_code == 200  # Warm-up: renditions are made here.
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def assert_constant(label: str, small: int, large: int, sizes: tuple[str, str]):
    print(f"\n{label}: {small} queries with {sizes[0]}, {large} with {sizes[1]}")
    assert small == large, f"{label}: {small} queries with {sizes[0]} but {large} with {sizes[1]}"


def add_lessons(module, count: int, start: int = 1):
    for number in range(start, start + count):
        LessonPageFactory(parent=module, title=f"{module.title}, lesson {number}")


@pytest.fixture
def course(catalogue):
    """A course of one module of five lessons, with a picture on the cover and in a lesson."""
    picture = ImageFactory(size=(1200, 800))
    course = CoursePageFactory(
        parent=catalogue, hero_image=picture, topics=["Data governance", "Policy"]
    )
    module = ModulePageFactory(parent=course, title="Module one")
    LessonPageFactory(parent=module, title="Opening")
    lesson = LessonPageFactory(
        parent=module,
        title="The lesson we count",
        body=stream(
            text_block("<p>Registries are the backbone of services.</p>"),
            image_block(picture, alt="A registry"),
        ),
    )
    add_lessons(module, 3, start=3)
    return course, module, lesson


def grow_to_fifty_lessons(course, module):
    add_lessons(module, 5, start=6)
    for number in range(2, 6):
        add_lessons(ModulePageFactory(parent=course, title=f"Module {number}"), 10)
    assert LessonPage.objects.descendant_of(course).count() == 50


def test_lesson_page_queries_do_not_grow_with_the_course(client, course):
    course, module, lesson = course
    small = count_queries(client, lesson.url)

    grow_to_fifty_lessons(course, module)
    large = count_queries(client, lesson.url)

    assert_constant("lesson page", small, large, ("5 lessons", "50 lessons"))


def test_course_page_queries_do_not_grow_with_the_course(client, course):
    course, module, _lesson = course
    small = count_queries(client, course.url)

    grow_to_fifty_lessons(course, module)
    large = count_queries(client, course.url)

    assert_constant("course page", small, large, ("5 lessons", "50 lessons"))


def test_module_page_queries_do_not_grow_with_the_module(client, course):
    course, module, _lesson = course
    small = count_queries(client, module.url)

    grow_to_fifty_lessons(course, module)
    large = count_queries(client, module.url)

    assert_constant("module page", small, large, ("5 lessons", "10 lessons"))


def add_courses(catalogue, count: int, start: int):
    """Courses with a cover and topics, each with a lesson the search finds too."""
    for number in range(start, start + count):
        course = CoursePageFactory(
            parent=catalogue,
            title=f"Course {number}",
            hero_image=ImageFactory(size=(800, 450)),
            topics=["Policy", f"Topic {number}"],
        )
        module = ModulePageFactory(parent=course, title=f"Module of course {number}")
        LessonPageFactory(parent=module, title=f"Opening lesson of course {number}")


@pytest.mark.parametrize(
    ("label", "url"),
    [
        ("catalogue", "/courses/"),
        ("filtered catalogue", "/courses/?topic=policy&level=foundation&language=en"),
        ("catalogue search", "/courses/?q=course"),
        ("home page", "/"),
    ],
)
def test_catalogue_queries_do_not_grow_with_the_number_of_courses(client, catalogue, label, url):
    add_courses(catalogue, 3, start=1)
    small = count_queries(client, url)
    if "q=" in url:
        assert "Opening lesson of course 1" in client.get(url).content.decode()

    add_courses(catalogue, 9, start=4)
    large = count_queries(client, url)

    assert_constant(label, small, large, ("3 courses", "12 courses"))
