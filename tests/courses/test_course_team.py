"""Course teams: only a course's authors change it, and never on the live site by themselves.

Instructor X teaches cohort A of the DPI course and instructor Y cohort B of
the AI course. Y is on the AI course's team, X on no team: X may read the
DPI course but not change it, and Y may change the AI course (as drafts)
but nothing of the DPI course.
"""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission, PageLogEntry

from courses import services
from courses.models import CoursePage, CourseTeam, ModulePage
from courses.permissions import INSTRUCTORS_GROUP
from tests.courses.admin_helpers import client_for
from tests.courses.authoring_helpers import (
    add_url,
    course_form,
    edit_url,
    module_form,
    new_course_form,
    unpublish_url,
)
from tests.factories import CoursePageFactory
from tests.quiz_factories import QuizPageFactory

pytest_plugins = ["tests.courses.admin_fixtures"]


def _refused(response) -> bool:
    # Wagtail answers a missing page permission by sending the user to the admin's home.
    return response.status_code == 403 or (
        response.status_code == 302 and response.url.split("?")[0] == "/admin/"
    )


@pytest.fixture
def ai_team(two_courses, instructor_y, academy_admin, cohort_b):
    return services.course_team_set_authors(
        course=two_courses.ai.course, users=[instructor_y], acting_user=academy_admin
    )


@pytest.fixture
def dpi_quiz(two_courses):
    module = ModulePage.objects.child_of(two_courses.dpi.course).first()
    return QuizPageFactory(parent=module, title="Foundations quiz", pass_mark=70)


def _live(page):
    return type(page).objects.get(pk=page.pk)


# The service -----------------------------------------------------------------------


def test_a_team_holds_add_and_change_on_its_course_only(ai_team, two_courses, instructor_y):
    course = two_courses.ai.course
    rows = GroupPagePermission.objects.filter(group=ai_team.group)
    assert {(row.page_id, row.permission.codename) for row in rows} == {
        (course.pk, "add_page"),
        (course.pk, "change_page"),
    }
    assert list(services.course_team_authors(course)) == [instructor_y]
    assert CourseTeam.objects.get(course=course).group.name.startswith(f"Course team {course.pk}")


def test_setting_the_team_adds_and_removes_with_an_audit_entry_each(
    ai_team, two_courses, instructor_x, instructor_y, academy_admin
):
    course = two_courses.ai.course
    services.course_team_set_authors(course=course, users=[instructor_x], acting_user=academy_admin)
    services.course_team_set_authors(course=course, users=[instructor_x], acting_user=academy_admin)

    assert list(services.course_team_authors(course)) == [instructor_x]
    entries = PageLogEntry.objects.filter(page=course, action__startswith="academy.course_team")
    assert sorted((entry.action, entry.data["author"]) for entry in entries) == [
        ("academy.course_team.add", "xavier"),
        ("academy.course_team.add", "yasmin"),
        ("academy.course_team.remove", "yasmin"),
    ]
    assert all(entry.user == academy_admin for entry in entries)
    assert Group.objects.filter(course_team__course=course).count() == 1


def test_a_trainee_cannot_join_a_team_and_nothing_changes(
    ai_team, two_courses, instructor_y, admin_trainee, academy_admin
):
    with pytest.raises(services.CourseTeamError, match="amara"):
        services.course_team_set_authors(
            course=two_courses.ai.course,
            users=[instructor_y, admin_trainee],
            acting_user=academy_admin,
        )
    assert list(services.course_team_authors(two_courses.ai.course)) == [instructor_y]


# Authors and everyone else, through the Wagtail admin -------------------------------


def test_an_author_saves_a_draft_that_leaves_the_live_course_alone(
    ai_team, two_courses, instructor_y
):
    course = two_courses.ai.course
    client = client_for(instructor_y)
    assert client.get(edit_url(course)).status_code == 200

    response = client.post(edit_url(course), course_form(course, title="AI governance, 2027"))

    assert response.status_code == 302, response.content[:2000]
    assert _live(course).title == "AI governance"
    assert _live(course).get_latest_revision().as_object().title == "AI governance, 2027"


