"""Who may do what with cohorts: one table, used by views, admin and tests.

Academy admins (and superusers) hold the model-level permission and so act
on every cohort. An instructor holds object permissions (django-guardian) on
the cohorts they are assigned to, granted and revoked only by
``courses.services.cohort_set_instructors``. Trainees hold none of these:
they reach their own records through ``courses.selectors`` only.
"""

from django.http import Http404

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
