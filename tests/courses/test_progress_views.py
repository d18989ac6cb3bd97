"""Progress on the lesson and course pages: visits, "Mark as complete", the outline's states.

Query counts are measured at two sizes and must be equal.
"""

import datetime

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

from courses import services, views
from courses.models import Enrollment, LessonPage, LessonProgress, ModulePage
from courses.progress import progress_for
from tests.cohort_factories import CohortFactory, complete_lessons, enrol
from tests.factories import CoursePageFactory, LessonPageFactory, ModulePageFactory
from tests.utils import soup

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 10, 9, 0, tzinfo=datetime.UTC)


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def messages_of(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def complete_url(lesson) -> str:
    return f"/learn/lessons/{lesson.pk}/complete/"


@pytest.fixture
def enrolment(cohort, trainee):
    return enrol(cohort, trainee)


# The lesson page -----------------------------------------------------------------


def test_anonymous_readers_read_lessons_and_nothing_is_recorded(client, dpi, enrolment):
    response = client.get(dpi.lessons[0].url)

    assert response.status_code == 200
    assert soup(response).main.find("form") is None
    assert not LessonProgress.objects.exists()


def test_a_reader_without_a_seat_reads_lessons_and_nothing_is_recorded(
    trainee_client, trainee, dpi
):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    enrol(cohort)
    services.enrollment_request(cohort=cohort, user=trainee)  # waitlisted

    response = trainee_client.get(dpi.lessons[0].url)

    assert response.status_code == 200
    assert soup(response).main.find("form") is None
    assert not LessonProgress.objects.exists()


def test_opening_a_lesson_records_it_started_once(trainee_client, dpi, enrolment):
    lesson = dpi.lessons[1]
    with time_machine.travel(NOW, tick=False):
        trainee_client.get(lesson.url)
    with time_machine.travel(NOW + datetime.timedelta(minutes=4), tick=False):
        response = trainee_client.get(lesson.url)

    (progress,) = LessonProgress.objects.all()
    assert (progress.enrollment, progress.lesson_id) == (enrolment, lesson.pk)
    assert progress.started_at == NOW
    assert progress.completed_at is None
    assert progress.seconds_spent == 4 * 60
    form = soup(response).main.find("form", action=complete_url(lesson))
    assert form["method"] == "post"
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    buttons = [(b["value"], text_of(b)) for b in form.find_all("button")]
    assert buttons == [
        ("next", "Mark as complete and go to the next lesson"),
        ("stay", "Mark as complete"),
    ]


def test_a_head_request_records_nothing(trainee_client, dpi, enrolment):
    assert trainee_client.head(dpi.lessons[0].url).status_code == 200
    assert not LessonProgress.objects.exists()


def test_a_failure_to_record_the_visit_never_costs_the_lesson(
    trainee_client, dpi, enrolment, monkeypatch, caplog
):
    def broken(**kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(services, "lesson_visit", broken)

    response = trainee_client.get(dpi.lessons[0].url)

    assert response.status_code == 200
    assert dpi.lessons[0].title in text_of(soup(response).h1)
    assert soup(response).main.find("form", action=complete_url(dpi.lessons[0]))
    assert "Could not record a visit" in caplog.text


def test_mark_as_complete_then_go_to_the_next_lesson(trainee_client, dpi, enrolment):
    lesson, following = dpi.lessons[2], dpi.lessons[3]  # across the module boundary
    trainee_client.get(lesson.url)

    with time_machine.travel(NOW, tick=False):
        response = trainee_client.post(complete_url(lesson), {"then": "next"}, follow=True)

    assert response.redirect_chain == [(following.url, 302)]
    assert messages_of(response) == [views.MESSAGE_LESSON_COMPLETED.format(lesson=lesson.title)]
    assert LessonProgress.objects.get(lesson=lesson).completed_at == NOW


def test_mark_as_complete_and_stay_then_a_second_click_changes_nothing(
    trainee_client, dpi, enrolment
):
    lesson = dpi.lessons[0]
    with time_machine.travel(NOW, tick=False):
        response = trainee_client.post(complete_url(lesson), {"then": "stay"}, follow=True)
    assert response.redirect_chain == [(lesson.url, 302)]
    done = soup(response).main.find(class_="completion__done")
    assert " ".join(done.get_text().split()) == "Completed on 10 March 2026."
    assert soup(response).main.find("form", action=complete_url(lesson)) is None

    with time_machine.travel(NOW + datetime.timedelta(days=1), tick=False):
        response = trainee_client.post(complete_url(lesson), follow=True)

    assert LessonProgress.objects.get(lesson=lesson).completed_at == NOW
    assert messages_of(response) == [
        views.MESSAGE_LESSON_ALREADY_COMPLETED.format(lesson=lesson.title)
    ]


def test_completing_the_last_lesson_returns_to_the_course(trainee_client, dpi, enrolment):
    page = soup(trainee_client.get(dpi.lessons[-1].url))
    button = page.main.find("button", value="next")
    assert text_of(button) == "Mark as complete and return to the course"

    response = trainee_client.post(complete_url(dpi.lessons[-1]), {"then": "next"})

    assert response["Location"] == dpi.course.url


def test_only_a_trainee_with_a_seat_can_complete_a_lesson(trainee_client, trainee, dpi):
    cohort = CohortFactory(course=dpi.course, requires_approval=True)
    services.enrollment_request(cohort=cohort, user=trainee)  # pending

    assert trainee_client.post(complete_url(dpi.lessons[0])).status_code == 404
    assert trainee_client.post("/learn/lessons/999999/complete/").status_code == 404
    assert not LessonProgress.objects.exists()


def test_an_unpublished_lesson_cannot_be_completed(trainee_client, dpi, enrolment):
    dpi.lessons[0].unpublish()

    assert trainee_client.post(complete_url(dpi.lessons[0])).status_code == 404
    assert not LessonProgress.objects.exists()


def test_a_lesson_of_another_course_cannot_be_completed_through_this_enrolment(
    trainee_client, catalogue, enrolment
):
    other_course = CoursePageFactory(parent=catalogue, title="Another course")
    other = LessonPageFactory(parent=ModulePageFactory(parent=other_course))

    assert trainee_client.post(complete_url(other)).status_code == 404
    assert not LessonProgress.objects.exists()


# The course page --------------------------------------------------------------------


def outline_states(response) -> dict[str, str]:
    states = {}
    for item in soup(response).find(class_="outline").find_all("li", class_="lesson-item"):
        states[text_of(item.a)] = text_of(item.find(class_="lesson-state"))
    return states


def test_the_course_page_shows_progress_states_and_where_to_continue(
    trainee_client, dpi, enrolment
):
    complete_lessons(enrolment, [dpi.lessons[0], dpi.lessons[1], dpi.lessons[3]])
    services.lesson_visit(enrollment=enrolment, lesson=dpi.lessons[2])

    response = trainee_client.get(dpi.course.url)

    page = soup(response)
    bar = page.find("progress")
    assert (bar["max"], bar["value"], text_of(bar)) == ("100", "50", "50%")
    label = page.find(id=bar["aria-labelledby"])
    assert text_of(label) == "3 of 6 lessons completed (50%)"
    titles = [lesson.title for lesson in dpi.lessons]
    assert outline_states(response) == dict(
        zip(
            titles,
            ["Completed", "Completed", "Started", "Completed", "Not started", "Not started"],
            strict=True,
        )
    )
    continue_links = page.find_all("a", string=lambda s: s and "Continue where you left off" in s)
    assert continue_links
    assert {link["href"] for link in continue_links} == {dpi.lessons[2].url}
    assert "2 of 3 lessons completed" in text_of(page.find(class_="outline__module"))


def test_a_trainee_who_finished_every_lesson_is_told_so(trainee_client, dpi, enrolment):
    complete_lessons(enrolment, dpi.lessons)

    page = soup(trainee_client.get(dpi.course.url))

    assert page.find("progress")["value"] == "100"
    assert "You have completed every lesson of this course." in text_of(page.main)


def test_the_course_page_shows_no_progress_to_a_trainee_without_a_seat(
    trainee_client, trainee, dpi
):
    cohort = CohortFactory(course=dpi.course, requires_approval=True)
    services.enrollment_request(cohort=cohort, user=trainee)

    page = soup(trainee_client.get(dpi.course.url))

    assert page.find("progress") is None
    assert page.find(class_="lesson-state") is None


def test_progress_belongs_to_the_running_cohort_not_an_old_one(trainee_client, trainee, dpi):
    old = CohortFactory(
        course=dpi.course,
        name="Old cohort",
        starts_on=datetime.date(2024, 1, 1),
        ends_on=datetime.date(2024, 3, 1),
    )
    old_enrolment = enrol(old, trainee)
    complete_lessons(old_enrolment, dpi.lessons)
    current = enrol(CohortFactory(course=dpi.course, name="This year"), trainee)
    complete_lessons(current, dpi.lessons[:1])

    page = soup(trainee_client.get(dpi.course.url))

    assert page.find("progress")["value"] == "17"
    assert "This year" in text_of(page.find(id="progress-title").parent)


# Query counts --------------------------------------------------------------------------


def count_queries(client, url: str) -> int:
    assert client.get(url).status_code == 200  # warm-up, and the first visit is recorded
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def assert_constant(label: str, small: int, large: int, sizes: tuple[str, str]):
    print(f"\n{label}: {small} queries with {sizes[0]}, {large} with {sizes[1]}")
    assert small == large, f"{label}: {small} queries with {sizes[0]} but {large} with {sizes[1]}"


def grow(dpi, cohort, *, lessons: int, trainees: int):
    """Add lessons (in new modules of up to ten) and other trainees who did every lesson."""
    module_count = ModulePage.objects.child_of(dpi.course).count()
    for number in range(lessons):
        if number % 10 == 0:
            module_count += 1
            module = ModulePageFactory(parent=dpi.course, title=f"Extra module {module_count}")
        LessonPageFactory(parent=module, title=f"Extra lesson {module_count}.{number}")
    all_lessons = list(LessonPage.objects.live().descendant_of(dpi.course))
    for _ in range(trainees):
        complete_lessons(enrol(cohort), all_lessons)


@pytest.fixture
def small_course(dpi, cohort, enrolment):
    """Five lessons (one of the six unpublished), two other trainees, some progress."""
    dpi.lessons[-1].unpublish()
    grow(dpi, cohort, lessons=0, trainees=2)
    complete_lessons(enrolment, dpi.lessons[:2])
    return dpi


def test_course_page_queries_do_not_grow(trainee_client, small_course, cohort):
    url = small_course.course.url
    small = count_queries(trainee_client, url)

    grow(small_course, cohort, lessons=35, trainees=28)
    large = count_queries(trainee_client, url)

    assert_constant("course page (enrolled)", small, large, ("5 lessons, 2 others", "40, 30"))


def test_course_page_queries_do_not_grow_for_visitors(client, small_course, cohort):
    url = small_course.course.url
    small = count_queries(client, url)

    grow(small_course, cohort, lessons=35, trainees=28)
    large = count_queries(client, url)

    assert_constant("course page (anonymous)", small, large, ("5 lessons, 2 others", "40, 30"))


def test_lesson_page_queries_do_not_grow(trainee_client, small_course, cohort):
    url = small_course.lessons[2].url
    small = count_queries(trainee_client, url)

    grow(small_course, cohort, lessons=35, trainees=28)
    large = count_queries(trainee_client, url)

    assert_constant("lesson page (enrolled)", small, large, ("5 lessons, 2 others", "40, 30"))
    assert Enrollment.objects.count() == 31
    assert progress_for(Enrollment.objects.get(user__username="amina")).total == 40


# Previews ------------------------------------------------------------------------------


def test_a_preview_shows_content_and_records_nothing(rf, trainee, dpi, enrolment):
    """An editor who is also a trainee previews pages: no visit, no personal panel."""
    request = rf.get("/")
    request.user = trainee

    lesson_preview = dpi.lessons[0].make_preview_request(original_request=request)
    course_preview = dpi.course.make_preview_request(original_request=request)

    assert lesson_preview.status_code == course_preview.status_code == 200
    assert not LessonProgress.objects.exists()
    assert soup(lesson_preview.render()).main.find("form") is None
    assert soup(course_preview.render()).find("progress") is None