def test_an_author_cannot_publish_or_unpublish(ai_team, two_courses, instructor_y):
    course = two_courses.ai.course
    client = client_for(instructor_y)

    client.post(edit_url(course), course_form(course, title="Renamed", action="publish"))
    response = client.post(unpublish_url(course))

    assert _refused(response)
    course = _live(course)
    assert course.live and course.title == "AI governance"


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_instructor_of_a_cohort_cannot_change_a_course_off_their_team(
    ai_team, cohort_a, two_courses, dpi_quiz, instructor_x, instructor_y, method
):
    """X teaches a DPI cohort, Y authors the AI course: neither changes the DPI course."""
    course = two_courses.dpi.course
    for user in (instructor_x, instructor_y):
        client = client_for(user)
        edit = getattr(client, method)
        assert _refused(
            edit(
                edit_url(course),
                course_form(course, title="Renamed", certificate_validity_months="1"),
            )
        )
        assert _refused(
            edit(edit_url(course), course_form(course, title="Renamed", action="publish"))
        )
        assert _refused(edit(edit_url(dpi_quiz), {"title": "Quiz", "pass_mark": "1"}))
        assert _refused(edit(unpublish_url(course)))
        assert _refused(edit(unpublish_url(dpi_quiz)))
        assert _refused(edit(add_url(ModulePage, course), module_form("Extra", "extra")))

    course = _live(course)
    assert course.live and course.title == "Digital public infrastructure"
    assert course.certificate_validity_months is None
    assert course.latest_revision is None or course.get_latest_revision().user is None
    quiz = _live(dpi_quiz)
    assert quiz.live and quiz.pass_mark == 70
    assert not ModulePage.objects.child_of(course).filter(slug="extra").exists()


def test_an_instructor_off_the_team_still_reads_the_live_course(
    cohort_a, two_courses, instructor_x, client
):
    client.force_login(instructor_x)
    response = client.get(two_courses.dpi.course.url)
    assert response.status_code == 200
    assert b"Digital public infrastructure" in response.content


def test_leaving_the_team_takes_the_rights_away_at_once(
    ai_team, two_courses, instructor_y, academy_admin
):
    course = two_courses.ai.course
    client = client_for(instructor_y)
    assert client.get(edit_url(course)).status_code == 200

    services.course_team_set_authors(course=course, users=[], acting_user=academy_admin)

    assert _refused(client.get(edit_url(course)))


# The drafts area ---------------------------------------------------------------------


def test_an_instructor_starts_a_course_in_drafts_and_is_its_author(drafts, instructor_x):
    client = client_for(instructor_x)

    response = client.post(
        add_url(CoursePage, drafts), new_course_form("Open data basics", "open-data-basics")
    )

    assert response.status_code == 302, response.content[:2000]
    course = CoursePage.objects.child_of(drafts).get(slug="open-data-basics")
    assert not course.live
    assert list(services.course_team_authors(course)) == [instructor_x]
    assert client.get(edit_url(course)).status_code == 200


def test_nobody_else_changes_or_adds_to_a_course_started_in_drafts(
    drafts, instructor_x, instructor_y, groups
):
    client_for(instructor_x).post(
        add_url(CoursePage, drafts), new_course_form("Open data basics", "open-data-basics")
    )
    course = CoursePage.objects.child_of(drafts).get(slug="open-data-basics")
    other = client_for(instructor_y)

    assert _refused(other.get(edit_url(course)))
    assert _refused(other.post(edit_url(course), course_form(course, title="Mine now")))
    assert _refused(other.get(add_url(ModulePage, course)))
    assert _refused(other.post(add_url(ModulePage, course), module_form("Extra", "extra")))
    assert not ModulePage.objects.child_of(course).exists()
    assert _live(course).title == "Open data basics"


