"""Every page type renders its content, light and self-contained."""

from types import SimpleNamespace

import pytest
from django.template.defaultfilters import filesizeformat

from courses.models import ModulePage
from tests.factories import (
    CoursePageFactory,
    DocumentFactory,
    ImageFactory,
    LessonPageFactory,
    ModulePageFactory,
    UserFactory,
    VideoDocumentFactory,
    callout_block,
    case_study_block,
    document_block,
    heading_block,
    image_block,
    knowledge_check_block,
    quote_block,
    stream,
    text_block,
    video_block,
)
from tests.utils import soup, third_party_fetches

EXTERNAL_VIDEO = "https://video.example.org/watch?v=digital-id"


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def academy(home, catalogue):
    """A course of two modules, the first lesson using every kind of block."""
    home.intro = "Practical courses for public servants on any connection."
    home.save()
    catalogue.intro = "Filter by topic, level or language."
    catalogue.save()

    lead = UserFactory(first_name="Amina", last_name="Diallo")
    expert = UserFactory(first_name="Rafael", last_name="Quispe")
    course = CoursePageFactory(
        parent=catalogue,
        title="Digital Public Infrastructure in Practice",
        summary="How identity, payments and data exchange serve citizens once and well.",
        level="intermediate",
        language="en",
        estimated_hours=8,
        hero_image=ImageFactory(title="Cover"),
        learning_outcomes=stream(
            {"type": "outcome", "value": "Explain what a data exchange layer does"},
            {"type": "outcome", "value": "Plan a consent-based pilot"},
        ),
        topics=["Digital public infrastructure", "Data governance"],
        instructors=[(lead, "Lead instructor"), (expert, "Guest expert")],
    )
    module_1 = ModulePageFactory(
        parent=course, title="Foundations", summary="What DPI is and why it matters."
    )
    module_2 = ModulePageFactory(parent=course, title="Delivery", summary="From pilot to scale.")

    figure = ImageFactory(title="Consent flow")
    poster = ImageFactory(title="Poster")
    handout = DocumentFactory(title="Readiness checklist")
    video_file = VideoDocumentFactory(title="Welcome video")
    rich = LessonPageFactory(
        parent=module_1,
        title="What makes infrastructure public",
        summary="Shared rails, many services.",
        estimated_minutes=25,
        body=stream(
            heading_block("Why interoperability comes first"),
            text_block("<p>Shared <b>registries</b> let ministries check one record.</p>"),
            image_block(figure, alt="Diagram of a consent flow", caption="How consent travels"),
            video_block(
                title="A data exchange in four minutes",
                poster=poster,
                video_file=video_file,
                transcript="<p>Transcript of the hosted video.</p>",
            ),
            video_block(
                title="A minister explains",
                poster=poster,
                external_url=EXTERNAL_VIDEO,
                transcript="<p>Transcript of the external video.</p>",
                minutes=7,
            ),
            document_block(handout, title="DPI readiness checklist", description="Print it."),
            callout_block("note", "Remember", "<p>Registries need owners.</p>"),
            callout_block("tip", "Start small", "<p>Pilot in one district.</p>"),
            callout_block("warning", "Mind the data", "<p>Never copy a registry.</p>"),
            quote_block(
                "We stopped asking for documents we already held.",
                attribution="A civil registry director",
            ),
            case_study_block(
                title="A single window for business registration",
                country="Composite case",
                context="<p>Five agencies kept their own forms.</p>",
                challenge="<p>Founders waited weeks.</p>",
                approach="<p>One online form fed every agency.</p>",
                outcome="<p>Registration took a day.</p>",
                questions=["Which agency had the most to lose?"],
            ),
            knowledge_check_block(
                "Who should own a national address register?",
                [
                    ("One lead agency", True, "Clear ownership keeps it current."),
                    ("Every ministry", False, "Copies drift apart."),
                ],
            ),
        ),
    )
    second = LessonPageFactory(parent=module_1, title="Identity", estimated_minutes=10)
    third = LessonPageFactory(parent=module_2, title="Payments", estimated_minutes=15)
    fourth = LessonPageFactory(parent=module_2, title="Data exchange", estimated_minutes=20)
    return SimpleNamespace(
        home=home,
        catalogue=catalogue,
        course=course,
        modules=[module_1, module_2],
        lessons=[rich, second, third, fourth],
        figure=figure,
        poster=poster,
        handout=handout,
        video_file=video_file,
    )


