"""Whatever is typed into a search box, the page answers: never a server error.

The catalogue and every Wagtail admin search share one search backend
(``academy.search_backend``), on SQLite's FTS5 and on PostgreSQL alike. The
queries come from Hypothesis (control characters, NUL, full-text operators,
very long strings) and from a list of known troublemakers.
"""

from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Not, Phrase, PlainText

from academy.search_backend import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_WORDS,
    QueryCleaningMixin,
    clean_query,
    clean_search_query,
)
from courses.models import CoursePage
from tests.certificate_factories import CertificateTemplateFactory
from tests.cohort_factories import CohortFactory
from tests.courses.admin_helpers import client_for
from tests.factories import DocumentFactory, ImageFactory, UserFactory, course_with_lessons
from tests.utils import soup

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Anything a URL can carry: every code point but the lone surrogates.
ANY_CHARACTER = st.characters(exclude_categories=("Cs",))
CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from(
    ["\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\u202e", "\ufeff"]
)
# What full-text engines (FTS5, tsquery, LIKE) read as syntax.
OPERATORS = st.sampled_from(
    ['"', "'", "*", "(", ")", "NEAR", "NEAR(", "OR", "AND", "NOT", "-", "+", "^", ":", "\\"]
    + ["%", "_", "|", "&", "!", "<->", "{", "}", "[", "]", ";", "--", "/*", "live:true"]
)
WORDS = st.text(alphabet=ANY_CHARACTER, min_size=1, max_size=8)
QUERIES = st.one_of(
    st.text(alphabet=ANY_CHARACTER, max_size=40),
    st.lists(st.one_of(OPERATORS, CONTROL, WORDS), max_size=24).map(" ".join),
    st.lists(st.one_of(OPERATORS, CONTROL, WORDS), max_size=24).map("".join),
    # Very long: up to 10,000 characters, as words or in one piece.
    st.tuples(st.one_of(OPERATORS, CONTROL, WORDS), st.integers(1_000, 10_000)).map(
        lambda part: (part[0] + " ") * part[1]
    ),
    st.tuples(WORDS, st.integers(1_000, 10_000)).map(lambda part: part[0] * part[1]),
)

KNOWN = [
    "\x00",
    "a\x00b",
    "phishing\x00",
    '"',
    '"open data',
    'a"b',
    '""""',
    "'",
    "*",
    "NEAR(a b)",
    "a OR",
    "AND",
    "-a",
    "a -b",
    "\t\r\n",
    "\x01\x1f\x7f\x85",
    "\u202eabc",
    "a" * 10_000,
    "a " * 5_000,
    '"a" ' * 2_500,
    "(" * 1_000,
    "live:true \x00",
]

# Every search box of the admin, with the query parameter last.
ADMIN_SEARCHES = [
    lambda data: reverse("wagtailadmin_pages:search") + "?q=",
    lambda data: reverse("wagtailadmin_pages:search_results") + "?q=",
    lambda data: reverse("wagtailadmin_choose_page_search") + "?q=",
    lambda data: reverse("wagtailadmin_explore", args=[data.catalogue.pk]) + "?q=",
    lambda data: reverse("wagtailadmin_pages:type_use", args=["courses", "coursepage"]) + "?q=",
    lambda data: reverse("wagtailimages:index") + "?q=",
    lambda data: reverse("wagtailimages_chooser:choose_results") + "?q=",
    lambda data: reverse("wagtaildocs:index") + "?q=",
    lambda data: reverse("wagtaildocs_chooser:choose_results") + "?q=",
    lambda data: reverse("wagtailsnippets_certificates_certificatetemplate:list") + "?q=",
    lambda data: (
        reverse("wagtailsnippetchoosers_certificates_certificatetemplate:choose_results") + "?q="
    ),
    lambda data: reverse("wagtailusers_users:index") + "?q=",
    lambda data: reverse("wagtailusers_groups:index") + "?q=",
    lambda data: reverse("trainees:index") + "?q=",
    lambda data: reverse("academy_cohorts:index") + "?q=",
    lambda data: reverse("academy_enrolments:index", args=[data.cohort.pk]) + "?q=",
    lambda data: reverse("academy_certificates:index") + "?q=",
    lambda data: reverse("wagtailredirects:index") + "?q=",
]
ADMIN_IDS = [
    "pages",
    "pages-results",
    "page-chooser",
    "explorer",
    "page-type-use",
    "images",
    "image-chooser",
    "documents",
    "document-chooser",
    "snippets",
    "snippet-chooser",
    "users",
    "groups",
    "trainees",
    "cohorts",
    "enrolments",
    "certificates",
    "redirects",
]


@pytest.fixture
def searchable(catalogue):
    """Something for each search box to find: courses and lessons, media, a template."""
    course, _ = course_with_lessons(
        parent=catalogue,
        modules=1,
        lessons_per_module=2,
        title="Cyber basics",
        summary="Spotting phishing in a ministry inbox.",
    )
    course_with_lessons(parent=catalogue, modules=1, lessons_per_module=1, title="Open data")
    ImageFactory(title="Phishing poster")
    DocumentFactory(title="Phishing handout")
    CertificateTemplateFactory()
    cohort = CohortFactory(course=course)
    admin = UserFactory(username="root", is_superuser=True, is_staff=True)
    return type("Searchable", (), {"catalogue": catalogue, "cohort": cohort, "admin": admin})


