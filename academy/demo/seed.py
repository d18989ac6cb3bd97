"""Build the demo academy: accounts, groups, pictures, courses, lessons and quizzes.

Idempotent: everything is looked up by a natural key (username, title, slug)
and created only when missing, so a second run changes nothing and never
overwrites what an author edited since.
"""

import io
import json
import os
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from academy.demo import images
from academy.demo.certificates import seed_certificates
from academy.demo.cohorts import seed_cohorts
from academy.demo.content import load_courses
from academy.demo.passwords import DEMO_INSTRUCTOR_PASSWORD
from academy.demo.quizzes import seed_quizzes, settle_demo_completion
from academy.models import HomePage
from certificates.signatures import ensure_signatures_collection
from courses.models import (
    CourseDraftsPage,
    CourseIndexPage,
    CourseInstructor,
    CoursePage,
    CourseTeam,
    LessonPage,
    ModulePage,
)
from courses.permissions import (
    COURSE_LEADS_GROUP,
    INSTRUCTORS_GROUP,
    course_media_collection,
    ensure_groups,
)
from courses.services import course_team_set_authors

ADMIN_USERNAME = "admin"
ADMIN_EMAIL = "admin@academy.example"
# A fixed password keeps seeding idempotent; it is printed so a newcomer can log in.
DEFAULT_ADMIN_PASSWORD = "academy-demo-admin"  # noqa: S105
DEMO_COLLECTION = "Demo course media"
# A reviewer who approves or sends back the instructors' changes to courses.
DEMO_COURSE_LEAD = {
    "email": "grace.mwangi@academy.example",
    "full_name": "Grace Mwangi",
    "title": "Course lead",
}
DRAFTS_INTRO = (
    "Start a new course here. Nothing in this area is shown on the site: when the course "
    "is ready, submit it for review, and a course lead moves it into the catalogue."
)
# Demo lessons link out to the academy's public site instead of shipping video files.
DEMO_VIDEO_URL = "https://www.wicinternet.org/"

HOME_HEADLINE = "Digital transformation, learned together"
HOME_INTRO = (
    "Practical courses for government officials, NGO staff and leaders from emerging "
    "economies: AI governance, the digital economy, digital public infrastructure, "
    "cybersecurity, data governance and youth engagement. Study on any connection, "
    "with a cohort of peers, and earn a certificate anyone can verify."
)
CATALOGUE_INTRO = (
    "Every course is taught in cohorts by practitioners and works on a phone and a slow "
    "connection. Filter by topic, level or language, or search for what you need."
)


@dataclass
class SeedReport:
    created: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1


@transaction.atomic
def seed_demo() -> SeedReport:
    report = SeedReport()
    admin = _admin_user(report)
    _home, catalogue, drafts = _site_tree(report)
    groups_before = Group.objects.count()
    groups = ensure_groups(catalogue, drafts)
    instructors_group = groups[INSTRUCTORS_GROUP]
    _instructor(DEMO_COURSE_LEAD, groups[COURSE_LEADS_GROUP], report)
    signatures = ensure_signatures_collection()
    collection = _collection()
    for course_data in load_courses():
        course = _course(course_data, catalogue, collection, instructors_group, admin, report)
        _course_team(course, admin, report)
    if new_groups := Group.objects.count() - groups_before:
        report.created["groups"] = new_groups
    seed_cohorts(report=report, admin=admin)
    seed_quizzes(report=report, admin=admin)
    if report.created.get("enrolments"):
        # Only the enrolments this run created: later runs leave statuses alone.
        settled = settle_demo_completion()
        if settled:
            report.created["completion statuses settled"] = settled
    seed_certificates(
        report=report,
        admin=admin,
        image_for=lambda title, png: _image(title, png, collection, report),
        signature_for=lambda title, png: _image(title, png, signatures, report),
    )
    return report


def demo_instructor_email() -> str | None:
    """The first demo course's first instructor, who teaches its cohorts."""
    first = load_courses()[0]["instructors"]
    return first[0]["email"].lower() if first else None