@pytest.fixture
def lesson_page(client, academy):
    response = client.get(academy.lessons[0].url)
    assert response.status_code == 200
    return soup(response)


def test_home_page_shows_headline_intro_and_featured_courses(client, academy):
    response = client.get("/")

    assert response.status_code == 200
    page = soup(response)
    assert text_of(page.h1) == "Digital transformation, learned together"
    assert "Practical courses for public servants on any connection." in text_of(page)
    card = page.select_one(".course-card")
    link = card.select_one(".card__title a")
    assert text_of(link) == "Digital Public Infrastructure in Practice"
    assert link["href"] == academy.course.url
    assert "Intermediate" in text_of(card)
    assert "8 hours" in text_of(card)
    assert page.select_one(f'a[href="{academy.catalogue.url}"]')


def test_catalogue_lists_course_cards(client, academy):
    response = client.get("/courses/")

    assert response.status_code == 200
    page = soup(response)
    assert text_of(page.h1) == "Courses"
    assert "Filter by topic, level or language." in text_of(page)
    cards = page.select(".course-card")
    assert [text_of(card.select_one(".card__title")) for card in cards] == [academy.course.title]
    card = cards[0]
    assert academy.course.summary in text_of(card)
    assert sorted(text_of(li) for li in card.select(".topic-list li")) == [
        "Data governance",
        "Digital public infrastructure",
    ]
    image = card.select_one("img")
    assert image["loading"] == "lazy"
    assert len(image["srcset"].split(",")) == 2


def test_course_page_shows_summary_facts_outcomes_outline_and_instructors(client, academy):
    response = client.get(academy.course.url)

    assert response.status_code == 200
    page = soup(response)
    assert text_of(page.h1) == academy.course.title
    assert academy.course.summary in text_of(page.select_one(".lead"))
    facts = {text_of(row.dt): text_of(row.dd) for row in page.select("dl.facts > div")}
    assert facts == {
        "Level": "Intermediate",
        "Language": "English",
        "Study time": "About 8 hours",
        "Modules": "2",
    }
    assert [text_of(li) for li in page.select("ul.outcomes li")] == [
        "Explain what a data exchange layer does",
        "Plan a consent-based pilot",
    ]

    modules = page.select("li.outline__module")
    assert [text_of(module.h3) for module in modules] == [
        "Module 1 Foundations",
        "Module 2 Delivery",
    ]
    assert modules[0].h3.a["href"] == academy.modules[0].url
    lessons = [
        [
            (text_of(li.a), text_of(li.select_one(".muted")))
            for li in module.select(".outline__lessons li")
        ]
        for module in modules
    ]
    assert lessons == [
        [("What makes infrastructure public", "25 min"), ("Identity", "10 min")],
        [("Payments", "15 min"), ("Data exchange", "20 min")],
    ]
    assert text_of(modules[0].select_one(".outline__total")) == "2 lessons · 35 min"
    assert modules[1].select(".outline__lessons a")[1]["href"] == academy.lessons[3].url

    start = page.select_one("a.button")
    assert start["href"] == academy.lessons[0].url

    assert [text_of(li) for li in page.select("ul.people li")] == [
        "Amina Diallo Lead instructor",
        "Rafael Quispe Guest expert",
    ]
    topic_links = sorted(a["href"] for a in page.select(".topic-list a"))
    assert topic_links == [
        "/courses/?topic=data-governance",
        "/courses/?topic=digital-public-infrastructure",
    ]


def test_course_page_hero_image_is_responsive(client, academy):
    page = soup(client.get(academy.course.url))
    hero = page.select_one("img.course-header__image")
    assert len(hero["srcset"].split(",")) == 2
    assert hero["alt"] == ""