def catalogue_url(query: str) -> str:
    return "/courses/?q=" + quote(query)


def card_titles(response) -> list[str]:
    return [title.get_text(strip=True) for title in soup(response).select(".card__title")]


# The shared cleaning --------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("phishing", "phishing"),
        ("  open   data ", "open data"),
        ("a\x00b", "a b"),
        ("\x00", ""),
        ('"open data', "open data"),
        ("tab\tand\r\nbreaks\x85", "tab and breaks"),
        ("NEAR(a b) OR *", "NEAR(a b) OR *"),
        ("données ouvertes", "données ouvertes"),
    ],
)
def test_clean_search_query(raw, expected):
    assert clean_search_query(raw) == expected


def test_clean_search_query_keeps_queries_short():
    assert len(clean_search_query("a" * 10_000)) == MAX_QUERY_LENGTH
    assert len(clean_search_query("a " * 5_000).split()) == MAX_QUERY_WORDS


def test_clean_query_cleans_each_part_of_a_parsed_query():
    query = And([PlainText("a\x00b"), Phrase('open "data'), Not(PlainText("\x01"))])

    cleaned = clean_query(query)

    assert isinstance(cleaned, And)
    assert [part.query_string for part in cleaned.subqueries] == ["a b", "open data"]


def test_clean_query_holds_many_phrases_to_the_word_limit():
    cleaned = clean_query(And([Phrase(f"word{n}") for n in range(2_500)]))
    assert len(cleaned.subqueries) == MAX_QUERY_WORDS


def test_a_query_with_nothing_searchable_left_finds_nothing(searchable):
    assert clean_query(And([PlainText("\x00\x01")])) == ""
    assert list(CoursePage.objects.search("\x00")) == []


def test_the_configured_backend_cleans_queries(db):
    assert isinstance(get_search_backend(), QueryCleaningMixin)


# The catalogue ------------------------------------------------------------------


@pytest.mark.parametrize("query", KNOWN)
def test_catalogue_search_answers_any_known_troublemaker(client, searchable, query):
    response = client.get(catalogue_url(query))
    assert response.status_code == 200


@pytest.mark.parametrize("query", ["phishing\x00", '"phishing', "\x07phishing\t"])
def test_catalogue_search_finds_the_words_around_control_characters(client, searchable, query):
    response = client.get(catalogue_url(query))

    assert response.status_code == 200
    assert "Cyber basics" in card_titles(response)


def test_catalogue_shows_the_query_it_searched_for(client, searchable):
    response = client.get(catalogue_url("phishing\x00\x00" + " x" * 1_000))
    count = soup(response).select_one(".results-count").get_text()
    assert "\x00" not in count
    assert len(soup(response).select_one("#catalogue-q")["value"]) <= MAX_QUERY_LENGTH


@pytest.mark.parametrize("topic", ["\x00", "a\x00b", "x" * 10_000, "<script>", "données"])
def test_catalogue_topic_filter_answers_any_value(client, searchable, topic):
    response = client.get("/courses/?topic=" + quote(topic))
    # A value no topic slug could be is ignored, as an unknown level is.
    assert response.status_code == 200
    assert b"\x00" not in response.content


@FUZZ
@given(query=QUERIES, topic=QUERIES)
def test_catalogue_search_answers_any_query(client, searchable, query, topic):
    response = client.get(catalogue_url(query) + "&topic=" + quote(topic))
    assert response.status_code == 200


# The admin ----------------------------------------------------------------------


@pytest.mark.parametrize("url", ADMIN_SEARCHES, ids=ADMIN_IDS)
@pytest.mark.parametrize("query", ["\x00", "a\x00b", '"', '"a" ' * 2_500, "a " * 5_000])
def test_admin_search_answers_known_troublemakers(searchable, url, query):
    client = client_for(searchable.admin)
    response = client.get(url(searchable) + quote(query))
    assert response.status_code == 200


@FUZZ
@given(query=QUERIES, url=st.sampled_from(ADMIN_SEARCHES))
def test_admin_search_answers_any_query(searchable, query, url):
    client = client_for(searchable.admin)
    assert client.get(url(searchable) + quote(query)).status_code == 200


@FUZZ
@given(query=QUERIES)
def test_admin_page_search_answers_any_query(searchable, query):
    client = client_for(searchable.admin)
    response = client.get(reverse("wagtailadmin_pages:search") + "?q=" + quote(query))
    assert response.status_code == 200


# The certificate lookup ---------------------------------------------------------------


@pytest.fixture
def lookups(db, settings):
    """No hourly limit on lookups: every request here reaches the search for the serial."""
    settings.CERTIFICATE_LOOKUPS_PER_HOUR = 1_000_000
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize("serial", ["\x00", "WIC-DA-2026-\x00", "é" * 50, "a" * 10_000, "%_*"])
def test_certificate_lookup_answers_any_serial_with_a_message(client, lookups, serial):
    response = client.get(reverse("certificates:lookup") + "?serial=" + quote(serial))
    assert response.status_code == 404
    assert "No certificate has the serial number" in response.content.decode()


@FUZZ
@given(serial=QUERIES)
def test_certificate_lookup_answers_any_serial(client, lookups, serial):
    response = client.get(reverse("certificates:lookup") + "?serial=" + quote(serial))
    assert response.status_code in (400, 404)  # an empty serial, or none that matches
