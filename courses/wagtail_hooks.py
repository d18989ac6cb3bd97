from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.widgets import Button
from wagtail.models import Page
from wagtail.permissions import register_permission_policy

from courses import services
from courses.admin_views import (
    cohorts,
    course_teams,
    dashboard,
    enrolments,
    imports,
    quiz_results,
    reports,
)
from courses.models import Cohort, CourseDraftsPage, CoursePage
from courses.permissions import may_add_below

# Before any view asks: Wagtail would otherwise create a model-level-only policy.
register_permission_policy(Cohort, cohorts.CohortPermissionPolicy(Cohort))

ADMIN_AREAS = (cohorts, enrolments, imports, reports, quiz_results, course_teams)

LOG_ACTIONS = {
    "academy.enrol": ("Enrol trainee", "Enrolled"),
    "academy.withdraw": ("Withdraw", "Withdrew from the cohort"),
    "academy.remove": ("Remove trainee", "Removed from the cohort"),
    "academy.promote": ("Promote from waiting list", "Promoted from the waiting list"),
    "academy.accept": ("Accept request", "Request accepted"),
    "academy.decline": ("Decline request", "Request declined"),
    "academy.invite": ("Invite", "Invited"),
    "academy.assign_instructor": ("Assign instructor", "Instructor assigned"),
    "academy.unassign_instructor": ("Remove instructor", "Instructor removed"),
    "academy.import_trainees": ("Import trainees", "Trainees imported"),
    "academy.profile_change": ("Change profile", "Profile changed"),
    "academy.complete": ("Complete course", "Completed the course"),
    "academy.grant_extra_attempt": ("Grant extra quiz attempt", "Extra quiz attempt granted"),
    "academy.course_team.add": ("Add course author", "Added to the course team"),
    "academy.course_team.remove": ("Remove course author", "Removed from the course team"),
}


@hooks.register("register_log_actions")
def register_academy_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_courses_admin_urls():
    """Each area's URLs under /admin/academy/, namespaced "academy_<area>"."""
    routes = []
    for area in ADMIN_AREAS:
        name = "academy_" + area.__name__.rsplit(".", 1)[1]
        if area.urlpatterns:
            routes.append(path("academy/", include((area.urlpatterns, name), namespace=name)))
    return routes


@hooks.register("register_admin_viewset")
def register_courses_viewsets():
    return [viewset for area in ADMIN_AREAS for viewset in area.viewsets]


@hooks.register("construct_homepage_panels")
def add_cohorts_panel(request, panels):
    panels.append(dashboard.CohortsPanel())


hooks.register("register_reports_menu_item", reports.register_cohort_reports_menu_item)


# Course authoring ----------------------------------------------------------------


@hooks.register("after_create_page")
def start_course_team(request, page):
    """Whoever starts a course in the drafts area is its first author.

    Owning it already lets them edit it there; the team keeps it theirs once
    a course lead moves it into the catalogue.
    """
    _join_team_of_new_course(request, page)


@hooks.register("after_copy_page")
def start_team_of_copied_course(request, page, new_page):
    _join_team_of_new_course(request, new_page)


def _join_team_of_new_course(request, page) -> None:
    page = page.specific
    if isinstance(page, CoursePage) and isinstance(page.get_parent().specific, CourseDraftsPage):
        services.course_team_set_authors(
            course=page, users=[request.user], acting_user=request.user
        )


@hooks.register("before_create_page")
def refuse_adding_to_a_course_of_others(request, parent_page, page_class):
    if not may_add_below(request.user, parent_page):
        return permission_denied(request)


@hooks.register("before_move_page")
def refuse_moving_into_a_course_of_others(request, page, destination):
    if not may_add_below(request.user, destination):
        return permission_denied(request)


@hooks.register("before_copy_page")
def refuse_copying_into_a_course_of_others(request, page):
    destination_id = request.POST.get("new_parent_page", "")
    destination = (
        Page.objects.filter(pk=destination_id).first() if destination_id.isdigit() else None
    )
    if destination is not None and not may_add_below(request.user, destination):
        return permission_denied(request)


@hooks.register("before_bulk_action")
def refuse_bulk_moving_into_a_course_of_others(request, action_type, objects, action):
    form = getattr(action, "cleaned_form", None)
    if action_type == "move" and form is not None:
        destination = form.cleaned_data.get("chooser")
        if destination is not None and not may_add_below(request.user, destination):
            return permission_denied(request)


@hooks.register("register_page_header_buttons")
def course_team_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, CoursePage) and (
        user.is_superuser or page.permissions_for_user(user).can_publish()
    ):
        yield Button(
            "Course team",
            reverse("academy_course_teams:edit", args=[page.pk]),
            icon_name="group",
            priority=75,
        )
