"""The catalogue at /courses/: filters, search and pagination."""

from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest

from courses.models import ModulePage
from courses.selectors import CATALOGUE_PAGE_SIZE
from tests.factories import (
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    stream,
    text_block,
)
from tests.utils import soup

EMPTY_MESSAGE = "No course matches these filters."


def card_titles(response) -> list[str]:
    assert response.status_code == 200
    return [
        card.get_text(strip=True) for card in soup(response).select(".course-card .card__title")
    ]


def lesson_hits(response) -> list[tuple[str, str, str]]:
    return [
        (
            item.a.get_text(strip=True),
            item.a["href"],
            item.select_one(".muted").get_text(strip=True),
        )
        for item in soup(response).select(".lesson-hits li")
    ]


@pytest.fixture
def courses(catalogue):
    def course(title, level, language, topics, summary="A practical course for public servants."):
        return CoursePageFactory(
            parent=catalogue,
            title=title,
            level=level,
            language=language,
            topics=topics,
            summary=summary,
        )

    made = SimpleNamespace(
        cyber=course(
            "Cyber basics",
            "foundation",
            "en",
            ["Cybersecurity"],
            summary="Spot phishing and lead the first hours of an incident.",
        ),
        ai=course("AI governance for ministries", "advanced", "en", ["AI governance", "Policy"]),
        egov=course("Gouvernement numérique", "intermediate", "fr", ["Digital government"]),
        open_data=course("Datos abiertos", "foundation", "es", ["Data governance"]),
        privacy=course("Data protection law", "intermediate", "en", ["Data governance", "Policy"]),
    )
    module = ModulePageFactory(parent=made.privacy, title="Principles")
    made.lesson = LessonPageFactory(
        parent=module,
        title="Who decides what",
        body=stream(text_block("<p>Subsidiarity keeps decisions close to the people.</p>")),
    )
    return made


ALL_TITLES = [
    "Cyber basics",
    "AI governance for ministries",
    "Gouvernement numérique",
    "Datos abiertos",
    "Data protection law",
]


def test_unfiltered_catalogue_lists_every_live_course_in_tree_order(client, courses):
    response = client.get("/courses/")
    assert card_titles(response) == ALL_TITLES
    assert soup(response).select_one(".results-count").get_text(strip=True) == "5 courses"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=data-governance", ["Datos abiertos", "Data protection law"]),
        ("topic=policy", ["AI governance for ministries", "Data protection law"]),
        ("level=foundation", ["Cyber basics", "Datos abiertos"]),
        ("level=advanced", ["AI governance for ministries"]),
        ("language=fr", ["Gouvernement numérique"]),
        ("language=en", ["Cyber basics", "AI governance for ministries", "Data protection law"]),
        ("topic=data-governance&level=intermediate", ["Data protection law"]),
        ("topic=data-governance&language=es", ["Datos abiertos"]),
        ("level=intermediate&language=en", ["Data protection law"]),
        ("topic=policy&level=advanced&language=en", ["AI governance for ministries"]),
    ],
)
def test_filters(client, courses, query, expected):
    assert card_titles(client.get(f"/courses/?{query}")) == expected


def test_chosen_filters_stay_selected_in_the_form(client, courses):
    page = soup(client.get("/courses/?topic=policy&level=advanced&language=en"))
    assert page.select_one("#catalogue-topic option[selected]")["value"] == "policy"
    assert page.select_one("#catalogue-level option[selected]")["value"] == "advanced"
    assert page.select_one("#catalogue-language option[selected]")["value"] == "en"
    assert page.find("a", string="Clear filters")["href"] == "/courses/"


def test_language_filter_offers_only_languages_that_have_courses(client, courses):
    page = soup(client.get("/courses/"))
    offered = [option["value"] for option in page.select("#catalogue-language option")]
    assert offered == ["", "en", "fr", "es"]


@pytest.mark.parametrize(
    "query",
    [
        "level=expert",
        "language=xx",
        "level=",
        "language=EN",
        "level=foundation%00",
        "page=abc",
        "page=-3",
        "page=0",
        "page=1.5",
        "q=",
        "q=%20%20%20",
        "unknown=1",
    ],
)
def test_invalid_filter_values_are_ignored(client, courses, query):
    assert card_titles(client.get(f"/courses/?{query}")) == ALL_TITLES


@pytest.mark.parametrize(
    "query",
    [
        "topic=%3Cscript%3E",
        "q=%3Cscript%3Ealert(1)%3C/script%3E",
        "topic=" + "x" * 500,
        "q=" + "word%20" * 400,
        "q=%2A",
        "q=AND%20OR%20NOT",
        "q=e-government%3A%20(pilot)",
        "q=l%27usager",
        "q=%22open%20data%22",
    ],
)
def test_odd_values_do_not_break_the_page(client, courses, query):
    response = client.get(f"/courses/?{query}")
    assert response.status_code == 200
    assert b"<script>" not in response.content


@pytest.mark.parametrize("query", ["q=%22open%20data", "q=%27%22%3B--"])
def test_an_unbalanced_double_quote_in_search_is_not_a_server_error(client, courses, query):
    response = client.get(f"/courses/?{query}")
    assert response.status_code == 200


def test_empty_result_says_so(client, courses):
    response = client.get("/courses/?level=advanced&language=fr")

    assert card_titles(response) == []
    page = soup(response)
    assert EMPTY_MESSAGE in page.select_one(".empty").get_text()
    assert page.select_one(".results-count").get_text(strip=True) == "0 courses"


