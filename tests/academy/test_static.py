"""The page frame (base.html) and the academy's own static files."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from tests.factories import CoursePageFactory, LessonPageFactory, ModulePageFactory
from tests.utils import soup

pytestmark = pytest.mark.django_db

STYLESHEET = "css/academy.css"


@pytest.fixture
def urls(catalogue):
    course = CoursePageFactory(parent=catalogue)
    lesson = LessonPageFactory(parent=ModulePageFactory(parent=course))
    return {
        "home": "/",
        "catalogue": "/courses/",
        "course": course.url,
        "lesson": lesson.url,
        "not found": "/no-such-page/",
    }


PAGES = ["home", "catalogue", "course", "lesson", "not found"]


def frame(client, urls, which):
    response = client.get(urls[which])
    assert response.status_code == (404 if which == "not found" else 200)
    return soup(response)


@pytest.mark.parametrize("which", PAGES)
def test_page_declares_its_language(client, urls, which):
    assert re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", frame(client, urls, which).html["lang"])


@pytest.mark.parametrize("which", PAGES)
def test_skip_link_is_the_first_link_and_leads_to_main(client, urls, which):
    page = frame(client, urls, which)
    first_link = page.body.find("a")
    assert first_link["href"] == "#main"
    assert "skip" in first_link.get_text().lower()
    main = page.find_all("main")
    assert len(main) == 1
    assert main[0]["id"] == "main"


@pytest.mark.parametrize("which", PAGES)
def test_every_nav_is_labelled(client, urls, which):
    navs = frame(client, urls, which).find_all("nav")
    assert navs
    assert all(nav.get("aria-label", "").strip() for nav in navs)
    labels = [nav["aria-label"] for nav in navs]
    assert len(labels) == len(set(labels)), "Two navigation landmarks share a label"


@pytest.mark.parametrize("which", PAGES)
def test_stylesheet_comes_from_the_academy(client, urls, which):
    stylesheets = [
        link["href"]
        for link in frame(client, urls, which).find_all("link")
        if "stylesheet" in link.get("rel", [])
    ]
    assert stylesheets == ["/static/css/academy.css"]


def test_stylesheet_is_served_from_static(settings):
    # Serve from the finders, as collectstatic output does not exist in tests.
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True

    response = Client().get("/static/css/academy.css")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    served = b"".join(response.streaming_content)
    assert served == Path(finders.find(STYLESHEET)).read_bytes()


def test_stylesheet_fetches_nothing_from_elsewhere():
    css = Path(finders.find(STYLESHEET)).read_text(encoding="utf-8")
    assert "@import" not in css
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", css)
