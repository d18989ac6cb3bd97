"""Who may do what with cohorts: the table in courses.permissions, walked URL by URL.

Instructor X teaches cohort A, instructor Y teaches cohort B. Y must never
see or change anything of A; an academy admin sees everything; a trainee
never reaches the admin.
"""

import importlib

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import get_resolver, reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission
from wagtail.permissions import policy_registry

from courses import services
from courses.admin_views.cohorts import CohortPermissionPolicy
from courses.models import Cohort, ModulePage, QuizPage
from courses.permissions import (
    ACADEMY_ADMINS_GROUP,
    ADMIN_URL_ACTIONS,
    COHORT_ACTIONS,
    COURSE_LEADS_GROUP,
    COURSE_MEDIA_COLLECTION,
    INSTRUCTORS_GROUP,
    can,
    can_on_any_cohort,
    ensure_groups,
)
from tests.cohort_factories import CohortFactory, assign_instructor, enrol
from tests.courses.admin_helpers import client_for, object_permission_rows
from tests.factories import UserFactory
from tests.quiz_factories import QuizPageFactory

NAMESPACES = (
    "academy_cohorts",
    "academy_enrolments",
    "academy_imports",
    "academy_reports",
    "academy_quiz_results",
)
# URLs about cohorts in general rather than about one cohort.
LIST_URLS = {
    "academy_cohorts:index",
    "academy_cohorts:index_results",
    "academy_cohorts:add",
    "academy_reports:index",
}
# URLs about one quiz of the cohort's course.
QUIZ_URLS = {"academy_quiz_results:quiz", "academy_quiz_results:grant_extra_attempt"}
# Harmless requests to the POST-only URLs: each is refused by a rule, changing nothing.
POSTS = {
    "academy_enrolments:add": {"email": "not an address"},
    "academy_enrolments:bulk": {"action": "promote"},
    "academy_enrolments:act": {},
    # No reason given: the form comes back with an error.
    "academy_quiz_results:grant_extra_attempt": lambda enrollment: {
        "enrollment": enrollment.pk,
        "grants_seen": 0,
        "reason": "",
    },
}
ROLES = ("academy_admin", "own_instructor", "other_instructor", "trainee")

# The admin fixtures (groups, academy admin, instructors X and Y, cohorts A and B).
pytest_plugins = ["tests.courses.admin_fixtures"]


def _admin_url_names() -> set[str]:
    resolver = get_resolver()
    names = set()
    for namespace in NAMESPACES:
        _prefix, namespace_resolver = resolver.namespace_dict[namespace]
        names |= {
            f"{namespace}:{name}"
            for name in namespace_resolver.reverse_dict
            if isinstance(name, str)
        }
    return names


def test_every_admin_url_has_an_entry_in_the_permission_table():
    assert _admin_url_names() == {
        name for name in ADMIN_URL_ACTIONS if name.split(":")[0] in NAMESPACES
    }
    assert set(ADMIN_URL_ACTIONS.values()) <= set(COHORT_ACTIONS)


def _quiz(cohort) -> QuizPage:
    module = ModulePage.objects.child_of(cohort.course).order_by("path").first()
    return QuizPage.objects.child_of(module).first() or QuizPageFactory(
        parent=module, max_attempts=1
    )


def _url(name, cohort, enrollment) -> str:
    if name in LIST_URLS:
        return reverse(name)
    if name == "academy_enrolments:act":
        return reverse(name, args=[cohort.pk, enrollment.pk, "promote"])
    if name in QUIZ_URLS:
        return reverse(name, args=[cohort.pk, _quiz(cohort).pk])
    return reverse(name, args=[cohort.pk])


def _expect_allowed(role: str, name: str) -> bool:
    rule = COHORT_ACTIONS[ADMIN_URL_ACTIONS[name]]
    return {
        "academy_admin": True,
        "own_instructor": rule["instructor"],
        "other_instructor": rule["instructor"] and name in LIST_URLS,
        "trainee": False,
    }[role]


