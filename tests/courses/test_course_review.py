"""Course review: an author's change reaches the live course only when a reviewer agrees.

Authors submit a change; a course lead or an academy admin approves it
(which publishes it) or sends it back with a comment.
"""

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask, TaskState, Workflow, WorkflowState

from courses import services
from courses.models import CoursePage
from courses.permissions import (
    ACADEMY_ADMINS_GROUP,
    COURSE_LEADS_GROUP,
    COURSE_REVIEW_WORKFLOW,
    ensure_groups,
)
from tests.courses.admin_helpers import client_for
from tests.courses.authoring_helpers import add_url, course_form, edit_url, new_course_form
from tests.factories import UserFactory

pytest_plugins = ["tests.courses.admin_fixtures"]


@pytest.fixture
def course_lead(groups):
    user = UserFactory(username="grace", first_name="Grace", last_name="Mwangi")
    user.groups.add(groups[COURSE_LEADS_GROUP])
    return user


@pytest.fixture
def authored(two_courses, instructor_y, academy_admin):
    """The AI course, with Y as its author."""
    course = two_courses.ai.course
    services.course_team_set_authors(course=course, users=[instructor_y], acting_user=academy_admin)
    return course


def _live(course) -> CoursePage:
    return CoursePage.objects.get(pk=course.pk)


def _submit(user, course, **changes):
    response = client_for(user).post(
        edit_url(course), course_form(course, action="submit", **changes)
    )
    assert response.status_code == 302, response.content[:2000]
    return WorkflowState.objects.active().get(object_id=str(course.pk))


def _act(user, course, workflow_state, action, comment=""):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[course.pk, action, workflow_state.current_task_state.pk],
    )
    return client_for(user).post(url, {"comment": comment})


def test_the_review_workflow_covers_the_catalogue_and_the_drafts_area(groups, catalogue, drafts):
    ensure_groups(catalogue, drafts)
    workflow = Workflow.objects.get(name=COURSE_REVIEW_WORKFLOW)
    assert workflow.active
    pages = set(workflow.workflow_pages.values_list("page_id", flat=True))
    assert pages == {catalogue.pk, drafts.pk}
    (task,) = [task.specific for task in workflow.tasks.all()]
    assert isinstance(task, GroupApprovalTask)
    assert set(task.groups.values_list("name", flat=True)) == {
        COURSE_LEADS_GROUP,
        ACADEMY_ADMINS_GROUP,
    }
    assert catalogue.get_workflow() == workflow
    assert drafts.get_workflow() == workflow


@pytest.mark.parametrize("reviewer", ["course_lead", "academy_admin"])
def test_a_submitted_change_goes_live_only_when_a_reviewer_approves(
    authored, instructor_y, reviewer, request
):
    state = _submit(instructor_y, authored, title="AI governance for ministries")
    assert _live(authored).title == "AI governance"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    response = _act(request.getfixturevalue(reviewer), authored, state, "approve")

    assert response.status_code == 302
    course = _live(authored)
    assert course.live and course.title == "AI governance for ministries"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_an_author_cannot_approve_their_own_change(authored, instructor_y, instructor_x):
    state = _submit(instructor_y, authored, title="Self-approved")

    for user in (instructor_y, instructor_x):
        response = _act(user, authored, state, "approve")
        # Wagtail refuses by sending them to the admin's home.
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert _live(authored).title == "AI governance"


def test_a_reviewer_sends_a_change_back_with_a_comment(authored, instructor_y, course_lead):
    state = _submit(instructor_y, authored, title="AI governance (draft)")

    _act(course_lead, authored, state, "reject", comment="Keep the title the certificates print.")

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = TaskState.objects.filter(workflow_state=state).get()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == "Keep the title the certificates print."
    assert task_state.finished_by == course_lead
    assert _live(authored).title == "AI governance"


def test_while_under_review_the_author_cannot_edit_and_the_reviewer_can(
    authored, instructor_y, course_lead
):
    _submit(instructor_y, authored, title="Under review")

    author_edit = client_for(instructor_y).get(edit_url(authored))
    assert author_edit.status_code == 200
    assert author_edit.context["locked_for_user"]
    reviewer_edit = client_for(course_lead).get(edit_url(authored))
    assert reviewer_edit.status_code == 200
    assert not reviewer_edit.context["locked_for_user"]


def test_a_new_course_goes_from_drafts_through_review_into_the_catalogue(
    drafts, catalogue, instructor_x, course_lead
):
    client_for(instructor_x).post(
        add_url(CoursePage, drafts), new_course_form("Open data basics", "open-data-basics")
    )
    course = CoursePage.objects.get(slug="open-data-basics")
    state = _submit(instructor_x, course)
    _act(course_lead, course, state, "approve")
    assert _live(course).live
    assert (
        client_for(instructor_x).get(course.url or "/drafts/open-data-basics/").status_code == 404
    )

    response = client_for(course_lead).post(
        reverse("wagtailadmin_pages:move_confirm", args=[course.pk, catalogue.pk])
    )

    assert response.status_code == 302
    course = _live(course)
    assert course.get_parent().pk == catalogue.pk
    assert client_for(instructor_x).get(course.url).status_code == 200
    # Its starter is on its team, so it stays theirs to edit, through review.
    assert client_for(instructor_x).get(edit_url(course)).status_code == 200
    assert "publish" not in course.permissions_for_user(instructor_x).permissions
