"""Every URL of the academy, asked by every kind of user: one matrix of role × URL.

The expected outcome of each cell comes from the apps' own tables
(``courses.permissions``, ``certificates.permissions``,
``academy.permissions``) and the groups' permissions, so the test and the
code read the same rules. A URL name found in the URLconf but in none of
those tables (nor in the explicit Wagtail-owned and allauth sets below)
fails the coverage test.

Object URLs always ask for trainee A's records in cohort X. Trainee B
studies in cohort Y; instructor X teaches cohort X, instructor Y cohort Y.
Whoever is refused sees nothing of A: not A's email, name or cohort.
"""

import dataclasses

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from guardian.models import GroupObjectPermission, UserObjectPermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from academy.permissions import URL_ACCESS as ACADEMY_URL_ACCESS
from academy.services import profile_for
from certificates.issuing import issue_certificate, template_revision
from certificates.models import BulkIssueJob, Certificate
from certificates.permissions import (
    ADMIN_URL_METHODS,
    CERTIFICATE_URL_ACCESS,
    ISSUE_PERMISSION,
)
from certificates.signatures import ensure_signatures_collection
from courses import services
from courses.models import Cohort, Enrollment, EnrollmentStatus, LessonProgress, QuizAttempt
from courses.permissions import (
    ACADEMY_ADMINS_GROUP,
    ADMIN_URL_ACTIONS,
    CATALOGUE_PAGE_PERMISSIONS,
    COHORT_ACTIONS,
    COURSE_LEADS_GROUP,
    COURSE_PAGE_REQUESTS,
    COURSE_TEAM_PAGE_PERMISSIONS,
    COURSE_TEAM_URL_ACTIONS,
    GROUP_PERMISSIONS,
    INSTRUCTORS_GROUP,
    TRAINEE_URL_ACCESS,
    course_media_collection,
    ensure_groups,
)
from tests.certificate_factories import CertificateTemplateFactory
from tests.cohort_factories import CohortFactory, assign_instructor, enrol, verified_user
from tests.courses.authoring_helpers import course_form
from tests.factories import PDF_BYTES, ImageFactory, UserFactory, course_with_lessons
from tests.quiz_factories import ALL_RIGHT, QuizPageFactory, start, take

# Outcomes ---------------------------------------------------------------------

OK = "ok"  # 200, or a redirect somewhere other than a login page or the admin's home
LOGIN = "login"  # a redirect to a login page
FORBIDDEN = "forbidden"  # 403, or Wagtail's redirect to the admin's home
MISSING = "missing"  # 404: indistinguishable from a record that does not exist

ANONYMOUS = "anonymous"
TRAINEE_A = "trainee_a"
TRAINEE_B = "trainee_b"
INSTRUCTOR_X = "instructor_x"
INSTRUCTOR_Y = "instructor_y"
ACADEMY_ADMIN = "academy_admin"
SUPERUSER = "superuser"
# On course X's team (an instructor who teaches no cohort), and a reviewer of every course.
COURSE_AUTHOR = "course_author"
COURSE_LEAD = "course_lead"
ROLES = (
    ANONYMOUS,
    TRAINEE_A,
    TRAINEE_B,
    INSTRUCTOR_X,
    INSTRUCTOR_Y,
    ACADEMY_ADMIN,
    SUPERUSER,
    COURSE_AUTHOR,
    COURSE_LEAD,
)
# Those with no business with A's records: they must never see any of them.
OUTSIDERS = (ANONYMOUS, TRAINEE_B, INSTRUCTOR_Y, COURSE_AUTHOR, COURSE_LEAD)

# Names not in our tables ----------------------------------------------------------

OUR_APPS = ("academy", "courses", "certificates")
# allauth's account pages (log in, sign up, email, password) are public by
# design and act only on the session's own account; allauth tests them.
ALLAUTH_PREFIXES = ("account_",)
# Wagtail's own admin and serving views, guarded by Wagtail's permission
# system and tested by Wagtail. Not in this set, so ours to cover: every
# academy_* namespace, "trainees", and the snippet and chooser namespaces of
# our own models (wagtailsnippets_<our app>_*, wagtailsnippetchoosers_<our app>_*).
WAGTAIL_OWNED_PREFIXES = (
    "wagtail_bulk_action",
    "wagtailadmin_",
    "wagtailcore_",
    "wagtaildocs",
    "wagtailembeds:",
    "wagtailforms:",
    "wagtailimages",
    "wagtailredirects:",
    "wagtailsettings:",
    "wagtailsites:",
    "wagtailsnippets:",
    "wagtailusers_",
)