def _refused(response) -> bool:
    if response.status_code in (403, 404):
        return True
    # Wagtail answers a missing permission by sending the user home (or to log in).
    return response.status_code == 302 and response.url.split("?")[0] in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_login"),
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(ADMIN_URL_ACTIONS))
def test_permission_matrix(
    name, role, cohort_a, cohort_b, academy_admin, instructor_x, instructor_y, admin_trainee
):
    enrollment = enrol(cohort_a, username="kofi", email="kofi.mensah@academy.example")
    user = {
        "academy_admin": academy_admin,
        "own_instructor": instructor_x,
        "other_instructor": instructor_y,
        "trainee": admin_trainee,
    }[role]
    client = client_for(user)
    url = _url(name, cohort_a, enrollment)
    data = POSTS.get(name)
    if callable(data):
        data = data(enrollment)
    response = client.post(url, data) if name in POSTS else client.get(url)

    if _expect_allowed(role, name):
        assert response.status_code in (200, 302), response.status_code
        assert not _refused(response)
    else:
        assert _refused(response), (response.status_code, getattr(response, "url", ""))
        assert b"Alpha cohort" not in response.content
        assert b"kofi.mensah" not in response.content
    enrollment.refresh_from_db()
    assert enrollment.status == "active"
    assert not enrollment.extra_attempts.exists()


def test_foreign_instructor_cannot_tell_a_cohort_from_a_missing_one(
    cohort_a, cohort_b, instructor_y
):
    client = client_for(instructor_y)
    for name in ("academy_enrolments:index", "academy_cohorts:delete", "academy_cohorts:history"):
        existing = client.get(reverse(name, args=[cohort_a.pk]))
        missing = client.get(reverse(name, args=[cohort_a.pk + 1000]))
        assert existing.status_code == missing.status_code == 404


# Assignment grants, unassignment revokes ----------------------------------------


def test_assigning_grants_and_unassigning_revokes_at_once(two_courses, instructor_x, academy_admin):
    cohort = CohortFactory(course=two_courses.dpi.course, name="Charlie cohort")
    client = client_for(instructor_x)
    enrolments = reverse("academy_enrolments:index", args=[cohort.pk])
    assert client.get(enrolments).status_code == 404
    assert not can(instructor_x, "manage_enrolments", cohort)

    services.cohort_set_instructors(
        cohort=cohort, instructors=[instructor_x], acting_user=academy_admin
    )
    assert client.get(enrolments).status_code == 200
    assert can(instructor_x, "view_report", cohort)
    assert object_permission_rows(instructor_x, cohort).count() == 3

    services.cohort_set_instructors(cohort=cohort, instructors=[], acting_user=academy_admin)
    assert client.get(enrolments).status_code == 404
    assert not can(instructor_x, "view", cohort)
    assert not object_permission_rows(instructor_x).exists()


def test_deleting_a_cohort_leaves_no_object_permissions(two_courses, instructor_x, academy_admin):
    cohort = CohortFactory(course=two_courses.dpi.course)
    assign_instructor(cohort, instructor_x, acting_user=academy_admin)
    services.cohort_delete(cohort=cohort, acting_user=academy_admin)
    assert not Cohort.objects.filter(pk=cohort.pk).exists()
    assert not object_permission_rows(instructor_x).exists()


def test_instructor_holds_no_model_level_cohort_permission(cohort_a, instructor_x):
    for action in COHORT_ACTIONS:
        assert not instructor_x.has_perm(COHORT_ACTIONS[action]["permission"])
    assert can_on_any_cohort(instructor_x, "view")
    assert can_on_any_cohort(instructor_x, "manage_enrolments")
    for action in ("add", "change", "delete"):
        assert not can_on_any_cohort(instructor_x, action)
        assert not can(instructor_x, action, cohort_a)


def test_instructor_without_cohorts_sees_no_cohort_at_all(groups):
    loner = UserFactory(username="loner")
    loner.groups.add(groups[INSTRUCTORS_GROUP])
    assert not can_on_any_cohort(loner, "view")
    response = client_for(loner).get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert reverse("academy_cohorts:index").encode() not in response.content


def test_menu_shows_cohorts_to_assigned_instructors_and_admins(
    cohort_a, cohort_b, instructor_x, academy_admin
):
    for user in (instructor_x, academy_admin):
        response = client_for(user).get(reverse("wagtailadmin_home"))
        assert reverse("academy_cohorts:index").encode() in response.content


# The Wagtail permission policy ---------------------------------------------------


