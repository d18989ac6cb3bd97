"""Who may do what with cohorts and course pages: tables used by views, admin and tests.

Academy admins (and superusers) hold the model-level permission and so act
on every cohort. An instructor holds object permissions (django-guardian) on
the cohorts they are assigned to, granted and revoked only by
``courses.services.cohort_set_instructors``. Trainees hold none of these:
they reach their own records through ``courses.selectors`` only.

Course pages follow Wagtail's page permissions: academy admins and course
leads edit and publish every course; an instructor edits only the courses
whose team they are on (``courses.services.course_team_set_authors``) or
that they started in the drafts area, and what they change reaches the
site only when a course lead or an academy admin approves it in the
"Course review" workflow.
"""

from django.contrib.auth.models import Group, Permission
from django.http import Http404
from guardian.shortcuts import get_objects_for_user
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from courses.models import Cohort, CourseDraftsPage, CourseIndexPage

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

COURSE_LEADS_GROUP = "Course leads"
# Where course pictures and handouts live. Collection permissions are inherited
# down the tree, so authors get them here rather than on the root, whose other
# children (certificate signatures) stay private to those who hold them.
COURSE_MEDIA_COLLECTION = "Course media"
COURSE_REVIEW_WORKFLOW = "Course review"
COURSE_REVIEW_TASK = "Course lead or academy admin approves"
# Who approves a course change or sends it back with a comment.
COURSE_REVIEWER_GROUPS = (COURSE_LEADS_GROUP, ACADEMY_ADMINS_GROUP)

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
    COURSE_LEADS_GROUP: ("wagtailadmin.access_admin",),
    # Instructors hold no cohort permission of their own: assignment grants it per cohort.
    INSTRUCTORS_GROUP: ("wagtailadmin.access_admin",),
}
REVIEWER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
# Page permissions on the catalogue (and so every course in it). Instructors
# hold none there: they author a course through its team.
CATALOGUE_PAGE_PERMISSIONS = {
    ACADEMY_ADMINS_GROUP: REVIEWER_PAGE_PERMISSIONS,
    COURSE_LEADS_GROUP: REVIEWER_PAGE_PERMISSIONS,
}
# Page permissions on the drafts area: any instructor may start a course
# there, and with "add" alone may edit only the courses they started.
DRAFTS_PAGE_PERMISSIONS = {
    ACADEMY_ADMINS_GROUP: REVIEWER_PAGE_PERMISSIONS,
    COURSE_LEADS_GROUP: REVIEWER_PAGE_PERMISSIONS,
    INSTRUCTORS_GROUP: ("add_page",),
}
# What a course team holds on its course: never publish, which needs review.
COURSE_TEAM_PAGE_PERMISSIONS = ("add_page", "change_page")
# Collection permissions on the course media collection, for every group.
MEDIA_COLLECTION_PERMISSIONS = ("add_image", "choose_image", "add_document", "choose_document")


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(codename: str) -> Permission:
    return _permission(f"wagtailcore.{codename}")


def course_media_collection() -> Collection:
    """The collection authors upload to and choose from, made on first use."""
    existing = Collection.objects.filter(name=COURSE_MEDIA_COLLECTION, depth=2).first()
    return existing or Collection.get_first_root_node().add_child(name=COURSE_MEDIA_COLLECTION)


def _grant_pages(groups: dict[str, Group], page, table: dict[str, tuple[str, ...]]) -> None:
    if page is None:
        return
    for name, codenames in table.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=page, permission=page_permission(codename)
            )


def ensure_course_review(groups: dict[str, Group], pages) -> Workflow:
    """The "Course review" workflow on the catalogue and the drafts area; safe to run again."""
    task = GroupApprovalTask.objects.filter(name=COURSE_REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=COURSE_REVIEW_TASK)
    task.groups.add(*(groups[name] for name in COURSE_REVIEWER_GROUPS))
    workflow = Workflow.objects.filter(name=COURSE_REVIEW_WORKFLOW).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=COURSE_REVIEW_WORKFLOW)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for page in pages:
        if page is not None and not WorkflowPage.objects.filter(page=page).exists():
            WorkflowPage.objects.create(workflow=workflow, page=page)
    return workflow


def ensure_groups(catalogue=None, drafts=None) -> dict[str, Group]:
    """Create or complete the academy's groups, their grants and the review workflow.

    Safe to run again, and only adds: permissions an admin granted since
    through the Wagtail group editor stay. ``catalogue`` and ``drafts``
    default to the site's catalogue and drafts area; without them, the
    groups get no page permissions there.
    """
    catalogue = catalogue or CourseIndexPage.objects.order_by("path").first()
    drafts = drafts or CourseDraftsPage.objects.order_by("path").first()
    media = course_media_collection()
    groups = {}
    for name, dotted_permissions in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(dotted) for dotted in dotted_permissions))
        for codename in MEDIA_COLLECTION_PERMISSIONS:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=media, permission=_permission(f"{app_label}.{codename}")
            )
        groups[name] = group
    _grant_pages(groups, catalogue, CATALOGUE_PAGE_PERMISSIONS)
    _grant_pages(groups, drafts, DRAFTS_PAGE_PERMISSIONS)
    ensure_course_review(groups, (catalogue, drafts))
    return groups


# Course pages --------------------------------------------------------------------


def enclosing_course(page):
    """The course a page is or belongs to, or None outside any course."""
    from courses.models import CoursePage

    return (
        CoursePage.objects.filter(path__in=_ancestor_paths(page, inclusive=True))
        .order_by("-depth")
        .first()
    )


def _ancestor_paths(page, *, inclusive: bool) -> list[str]:
    end = len(page.path) + (Page.steplen if inclusive else 0)
    return [page.path[:length] for length in range(Page.steplen, end, Page.steplen)]


def may_add_below(user, parent) -> bool:
    """Whether ``user`` may put a page (new, moved or copied) under ``parent``.

    Wagtail's "add" permission reaches a whole subtree, and every instructor
    holds it on the drafts area so that they can start a course there. Below
    the area itself, it must not let them add to a course someone else
    started: there only those who may edit the course may add to it.
    """
    if user.is_superuser or parent.depth <= 1:
        return True
    in_drafts = CourseDraftsPage.objects.filter(
        path__in=_ancestor_paths(parent, inclusive=False)
    ).exists()
    if not in_drafts:
        return True
    course = enclosing_course(parent)
    return course is None or course.permissions_for_user(user).can_edit()


# Requests to Wagtail's page admin about a course or a page in it -> the page
# permission each needs ("change" is also met by "add" on a page one owns).
# Saving the edit form needs "change"; its publish button also needs
# "publish", and without it saves a draft. The permission matrix asks every
# role each of these about a course and one of its quizzes.
COURSE_PAGE_REQUESTS = {
    ("wagtailadmin_pages:edit", "GET"): "change",
    ("wagtailadmin_pages:edit", "POST"): "change",
    ("wagtailadmin_pages:unpublish", "GET"): "publish",
    ("wagtailadmin_pages:unpublish", "POST"): "publish",
    ("wagtailadmin_pages:add_subpage", "GET"): "add",
}

# Admin URLs about a course's team -> the page permission on the course they
# need: those who may publish a course (its reviewers) choose its authors.
COURSE_TEAM_URL_ACTIONS = {"academy_course_teams:edit": "publish"}
