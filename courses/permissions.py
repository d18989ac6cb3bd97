"""Who may do what with cohorts: one table, used by views, admin and tests.

Academy admins (and superusers) hold the model-level permission and so act
on every cohort. An instructor holds object permissions (django-guardian) on
the cohorts they are assigned to, granted and revoked only by
``courses.services.cohort_set_instructors``. Trainees hold none of these:
they reach their own records through ``courses.selectors`` only.
"""

from django.contrib.auth.models import Group, Permission
from django.http import Http404
from guardian.shortcuts import get_objects_for_user
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from courses.models import Cohort, CourseIndexPage

ACADEMY_ADMINS_GROUP = "Academy admins"
INSTRUCTORS_GROUP = "Instructors"

# action -> permission codename; "instructor" says whether an assigned
# instructor holds it on their own cohorts.
COHORT_ACTIONS = {
    "view": {"permission": "courses.view_cohort", "instructor": True},
    "manage_enrolments": {"permission": "courses.manage_enrolments", "instructor": True},
    "view_report": {"permission": "courses.view_cohort_report", "instructor": True},
    "add": {"permission": "courses.add_cohort", "instructor": False},
    "change": {"permission": "courses.change_cohort", "instructor": False},
    "delete": {"permission": "courses.delete_cohort", "instructor": False},
}

# The object permissions an assigned instructor receives.
INSTRUCTOR_COHORT_PERMISSIONS = tuple(
    rule["permission"] for rule in COHORT_ACTIONS.values() if rule["instructor"]
)


def permission_for(action: str) -> str:
    return COHORT_ACTIONS[action]["permission"]


def can_on_all_cohorts(user, action: str) -> bool:
    return bool(user.is_authenticated and user.is_active and user.has_perm(permission_for(action)))


def can_on_any_cohort(user, action: str) -> bool:
    """True when the user may perform ``action`` on all cohorts or on at least one.

    Wagtail asks this to decide whether to show the Cohorts menu and list at
    all; which cohorts the list then holds is ``selectors.cohorts_for``.
    """
    if can_on_all_cohorts(user, action):
        return True
    if not (user.is_authenticated and user.is_active and COHORT_ACTIONS[action]["instructor"]):
        return False
    return get_objects_for_user(
        user, permission_for(action), klass=Cohort, accept_global_perms=False
    ).exists()


def can(user, action: str, cohort=None) -> bool:
    """True when the user may perform ``action`` on ``cohort`` (or on cohorts in general)."""
    if can_on_all_cohorts(user, action):
        return True
    if cohort is None or not (user.is_authenticated and user.is_active):
        return False
    return user.has_perm(permission_for(action), cohort)


def require(user, action: str, cohort) -> None:
    """Refuse with 404, so a cohort one may not see is indistinguishable from none."""
    if not can(user, action, cohort):
        raise Http404("No such cohort.")


# Admin URLs -> the cohort action each one requires. The permission-matrix
# test walks these namespaces and fails on a URL name missing from here.
ADMIN_URL_ACTIONS = {
    "academy_cohorts:index": "view",
    "academy_cohorts:index_results": "view",
    "academy_cohorts:add": "add",
    "academy_cohorts:edit": "change",
    "academy_cohorts:delete": "delete",
    "academy_cohorts:history": "change",
    "academy_cohorts:history_results": "change",
    "academy_cohorts:usage": "change",
    "academy_enrolments:index": "manage_enrolments",
    "academy_enrolments:index_results": "manage_enrolments",
    "academy_enrolments:add": "manage_enrolments",
    "academy_enrolments:act": "manage_enrolments",
    "academy_enrolments:bulk": "manage_enrolments",
    "academy_imports:import_trainees": "manage_enrolments",
    "academy_reports:index": "view_report",
    "academy_reports:cohort_report": "view_report",
    "academy_reports:cohort_report_results": "view_report",
    "academy_quiz_results:index": "view_report",
    "academy_quiz_results:quiz": "view_report",
    "academy_quiz_results:grant_extra_attempt": "manage_enrolments",
}


# Trainee URLs (namespaces "learn" and "quiz") -> whether they need a login and the
# methods they answer. A trainee acts only on their own records, reached
# through courses.selectors, so anybody else's answer 404. The trainee URL
# test walks the namespace and fails on a URL name missing from here.
TRAINEE_URL_ACCESS = {
    "learn:dashboard": {"login": True, "methods": ("GET",)},
    "learn:enrol": {"login": True, "methods": ("POST",)},
    "learn:withdraw": {"login": True, "methods": ("POST",)},
    "learn:lesson_complete": {"login": True, "methods": ("POST",)},
    # Anyone holding the link may read it; accepting it (POST) needs a login.
    "learn:invitation": {"login": False, "methods": ("GET", "POST")},
    # Quiz attempts (namespace "quiz"): only the trainee whose attempt it is.
    "quiz:start": {"login": True, "methods": ("POST",)},
    "quiz:attempt": {"login": True, "methods": ("GET",)},
    "quiz:submit": {"login": True, "methods": ("POST",)},
    "quiz:results": {"login": True, "methods": ("GET",)},
}


# Groups ----------------------------------------------------------------------

# Model-level permissions of each group, as "app_label.codename".
GROUP_PERMISSIONS = {
    ACADEMY_ADMINS_GROUP: (
        "wagtailadmin.access_admin",
        *(rule["permission"] for rule in COHORT_ACTIONS.values()),
        # academy.services treats this as "academy admin" for locked certificate names.
        "academy.change_profile",
        "certificates.issue_certificate",
        *(f"certificates.{verb}_certificatetemplate" for verb in ("add", "change", "view")),
    ),
    # Instructors hold no cohort permission of their own: assignment grants it per cohort.
    INSTRUCTORS_GROUP: ("wagtailadmin.access_admin",),
}
# Page permissions on the catalogue (and so every course under it), for both groups.
CATALOGUE_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
# Collection permissions on the root collection, so authors can use pictures and files.
MEDIA_COLLECTION_PERMISSIONS = ("add_image", "choose_image", "add_document", "choose_document")


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_groups(catalogue=None) -> dict[str, Group]:
    """Create or complete the "Academy admins" and "Instructors" groups; safe to run again.

    Only adds: permissions an admin granted since through the Wagtail
    group editor stay. ``catalogue`` defaults to the site's catalogue page;
    without one, the groups get no page permissions.
    """
    catalogue = catalogue or CourseIndexPage.objects.order_by("path").first()
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name, dotted_permissions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(dotted) for dotted in dotted_permissions))
        if catalogue is not None:
            for codename in CATALOGUE_PAGE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=catalogue, permission=_permission(f"wagtailcore.{codename}")
                )
        for codename in MEDIA_COLLECTION_PERMISSIONS:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=_permission(f"{app_label}.{codename}"),
            )
        groups[name] = group
    return groups
