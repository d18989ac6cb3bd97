"""My learning (/learn/): every enrolment of the trainee, and nobody else's."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses import services
from tests.cohort_factories import CohortFactory, complete_lessons, enrol, verified_user
from tests.factories import course_with_lessons
from tests.utils import soup, third_party_fetches

pytestmark = pytest.mark.django_db


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def cards(response) -> dict[str, str]:
    """Each enrolment card's text, keyed by the section it is in and its cohort."""
    found = {}
    for section in soup(response).main.find_all("section"):
        for card in section.find_all("li", class_="enrolment"):
            found[text_of(card.find(class_="enrolment__cohort")).split(" · ")[0]] = (
                section.h2.get_text(),
                text_of(card),
            )
    return found


def test_anonymous_visitors_are_asked_to_log_in(client):
    response = client.get("/learn/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/learn/"


def test_a_new_trainee_is_pointed_to_the_catalogue(trainee_client):
    page = soup(trainee_client.get("/learn/"))

    assert text_of(page.h1) == "My learning"
    assert page.main.find("a", string="Browse the courses")["href"] == "/courses/"
    assert page.find("a", string="My learning")["aria-current"] == "page"


def test_an_active_enrolment_shows_dates_progress_and_the_next_lesson(
    trainee_client, trainee, dpi, cohort
):
    enrollment = enrol(cohort, trainee)
    complete_lessons(enrollment, dpi.lessons[:2])

    response = trainee_client.get("/learn/")

    page = soup(response)
    card = page.find("li", class_="enrolment")
    assert card.h3.a["href"] == dpi.course.url
    assert f"{cohort.starts_on:%-d %b %Y} – {cohort.ends_on:%-d %b %Y}" in text_of(card)
    bar = card.find("progress")
    assert (bar["value"], bar["max"]) == ("33", "100")
    assert text_of(page.find(id=bar["aria-labelledby"])) == "2 of 6 lessons completed (33%)"
    next_link = card.find("a", class_="button")
    assert next_link["href"] == dpi.lessons[2].url
    assert text_of(next_link) == f"Continue: {dpi.lessons[2].title}"
    assert third_party_fetches(page) == []


def test_waiting_pending_withdrawn_and_declined_are_said_plainly(trainee_client, trainee, dpi):
    full = CohortFactory(course=dpi.course, name="Full cohort", capacity=1)
    enrol(full)
    services.enrollment_request(cohort=full, user=verified_user())
    services.enrollment_request(cohort=full, user=trainee)
    approval = CohortFactory(course=dpi.course, name="Approval cohort", requires_approval=True)
    services.enrollment_request(cohort=approval, user=trainee)
    left = CohortFactory(course=dpi.course, name="Left cohort")
    services.enrollment_withdraw(enrollment=enrol(left, trainee), acting_user=trainee)
    declined = CohortFactory(course=dpi.course, name="Declined cohort", requires_approval=True)
    request = services.enrollment_request(cohort=declined, user=trainee)
    services.enrollment_decide(enrollment=request, accept=False, acting_user=None)

    found = cards(trainee_client.get("/learn/"))

    assert "On the waiting list: number 2." in found["Full cohort"][1]
    assert "Your request is awaiting approval." in found["Approval cohort"][1]
    assert "You left this cohort on" in found["Left cohort"][1]
    assert "Your request to join this cohort was not accepted." in found["Declined cohort"][1]
    assert all("%" not in text for _, text in found.values())  # no progress without a seat


def test_running_and_upcoming_come_first_and_past_cohorts_below(trainee_client, trainee, dpi):
    today = timezone.localdate()
    dated = {
        "Upcoming": (today + days(30), today + days(90)),
        "Past": (today - days(200), today - days(100)),
        "Running": (today - days(5), today + days(50)),
        "Older": (today - days(400), today - days(300)),
    }
    for name, (starts_on, ends_on) in dated.items():
        cohort = CohortFactory(course=dpi.course, name=name, starts_on=starts_on, ends_on=ends_on)
        enrol(cohort, trainee)

    response = trainee_client.get("/learn/")

    found = cards(response)
    assert [name for name in found] == ["Running", "Upcoming", "Past", "Older"]
    assert [section for section, _ in found.values()] == [
        "Running and upcoming",
        "Running and upcoming",
        "Past cohorts",
        "Past cohorts",
    ]


def test_nobody_sees_another_trainees_enrolments(trainee_client, dpi, cohort):
    enrol(cohort)  # somebody else

    page = soup(trainee_client.get("/learn/"))

    assert page.find("li", class_="enrolment") is None


def test_the_header_offers_the_trainee_their_pages_and_a_logout_button(trainee_client):
    nav = soup(trainee_client.get("/learn/")).find("nav", attrs={"aria-label": "Main"})

    links = {text_of(a): a["href"] for a in nav.find_all("a")}
    assert links["My learning"] == "/learn/"
    assert links["Profile"] == "/accounts/profile/"
    form = nav.find("form")
    assert (form["method"], form["action"]) == ("post", "/accounts/logout/")
    assert form.find("input", attrs={"name": "csrfmiddlewaretoken"})
    assert text_of(form.button) == "Log out"
    assert "Log in" not in links


# Query counts ----------------------------------------------------------------------------


def add_enrolments(catalogue, trainee, count: int, start: int):
    """Enrolments in new courses of growing size, with some progress in each."""
    for number in range(start, start + count):
        course, outline = course_with_lessons(
            parent=catalogue, modules=2, lessons_per_module=number, title=f"Course {number}"
        )
        cohort = CohortFactory(course=course, name=f"Cohort {number}", capacity=2)
        enrollment = enrol(cohort, trainee)
        complete_lessons(enrollment, outline[0][1])
        enrol(cohort)
        enrol(cohort)  # the third is on the waiting list
    waitlisted = CohortFactory(course=course, name=f"Full {start}", capacity=1)
    enrol(waitlisted)
    services.enrollment_request(cohort=waitlisted, user=trainee)


def count_queries(client, url: str) -> int:
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_my_learning_queries_do_not_grow_with_enrolments(trainee_client, trainee, catalogue):
    add_enrolments(catalogue, trainee, 1, start=1)
    small = count_queries(trainee_client, "/learn/")

    add_enrolments(catalogue, trainee, 5, start=2)
    large = count_queries(trainee_client, "/learn/")

    print(
        f"\nMy learning: {small} queries with 1 course enrolment (+1 waitlisted), "
        f"{large} with 6 (+2 waitlisted)"
    )
    assert small == large
    assert len(soup(trainee_client.get("/learn/")).find_all("progress")) == 6
