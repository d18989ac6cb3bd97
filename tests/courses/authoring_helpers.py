"""Helpers for course authoring tests: admin page URLs and the forms an author posts."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def unpublish_url(page) -> str:
    return reverse("wagtailadmin_pages:unpublish", args=[page.pk])


def add_url(page_class, parent) -> str:
    return reverse(
        "wagtailadmin_pages:add",
        args=(page_class._meta.app_label, page_class._meta.model_name, parent.pk),
    )


def course_form(course, *, action: str | None = None, **changes) -> dict:
    """The course's edit form as the admin would post it, with ``changes`` typed in.

    ``action`` is "publish" or "submit" (for review); without it the form saves a draft.
    """
    fields = {
        "title": course.title,
        "slug": course.slug,
        "summary": course.summary,
        "level": course.level,
        "language": course.language,
        "estimated_hours": str(course.estimated_hours),
        "topics": "",
        "learning_outcomes": streamfield(
            [("outcome", block.value) for block in course.learning_outcomes]
        ),
        "instructors": inline_formset([]),
        "certificate_validity_months": str(course.certificate_validity_months or ""),
        "minimum_overall_score": "",
        "distinction_threshold": "",
        "certificate_template": "",
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
    }
    fields.update(changes)
    if action:
        fields[f"action-{action}"] = action
    return nested_form_data(fields)


def new_course_form(title: str, slug: str) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Open data, from the first dataset to a portal people use.",
            "level": "foundation",
            "language": "en",
            "estimated_hours": "8",
            "topics": "",
            "learning_outcomes": streamfield([("outcome", "Publish a first open dataset")]),
            "instructors": inline_formset([]),
            "comments": inline_formset([]),
        }
    )


def module_form(title: str, slug: str) -> dict:
    return nested_form_data(
        {"title": title, "slug": slug, "summary": "", "comments": inline_formset([])}
    )
