from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from courses.admin_views import cohorts, dashboard, enrolments, imports, quiz_results, reports
from courses.models import Cohort

# Before any view asks: Wagtail would otherwise create a model-level-only policy.
register_permission_policy(Cohort, cohorts.CohortPermissionPolicy(Cohort))

ADMIN_AREAS = (cohorts, enrolments, imports, reports, quiz_results)

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