def test_course_in_a_right_to_left_language_sets_direction(client, catalogue):
    course = CoursePageFactory(parent=catalogue, title="الحوكمة الرقمية", language="ar")

    page = soup(client.get(course.url))

    article = page.select_one("article.course")
    assert (article["lang"], article["dir"]) == ("ar", "rtl")
    assert "العربية" in text_of(page.select_one("dl.facts"))


def test_module_page_lists_its_lessons_with_minutes(client, academy):
    response = client.get(academy.modules[1].url)

    assert response.status_code == 200
    page = soup(response)
    assert text_of(page.h1) == "Delivery"
    assert "From pilot to scale." in text_of(page)
    assert text_of(page.select_one(".eyebrow")) == "Module 2 · 35 min"
    assert [(text_of(li.a), li.a["href"]) for li in page.select("ol.outline__lessons li")] == [
        ("Payments", academy.lessons[2].url),
        ("Data exchange", academy.lessons[3].url),
    ]
    assert page.select_one(f'a[href="{academy.course.url}"]')
    crumbs = [text_of(li) for li in page.select('nav[aria-label="Breadcrumb"] li')]
    assert crumbs == ["Home", "Courses", academy.course.title, "Delivery"]


def test_lesson_header(lesson_page):
    assert text_of(lesson_page.h1) == "What makes infrastructure public"
    assert text_of(lesson_page.select_one(".eyebrow")) == "Module 1 · Lesson 1 of 4 · 25 min"
    assert text_of(lesson_page.select_one(".lead")) == "Shared rails, many services."


def test_lesson_heading_and_text_blocks(lesson_page):
    body = lesson_page.select_one(".lesson__body")
    heading = body.find("h2", id="why-interoperability-comes-first")
    assert text_of(heading) == "Why interoperability comes first"
    assert body.select_one(".rich-text b").get_text() == "registries"


def test_lesson_image_block_is_responsive_lazy_and_described(lesson_page, academy):
    figure = lesson_page.select_one(".lesson__body figure.figure")
    image = figure.img
    assert image["alt"] == "Diagram of a consent flow"
    assert image["loading"] == "lazy"
    widths = sorted(int(candidate.split()[-1][:-1]) for candidate in image["srcset"].split(","))
    assert widths == [360, 720, 1080]
    assert image["sizes"]
    assert image["src"].startswith("/media/images/")
    assert text_of(figure.figcaption) == "How consent travels"


def test_lesson_video_file_loads_only_on_play(lesson_page, academy):
    section = lesson_page.select_one(
        'section.video[aria-label="Video: A data exchange in four minutes"]'
    )
    video = section.video
    assert video["preload"] == "none"
    assert video.has_attr("controls")
    assert video["poster"].startswith("/media/images/")
    source = video.source
    assert source["src"] == academy.video_file.url
    assert source["type"] == "video/mp4"
    assert "(4 min)" in text_of(section.h2)
    transcript = section.select_one("details.video__transcript")
    assert "Transcript of the hosted video." in text_of(transcript)


def test_lesson_external_video_is_a_link_that_loads_nothing_from_the_other_site(lesson_page):
    section = lesson_page.select_one('section.video[aria-label="Video: A minister explains"]')
    assert section.video is None
    assert section.iframe is None
    assert lesson_page.find("iframe") is None
    link = section.select_one("a.video__external")
    assert link["href"] == EXTERNAL_VIDEO
    assert "noopener" in link["rel"]
    assert "video.example.org" in text_of(link)
    poster = link.img
    assert poster["src"].startswith("/media/images/")
    assert poster["loading"] == "lazy"
    sources = [
        tag.get(name, "")
        for tag in lesson_page.find_all(True)
        for name in ("src", "srcset", "poster", "data")
    ]
    assert not [value for value in sources if "video.example.org" in value]
    transcript = section.select_one("details.video__transcript")
    assert "Transcript of the external video." in text_of(transcript)


