"""Where each page type may live: home → catalogue or drafts → course → module → lesson, quiz."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from academy.models import HomePage
from courses.models import (
    CourseDraftsPage,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    QuizPage,
)
from tests.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    HomePageFactory,
    LessonPageFactory,
    ModulePageFactory,
)
from tests.quiz_factories import QuizPageFactory
from tests.utils import soup

PAGE_TYPES = [
    Page,
    HomePage,
    CourseIndexPage,
    CourseDraftsPage,
    CoursePage,
    ModulePage,
    LessonPage,
    QuizPage,
]

# The only parents each type may have; everything else is refused. A course
# is started in the drafts area and reaches the catalogue once reviewed.
ALLOWED_PARENTS = {
    HomePage: [Page],
    CourseIndexPage: [HomePage],
    CourseDraftsPage: [HomePage],
    CoursePage: [CourseIndexPage, CourseDraftsPage],
    ModulePage: [CoursePage],
    LessonPage: [ModulePage],
    QuizPage: [ModulePage],
}


@pytest.fixture
def tree(home, catalogue, drafts):
    """One page of every type, each under the parent it belongs to."""
    course = CoursePageFactory(parent=catalogue)
    module = ModulePageFactory(parent=course)
    lesson = LessonPageFactory(parent=module)
    quiz = QuizPageFactory(parent=module)
    return {
        Page: Page.get_first_root_node(),
        HomePage: home,
        CourseIndexPage: catalogue,
        CourseDraftsPage: drafts,
        CoursePage: course,
        ModulePage: module,
        LessonPage: lesson,
        QuizPage: quiz,
    }


@pytest.mark.parametrize("page_class", list(ALLOWED_PARENTS), ids=lambda cls: cls.__name__)
def test_each_type_names_exactly_its_parent_types(page_class):
    assert page_class.allowed_parent_page_models() == ALLOWED_PARENTS[page_class]


@pytest.mark.parametrize(
    ("page_class", "children"),
    [
        (HomePage, [CourseIndexPage, CourseDraftsPage]),
        (CourseIndexPage, [CoursePage]),
        (CourseDraftsPage, [CoursePage]),
        (CoursePage, [ModulePage]),
        (ModulePage, [LessonPage, QuizPage]),
        (LessonPage, []),
        (QuizPage, []),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else "",
)
def test_allowed_subpage_models(page_class, children):
    assert page_class.allowed_subpage_models() == children


@pytest.mark.django_db
@pytest.mark.parametrize("child_class", list(ALLOWED_PARENTS), ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("parent_class", PAGE_TYPES, ids=lambda cls: f"under-{cls.__name__}")
def test_can_exist_under_only_its_parent_types(tree, child_class, parent_class):
    expected = parent_class in ALLOWED_PARENTS[child_class]
    assert child_class.can_exist_under(tree[parent_class]) is expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("child_class", "parent_class", "expected"),
    [
        (CoursePage, CourseIndexPage, True),
        (CoursePage, CourseDraftsPage, True),
        (CoursePage, HomePage, False),
        (CoursePage, CoursePage, False),
        (ModulePage, CoursePage, True),
        (ModulePage, CourseIndexPage, False),
        (ModulePage, ModulePage, False),
        (LessonPage, ModulePage, True),
        (LessonPage, CourseIndexPage, False),
        (LessonPage, CoursePage, False),
        (LessonPage, LessonPage, False),
        (QuizPage, ModulePage, True),
        (QuizPage, CoursePage, False),
        (QuizPage, LessonPage, False),
        (LessonPage, QuizPage, False),
        # Only one of each exists, and the migration already made it.
        (CourseIndexPage, HomePage, False),
        (CourseDraftsPage, HomePage, False),
        (HomePage, Page, False),
    ],
    ids=lambda value: value.__name__ if isinstance(value, type) else str(value),
)
def test_can_create_at(tree, child_class, parent_class, expected):
    assert child_class.can_create_at(tree[parent_class]) is expected


@pytest.mark.django_db
def test_a_second_catalogue_and_home_are_refused_although_their_parents_fit(tree):
    assert CourseIndexPage.can_exist_under(tree[HomePage])
    assert not CourseIndexPage.can_create_at(tree[HomePage])
    assert HomePage.can_exist_under(tree[Page])
    assert not HomePage.can_create_at(tree[Page])


@pytest.mark.django_db
def test_the_first_catalogue_and_home_can_be_created_on_an_empty_tree():
    """max_count counts existing pages; it is not a blanket ban."""
    Page.objects.filter(depth__gt=1).delete()
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    home = HomePageFactory(parent=root)
    assert CourseIndexPage.can_create_at(home)
    CourseIndexPageFactory(parent=home)
    assert not CourseIndexPage.can_create_at(home)


# Through the Wagtail admin, as a superuser who may do anything the tree allows.


def add_url(page_class, parent):
    return reverse(
        "wagtailadmin_pages:add",
        args=(page_class._meta.app_label, page_class._meta.model_name, parent.id),
    )


# Wagtail answers a forbidden admin action by sending the user back to the
# dashboard with this message (a 403 only for XMLHttpRequest).
PERMISSION_DENIED_MESSAGE = "Sorry, you do not have permission to access this area."


def assert_refused(response):
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
    assert messages == [PERMISSION_DENIED_MESSAGE]


def lesson_form(title="Mapping the citizen journey", slug="mapping-the-citizen-journey"):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Follow one citizen through one service.",
            "estimated_minutes": "20",
            "body": streamfield(
                [
                    ("heading", "Start with the person"),
                    ("text", rich_text("<p>Walk the journey yourself first.</p>")),
                ]
            ),
            "action-publish": "publish",
        }
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page_class", "parent_class"),
    [
        (LessonPage, CourseIndexPage),
        (LessonPage, CoursePage),
        (ModulePage, CourseIndexPage),
        (CoursePage, HomePage),
        (CourseIndexPage, HomePage),
        (HomePage, Page),
    ],
    ids=lambda cls: cls.__name__,
)
def test_admin_refuses_the_add_form_under_a_wrong_parent(
    admin_client, tree, page_class, parent_class
):
    response = admin_client.get(add_url(page_class, tree[parent_class]))
    assert_refused(response)


@pytest.mark.django_db
def test_admin_refusal_is_a_403_for_script_requests(admin_client, tree):
    response = admin_client.get(
        add_url(LessonPage, tree[CourseIndexPage]), headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert response.status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("page_class", "parent_class"),
    [
        (CoursePage, CourseIndexPage),
        (ModulePage, CoursePage),
        (LessonPage, ModulePage),
        (QuizPage, ModulePage),
    ],
    ids=lambda cls: cls.__name__,
)
def test_admin_offers_the_add_form_under_the_right_parent(
    admin_client, tree, page_class, parent_class
):
    response = admin_client.get(add_url(page_class, tree[parent_class]))
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("parent_class", "only_child_class"),
    [(CourseIndexPage, CoursePage), (CoursePage, ModulePage)],
    ids=lambda cls: cls.__name__,
)
def test_admin_add_subpage_goes_straight_to_the_only_allowed_type(
    admin_client, tree, parent_class, only_child_class
):
    parent = tree[parent_class]
    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=(parent.id,)))
    assert response.status_code == 302
    assert response["Location"] == add_url(only_child_class, parent)


@pytest.mark.django_db
def test_admin_add_subpage_under_a_module_offers_a_lesson_or_a_quiz(admin_client, tree):
    module = tree[ModulePage]

    response = admin_client.get(reverse("wagtailadmin_pages:add_subpage", args=(module.id,)))

    assert response.status_code == 200
    offered = {
        link["href"] for link in soup(response).select("a[href]") if "/add/courses/" in link["href"]
    }
    assert offered == {add_url(LessonPage, module), add_url(QuizPage, module)}


@pytest.mark.django_db
def test_admin_publishes_a_lesson_posted_under_a_module(admin_client, tree):
    module = tree[ModulePage]

    response = admin_client.post(add_url(LessonPage, module), lesson_form())

    assert response.status_code == 302
    lesson = LessonPage.objects.child_of(module).get(slug="mapping-the-citizen-journey")
    assert lesson.live
    assert lesson.estimated_minutes == 20
    assert [block.block_type for block in lesson.body] == ["heading", "text"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "parent_class", [CourseIndexPage, CoursePage], ids=lambda cls: cls.__name__
)
def test_admin_creates_nothing_when_a_lesson_is_posted_under_a_wrong_parent(
    admin_client, tree, parent_class
):
    lessons_before = set(LessonPage.objects.values_list("pk", flat=True))
    pages_before = Page.objects.count()

    response = admin_client.post(add_url(LessonPage, tree[parent_class]), lesson_form())

    assert_refused(response)
    assert set(LessonPage.objects.values_list("pk", flat=True)) == lessons_before
    assert Page.objects.count() == pages_before