def test_catalogue_without_courses_says_so(client, catalogue):
    response = client.get("/courses/")
    assert card_titles(response) == []
    assert EMPTY_MESSAGE in soup(response).select_one(".empty").get_text()


def test_unpublished_course_is_not_listed(client, courses):
    courses.ai.unpublish()
    titles = card_titles(client.get("/courses/"))
    assert "AI governance for ministries" not in titles
    assert len(titles) == 4


def test_search_finds_a_course_by_its_summary(client, courses):
    response = client.get("/courses/?q=phishing")
    assert card_titles(response) == ["Cyber basics"]
    assert lesson_hits(response) == []
    assert "matching “phishing”" in soup(response).select_one(".results-count").get_text()


def test_search_finds_a_course_by_its_title(client, courses):
    assert card_titles(client.get("/courses/?q=abiertos")) == ["Datos abiertos"]


def test_a_word_only_in_a_lesson_finds_the_lesson_and_its_course(client, courses):
    response = client.get("/courses/?q=subsidiarity")

    assert card_titles(response) == ["Data protection law"]
    assert lesson_hits(response) == [
        ("Who decides what", courses.lesson.url, "in Data protection law"),
    ]


def test_search_respects_the_filters(client, courses):
    response = client.get("/courses/?q=subsidiarity&level=foundation")

    assert card_titles(response) == []
    assert lesson_hits(response) == []
    assert EMPTY_MESSAGE in soup(response).select_one(".empty").get_text()


def test_search_with_no_match_says_so(client, courses):
    response = client.get("/courses/?q=blockchainification")
    assert card_titles(response) == []
    assert EMPTY_MESSAGE in soup(response).select_one(".empty").get_text()


def test_search_does_not_find_unpublished_courses_or_their_lessons(client, courses):
    courses.privacy.unpublish()

    response = client.get("/courses/?q=subsidiarity")

    assert card_titles(response) == []
    assert lesson_hits(response) == []


def test_search_does_not_reveal_a_lesson_of_an_unpublished_module(client, courses):
    ModulePage.objects.get(pk=courses.lesson.get_parent().pk).unpublish()

    response = client.get("/courses/?q=subsidiarity")

    assert lesson_hits(response) == []


# Pagination


def next_link(response):
    link = soup(response).select_one('.pagination a[rel="next"]')
    return parse_qs(urlsplit(link["href"]).query) if link else None


def previous_link(response):
    link = soup(response).select_one('.pagination a[rel="prev"]')
    return parse_qs(urlsplit(link["href"]).query) if link else None


def page_label(response) -> str:
    return soup(response).select_one('.pagination [aria-current="page"]').get_text(strip=True)


@pytest.fixture
def many_courses(catalogue):
    """Eleven foundation courses in English and two advanced ones in French."""
    english = [
        CoursePageFactory(parent=catalogue, title=f"Course {number:02d}", topics=["Policy"])
        for number in range(1, 12)
    ]
    french = [
        CoursePageFactory(parent=catalogue, title=f"Cours {n}", level="advanced", language="fr")
        for n in (1, 2)
    ]
    return english, french


def test_more_than_a_page_of_courses_is_paginated(client, many_courses):
    assert CATALOGUE_PAGE_SIZE == 9
    first = client.get("/courses/")
    assert len(card_titles(first)) == CATALOGUE_PAGE_SIZE
    assert page_label(first) == "Page 1 of 2"
    assert previous_link(first) is None
    assert next_link(first) == {"page": ["2"]}

    second = client.get("/courses/?page=2")
    assert card_titles(second) == ["Course 10", "Course 11", "Cours 1", "Cours 2"]
    assert page_label(second) == "Page 2 of 2"
    assert previous_link(second) == {"page": ["1"]}
    assert next_link(second) is None


def test_pagination_links_keep_the_filters(client, many_courses):
    first = client.get("/courses/?topic=policy&level=foundation&language=en")

    assert card_titles(first) == [f"Course {n:02d}" for n in range(1, 10)]
    assert next_link(first) == {
        "topic": ["policy"],
        "level": ["foundation"],
        "language": ["en"],
        "page": ["2"],
    }
    second = client.get("/courses/?topic=policy&level=foundation&language=en&page=2")
    assert card_titles(second) == ["Course 10", "Course 11"]
    assert previous_link(second) == {
        "topic": ["policy"],
        "level": ["foundation"],
        "language": ["en"],
        "page": ["1"],
    }


def test_pagination_keeps_the_search(client, many_courses):
    first = client.get("/courses/?q=course")
    assert len(card_titles(first)) == CATALOGUE_PAGE_SIZE
    assert next_link(first) == {"q": ["course"], "page": ["2"]}


def test_filtered_results_that_fit_one_page_have_no_pagination(client, many_courses):
    response = client.get("/courses/?language=fr")
    assert card_titles(response) == ["Cours 1", "Cours 2"]
    assert soup(response).select_one(".pagination") is None


@pytest.mark.parametrize(
    ("page", "label"), [("99", "Page 2 of 2"), ("abc", "Page 1 of 2"), ("-1", "Page 2 of 2")]
)
def test_out_of_range_page_shows_a_real_page(client, many_courses, page, label):
    response = client.get(f"/courses/?page={page}")
    assert response.status_code == 200
    assert page_label(response) == label
    assert card_titles(response)