def admin_password() -> str:
    return os.environ.get("DEMO_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD)


def _admin_user(report: SeedReport):
    User = get_user_model()
    admin = User.objects.filter(username=ADMIN_USERNAME).first()
    if admin is None:
        admin = User.objects.create_superuser(
            username=ADMIN_USERNAME,
            email=ADMIN_EMAIL,
            password=admin_password(),
            first_name="Academy",
            last_name="Administrator",
        )
        report.count("users")
    # The email is the login at the site's sign-in, which is also the admin's:
    # it must be verified, including for an admin seeded before that was so.
    if admin.email:
        _, created = EmailAddress.objects.get_or_create(
            user=admin, email=admin.email, defaults={"primary": True, "verified": True}
        )
        if created:
            report.count("email addresses")
    return admin


def _site_tree(report: SeedReport) -> tuple[HomePage, CourseIndexPage, CourseDraftsPage]:
    home = HomePage.objects.first()
    if home is None:
        raise RuntimeError("The home page is missing: run `python manage.py migrate` first.")
    if not home.intro:
        home.headline = home.headline or HOME_HEADLINE
        home.intro = HOME_INTRO
        home.save_revision().publish()
        report.count("pages updated")
    catalogue = CourseIndexPage.objects.child_of(home).first()
    if catalogue is None:
        catalogue = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
        report.count("pages")
    if not catalogue.intro:
        catalogue.intro = CATALOGUE_INTRO
        catalogue.save_revision().publish()
        report.count("pages updated")
    drafts = CourseDraftsPage.objects.child_of(home).first()
    if drafts is None:
        drafts = home.add_child(
            instance=CourseDraftsPage(title="Drafts", slug="drafts", live=False)
        )
        report.count("pages")
    if not drafts.intro:
        drafts.intro = DRAFTS_INTRO
        drafts.save(update_fields=["intro"])
        report.count("pages updated")
    return home, catalogue, drafts


def _collection() -> Collection:
    existing = Collection.objects.filter(name=DEMO_COLLECTION).first()
    if existing:
        return existing
    # Inside course media, so every author may choose its pictures.
    return course_media_collection().add_child(name=DEMO_COLLECTION)


def _course_team(course: CoursePage, admin, report: SeedReport) -> None:
    """The course's named instructors are its authors, once: later edits to the team stay."""
    if CourseTeam.objects.filter(course=course).exists():
        return
    authors = [entry.user for entry in course.instructors.select_related("user")]
    course_team_set_authors(course=course, users=authors, acting_user=admin)
    report.count("course teams")


def _instructor(data: dict, group: Group, report: SeedReport):
    User = get_user_model()
    user = User.objects.filter(email__iexact=data["email"]).first()
    if user is None:
        first, _, last = data["full_name"].rpartition(" ")
        user = User.objects.create_user(
            username=data["email"].lower(),
            email=data["email"].lower(),
            first_name=first or last,
            last_name=last if first else "",
        )
        user.set_password(DEMO_INSTRUCTOR_PASSWORD)
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
        report.count("users")
    user.groups.add(group)
    return user


def _image(title: str, png: bytes, collection: Collection, report: SeedReport):
    Image = get_image_model()
    image = Image.objects.filter(title=title, collection=collection).first()
    if image is None:
        image = Image(
            title=title,
            collection=collection,
            file=ImageFile(io.BytesIO(png), name=f"{_file_stem(title)}.png"),
        )
        image.save()
        report.count("images")
    return image


def _document(title: str, pdf: bytes, collection: Collection, report: SeedReport):
    Document = get_document_model()
    document = Document.objects.filter(title=title, collection=collection).first()
    if document is None:
        document = Document(title=title, collection=collection)
        document.file.save(f"{_file_stem(title)}.pdf", ContentFile(pdf), save=False)
        # Size and hash, as the admin's upload form records them.
        document._set_document_file_metadata()
        document.save()
        report.count("documents")
    return document


def _file_stem(title: str) -> str:
    from django.utils.text import slugify

    return slugify(title)[:80] or "file"


def _publish_child(parent: Page, page: Page, user, report: SeedReport) -> Page:
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=False).publish(user=user)
    report.count("pages")
    return page


def _course(data, catalogue, collection, group, admin, report) -> CoursePage:
    course = CoursePage.objects.child_of(catalogue).filter(slug=data["slug"]).first()
    if course is None:
        hero = _image(
            f"{data['title']} (cover)", images.hero_png(data["title"]), collection, report
        )
        course = CoursePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            level=data["level"],
            language=data["language"],
            estimated_hours=data["estimated_hours"],
            # Matches the quiz seeding: the best scores (90 % or more) earn a distinction.
            distinction_threshold=data.get("distinction_threshold", 90),
            hero_image=hero,
            learning_outcomes=json.dumps(
                [{"type": "outcome", "value": outcome} for outcome in data["learning_outcomes"]]
            ),
        )
        course.topics.add(*data["topics"])
        course.instructors = [
            CourseInstructor(user=_instructor(person, group, report), role=person["title"])
            for person in data["instructors"]
        ]
        _publish_child(catalogue, course, admin, report)
    for module_data in data["modules"]:
        module = ModulePage.objects.child_of(course).filter(slug=module_data["slug"]).first()
        if module is None:
            module = _publish_child(
                course,
                ModulePage(
                    title=module_data["title"],
                    slug=module_data["slug"],
                    summary=module_data["summary"],
                ),
                admin,
                report,
            )
        for lesson_data in module_data["lessons"]:
            if not LessonPage.objects.child_of(module).filter(slug=lesson_data["slug"]).exists():
                lesson = LessonPage(
                    title=lesson_data["title"],
                    slug=lesson_data["slug"],
                    summary=lesson_data["summary"],
                    estimated_minutes=lesson_data["minutes"],
                    body=json.dumps(
                        [
                            _block(kind, value, lesson_data["title"], collection, report)
                            for kind, value in lesson_data["body"]
                        ]
                    ),
                )
                _publish_child(module, lesson, admin, report)
    return course


def _block(kind: str, value, lesson_title: str, collection, report) -> dict:
    """Turn one content entry into the raw StreamField form of its block."""
    if kind == "image":
        labels = value["labels"]
        picture = _image(
            f"Diagram: {' → '.join(labels)}"[:255], images.diagram_png(labels), collection, report
        )
        value = {
            "image": picture.pk,
            "alt": f"Diagram of {len(labels)} steps: " + ", then ".join(labels) + ".",
            "caption": value["caption"],
        }
    elif kind == "video":
        poster = _image(
            f"Video poster: {value['title']}"[:255],
            images.hero_png(value["title"]),
            collection,
            report,
        )
        value = {
            "title": value["title"],
            "video_file": None,
            "external_url": DEMO_VIDEO_URL,
            "poster": poster.pk,
            "duration_minutes": value["duration_minutes"],
            "transcript": value["transcript"],
        }
    elif kind == "document":
        document = _document(
            value["title"], images.handout_pdf(value["title"], value["lines"]), collection, report
        )
        value = {
            "document": document.pk,
            "title": value["title"],
            "description": value["description"],
        }
    return {"type": kind, "value": value}