def test_wagtail_uses_the_cohort_policy(
    cohort_a, cohort_b, academy_admin, instructor_x, instructor_y, admin_trainee
):
    policy = policy_registry.get_by_type(Cohort)
    assert isinstance(policy, CohortPermissionPolicy)
    assert policy.user_has_permission(instructor_x, "view")
    assert not policy.user_has_permission(instructor_x, "change")
    assert policy.user_has_permission(academy_admin, "delete")
    assert list(policy.instances_user_has_any_permission_for(instructor_x, ["view"])) == [cohort_a]
    assert set(policy.instances_user_has_any_permission_for(academy_admin, ["change"])) == {
        cohort_a,
        cohort_b,
    }
    assert policy.user_has_permission_for_instance(instructor_x, "view", cohort_a)
    assert not policy.user_has_permission_for_instance(instructor_y, "view", cohort_a)
    viewers = set(policy.users_with_any_permission(["view"]))
    assert {academy_admin, instructor_x, instructor_y} <= viewers
    assert admin_trainee not in viewers
    assert set(policy.users_with_any_permission_for_instance(["view"], cohort_a)) >= {
        academy_admin,
        instructor_x,
    }
    assert instructor_y not in set(
        policy.users_with_any_permission_for_instance(["view"], cohort_a)
    )
    assert set(policy.users_with_any_permission(["change"])) == {academy_admin}


# Groups ------------------------------------------------------------------------


def _page_codenames(group, page) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_ensure_groups_defines_the_groups_and_is_idempotent(catalogue, drafts):
    first = ensure_groups(catalogue, drafts)
    rows = GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count()
    second = ensure_groups(catalogue, drafts)
    assert (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count()) == rows
    assert (
        first.keys()
        == second.keys()
        == {
            ACADEMY_ADMINS_GROUP,
            COURSE_LEADS_GROUP,
            INSTRUCTORS_GROUP,
        }
    )
    admins = Group.objects.get(name=ACADEMY_ADMINS_GROUP)
    admin_perms = {f"{p.content_type.app_label}.{p.codename}" for p in admins.permissions.all()}
    assert {
        "wagtailadmin.access_admin",
        "courses.add_cohort",
        "courses.change_cohort",
        "courses.delete_cohort",
        "courses.view_cohort",
        "courses.manage_enrolments",
        "courses.view_cohort_report",
    } <= admin_perms
    instructors = Group.objects.get(name=INSTRUCTORS_GROUP)
    leads = Group.objects.get(name=COURSE_LEADS_GROUP)
    for group in (instructors, leads):
        assert [p.codename for p in group.permissions.all()] == ["access_admin"]
    reviewers = {"add_page", "change_page", "publish_page"}
    for group in (admins, leads):
        assert _page_codenames(group, catalogue) == _page_codenames(group, drafts) == reviewers
    # Instructors author through course teams; in the drafts area they may only start courses.
    assert not GroupPagePermission.objects.filter(group=instructors).exclude(page=drafts).exists()
    assert _page_codenames(instructors, drafts) == {"add_page"}


def test_nobody_holds_media_permissions_on_the_root_collection(groups):
    root = Collection.get_first_root_node()
    ours = list(groups.values())
    assert not GroupCollectionPermission.objects.filter(collection=root, group__in=ours).exists()
    media = Collection.objects.get(name=COURSE_MEDIA_COLLECTION)
    for group in groups.values():
        assert set(
            GroupCollectionPermission.objects.filter(group=group, collection=media).values_list(
                "permission__codename", flat=True
            )
        ) == {"add_image", "choose_image", "add_document", "choose_document"}


def test_trainee_gets_no_admin_access(cohort_a, admin_trainee):
    client = client_for(admin_trainee)
    for url in (
        reverse("wagtailadmin_home"),
        reverse("academy_cohorts:index"),
        reverse("academy_enrolments:index", args=[cohort_a.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))


def test_the_migration_moves_grants_off_the_root_and_the_catalogue(catalogue, drafts):
    """What the data migration does to an academy set up with the earlier grants."""
    from django.apps import apps

    from tests.factories import ImageFactory

    instructors = Group.objects.create(name=INSTRUCTORS_GROUP)
    root = Collection.get_first_root_node()
    legacy = root.add_child(name="Legacy media")
    choose_image = Permission.objects.get(codename="choose_image")
    GroupCollectionPermission.objects.create(
        group=instructors, collection=root, permission=choose_image
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=instructors, page=catalogue, permission=Permission.objects.get(codename=codename)
        )
    picture = ImageFactory(collection=root)
    migration = importlib.import_module("courses.migrations.0006_drafts_area_and_course_media")

    migration.forwards(apps, None)

    media = Collection.objects.get(name=COURSE_MEDIA_COLLECTION)
    granted = GroupCollectionPermission.objects.filter(group=instructors, permission=choose_image)
    assert set(granted.values_list("collection", flat=True)) == {media.pk, legacy.pk}
    picture.refresh_from_db()
    assert picture.collection == media
    assert not GroupPagePermission.objects.filter(group=instructors).exists()
