"""Content pages: the catalogue, courses, their modules and lessons.

Pages hold content only. Who is enrolled and what they did lives in data
models that point at these pages, so one course serves many cohorts.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from courses.blocks import LessonBodyBlock
from courses.private_media import ERROR_PRIVATE_IMAGE, is_private_image

RIGHT_TO_LEFT_LANGUAGES = {"ar", "fa", "he", "ur"}


class Level(models.TextChoices):
    FOUNDATION = "foundation", "Foundation"
    INTERMEDIATE = "intermediate", "Intermediate"
    ADVANCED = "advanced", "Advanced"


class CourseIndexPage(Page):
    """The catalogue, served at /courses/."""

    intro = models.TextField(blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["academy.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = "course catalogue"

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_for(index_page=self, params=request.GET))
        return context


class CourseDraftsPage(Page):
    """Where instructors start new courses, away from the catalogue.

    Instructors may add a course here (and so edit the courses they add);
    a course lead moves it into the catalogue once it has been reviewed.
    Nothing here is ever served on the site, whatever its state.
    """

    intro = models.TextField(blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["academy.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = "course drafts area"

    def route(self, request, path_components):
        # Not even an approved course is shown from here: only from the catalogue.
        raise Http404


class CourseTopic(TaggedItemBase):
    content_object = ParentalKey(
        "courses.CoursePage", related_name="tagged_topics", on_delete=models.CASCADE
    )


class CoursePage(Page):
    summary = models.TextField(max_length=300, help_text="One or two sentences for the catalogue.")
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=250, icon="tick"))],
        blank=True,
        help_text="What a trainee can do after the course; one outcome per item.",
    )
    level = models.CharField(max_length=20, choices=Level.choices, default=Level.FOUNDATION)
    language = models.CharField(
        max_length=8, choices=settings.COURSE_LANGUAGES, default="en", db_index=True
    )
    estimated_hours = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    topics = ClusterTaggableManager(through=CourseTopic, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The completion rule: required lessons and quizzes are flagged on those
    # pages; these add score thresholds over the required quizzes.
    minimum_overall_score = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text="Percent over all required quizzes (best attempts). Empty: no minimum.",
    )
    distinction_threshold = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text="Overall percent for completion with distinction. Empty: no distinction.",
    )
    certificate_template = models.ForeignKey(
        "certificates.CertificateTemplate",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Empty: the academy's default template.",
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text="Certificates expire this many months after issue. Empty: they never expire.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [FieldPanel("level"), FieldPanel("language"), FieldPanel("estimated_hours")],
            heading="At a glance",
        ),
        FieldPanel("topics"),
        FieldPanel("learning_outcomes"),
        InlinePanel("instructors", label="Instructors"),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [FieldPanel("minimum_overall_score"), FieldPanel("distinction_threshold")],
            heading="Completion rule",
            help_text=(
                "Lessons and quizzes are required unless marked otherwise on their own pages."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("certificate_template"), FieldPanel("certificate_validity_months")],
            heading="Certificate",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("level"),
        index.FilterField("language"),
    ]
    parent_page_types = ["courses.CourseIndexPage", "courses.CourseDraftsPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = "course"

    @property
    def text_direction(self) -> str:
        return "rtl" if self.language in RIGHT_TO_LEFT_LANGUAGES else "ltr"

    def clean(self):
        super().clean()
        if self.hero_image_id and is_private_image(self.hero_image):
            raise ValidationError({"hero_image": ERROR_PRIVATE_IMAGE})

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_learning_for, course_outline

        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # A preview shows what the author wrote (perhaps an unsaved page);
            # cohorts and progress are live data of the published course.
            context.update(
                cohort_offers=[], learning_enrollment=None, progress=None, completion=None
            )
        else:
            context.update(course_learning_for(request.user, course=self))
        progress = context["progress"]
        # With progress, its outline is the course's: no need to read it twice.
        context["outline"] = progress.outline if progress else course_outline(course=self)
        context["instructors"] = self.instructors.select_related("user")
        return context


class CourseInstructor(Orderable):
    """An instructor shown on the course page, in the order the author chose."""

    page = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="instructors")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=160, blank=True, help_text="For example: Lead instructor")

    panels = [FieldPanel("user"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["page", "user"], name="unique_course_instructor"),
        ]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()


class ModulePage(Page):
    summary = models.TextField(blank=True, max_length=400)

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]

    class Meta:
        verbose_name = "module"

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        course = self.get_parent().specific
        context["course"] = course
        context["module_outline"] = next(
            (entry for entry in course_outline(course=course) if entry.module.pk == self.pk), None
        )
        return context


class LessonPage(Page):
    summary = models.TextField(blank=True, max_length=400)
    estimated_minutes = models.PositiveSmallIntegerField(
        default=10, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    body = StreamField(LessonBodyBlock())
    required_for_completion = models.BooleanField(
        default=True, help_text="Trainees must complete this lesson to complete the course."
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("required_for_completion")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = "lesson"

    def serve(self, request, *args, **kwargs):
        from courses.views import lesson_learning

        # Opening the lesson (GET, not HEAD) records it as started for an
        # enrolled trainee; previews never come through here.
        learning = lesson_learning(request, self, record_visit=request.method == "GET")
        return super().serve(request, *args, learning=learning, **kwargs)

    def get_context(self, request, *args, learning=None, **kwargs):
        from courses.selectors import lesson_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_navigation(lesson=self))
        context["heading_anchors_taken"] = set()
        # Without serve (a preview), the lesson shows without the reader's progress.
        context.update(learning or {})
        return context
