"""Quizzes, attempts at them, and extra attempts granted by instructors."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from courses.quiz_blocks import QuizQuestionsBlock


class AnswerReveal(models.TextChoices):
    NEVER = "never", "Never"
    AFTER_ATTEMPT = "after_attempt", "After each attempt"
    AFTER_PASSING = "after_passing", "Once the trainee has passed"
    AFTER_COHORT_END = "after_cohort_end", "After the cohort ends"


class QuizPage(Page):
    """A graded quiz, or an ungraded pre-assessment, inside a module."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link", "ol", "ul"])
    estimated_minutes = models.PositiveSmallIntegerField(
        default=10, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    questions = StreamField(QuizQuestionsBlock())
    is_pre_assessment = models.BooleanField(
        default=False,
        help_text=(
            "Taken before the course to measure learning gain; never counts for completion."
        ),
    )
    required_for_completion = models.BooleanField(
        default=True, help_text="Trainees must pass this quiz to complete the course."
    )
    pass_mark = models.PositiveSmallIntegerField(
        default=70, validators=[MinValueValidator(0), MaxValueValidator(100)], help_text="Percent."
    )
    max_attempts = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="Empty: unlimited."
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="Empty: no limit."
    )
    shuffle_questions = models.BooleanField(default=False)
    shuffle_options = models.BooleanField(default=False)
    reveal_answers = models.CharField(
        max_length=20, choices=AnswerReveal.choices, default=AnswerReveal.AFTER_ATTEMPT
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("questions"),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("is_pre_assessment"),
                FieldPanel("required_for_completion"),
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
                FieldPanel("reveal_answers"),
            ],
            heading="Quiz rules",
        )
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = "quiz"

    @property
    def counts_for_completion(self) -> bool:
        return self.required_for_completion and not self.is_pre_assessment

    def get_context(self, request, *args, **kwargs):
        from courses.quizzes.selectors import quiz_overview_for
        from courses.selectors import lesson_navigation

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_navigation(lesson=self))
        context["overview"] = quiz_overview_for(request.user, self)
        return context


class QuizAttempt(models.Model):
    """One attempt: the order shown, the answers given, and the server's grade."""

    enrollment = models.ForeignKey(
        "courses.Enrollment", on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField(default=timezone.now)
    deadline_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # What this attempt showed: question ids in order, and option ids per question.
    question_order = models.JSONField(default=list)
    option_order = models.JSONField(default=dict)
    answers = models.JSONField(default=dict, blank=True)
    # Points per question id, as graded on submission.
    question_scores = models.JSONField(default=dict, blank=True)
    score = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    percent = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)

    class Meta:
        ordering = ["enrollment", "quiz", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "quiz", "number"], name="one_attempt_per_number"
            ),
            # At most one attempt in progress, so a double click cannot open two.
            models.UniqueConstraint(
                fields=["enrollment", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            ),
        ]
        indexes = [models.Index(fields=["quiz", "submitted_at"])]

    def __str__(self):
        return f"Attempt {self.number} at {self.quiz_id} by enrolment {self.enrollment_id}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class ExtraAttemptGrant(models.Model):
    """An instructor allows one more attempt beyond the quiz's maximum."""

    enrollment = models.ForeignKey(
        "courses.Enrollment", on_delete=models.CASCADE, related_name="extra_attempts"
    )
    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="+")
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Extra attempt at {self.quiz_id} for enrolment {self.enrollment_id}"
