"""StreamField blocks for lesson bodies.

Every block renders without JavaScript and without requests to other sites:
videos load only when the trainee presses play (or follows the link out),
knowledge checks reveal feedback with ``<details>``.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from courses.private_media import ERROR_PRIVATE_IMAGE, is_private_image

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]
VIDEO_EXTENSIONS = {"mp4", "webm"}

ERROR_ONE_VIDEO_SOURCE = "Give either a video file or an external address, not both."
ERROR_NO_VIDEO_SOURCE = "Give a video file or an external address."
ERROR_VIDEO_FILE_TYPE = "The video file must be MP4 or WebM."
ERROR_ONE_CORRECT_OPTION = "Mark exactly one option as correct."


def heading_anchor(text: str, taken: set[str] | None = None) -> str:
    """A link target for a heading, in any script, unique among ``taken``."""
    base = slugify(text, allow_unicode=True) or "section"
    anchor, number = base, 2
    while taken is not None and anchor in taken:
        anchor, number = f"{base}-{number}", number + 1
    if taken is not None:
        taken.add(anchor)
    return anchor


class HeadingBlock(blocks.CharBlock):
    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        # A page passes the anchors already used, so repeated headings stay unique.
        taken = (parent_context or {}).get("heading_anchors_taken")
        context["anchor"] = heading_anchor(value, taken)
        return context

    class Meta:
        icon = "title"
        template = "courses/blocks/heading.html"
        preview_value = "Why interoperability comes first"
        max_length = 120


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "courses/blocks/text.html"
        preview_value = (
            "<p>A shared registry lets every ministry check the same record "
            "instead of asking citizens for the same paper again.</p>"
        )


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt = blocks.CharBlock(
        max_length=250,
        help_text="Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        if is_private_image(value.get("image")):
            raise StructBlockValidationError(
                block_errors={"image": ValidationError(ERROR_PRIVATE_IMAGE)}
            )
        return value

    class Meta:
        icon = "image"
        label = "Image"
        template = "courses/blocks/figure.html"
        preview_value = {"alt": "Diagram of a consent flow", "caption": "How consent travels"}


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    video_file = DocumentChooserBlock(
        required=False, help_text="An MP4 or WebM file served by the academy."
    )
    external_url = blocks.URLBlock(
        required=False,
        help_text="Or a page on a video site; trainees follow a link, nothing loads before.",
    )
    poster = ImageChooserBlock(help_text="Shown until the trainee chooses to play the video.")
    duration_minutes = blocks.IntegerBlock(min_value=1, max_value=600)
    transcript = RichTextBlock(
        help_text="Required: trainees on slow connections or with hearing loss read this."
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        host = urlsplit(value.get("external_url") or "").hostname or ""
        context["external_host"] = host.removeprefix("www.")
        return context

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("video_file") and value.get("external_url"):
            errors["external_url"] = ValidationError(ERROR_ONE_VIDEO_SOURCE)
        elif not value.get("video_file") and not value.get("external_url"):
            errors["video_file"] = ValidationError(ERROR_NO_VIDEO_SOURCE)
        elif (
            value.get("video_file")
            and value["video_file"].file_extension.lower() not in VIDEO_EXTENSIONS
        ):
            errors["video_file"] = ValidationError(ERROR_VIDEO_FILE_TYPE)
        if is_private_image(value.get("poster")):
            errors["poster"] = ValidationError(ERROR_PRIVATE_IMAGE)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "media"
        template = "courses/blocks/video.html"
        preview_value = {"title": "Welcome to the module", "duration_minutes": 4}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, max_length=160, help_text="Defaults to the file title."
    )
    description = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        label = "Downloadable document"
        template = "courses/blocks/document.html"
        preview_value = {"title": "Worksheet", "description": "Print and fill in with your team."}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("note", "Note"), ("tip", "Tip"), ("warning", "Warning")], default="note"
    )
    title = blocks.CharBlock(required=False, max_length=120)
    text = RichTextBlock()

    class Meta:
        icon = "help"
        template = "courses/blocks/callout.html"
        preview_value = {
            "kind": "tip",
            "title": "Start small",
            "text": "<p>Pilot with one district before a national roll-out.</p>",
        }


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(max_length=1000)
    attribution = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "courses/blocks/quote.html"
        preview_value = {
            "text": "We stopped asking for documents we already held.",
            "attribution": "A civil registry director",
        }


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    country = blocks.CharBlock(required=False, max_length=120)
    context = RichTextBlock()
    challenge = RichTextBlock()
    approach = RichTextBlock()
    outcome = RichTextBlock()
    questions = blocks.ListBlock(
        blocks.CharBlock(max_length=300), label="Questions for discussion", min_num=0
    )

    class Meta:
        icon = "folder-open-inverse"
        template = "courses/blocks/case_study.html"
        preview_value = {
            "title": "A single window for business registration",
            "country": "Composite case",
            "context": "<p>Five agencies each kept their own forms.</p>",
            "challenge": "<p>Founders waited weeks.</p>",
            "approach": "<p>One online form fed every agency.</p>",
            "outcome": "<p>Registration took a day.</p>",
            "questions": ["Which agency had the most to lose?"],
        }


class KnowledgeCheckOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)
    feedback = blocks.CharBlock(max_length=500, help_text="Why this answer is right or wrong.")


class KnowledgeCheckBlock(blocks.StructBlock):
    """One ungraded question; feedback is revealed per option, no script needed."""

    question = blocks.CharBlock(max_length=300)
    options = blocks.ListBlock(KnowledgeCheckOptionBlock(), min_num=2, max_num=6)

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise StructBlockValidationError(
                block_errors={"options": ValidationError(ERROR_ONE_CORRECT_OPTION)}
            )
        return value

    class Meta:
        icon = "radio-full"
        template = "courses/blocks/knowledge_check.html"
        preview_value = {
            "question": "Who should own a national address register?",
            "options": [
                {"text": "One lead agency", "correct": True, "feedback": "Clear ownership."},
                {"text": "Every ministry", "correct": False, "feedback": "Copies drift apart."},
            ],
        }


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = RichTextBlock()
    image = FigureBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    quote = QuoteBlock()
    case_study = CaseStudyBlock()
    knowledge_check = KnowledgeCheckBlock()
