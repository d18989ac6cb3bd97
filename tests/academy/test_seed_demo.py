"""`manage.py seed_demo`: a complete, realistic demo academy, safe to run again."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils.timezone import localdate as today
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Revision,
    Workflow,
)

from academy.demo import seed
from academy.demo.seed import ADMIN_EMAIL, ADMIN_USERNAME, INSTRUCTORS_GROUP, admin_password
from academy.models import HomePage
from certificates.models import Certificate, CertificateStatus, CertificateTemplate, Tier
from certificates.signatures import SIGNATURES_COLLECTION
from courses.models import (
    CourseDraftsPage,
    CourseIndexPage,
    CourseInstructor,
    CoursePage,
    CourseTeam,
    CourseTopic,
    ExtraAttemptGrant,
    LessonPage,
    ModulePage,
    QuizAttempt,
    QuizPage,
)
from courses.permissions import COURSE_LEADS_GROUP, COURSE_REVIEW_WORKFLOW, course_media_collection
from courses.services import course_team_authors
from tests.academy.test_deploy_check import production_env

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def row_counts() -> dict[str, int]:
    """Rows of everything the seeder writes, pages counted by type."""
    User = get_user_model()
    counted = {
        "pages": Page.objects.all(),
        "home pages": HomePage.objects.all(),
        "catalogues": CourseIndexPage.objects.all(),
        "courses": CoursePage.objects.all(),
        "modules": ModulePage.objects.all(),
        "lessons": LessonPage.objects.all(),
        "quizzes": QuizPage.objects.all(),
        "quiz attempts": QuizAttempt.objects.all(),
        "extra attempts": ExtraAttemptGrant.objects.all(),
        "live pages": Page.objects.live(),
        "users": User.objects.all(),
        "email addresses": EmailAddress.objects.all(),
        "superusers": User.objects.filter(is_superuser=True),
        "groups": Group.objects.all(),
        "group memberships": User.groups.through.objects.all(),
        "group page permissions": GroupPagePermission.objects.all(),
        "group collection permissions": GroupCollectionPermission.objects.all(),
        "collections": Collection.objects.all(),
        "images": get_image_model().objects.all(),
        "documents": get_document_model().objects.all(),
        "revisions": Revision.objects.all(),
        "tags": Tag.objects.all(),
        "course topics": CourseTopic.objects.all(),
        "course instructors": CourseInstructor.objects.all(),
        "course teams": CourseTeam.objects.all(),
        "workflows": Workflow.objects.all(),
        "certificate templates": CertificateTemplate.objects.all(),
        "certificates": Certificate.objects.all(),
    }
    return {name: queryset.count() for name, queryset in counted.items()}


def run_seed_demo() -> str:
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.usefixtures("quick_certificate_pdfs")
def test_seed_demo_builds_a_complete_academy_once(client):
    first_output = run_seed_demo()
    after_first = row_counts()
    second_output = run_seed_demo()
    after_second = row_counts()

    # Idempotent: the second run adds nothing and says so.
    assert after_second == after_first
    assert "nothing to add" in second_output
    assert "created" in first_output

    # Both runs tell a newcomer how to log in.
    for output in (first_output, second_output):
        assert "/admin/" in output
        assert f"email: {ADMIN_EMAIL}" in output
        assert f"password: {admin_password()}" in output

    # Real courses, each with at least three modules of at least three lessons.
    courses = list(CoursePage.objects.live().order_by("path"))
    assert len(courses) >= 6
    for course in courses:
        modules = ModulePage.objects.child_of(course).live()
        assert modules.count() >= 3, course.title
        for module in modules:
            assert LessonPage.objects.child_of(module).live().count() >= 3, module.title
        assert course.instructors.exists(), course.title
        assert course.topics.exists(), course.title
        assert course.hero_image_id, course.title
        assert len(course.learning_outcomes) >= 4, course.title

    # Past cohorts have certificates of every tier, one revoked and one reissued.
    assert set(Certificate.objects.values_list("tier", flat=True)) == set(Tier.values)
    revoked = Certificate.objects.get(status=CertificateStatus.REVOKED)
    assert revoked.revocation_reason
    superseded = Certificate.objects.get(status=CertificateStatus.SUPERSEDED)
    assert superseded.superseded_by.status == CertificateStatus.VALID
    assert (
        superseded.superseded_by.snapshot["recipient_name"]
        != (superseded.snapshot["recipient_name"])
    )
    assert not Certificate.objects.filter(enrollment__cohort__ends_on__gte=today()).exists()

    # The demo admin signs in at the site's sign-in with the printed email
    # and password, and lands in the admin.
    admin = get_user_model().objects.get(username=ADMIN_USERNAME)
    assert admin.is_superuser and admin.is_staff and admin.is_active
    assert admin.check_password(admin_password())
    response = client.post(
        "/accounts/login/?next=/admin/",
        {"login": ADMIN_EMAIL, "password": admin_password(), "next": "/admin/"},
    )
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    client.logout()
    # An admin seeded before its address was verified gets it verified on the next run.
    EmailAddress.objects.filter(user=admin).delete()
    run_seed_demo()
    assert EmailAddress.objects.get(user=admin, email=ADMIN_EMAIL, primary=True).verified

    # Instructors are grouped, may author, and are the ones named on the courses.
    instructors = Group.objects.get(name=INSTRUCTORS_GROUP)
    members = set(instructors.user_set.all())
    assert members
    assert {entry.user for entry in CourseInstructor.objects.select_related("user")} <= members
    assert instructors.permissions.filter(codename="access_admin").exists()
    # They start courses in the drafts area and author the courses whose team they are on.
    drafts = CourseDraftsPage.objects.get()
    assert not drafts.live
    assert set(
        GroupPagePermission.objects.filter(group=instructors).values_list(
            "page", "permission__codename"
        )
    ) == {(drafts.pk, "add_page")}
    for course in courses:
        named = {entry.user for entry in course.instructors.select_related("user")}
        assert set(course_team_authors(course)) == named, course.title
    # Course leads review every course; the review workflow covers catalogue and drafts.
    assert Group.objects.get(name=COURSE_LEADS_GROUP).user_set.exists()
    workflow = Workflow.objects.get(name=COURSE_REVIEW_WORKFLOW)
    assert CourseIndexPage.objects.get().get_workflow() == workflow == drafts.get_workflow()
    # Signature scans are private to certificate issuers; course media is everyone's.
    signatures = Collection.objects.get(name=SIGNATURES_COLLECTION)
    scans = get_image_model().objects.filter(title__startswith="Signature of")
    assert scans.exists() and set(scans.values_list("collection", flat=True)) == {signatures.pk}
    assert not GroupCollectionPermission.objects.filter(
        collection__in=[signatures, Collection.get_first_root_node()],
        group__name__in=[INSTRUCTORS_GROUP, COURSE_LEADS_GROUP],
    ).exists()
    covers = get_image_model().objects.filter(title__endswith="(cover)")
    assert all(cover.collection.is_descendant_of(course_media_collection()) for cover in covers)

    # No placeholder text anywhere: not in stored content, not on any page.
    stored = [json.dumps(revision.content) for revision in Revision.objects.all()]
    stored += [json.dumps(list(lesson.body.raw_data)) for lesson in LessonPage.objects.all()]
    stored += list(get_document_model().objects.values_list("title", flat=True))
    stored += list(get_image_model().objects.values_list("title", flat=True))
    assert not [text for text in stored if "lorem" in text.lower()]

    pages = list(Page.objects.live().filter(depth__gt=1).order_by("path"))
    assert len(pages) == after_first["live pages"] - 1  # All but Wagtail's root.
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert b"lorem" not in response.content.lower(), page.url


@pytest.mark.django_db
def test_seeded_documents_record_their_size():
    collection = Collection.get_first_root_node()
    pdf = b"%PDF-1.4\n%%EOF\n"

    document = seed._document("Checklist", pdf, collection, seed.SeedReport())

    document.refresh_from_db()
    assert document.file_size == len(pdf)


def test_seed_demo_command_runs_under_overridden_settings(settings, monkeypatch):
    settings.DEBUG = False
    calls = []
    monkeypatch.setattr(
        "academy.management.commands.seed_demo.seed_demo",
        lambda: calls.append("seeded") or seed.SeedReport(),
    )

    run_seed_demo()

    assert calls == ["seeded"]


@pytest.mark.slow
def test_seed_demo_refuses_production_settings(tmp_path):
    env = production_env(DATABASE_URL=f"sqlite:///{tmp_path / 'never-created.sqlite3'}")

    result = subprocess.run(
        [sys.executable, "manage.py", "seed_demo"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "Refusing to seed demo accounts with production settings" in result.stderr
    assert "--allow-production" in result.stderr
    assert not (tmp_path / "never-created.sqlite3").exists()