def test_an_instructor_cannot_move_their_own_module_into_another_draft_course(
    drafts, instructor_x, instructor_y
):
    for user, slug in ((instructor_x, "xs-course"), (instructor_y, "ys-course")):
        client_for(user).post(add_url(CoursePage, drafts), new_course_form(slug, slug))
    x_course = CoursePage.objects.get(slug="xs-course")
    y_course = CoursePage.objects.get(slug="ys-course")
    y_client = client_for(instructor_y)
    y_client.post(add_url(ModulePage, y_course), module_form("Y module", "y-module"))
    module = ModulePage.objects.get(slug="y-module")

    one_by_one = reverse("wagtailadmin_pages:move_confirm", args=[module.pk, x_course.pk])
    in_bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "move"])

    assert _refused(y_client.post(one_by_one))
    assert _refused(y_client.post(f"{in_bulk}?id={module.pk}", {"chooser": x_course.pk}))
    assert ModulePage.objects.get(pk=module.pk).get_parent().pk == y_course.pk


def test_nothing_in_the_drafts_area_is_served(drafts, client, academy_admin):
    course = drafts.add_child(
        instance=CoursePage(title="Approved", slug="approved", summary="s", estimated_hours=1)
    )
    course.save_revision(user=academy_admin).publish(user=academy_admin)
    assert CoursePage.objects.get(pk=course.pk).live

    assert client.get(course.url or "/drafts/approved/").status_code == 404
    assert client.get("/drafts/").status_code == 404


def test_a_plain_instructor_holds_no_page_permission_beyond_the_drafts_area(
    groups, drafts, catalogue
):
    instructors = groups[INSTRUCTORS_GROUP]
    rows = GroupPagePermission.objects.filter(group=instructors)
    assert {(row.page_id, row.permission.codename) for row in rows} == {(drafts.pk, "add_page")}


# The team screen -------------------------------------------------------------------------


def team_url(course) -> str:
    return reverse("academy_course_teams:edit", args=[course.pk])


def test_a_reviewer_chooses_the_authors_on_the_team_screen(
    two_courses, academy_admin, instructor_x, instructor_y, admin_trainee
):
    course = two_courses.dpi.course
    client = client_for(academy_admin)
    form = client.get(team_url(course))
    assert form.status_code == 200
    assert b"xavier" in form.content and b"amara" not in form.content

    response = client.post(team_url(course), {"authors": [instructor_x.pk, instructor_y.pk]})

    assert response.status_code == 302
    assert set(services.course_team_authors(course)) == {instructor_x, instructor_y}
    assert client_for(instructor_x).get(edit_url(course)).status_code == 200
    # A trainee is not offered, and sent by hand is refused with nothing changed.
    refused = client.post(team_url(course), {"authors": [admin_trainee.pk]})
    assert refused.status_code == 200 and refused.context["form"].errors
    assert set(services.course_team_authors(course)) == {instructor_x, instructor_y}


def test_authors_and_instructors_cannot_change_a_team(
    ai_team, two_courses, instructor_x, instructor_y
):
    course = two_courses.ai.course
    for user in (instructor_x, instructor_y):
        client = client_for(user)
        assert _refused(client.get(team_url(course)))
        assert _refused(client.post(team_url(course), {"authors": [instructor_x.pk]}))
    assert list(services.course_team_authors(course)) == [instructor_y]


def test_the_course_page_offers_the_team_screen_to_reviewers_only(
    ai_team, two_courses, academy_admin, instructor_y
):
    course = two_courses.ai.course
    explore = reverse("wagtailadmin_explore", args=[course.pk])
    assert team_url(course).encode() in client_for(academy_admin).get(explore).content
    author_view = client_for(instructor_y).get(explore)
    assert author_view.status_code == 200
    assert team_url(course).encode() not in author_view.content


def test_deleting_a_course_deletes_its_team(catalogue, instructor_y, academy_admin):
    course = CoursePageFactory(parent=catalogue, title="Short-lived")
    team = services.course_team_set_authors(
        course=course, users=[instructor_y], acting_user=academy_admin
    )

    CoursePage.objects.get(pk=course.pk).delete()

    assert not CourseTeam.objects.filter(pk=team.pk).exists()
    assert not Group.objects.filter(pk=team.group_id).exists()
    assert instructor_y.groups.filter(name__startswith="Course team").count() == 0
