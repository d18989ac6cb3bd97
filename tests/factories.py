"""Factories for the academy's users, media and pages.

Pages are built with wagtail-factories: pass ``parent=`` and the page is
added under it with ``add_child``, exactly where an author would put it.
Lesson bodies are raw stream data built with the ``*_block`` helpers below.
"""

import io
import json

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.models import Collection

from academy.models import HomePage
from courses.models import CourseIndexPage, CourseInstructor, CoursePage, LessonPage, ModulePage

# Files that start the way their extension says; enough for the library and templates.
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n" + b"%" * 2000
MP4_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 4000


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@academy.example")
    first_name = "Amina"
    last_name = factory.Sequence(lambda n: f"Diallo{n}")
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True


def _root_collection():
    return Collection.get_first_root_node()


def png_bytes(width: int = 1200, height: int = 800, colour: str = "#0b4f8a") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


class ImageFactory(wagtail_factories.ImageFactory):
    """A PNG large enough for every rendition the templates ask for."""

    title = factory.Sequence(lambda n: f"Picture {n}")
    collection = factory.LazyFunction(_root_collection)
    file = factory.LazyAttribute(
        lambda image: ContentFile(png_bytes(*image.size), name="picture.png")
    )

    class Params:
        size = (1200, 800)


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A document as the admin uploads it: size and hash recorded."""

    title = factory.Sequence(lambda n: f"Handout {n}")
    collection = factory.LazyFunction(_root_collection)
    file = factory.LazyAttribute(
        lambda document: ContentFile(document.content, name=document.filename)
    )

    class Params:
        filename = "handout.pdf"
        content = PDF_BYTES

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = model_class(*args, **kwargs)
        # What the admin's upload form does before saving.
        document._set_document_file_metadata()
        document.save()
        return document


class VideoDocumentFactory(DocumentFactory):
    title = factory.Sequence(lambda n: f"Video file {n}")

    class Params:
        filename = "welcome.mp4"
        content = MP4_BYTES


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    headline = "Digital transformation, learned together"

    class Meta:
        model = HomePage


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"

    class Meta:
        model = CourseIndexPage


def _outcomes(outcomes: list[str]) -> str:
    return json.dumps([{"type": "outcome", "value": outcome} for outcome in outcomes])


class CoursePageFactory(wagtail_factories.PageFactory):
    """A course; ``topics=[...]`` tags it, ``instructors=[(user, role), ...]`` staffs it."""

    title = factory.Sequence(lambda n: f"Digital public infrastructure {n}")
    summary = "How shared digital rails let ministries serve citizens once and well."
    level = "foundation"
    language = "en"
    estimated_hours = 6
    learning_outcomes = factory.LazyFunction(
        lambda: _outcomes(["Explain what a data exchange layer does"])
    )

    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(course, create, extracted, **kwargs):
        if extracted:
            course.topics.add(*extracted)
            if create:
                course.save()

    @factory.post_generation
    def instructors(course, create, extracted, **kwargs):
        if create and extracted:
            for order, (user, role) in enumerate(extracted):
                CourseInstructor.objects.create(page=course, user=user, role=role, sort_order=order)


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "What every module opens with."

    class Meta:
        model = ModulePage


def heading_block(text: str) -> dict:
    return {"type": "heading", "value": text}


def text_block(html: str) -> dict:
    return {"type": "text", "value": html}


def image_block(image, alt: str, caption: str = "") -> dict:
    return {"type": "image", "value": {"image": image.pk, "alt": alt, "caption": caption}}


def video_block(*, title, poster, video_file=None, external_url="", transcript, minutes=4):
    return {
        "type": "video",
        "value": {
            "title": title,
            "video_file": video_file.pk if video_file else None,
            "external_url": external_url,
            "poster": poster.pk,
            "duration_minutes": minutes,
            "transcript": transcript,
        },
    }


def document_block(document, title: str = "", description: str = "") -> dict:
    return {
        "type": "document",
        "value": {"document": document.pk, "title": title, "description": description},
    }


def callout_block(kind: str, title: str, html: str) -> dict:
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def quote_block(text: str, attribution: str = "") -> dict:
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def case_study_block(**value) -> dict:
    return {"type": "case_study", "value": value}


def knowledge_check_block(question: str, options: list[tuple[str, bool, str]]) -> dict:
    return {
        "type": "knowledge_check",
        "value": {
            "question": question,
            "options": [
                {"text": text, "correct": correct, "feedback": feedback}
                for text, correct, feedback in options
            ],
        },
    }


def stream(*blocks: dict) -> str:
    return json.dumps(list(blocks))


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    summary = "A short lesson."
    estimated_minutes = 15
    body = factory.LazyFunction(
        lambda: stream(text_block("<p>Registries are the backbone of services.</p>"))
    )

    class Meta:
        model = LessonPage


def course_with_lessons(*, parent, modules: int, lessons_per_module: int, **course_kwargs):
    """A course of ``modules`` modules holding ``lessons_per_module`` lessons each.

    Returns the course and its lessons grouped by module, in tree order.
    """
    course = CoursePageFactory(parent=parent, **course_kwargs)
    outline = []
    for module_number in range(1, modules + 1):
        module = ModulePageFactory(parent=course, title=f"{course.title} module {module_number}")
        lessons = [
            LessonPageFactory(
                parent=module,
                title=f"{course.title} lesson {module_number}.{lesson_number}",
                estimated_minutes=5 * lesson_number,
            )
            for lesson_number in range(1, lessons_per_module + 1)
        ]
        outline.append((module, lessons))
    return course, outline