def _walk(resolver, namespace=(), prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = (*namespace, pattern.namespace) if pattern.namespace else namespace
            yield from _walk(pattern, inner, prefix + str(pattern.pattern))
        elif pattern.name:
            yield ":".join((*namespace, pattern.name)), pattern
        elif pattern.callback.__module__.split(".")[0] in OUR_APPS:
            # An unnamed view of ours cannot be in a table: the coverage test names it.
            yield f"(unnamed) {prefix}{pattern.pattern}", pattern


ROUTES: dict[str, URLPattern] = dict(_walk(get_resolver()))


def _is_outside_our_tables(name: str) -> bool:
    return name.startswith(ALLAUTH_PREFIXES + WAGTAIL_OWNED_PREFIXES) and name != "wagtail_serve"


def _params(name: str) -> list[str]:
    return list(ROUTES[name].pattern.regex.groupindex)


# What each role holds -----------------------------------------------------------------


class _Everything:
    def __contains__(self, permission):
        return True


ROLE_PERMISSIONS = {
    ANONYMOUS: frozenset(),
    TRAINEE_A: frozenset(),
    TRAINEE_B: frozenset(),
    INSTRUCTOR_X: frozenset(GROUP_PERMISSIONS[INSTRUCTORS_GROUP]),
    INSTRUCTOR_Y: frozenset(GROUP_PERMISSIONS[INSTRUCTORS_GROUP]),
    ACADEMY_ADMIN: frozenset(GROUP_PERMISSIONS[ACADEMY_ADMINS_GROUP]),
    SUPERUSER: _Everything(),
    COURSE_AUTHOR: frozenset(GROUP_PERMISSIONS[INSTRUCTORS_GROUP]),
    COURSE_LEAD: frozenset(GROUP_PERMISSIONS[COURSE_LEADS_GROUP]),
}
# The cohort whose object permissions an instructor holds (see courses.permissions).
TEACHES_COHORT_X = {INSTRUCTOR_X: True, INSTRUCTOR_Y: False}


def _holds(role: str, permission: str) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def _admin_refusal(role: str, refusal: str) -> str:
    """Wagtail sends anyone without admin access to its login page."""
    return refusal if _holds(role, "wagtailadmin.access_admin") else LOGIN


# The policy: URL name -> method -> role -> outcome -----------------------------------


def _cohort_admin_row(name: str, action: str) -> dict[str, str]:
    """courses.permissions: model permission on every cohort, object permission on one's own."""
    rule = COHORT_ACTIONS[action]
    about_cohort_x = bool(_params(name))
    row = {}
    for role in ROLES:
        if _holds(role, rule["permission"]):
            row[role] = OK
        elif role in TEACHES_COHORT_X and rule["instructor"]:
            # Allowed on one's own cohorts; another's cohort is a 404, as if it did not exist.
            row[role] = OK if TEACHES_COHORT_X[role] or not about_cohort_x else MISSING
        elif name in LISTS_FOR_EVERY_ADMIN_USER and _holds(role, "wagtailadmin.access_admin"):
            row[role] = OK
        elif about_cohort_x and name not in WAGTAIL_CHECKS_FIRST:
            # Not allowed on any cohort: the cohort lookup finds none (404).
            row[role] = _admin_refusal(role, MISSING)
        else:
            row[role] = _admin_refusal(role, FORBIDDEN)
    return row


# Lists only the cohorts one teaches: empty, not refused, for admin users who teach none.
LISTS_FOR_EVERY_ADMIN_USER = {"academy_reports:index"}
# Wagtail's edit view asks the permission before looking the cohort up.
WAGTAIL_CHECKS_FIRST = {"academy_cohorts:edit"}


# Trainee URLs about one of A's own records: only A gets through (plus issuers for the PDF).
OWNER_ONLY = {
    "learn:withdraw",
    "learn:lesson_complete",
    "quiz:start",
    "quiz:attempt",
    "quiz:submit",
    "quiz:results",
    "certificates:visibility",
}
OWNER_OR_ISSUER = {"certificates:pdf"}
# The quiz page is public, so not being its trainee is a 403 rather than a 404.
NON_OWNER_REFUSAL = {"quiz:start": FORBIDDEN}
# Open to read, but acting on it (POST) needs a login.
LOGIN_TO_WRITE = {"learn:invitation"}


def _site_row(name: str, rule: dict, method: str) -> dict[str, str]:
    """TRAINEE_URL_ACCESS, CERTIFICATE_URL_ACCESS and academy.permissions.URL_ACCESS."""
    needs_login = rule["login"] or (name in LOGIN_TO_WRITE and method == "POST")
    refusal = NON_OWNER_REFUSAL.get(name, MISSING)
    row = {ANONYMOUS: LOGIN if needs_login else OK, TRAINEE_A: OK}
    for role in ROLES[2:]:
        if name in OWNER_ONLY:
            row[role] = refusal
        elif name in OWNER_OR_ISSUER:
            row[role] = OK if _holds(role, ISSUE_PERMISSION) else refusal
        else:
            row[role] = OK
    return row


def _issuer_row() -> dict[str, str]:
    """certificates.permissions: every admin certificate view needs can_issue."""
    return {
        role: OK if _holds(role, ISSUE_PERMISSION) else _admin_refusal(role, FORBIDDEN)
        for role in ROLES
    }


# Any admin user may choose a certificate template: instructors pick one for their courses.
CHOOSE = "wagtailadmin.access_admin"
# Our models' Wagtail viewsets: namespace -> the model whose permissions guard it.
VIEWSET_MODELS = {
    "trainees": "academy.profile",
    "wagtailsnippets_certificates_certificatetemplate": "certificates.certificatetemplate",
    "wagtailsnippetchoosers_certificates_certificatetemplate": "certificates.certificatetemplate",
}
ANY_PERMISSION = ("add", "change", "delete", "view")
# View name -> the model permissions of which Wagtail asks for one (its generic views' rules).
VIEWSET_VIEW_PERMISSIONS = {
    "index": ANY_PERMISSION,
    "index_results": ANY_PERMISSION,
    "list": ANY_PERMISSION,
    "list_results": ANY_PERMISSION,
    "add": ("add",),
    "copy": ("add",),
    "preview_on_add": ("add",),
    "edit": ("change",),
    "preview_on_edit": ("change",),
    "usage": ("change",),
    "revisions_view": ("change",),
    "revisions_revert": ("change",),
    "revisions_compare": ("change",),
    "history": ("add", "change", "delete"),
    "history_results": ("add", "change", "delete"),
    "delete": ("delete",),
    "choose": CHOOSE,
    "choose_results": CHOOSE,
    "chosen": CHOOSE,
    "chosen_multiple": CHOOSE,
    "create": ("add",),
}
# Profiles come with accounts (sign-up, invitation, import): never added by hand.
NEVER = {"trainees:add"}


def _viewset_row(name: str) -> dict[str, str]:
    namespace, view = name.split(":")
    app_label, model = VIEWSET_MODELS[namespace].split(".")
    row = {}
    for role in ROLES:
        needed = VIEWSET_VIEW_PERMISSIONS[view]
        if needed == CHOOSE:
            allowed = _holds(role, CHOOSE)
        else:
            allowed = name not in NEVER and any(
                _holds(role, f"{app_label}.{action}_{model}") for action in needed
            )
        row[role] = OK if allowed else _admin_refusal(role, FORBIDDEN)
    return row


# The page permissions each role holds on course X, read from courses.permissions.
COURSE_X_PAGE_PERMISSIONS = {
    ACADEMY_ADMIN: CATALOGUE_PAGE_PERMISSIONS[ACADEMY_ADMINS_GROUP],
    COURSE_LEAD: CATALOGUE_PAGE_PERMISSIONS[COURSE_LEADS_GROUP],
    COURSE_AUTHOR: COURSE_TEAM_PAGE_PERMISSIONS,
}
EVERY_PAGE_ACTION = ("add", "change", "publish")


def _page_actions(role: str) -> set[str]:
    if role == SUPERUSER:
        return set(EVERY_PAGE_ACTION)
    return {codename.removesuffix("_page") for codename in COURSE_X_PAGE_PERMISSIONS.get(role, ())}


def _page_outcome(role: str, action: str) -> str:
    if action in _page_actions(role):
        return OK
    return _admin_refusal(role, FORBIDDEN)


# Methods each URL answers, where no table says it: our admin views and viewsets.
ADMIN_POST_ONLY = {
    "academy_enrolments:add",
    "academy_enrolments:bulk",
    "academy_enrolments:act",
    "academy_quiz_results:grant_extra_attempt",
}
ADMIN_GET_AND_POST = {
    "academy_cohorts:add",
    "academy_cohorts:edit",
    "academy_cohorts:delete",
    "academy_imports:import_trainees",
}
VIEWSET_GET_AND_POST = {
    "add",
    "edit",
    "delete",
    "copy",
    "preview_on_add",
    "preview_on_edit",
    "revisions_revert",
}


def _admin_methods(name: str) -> tuple[str, ...]:
    if name in ADMIN_POST_ONLY:
        return ("POST",)
    if name in ADMIN_GET_AND_POST or name.split(":")[-1] in VIEWSET_GET_AND_POST:
        return ("GET", "POST")
    return ("GET",)


def _build_policy() -> dict[str, dict[str, dict[str, str]]]:
    policy = {}
    for name, action in ADMIN_URL_ACTIONS.items():
        policy[name] = {method: _cohort_admin_row(name, action) for method in _admin_methods(name)}
    for name, methods in ADMIN_URL_METHODS.items():
        policy[name] = {method: _issuer_row() for method in methods}
    for table in (TRAINEE_URL_ACCESS, CERTIFICATE_URL_ACCESS, ACADEMY_URL_ACCESS):
        for name, rule in table.items():
            policy[name] = {method: _site_row(name, rule, method) for method in rule["methods"]}
    for name in ROUTES:
        if name.split(":")[0] in VIEWSET_MODELS:
            policy[name] = {method: _viewset_row(name) for method in _admin_methods(name)}
    for name, action in COURSE_TEAM_URL_ACTIONS.items():
        row = {role: _page_outcome(role, action) for role in ROLES}
        policy[name] = {"GET": row, "POST": row}
    return policy


POLICY = _build_policy()


# The data, built once for the module ---------------------------------------------------

SIGNATURE_TITLE = "Signature of Dean Li Wei"
COURSE_PICTURE_TITLE = "Diagram of a data exchange layer"
A_EMAIL = "zainab.quraishi@ministry.example"
A_NAME = "Quraishi"
COHORT_X_NAME = "Kigali spring cohort"
SECRETS = (A_EMAIL.encode(), A_NAME.encode(), COHORT_X_NAME.encode())


@dataclasses.dataclass
class World:
    users: dict
    cohort_x: Cohort
    cohort_y: Cohort
    enrollment_a: Enrollment
    enrollment_b: Enrollment
    lessons: list
    quiz: object
    attempt: QuizAttempt
    certificate: Certificate
    job: BulkIssueJob
    template: object
    revision: object
    token: str
    pages: list
    course_x: object
    signature: object
    course_picture: object


def _build_world() -> World:
    ensure_groups()
    groups = {group.name: group for group in Group.objects.all()}
    academy_admin = UserFactory(username="director", first_name="Grace", last_name="Director")
    academy_admin.groups.add(groups[ACADEMY_ADMINS_GROUP])
    superuser = UserFactory(username="root", is_superuser=True, is_staff=True)
    instructors = {}
    for role, username in (
        (INSTRUCTOR_X, "xavier"),
        (INSTRUCTOR_Y, "yasmin"),
        (COURSE_AUTHOR, "ayodele"),
    ):
        instructors[role] = UserFactory(username=username, first_name=username.title())
        instructors[role].groups.add(groups[INSTRUCTORS_GROUP])
    course_lead = UserFactory(username="grace", first_name="Grace")
    course_lead.groups.add(groups[COURSE_LEADS_GROUP])

    from courses.models import CourseIndexPage

    catalogue = CourseIndexPage.objects.get()
    template = CertificateTemplateFactory(is_default=True)
    signature = ImageFactory(title=SIGNATURE_TITLE, collection=ensure_signatures_collection())
    template.signatories.filter(sort_order=0).update(signature=signature)
    course_x, outline_x = course_with_lessons(
        parent=catalogue, modules=1, lessons_per_module=2, title="Digital public infrastructure"
    )
    module_x, lessons = outline_x[0]
    quiz = QuizPageFactory(parent=module_x, title="Foundations quiz", max_attempts=3)
    course_y, _ = course_with_lessons(
        parent=catalogue, modules=1, lessons_per_module=1, title="AI governance"
    )
    cohort_x = CohortFactory(course=course_x, name=COHORT_X_NAME)
    cohort_y = CohortFactory(course=course_y, name="Lima autumn cohort")
    assign_instructor(cohort_x, instructors[INSTRUCTOR_X], acting_user=academy_admin)
    assign_instructor(cohort_y, instructors[INSTRUCTOR_Y], acting_user=academy_admin)
    # X teaches course X's cohort without being on its team; Y authors course Y.
    for course, author in ((course_x, COURSE_AUTHOR), (course_y, INSTRUCTOR_Y)):
        services.course_team_set_authors(
            course=course, users=[instructors[author]], acting_user=academy_admin
        )

    trainee_a = verified_user(
        username="zainab", email=A_EMAIL, first_name="Zainab", last_name=A_NAME
    )
    profile = profile_for(trainee_a)
    profile.certificate_name = f"Zainab {A_NAME}"
    profile.save()
    enrollment_a = enrol(cohort_x, user=trainee_a)
    attempt = take(quiz, enrollment_a, ALL_RIGHT)
    for lesson in lessons:
        services.lesson_complete(enrollment=enrollment_a, lesson=lesson)
    enrollment_a.refresh_from_db()
    certificate = issue_certificate(enrollment_a, issued_by=academy_admin, notify=False)
    trainee_b = verified_user(username="bola", first_name="Bola", last_name="Adeyemi")
    enrollment_b = enrol(cohort_y, user=trainee_b)
    invitation = services.invitation_create(
        cohort=cohort_x, email="invitee@ministry.example", acting_user=academy_admin
    )
    return World(
        users={
            TRAINEE_A: trainee_a,
            TRAINEE_B: trainee_b,
            **instructors,
            ACADEMY_ADMIN: academy_admin,
            SUPERUSER: superuser,
            COURSE_LEAD: course_lead,
        },
        cohort_x=cohort_x,
        cohort_y=cohort_y,
        enrollment_a=enrollment_a,
        enrollment_b=enrollment_b,
        lessons=lessons,
        quiz=quiz,
        attempt=attempt,
        certificate=certificate,
        job=BulkIssueJob.objects.create(cohort=cohort_x, requested_by=academy_admin),
        template=template,
        revision=template_revision(template),
        token=services.invitation_token(invitation),
        pages=["/", catalogue.url, course_x.url, module_x.url, lessons[0].url, quiz.url],
        course_x=course_x,
        signature=signature,
        course_picture=ImageFactory(
            title=COURSE_PICTURE_TITLE, collection=course_media_collection()
        ),
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The shared data, in a transaction of its own that is rolled back after the module.

    Each test runs in a savepoint inside it (pytest-django's ``db``), so what a
    request changes is undone before the next test.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build_world()
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth's and the certificate lookup's rate limits count in the cache."""
    cache.clear()
    yield
    cache.clear()


def client_as(world: World, role: str) -> Client:
    client = Client(enforce_csrf_checks=False)
    if role != ANONYMOUS:
        client.force_login(world.users[role])
    return client


# Requests ----------------------------------------------------------------------------------


def _url_args(name: str, world: World) -> dict:
    namespace = name.split(":")[0]
    pk = {
        "academy_cohorts": world.cohort_x.pk,
        "trainees": world.enrollment_a.user.profile.pk,
    }.get(namespace, world.template.pk)
    values = {
        "pk": pk,
        "cohort_id": world.cohort_x.pk,
        "enrollment_id": world.enrollment_a.pk,
        "quiz_id": world.quiz.pk,
        "attempt_id": world.attempt.pk,
        "lesson_id": world.lessons[0].pk,
        "public_id": world.certificate.public_id,
        "certificate_id": world.certificate.pk,
        "job_id": world.job.pk,
        "token": world.token,
        # Promoting an active trainee is refused by a rule: nothing changes.
        "action": "promote",
        "revision_id": world.revision.pk,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "page_id": world.course_x.pk,
    }
    return {param: values[param] for param in _params(name)}


def _urls(name: str, world: World) -> list[str]:
    if name == "wagtail_serve":
        return world.pages
    url = reverse(name, kwargs=_url_args(name, world))
    return [url, *(url + query for query in EXTRA_QUERIES.get(name, ()))]


# Spreadsheet exports are the same views answering ?export=.
EXTRA_QUERIES = {
    "academy_reports:cohort_report": ("?export=csv", "?export=xlsx"),
    "academy_quiz_results:quiz": ("?export=csv", "?export=xlsx&table=trainees"),
}


def _post_data(name: str, world: World) -> dict:
    """Harmless bodies: a rule refuses them, or they repeat what is already so."""
    return {
        "academy_enrolments:add": {"email": "not an address"},
        "academy_enrolments:bulk": {"action": "promote", "ids": [world.enrollment_a.pk]},
        # No reason given: the form comes back with an error.
        "academy_quiz_results:grant_extra_attempt": {
            "enrollment": world.enrollment_a.pk,
            "grants_seen": 0,
            "reason": "",
        },
        "academy_certificates:revoke": {"reason": ""},
        "academy_certificates:reissue": {"reason": ""},
        "certificates:visibility": {"public": "0"},
        # The team course X already has.
        "academy_course_teams:edit": {"authors": [world.users[COURSE_AUTHOR].pk]},
        "certificates:lookup": {"file": _pdf_upload()},
        "profile": {
            "certificate_name": f"Zainab {A_NAME}",
            "display_name": "",
            "country": "",
            "organisation": "",
            "job_title": "",
            "preferred_language": "en",
        },
    }.get(name, {})


def _pdf_upload():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("scan.pdf", PDF_BYTES, content_type="application/pdf")


def _send(client: Client, method: str, url: str, data: dict):
    if method == "POST":
        return client.post(url, data)
    return client.generic(method, url) if method == "HEAD" else client.get(url)


LOGIN_PATHS = ("/accounts/login/", "/admin/login/")


def outcome_of(response) -> str:
    if response.status_code == 200:
        return OK
    if response.status_code == 302:
        target = response.url.split("?")[0]
        if target in LOGIN_PATHS:
            return LOGIN
        return FORBIDDEN if target == reverse("wagtailadmin_home") else OK
    return {403: FORBIDDEN, 404: MISSING}.get(response.status_code, str(response.status_code))


def _body(response) -> bytes:
    return b"" if response.streaming else response.content


def _state(world: World) -> dict:
    """What a refused request must leave exactly as it was."""
    return {
        "enrolments": sorted(Enrollment.objects.values_list("pk", "status")),
        "progress": LessonProgress.objects.filter(completed_at__isnull=False).count(),
        "attempts": sorted(QuizAttempt.objects.values_list("pk", "submitted_at")),
        "certificates": sorted(Certificate.objects.values_list("pk", "status", "is_public")),
        "cohorts": sorted(Cohort.objects.values_list("pk", "name")),
        "instructors": sorted(world.cohort_x.instructors.values_list("pk", flat=True)),
        "profile": profile_for(world.enrollment_a.user).certificate_name,
        "extra_attempts": world.enrollment_a.extra_attempts.count(),
        "course x team": sorted(
            services.course_team_authors(world.course_x).values_list("pk", flat=True)
        ),
    }


# Anyone may read these about A by design: the verification page names the holder;
# an invitation and the catalogue name the cohort.
SHOWS_A_BY_DESIGN = {"certificates:verify", "learn:invitation", "wagtail_serve"}


def _assert_nothing_leaked(name: str, role: str, outcome: str, response, url: str) -> None:
    if role not in OUTSIDERS and outcome == OK:
        return
    secrets = SECRETS
    if name in SHOWS_A_BY_DESIGN and outcome == OK:
        secrets = (A_EMAIL.encode(),) if name == "certificates:verify" else SECRETS[:2]
    body = _body(response)
    for secret in secrets:
        assert secret not in body, f"{role} {url}: {secret!r} in the answer"


# The matrix --------------------------------------------------------------------------------


CASES = [(name, role) for name in sorted(POLICY) for role in ROLES]


@pytest.mark.parametrize(("name", "role"), CASES)
def test_permission_matrix(world, db, name, role):
    client = client_as(world, role)
    for method, row in POLICY[name].items():
        for url in _urls(name, world):
            before = _state(world)
            response = _send(client, method, url, _post_data(name, world))
            outcome = outcome_of(response)
            assert outcome == row[role], (
                f"{role} {method} {url}: {response.status_code} {getattr(response, 'url', '')}"
            )
            _assert_nothing_leaked(name, role, outcome, response, url)
            if outcome != OK:
                assert _state(world) == before, f"{role} {method} {url} changed something"


def test_every_url_name_has_an_entry_in_a_table():
    walked = set(ROUTES)
    outside = {name for name in walked if _is_outside_our_tables(name)}
    assert walked - outside == set(POLICY), "URL names of ours missing from the tables"
    for name, methods in POLICY.items():
        for method, row in methods.items():
            assert set(row) == set(ROLES), (name, method)


def test_the_walk_finds_our_namespaces_and_nothing_of_ours_is_called_wagtail_owned():
    namespaces = {name.split(":")[0] for name in ROUTES if ":" in name}
    assert {
        "academy_cohorts",
        "academy_enrolments",
        "academy_imports",
        "academy_reports",
        "academy_quiz_results",
        "academy_course_teams",
        "academy_certificates",
        "trainees",
        "learn",
        "quiz",
        "certificates",
        "wagtailsnippets_certificates_certificatetemplate",
    } <= namespaces
    for name in ROUTES:
        if name.startswith(("academy_", "trainees:", "learn:", "quiz:", "certificates:")):
            assert not _is_outside_our_tables(name), name
        for app in OUR_APPS:
            if name.startswith((f"wagtailsnippets_{app}_", f"wagtailsnippetchoosers_{app}_")):
                assert not _is_outside_our_tables(name), name


def test_the_matrix_holds_real_decisions():
    """Each role gets through somewhere and is refused somewhere: the table is not flat."""
    for role in ROLES:
        outcomes = {row[role] for methods in POLICY.values() for row in methods.values()}
        assert OK in outcomes, role
        assert outcomes - {OK}, role


# Course pages in the Wagtail admin: course X's team, its reviewers, nobody else ---------------


def _page_state(world: World) -> dict:
    course = type(world.course_x).objects.get(pk=world.course_x.pk)
    quiz = type(world.quiz).objects.get(pk=world.quiz.pk)
    return {
        "course": (course.title, course.live, course.certificate_validity_months),
        "quiz": (quiz.title, quiz.live, quiz.pass_mark),
        "pages under the course": course.get_descendants().count(),
    }


PAGE_CASES = [
    (request, page, role)
    for request in sorted(COURSE_PAGE_REQUESTS)
    for page in ("course", "quiz")
    # A quiz takes no pages below it, whoever asks.
    if not (page == "quiz" and request[0] == "wagtailadmin_pages:add_subpage")
    for role in ROLES
]


def _page_post_data(world: World, page: str, name: str, publish: bool) -> dict:
    if name != "wagtailadmin_pages:edit":
        return {}
    if page == "quiz":
        # A quiz without questions: a refusal comes first, and otherwise the form is refused.
        return nested_form_data(
            {
                "title": "Renamed quiz",
                "slug": world.quiz.slug,
                "intro": rich_text(""),
                "estimated_minutes": "10",
                "questions": streamfield([]),
                "pass_mark": "1",
                "reveal_answers": "after_attempt",
                "comments": inline_formset([]),
                "action-publish": "publish",
            }
        )
    return course_form(
        world.course_x,
        title="Renamed course",
        certificate_validity_months="1",
        action="publish" if publish else None,
    )


@pytest.mark.parametrize(("request_", "page", "role"), PAGE_CASES)
def test_course_page_matrix(world, db, request_, page, role):
    """Edit, publish and unpublish course X and its quiz: its team drafts, reviewers publish."""
    name, method = request_
    target = world.course_x if page == "course" else world.quiz
    url = reverse(name, args=[target.pk])
    client = client_as(world, role)
    edits_course = (name, method, page) == ("wagtailadmin_pages:edit", "POST", "course")
    for publish in (False, True) if edits_course else (False,):
        before = _page_state(world)
        response = _send(client, method, url, _page_post_data(world, page, name, publish))
        outcome = outcome_of(response)
        assert outcome == _page_outcome(role, COURSE_PAGE_REQUESTS[request_]), (
            f"{role} {method} {url} publish={publish}: {response.status_code} "
            f"{getattr(response, 'url', '')}"
        )
        may_publish = "publish" in _page_actions(role)
        if outcome != OK or not (may_publish and method == "POST"):
            # Refused, a draft, or an author's publish button (which only saves a draft).
            assert _page_state(world) == before, f"{role} {method} {url} changed the live page"


# The image chooser: signature scans are for certificate issuers only --------------------------

IMAGE_LISTS = ("wagtailimages:index", "wagtailimages_chooser:choose")
SIGNATURE_PAGES = ("wagtailimages:edit", "wagtailimages_chooser:chosen")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", IMAGE_LISTS)
def test_image_lists_show_signatures_only_to_issuers(world, db, role, name):
    client = client_as(world, role)
    for query in ("", "?q=Signature"):
        response = client.get(reverse(name) + query)
        if not _holds(role, "wagtailadmin.access_admin"):
            assert outcome_of(response) == LOGIN
            continue
        assert outcome_of(response) == OK
        shown = SIGNATURE_TITLE.encode() in response.content
        assert shown is _holds(role, ISSUE_PERMISSION), (role, name, query)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", SIGNATURE_PAGES)
def test_a_signature_opens_only_for_issuers(world, db, role, name):
    response = client_as(world, role).get(reverse(name, args=[world.signature.pk]))
    if _holds(role, ISSUE_PERMISSION):
        assert outcome_of(response) == OK
    else:
        assert outcome_of(response) in (_admin_refusal(role, FORBIDDEN), MISSING)
        assert SIGNATURE_TITLE.encode() not in response.content


@pytest.mark.parametrize("role", [INSTRUCTOR_X, INSTRUCTOR_Y, COURSE_AUTHOR, COURSE_LEAD])
def test_authors_choose_course_media(world, db, role):
    client = client_as(world, role)
    assert (
        COURSE_PICTURE_TITLE.encode() in client.get(reverse("wagtailimages_chooser:choose")).content
    )
    chosen = client.get(reverse("wagtailimages_chooser:chosen", args=[world.course_picture.pk]))
    assert outcome_of(chosen) == OK


# Swapped ids --------------------------------------------------------------------------------


def _assert_refused_quietly(response, allowed=(MISSING,)):
    assert outcome_of(response) in allowed, (response.status_code, getattr(response, "url", ""))
    for secret in SECRETS:
        assert secret not in _body(response)


def test_trainee_b_asking_for_trainee_a_records_gets_404_and_changes_nothing(world, db):
    client = client_as(world, TRAINEE_B)
    certificate, attempt = world.certificate, world.attempt
    before = _state(world)

    for url in (
        reverse("quiz:attempt", args=[attempt.pk]),
        reverse("quiz:results", args=[attempt.pk]),
        reverse("certificates:pdf", args=[certificate.public_id]),
    ):
        _assert_refused_quietly(client.get(url))
    for url, data in (
        (reverse("quiz:submit", args=[attempt.pk]), {}),
        (reverse("certificates:visibility", args=[certificate.public_id]), {"public": "1"}),
        (reverse("learn:lesson_complete", args=[world.lessons[1].pk]), {}),
        (reverse("learn:withdraw", args=[world.enrollment_a.pk]), {}),
    ):
        _assert_refused_quietly(client.post(url, data))
    _assert_refused_quietly(
        client.post(reverse("quiz:start", args=[world.quiz.pk])), allowed=(FORBIDDEN,)
    )

    assert _state(world) == before
    assert not LessonProgress.objects.filter(enrollment__user=world.users[TRAINEE_B]).exists()
    assert not QuizAttempt.objects.filter(enrollment__user=world.users[TRAINEE_B]).exists()


def test_instructor_y_asking_for_cohort_x_gets_refused_and_sees_nothing(world, db):
    client = client_as(world, INSTRUCTOR_Y)
    cohort, quiz = world.cohort_x.pk, world.quiz.pk
    report = reverse("academy_reports:cohort_report", args=[cohort])
    results = reverse("academy_quiz_results:quiz", args=[cohort, quiz])
    for url in (
        reverse("academy_enrolments:index", args=[cohort]),
        report,
        report + "?export=csv",
        report + "?export=xlsx",
        reverse("academy_quiz_results:index", args=[cohort]),
        results,
        results + "?export=csv&table=trainees",
        results + "?export=xlsx",
    ):
        _assert_refused_quietly(client.get(url))
    _assert_refused_quietly(
        client.get(reverse("academy_certificates:cohort", args=[cohort])), allowed=(FORBIDDEN,)
    )
    # Y's own lists name Y's cohort only.
    for name in ("academy_cohorts:index", "academy_reports:index"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        assert b"Lima autumn cohort" in response.content
        assert COHORT_X_NAME.encode() not in response.content


def test_a_bulk_action_with_an_enrolment_of_another_cohort_is_refused_whole(world, db):
    x_trainees = [world.enrollment_a] + [
        enrol(world.cohort_x, username=f"x{number}") for number in range(2)
    ]
    x_ids = [enrollment.pk for enrollment in x_trainees]
    url = reverse("academy_enrolments:bulk", args=[world.cohort_x.pk])
    client = client_as(world, INSTRUCTOR_X)
    before = _state(world)

    response = client.post(url, {"action": "remove", "ids": [*x_ids, world.enrollment_b.pk]})

    _assert_refused_quietly(response)
    assert _state(world) == before
    # The same request without the stranger goes through, so the refusal was about it.
    response = client.post(url, {"action": "remove", "ids": x_ids})
    assert outcome_of(response) == OK
    statuses = set(Enrollment.objects.filter(pk__in=x_ids).values_list("status", flat=True))
    assert statuses == {EnrollmentStatus.WITHDRAWN}
    world.enrollment_b.refresh_from_db()
    assert world.enrollment_b.status == EnrollmentStatus.ACTIVE


# Revocation is immediate ---------------------------------------------------------------------


def test_a_withdrawn_trainee_is_refused_at_once(world, db):
    client = client_as(world, TRAINEE_A)
    lesson = world.lessons[0]
    complete = reverse("learn:lesson_complete", args=[lesson.pk])
    start_quiz = reverse("quiz:start", args=[world.quiz.pk])
    assert outcome_of(client.post(complete)) == OK
    assert client.get(lesson.url).context["learning_enrollment"] == world.enrollment_a
    open_attempt = start(world.quiz, world.enrollment_a)
    submit = reverse("quiz:submit", args=[open_attempt.pk])

    services.enrollment_withdraw(enrollment=world.enrollment_a, acting_user=world.users[TRAINEE_A])
    before = _state(world)

    assert outcome_of(client.post(complete)) == MISSING
    assert outcome_of(client.post(start_quiz)) == FORBIDDEN
    assert outcome_of(client.post(submit, {})) == FORBIDDEN
    assert "learning_enrollment" not in client.get(lesson.url).context
    assert _state(world) == before
    open_attempt.refresh_from_db()
    assert open_attempt.submitted_at is None


def _cohort_x_admin_urls_open_to(role: str, world: World) -> list[str]:
    return [
        url
        for name, methods in POLICY.items()
        if name in ADMIN_URL_ACTIONS and _params(name) and methods.get("GET", {}).get(role) == OK
        for url in _urls(name, world)
    ]


def test_an_unassigned_instructor_is_refused_at_once_and_keeps_no_permission(world, db):
    client = client_as(world, INSTRUCTOR_X)
    instructor = world.users[INSTRUCTOR_X]
    urls = _cohort_x_admin_urls_open_to(INSTRUCTOR_X, world)
    assert len(urls) >= 8
    for url in urls:
        assert outcome_of(client.get(url)) == OK, url

    services.cohort_set_instructors(
        cohort=world.cohort_x, instructors=[], acting_user=world.users[ACADEMY_ADMIN]
    )

    for url in urls:
        _assert_refused_quietly(client.get(url))
    assert COHORT_X_NAME.encode() not in client.get(reverse("academy_cohorts:index")).content
    cohort_type = ContentType.objects.get_for_model(Cohort)
    on_cohort_x = {"content_type": cohort_type, "object_pk": str(world.cohort_x.pk)}
    assert not UserObjectPermission.objects.filter(user=instructor, **on_cohort_x).exists()
    assert not GroupObjectPermission.objects.filter(
        group__in=instructor.groups.all(), **on_cohort_x
    ).exists()


# Certificate templates ------------------------------------------------------------------------


def test_a_template_certificates_were_printed_from_is_not_deleted(world, db):
    from certificates.wagtail_hooks import ERROR_TEMPLATE_IN_USE

    client = client_as(world, SUPERUSER)
    url = reverse(
        "wagtailsnippets_certificates_certificatetemplate:delete", args=[world.template.pk]
    )

    response = client.post(url, follow=True)

    assert response.status_code == 200
    assert ERROR_TEMPLATE_IN_USE in response.content.decode()
    assert type(world.template).objects.filter(pk=world.template.pk).exists()