def test_lesson_document_block_shows_file_type_and_size(lesson_page, academy):
    download = lesson_page.select_one(".download")
    link = download.select_one("a.download__link")
    assert link["href"] == academy.handout.url
    assert link.has_attr("download")
    assert text_of(link.select_one(".download__title")) == "DPI readiness checklist"
    size = filesizeformat(academy.handout.file_size)
    assert text_of(link.select_one(".download__meta")) == text_of(soup(f"<p>PDF, {size}</p>"))
    assert text_of(download.select_one(".download__description")) == "Print it."


@pytest.mark.parametrize(
    ("kind", "title", "text"),
    [
        ("note", "Remember", "Registries need owners."),
        ("tip", "Start small", "Pilot in one district."),
        ("warning", "Mind the data", "Never copy a registry."),
    ],
)
def test_lesson_callout_blocks(lesson_page, kind, title, text):
    callout = lesson_page.select_one(f"aside.callout--{kind}")
    assert callout["aria-label"] == f"{kind.capitalize()}: {title}"
    assert text_of(callout.select_one(".callout__kind")) == kind.capitalize()
    assert text_of(callout.select_one(".callout__title")) == title
    assert text_of(callout.select_one(".rich-text")) == text


def test_lesson_quote_block(lesson_page):
    quote = lesson_page.select_one("figure.quote")
    assert text_of(quote.blockquote) == "We stopped asking for documents we already held."
    assert text_of(quote.figcaption) == "A civil registry director"


def test_lesson_case_study_block(lesson_page):
    case = lesson_page.select_one("section.case-study")
    assert (
        text_of(case.select_one(".case-study__title"))
        == "A single window for business registration"
    )
    assert "Composite case" in text_of(case.select_one(".case-study__kind"))
    text = text_of(case)
    for phrase in (
        "Five agencies kept their own forms.",
        "Founders waited weeks.",
        "One online form fed every agency.",
        "Registration took a day.",
    ):
        assert phrase in text
    assert [text_of(li) for li in case.select("ol li")] == ["Which agency had the most to lose?"]


def test_lesson_knowledge_check_reveals_feedback_inside_details(lesson_page):
    check = lesson_page.select_one("section.knowledge-check")
    assert text_of(check.select_one(".knowledge-check__question")) == (
        "Who should own a national address register?"
    )
    options = check.select(".knowledge-check__options > li")
    answers = [
        (
            text_of(option.details.summary),
            text_of(option.details.select_one(".knowledge-check__feedback")),
        )
        for option in options
    ]
    assert answers == [
        ("One lead agency", "Correct. Clear ownership keeps it current."),
        ("Every ministry", "Not quite. Copies drift apart."),
    ]
    # Feedback is hidden in the closed <details>, never shown beside the options.
    assert all(option.details.get("open") is None for option in options)
    assert not check.select(".knowledge-check__options > li > .knowledge-check__feedback")


def test_lesson_breadcrumbs(client, academy):
    page = soup(client.get(academy.lessons[3].url))

    crumbs = page.select('nav[aria-label="Breadcrumb"] li')
    assert [text_of(li) for li in crumbs] == [
        "Home",
        "Courses",
        academy.course.title,
        "Delivery",
        "Data exchange",
    ]
    assert [li.a["href"] for li in crumbs[:-1]] == [
        "/",
        "/courses/",
        academy.course.url,
        academy.modules[1].url,
    ]
    assert crumbs[-1].span["aria-current"] == "page"


def pager(client, lesson):
    page = soup(client.get(lesson.url))
    previous = page.select_one('nav.pager a[rel="prev"]')
    following = page.select_one('nav.pager a[rel="next"]')
    return (
        previous["href"] if previous else None,
        following["href"] if following else None,
        page,
    )


def test_first_lesson_has_no_previous(client, academy):
    previous, following, _ = pager(client, academy.lessons[0])
    assert previous is None
    assert following == academy.lessons[1].url


