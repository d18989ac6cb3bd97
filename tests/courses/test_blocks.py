"""Validation of lesson body blocks, as the page editor runs it."""

import pytest
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from courses.blocks import (
    ERROR_NO_VIDEO_SOURCE,
    ERROR_ONE_CORRECT_OPTION,
    ERROR_ONE_VIDEO_SOURCE,
    ERROR_VIDEO_FILE_TYPE,
    FigureBlock,
    HeadingBlock,
    KnowledgeCheckBlock,
    LessonBodyBlock,
    VideoBlock,
)
from tests.factories import DocumentFactory, ImageFactory, VideoDocumentFactory

pytestmark = pytest.mark.django_db


def block_errors(block, raw_value) -> dict[str, list[str]]:
    """Clean a raw value the way the page form does; return the messages by field."""
    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(block.to_python(raw_value))
    return {name: list(error.messages) for name, error in caught.value.block_errors.items()}


@pytest.fixture
def poster():
    return ImageFactory(size=(64, 36))


def video(poster, *, video_file=None, external_url=""):
    return {
        "title": "Welcome to the module",
        "video_file": video_file.pk if video_file else None,
        "external_url": external_url,
        "poster": poster.pk,
        "duration_minutes": 4,
        "transcript": "<p>What the speaker says.</p>",
    }


@pytest.mark.parametrize("filename", ["welcome.mp4", "welcome.webm"])
def test_video_with_a_file_is_valid(poster, filename):
    video_file = VideoDocumentFactory(filename=filename)
    block = VideoBlock()

    value = block.clean(block.to_python(video(poster, video_file=video_file)))

    assert value["video_file"] == video_file
    assert not value["external_url"]


def test_video_with_an_external_address_is_valid(poster):
    block = VideoBlock()

    value = block.clean(block.to_python(video(poster, external_url="https://video.example.org/1")))

    assert value["external_url"] == "https://video.example.org/1"
    assert value["video_file"] is None


def test_video_with_both_sources_is_refused(poster):
    raw = video(
        poster, video_file=VideoDocumentFactory(), external_url="https://video.example.org/1"
    )
    assert block_errors(VideoBlock(), raw) == {"external_url": [ERROR_ONE_VIDEO_SOURCE]}


def test_video_without_a_source_is_refused(poster):
    assert block_errors(VideoBlock(), video(poster)) == {"video_file": [ERROR_NO_VIDEO_SOURCE]}


@pytest.mark.parametrize("filename", ["slides.pdf", "clip.mov.txt", "notes.docx"])
def test_video_file_must_be_mp4_or_webm(poster, filename):
    raw = video(poster, video_file=DocumentFactory(filename=filename))
    assert block_errors(VideoBlock(), raw) == {"video_file": [ERROR_VIDEO_FILE_TYPE]}


def test_video_file_extension_is_case_insensitive(poster):
    video_file = VideoDocumentFactory(filename="WELCOME.MP4")
    video_file.full_clean()  # The document library takes it (WAGTAILDOCS_EXTENSIONS).
    block = VideoBlock()

    value = block.clean(block.to_python(video(poster, video_file=video_file)))

    assert value["video_file"] == video_file


def test_video_still_requires_its_poster_and_transcript():
    raw = {
        "title": "Welcome",
        "video_file": None,
        "external_url": "https://video.example.org/1",
        "poster": None,
        "duration_minutes": 4,
        "transcript": "",
    }
    assert set(block_errors(VideoBlock(), raw)) == {"poster", "transcript"}


def knowledge_check(*correct_flags):
    return {
        "question": "Who should own a national address register?",
        "options": [
            {"text": f"Option {number}", "correct": flag, "feedback": "Because."}
            for number, flag in enumerate(correct_flags, start=1)
        ],
    }


@pytest.mark.parametrize(
    "flags", [(True, False), (False, True, False), (False, False, False, True)]
)
def test_knowledge_check_with_exactly_one_correct_option_is_valid(flags):
    block = KnowledgeCheckBlock()

    value = block.clean(block.to_python(knowledge_check(*flags)))

    assert [option["correct"] for option in value["options"]] == list(flags)


@pytest.mark.parametrize("flags", [(False, False), (True, True), (True, False, True)])
def test_knowledge_check_needs_exactly_one_correct_option(flags):
    errors = block_errors(KnowledgeCheckBlock(), knowledge_check(*flags))
    assert errors == {"options": [ERROR_ONE_CORRECT_OPTION]}


def test_knowledge_check_needs_at_least_two_options():
    errors = block_errors(KnowledgeCheckBlock(), knowledge_check(True))
    assert set(errors) == {"options"}
    assert errors["options"] != [ERROR_ONE_CORRECT_OPTION]


def test_figure_with_alt_text_is_valid():
    image = ImageFactory(size=(64, 36))
    block = FigureBlock()

    value = block.clean(block.to_python({"image": image.pk, "alt": "A map", "caption": ""}))

    assert value["alt"] == "A map"


@pytest.mark.parametrize("alt", ["", "   "])
def test_figure_requires_alt_text(alt):
    image = ImageFactory(size=(64, 36))
    errors = block_errors(FigureBlock(), {"image": image.pk, "alt": alt, "caption": "A map"})
    assert errors == {"alt": ["This field is required."]}


def test_an_invalid_block_makes_the_whole_lesson_body_invalid(poster):
    body = LessonBodyBlock()
    raw = [
        {"type": "heading", "value": "Start here"},
        {"type": "video", "value": video(poster)},
    ]

    with pytest.raises(StreamBlockValidationError) as caught:
        body.clean(body.to_python(raw))

    assert 1 in caught.value.block_errors
    assert 0 not in caught.value.block_errors


@pytest.mark.parametrize("name", list(LessonBodyBlock.base_blocks))
def test_every_body_block_has_an_icon_a_template_and_a_preview(name):
    block = LessonBodyBlock().child_blocks[name]
    assert block.meta.icon and block.meta.icon != "placeholder"
    assert block.meta.template.startswith("courses/blocks/")
    assert block.meta.preview_value
    # What the block chooser's preview panel renders.
    block.render(block.get_preview_value())


def test_heading_gets_an_anchor_from_its_text():
    html = HeadingBlock().render("Why interoperability comes first")
    assert html.strip() == (
        '<h2 id="why-interoperability-comes-first">Why interoperability comes first</h2>'
    )


@pytest.mark.parametrize("text", ["الحوكمة الرقمية", "数据治理"])
def test_heading_in_a_non_latin_script_gets_an_anchor(text):
    html = HeadingBlock().render(text)
    assert 'id=""' not in html