def test_last_lesson_of_a_module_leads_to_the_first_of_the_next(client, academy):
    previous, following, page = pager(client, academy.lessons[1])
    assert previous == academy.lessons[0].url
    assert following == academy.lessons[2].url
    assert "Payments" in text_of(page.select_one('nav.pager a[rel="next"]'))


def test_first_lesson_of_a_module_goes_back_to_the_last_of_the_previous(client, academy):
    previous, following, page = pager(client, academy.lessons[2])
    assert previous == academy.lessons[1].url
    assert following == academy.lessons[3].url
    assert text_of(page.select_one(".eyebrow")) == "Module 2 · Lesson 3 of 4 · 15 min"


def test_last_lesson_leads_back_to_the_course(client, academy):
    previous, following, page = pager(client, academy.lessons[3])
    assert previous == academy.lessons[2].url
    assert following is None
    back = page.select_one("nav.pager a.pager__link--next")
    assert back["href"] == academy.course.url
    assert "Back to the course" in text_of(back)


@pytest.fixture
def hidden_module(academy):
    """A third module, unpublished, whose lesson was left live."""
    module = ModulePageFactory(parent=academy.course, title="Scaling up")
    lesson = LessonPageFactory(parent=module, title="National roll-out")
    ModulePage.objects.get(pk=module.pk).unpublish()
    return SimpleNamespace(module=module, lesson=lesson)


def test_lesson_under_an_unpublished_module_is_not_in_the_outline(client, academy, hidden_module):
    page = soup(client.get(academy.course.url))

    outline = text_of(page.select_one("ol.outline"))
    assert "Scaling up" not in outline
    assert "National roll-out" not in outline
    assert len(page.select("li.outline__module")) == 2
    assert not page.select_one(f'a[href="{hidden_module.lesson.url}"]')


def test_lesson_under_an_unpublished_module_is_not_in_the_navigation(
    client, academy, hidden_module
):
    previous, following, page = pager(client, academy.lessons[3])
    assert previous == academy.lessons[2].url
    assert following is None
    assert text_of(page.select_one(".eyebrow")) == "Module 2 · Lesson 4 of 4 · 20 min"


@pytest.mark.parametrize("which", ["home", "catalogue", "course", "module", "lesson"])
def test_pages_fetch_nothing_from_other_hosts(client, academy, which):
    url = {
        "home": "/",
        "catalogue": academy.catalogue.url,
        "course": academy.course.url,
        "module": academy.modules[0].url,
        "lesson": academy.lessons[0].url,
    }[which]

    response = client.get(url)

    assert response.status_code == 200
    page = soup(response)
    assert third_party_fetches(page) == []
    assert page.find("iframe") is None
    # Every stylesheet, script and image is the academy's own.
    for tag, attribute in (("link", "href"), ("script", "src"), ("img", "src")):
        for element in page.find_all(tag):
            value = element.get(attribute)
            if value:
                assert value.startswith("/"), (tag, value)


def test_the_third_party_check_itself_catches_foreign_hosts():
    page = soup(
        '<link rel="stylesheet" href="https://cdn.example.net/a.css">'
        '<img src="/media/a.webp" srcset="/media/a.webp 1x, //img.example.net/b.webp 2x">'
        '<iframe src="https://www.youtube.com/embed/x"></iframe>'
        '<script src="/static/app.js"></script><a href="https://elsewhere.example/">ok</a>'
    )
    assert third_party_fetches(page) == [
        "<link href=https://cdn.example.net/a.css>",
        "<img srcset=//img.example.net/b.webp>",
        "<iframe src=https://www.youtube.com/embed/x>",
    ]


def test_ids_on_a_lesson_page_are_unique(client, academy):
    lesson = LessonPageFactory(
        parent=academy.modules[0],
        title="Recap",
        body=stream(
            heading_block("Key points"),
            text_block("<p>Registries need owners.</p>"),
            heading_block("Key points"),
            text_block("<p>Pilot before you scale.</p>"),
        ),
    )

    page = soup(client.get(lesson.url))

    ids = [element["id"] for element in page.find_all(id=True)]
    assert len(ids) == len(set(ids)), ids
