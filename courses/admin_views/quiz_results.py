"""One cohort's quiz results in the Wagtail admin: per quiz, per trainee, per question.

The index lists the course's quizzes with attempts, mean best score and
pass rate. A quiz's page shows each trainee's attempts and best score, the
item analysis (see ``courses.quizzes.results`` for what is counted), both
as CSV or XLSX through Wagtail's spreadsheet export, and the form that
grants a trainee an extra attempt.

Access: ``access_cohort(user, id, "view_report")`` to read, plus
"manage_enrolments" to grant; anything else, and a quiz outside the
cohort's course, answers 404.
"""

from collections import OrderedDict

from django import forms
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.widgets.button import Button

from courses.admin_views.enrolments import trainee_name
from courses.models import Cohort, QuizPage
from courses.permissions import can, require
from courses.quiz_blocks import QuizQuestionsBlock
from courses.quizzes.attempts import (
    ERROR_REASON_REQUIRED,
    ERROR_REASON_TOO_LONG,
    REASON_MAX_LENGTH,
    grant_extra_attempt,
)
from courses.quizzes.errors import QuizError
from courses.quizzes.results import (
    QuizResults,
    TraineeResult,
    cohort_quiz_summaries,
    course_quizzes,
    quiz_results,
)
from courses.selectors import access_cohort

INDEX_TITLE = "Quiz results"
GRANT_ANCHOR = "grant-extra-attempt"
QUESTION_TYPES = {name: block.label for name, block in QuizQuestionsBlock().child_blocks.items()}

# The two exports: ?export=csv (or xlsx) for the item analysis, with &table=trainees
# for the trainees. Field -> heading, in column order.
QUESTIONS_TABLE = "questions"
TRAINEES_TABLE = "trainees"
EXPORT_COLUMNS = {
    QUESTIONS_TABLE: {
        "number": "Question",
        "prompt": "Prompt",
        "type": "Type",
        "points": "Points",
        "option": "Option",
        "correct_option": "Correct option",
        "analysed": "First attempts analysed",
        "answered": "Answered",
        "correct": "Full points",
        "percent_correct": "Correct (%)",
        "average": "Average score (%)",
        "chosen": "Chose the option",
        "percent_chosen": "Chose the option (%)",
    },
    TRAINEES_TABLE: {
        "trainee": "Trainee",
        "email": "Email",
        "status": "Status",
        "used": "Attempts used",
        "allowed": "Attempts allowed",
        "extra": "Extra attempts granted",
        "first": "First score (%)",
        "best": "Best score (%)",
        "passed": "Passed",
        "last_submitted": "Last submitted",
    },
}


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def passed_label(trainee: TraineeResult, quiz: QuizPage) -> str:
    """Yes or No once submitted; nothing for a pre-assessment, where passing means nothing."""
    if quiz.is_pre_assessment or not trainee.submitted:
        return ""
    return _yes_no(trainee.passed)


def quiz_kind(quiz: QuizPage) -> str:
    if quiz.is_pre_assessment:
        return "Pre-assessment"
    return "Required" if quiz.required_for_completion else "Optional"


def _cohort_quiz(cohort: Cohort, quiz_id) -> QuizPage:
    """A quiz of the cohort's course, or 404: another course's quiz is not this cohort's."""
    quiz = course_quizzes(cohort).filter(pk=quiz_id).first()
    if quiz is None:
        raise Http404("No such quiz.")
    return quiz


class CohortBreadcrumbsMixin:
    def get_breadcrumbs_items(self):
        cohort_url = (
            reverse("academy_cohorts:edit", args=[self.cohort.pk])
            if can(self.request.user, "change", self.cohort)
            else ""
        )
        return [
            *self.breadcrumbs_items,
            {"url": reverse("academy_cohorts:index"), "label": "Cohorts"},
            {"url": cohort_url, "label": str(self.cohort)},
        ]


# The index ---------------------------------------------------------------------


class QuizResultsIndexView(CohortBreadcrumbsMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/quiz_results_index.html"
    page_title = INDEX_TITLE
    header_icon = "clipboard-list"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.cohort = access_cohort(request.user, kwargs["cohort_id"], "view_report")

    def get_page_subtitle(self):
        return self.cohort.name

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": "", "label": INDEX_TITLE, "sublabel": self.cohort.name},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        summaries = cohort_quiz_summaries(cohort=self.cohort)
        for summary in summaries:
            summary.url = reverse(
                "academy_quiz_results:quiz", args=[self.cohort.pk, summary.quiz.pk]
            )
            summary.kind = quiz_kind(summary.quiz)
        context.update(
            cohort=self.cohort,
            summaries=summaries,
            report_url=reverse("academy_reports:cohort_report", args=[self.cohort.pk]),
        )
        return context


# One quiz ----------------------------------------------------------------------


class ExtraAttemptForm(forms.Form):
    enrollment = forms.IntegerField(widget=forms.HiddenInput)
    # How many extra attempts the instructor saw; a second click no longer matches.
    grants_seen = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    reason = forms.CharField(
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=(
            "Why this trainee may try again, for example an outage during their attempt. "
            f"Kept in the audit log with your name; at most {REASON_MAX_LENGTH} characters."
        ),
        error_messages={"required": ERROR_REASON_REQUIRED, "max_length": ERROR_REASON_TOO_LONG},
    )


class QuizResultsView(
    CohortBreadcrumbsMixin, SpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView
):
    template_name = "courses/admin/quiz_results.html"
    header_icon = "clipboard-list"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.cohort = access_cohort(request.user, kwargs["cohort_id"], "view_report")
        self.quiz = _cohort_quiz(self.cohort, kwargs["quiz_id"])
        self.table = (
            TRAINEES_TABLE if request.GET.get("table") == TRAINEES_TABLE else QUESTIONS_TABLE
        )

    @cached_property
    def results(self) -> QuizResults:
        results = quiz_results(cohort=self.cohort, quiz=self.quiz)
        for trainee in results.trainees:
            trainee.name = trainee_name(trainee.enrollment.user)
            trainee.passed_label = passed_label(trainee, self.quiz)
        results.trainees.sort(key=lambda trainee: (trainee.name.casefold(), trainee.enrollment.pk))
        for figures in results.questions:
            figures.type_label = QUESTION_TYPES.get(figures.question.kind, figures.question.kind)
        for grant in results.grants:
            grant.trainee_name = trainee_name(grant.enrollment.user)
        return results

    @cached_property
    def may_grant(self) -> bool:
        return self.quiz.max_attempts is not None and can(
            self.request.user, "manage_enrolments", self.cohort
        )

    @cached_property
    def index_url(self) -> str:
        return reverse("academy_quiz_results:quiz", args=[self.cohort.pk, self.quiz.pk])

    def get_page_title(self):
        return self.quiz.title

    def get_page_subtitle(self):
        return self.cohort.name

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("academy_quiz_results:index", args=[self.cohort.pk]),
                "label": INDEX_TITLE,
            },
            {"url": "", "label": self.quiz.title, "sublabel": self.cohort.name},
        ]

    # Page

    def get(self, request, *args, **kwargs):
        if self.is_export:
            return self.as_spreadsheet(self.export_rows(), request.GET["export"])
        return self.render_to_response(self.get_context_data(grant=self.grant_from_query()))

    def grant_from_query(self) -> dict | None:
        """The grant form for the trainee named by ?trainee=, when one may be granted."""
        trainee = self._grantable(self.request.GET.get("trainee"))
        if trainee is None:
            return None
        form = ExtraAttemptForm(
            initial={"enrollment": trainee.enrollment.pk, "grants_seen": trainee.extra}
        )
        return {"form": form, "trainee": trainee}

    def _grantable(self, enrollment_id) -> TraineeResult | None:
        if not self.may_grant or not enrollment_id:
            return None
        return next(
            (
                trainee
                for trainee in self.results.trainees
                if str(trainee.enrollment.pk) == str(enrollment_id) and trainee.is_learning
            ),
            None,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            cohort=self.cohort,
            quiz=self.quiz,
            kind=quiz_kind(self.quiz),
            results=self.results,
            may_grant=self.may_grant,
            grant_anchor=GRANT_ANCHOR,
            grant_url=reverse(
                "academy_quiz_results:grant_extra_attempt", args=[self.cohort.pk, self.quiz.pk]
            ),
            page_url=self.index_url,
            exports=self.export_links(),
        )
        return context

    def export_links(self) -> list[dict]:
        return [
            {"label": label, "url": self.spreadsheet_url(table, format)}
            for table, name in ((QUESTIONS_TABLE, "Item analysis"), (TRAINEES_TABLE, "Trainees"))
            for format, label in (
                (self.FORMAT_CSV, f"{name} (CSV)"),
                (self.FORMAT_XLSX, f"{name} (XLSX)"),
            )
        ]

    def spreadsheet_url(self, table: str, format: str) -> str:
        url = f"{self.index_url}?export={format}"
        return f"{url}&table={table}" if table == TRAINEES_TABLE else url

    def get_header_more_buttons(self):
        return [
            Button(link["label"], url=link["url"], icon_name="download", priority=90 + number)
            for number, link in enumerate(self.export_links())
        ]

    # Export

    @property
    def list_export(self):
        return list(EXPORT_COLUMNS[self.table])

    @property
    def export_headings(self):
        return EXPORT_COLUMNS[self.table]

    def get_filename(self):
        quiz, cohort = slugify(self.quiz.title)[:60], slugify(self.cohort.name)[:60]
        return f"quiz-{quiz}-{cohort}-{self.cohort.pk}-{self.table}"

    def export_rows(self) -> list[dict]:
        if self.table == TRAINEES_TABLE:
            return [self._trainee_row(trainee) for trainee in self.results.trainees]
        rows = []
        for figures in self.results.questions:
            question = figures.question
            common = {
                "number": figures.number,
                "prompt": question.prompt,
                "type": figures.type_label,
                "analysed": figures.analysed,
            }
            rows.append(
                {
                    **common,
                    "points": question.points,
                    "answered": figures.answered,
                    "correct": figures.correct,
                    "percent_correct": figures.percent_correct,
                    "average": figures.average,
                }
            )
            rows.extend(
                {
                    **common,
                    "option": option.option.text,
                    "correct_option": _yes_no(option.option.correct),
                    "chosen": option.chosen,
                    "percent_chosen": option.percent,
                }
                for option in figures.options
            )
        return rows

    def _trainee_row(self, trainee: TraineeResult) -> dict:
        return {
            "trainee": trainee.name,
            "email": trainee.enrollment.user.email,
            "status": trainee.enrollment.get_status_display(),
            "used": trainee.used,
            "allowed": "Unlimited" if trainee.allowed is None else trainee.allowed,
            "extra": trainee.extra,
            "first": trainee.first,
            "best": trainee.best,
            "passed": trainee.passed_label,
            "last_submitted": trainee.last_submitted_at,
        }

    def to_row_dict(self, item):
        return OrderedDict((field, item.get(field)) for field in self.list_export)


class GrantExtraAttemptView(QuizResultsView):
    """POST only: one more attempt for one trainee, with a reason; errors re-show the page."""

    http_method_names = ["post"]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        require(request.user, "manage_enrolments", self.cohort)

    def post(self, request, *args, **kwargs):
        form = ExtraAttemptForm(request.POST)
        trainee = self._posted_trainee(request.POST.get("enrollment"))
        if form.is_valid():
            try:
                grant_extra_attempt(
                    enrollment=trainee.enrollment,
                    quiz=self.quiz,
                    reason=form.cleaned_data["reason"],
                    acting_user=request.user,
                    expected_grants=form.cleaned_data["grants_seen"],
                )
            except QuizError as error:
                form.add_error(None, error.message)
                # Show the form again counting the grants as they are now, so that
                # after "someone granted meanwhile" a deliberate retry goes through.
                form.data = form.data.copy()
                form.data["grants_seen"] = trainee.extra
            else:
                allowed = trainee.allowed + 1
                messages.success(
                    request,
                    f"{trainee.name} may now make {allowed} attempts at "
                    f"“{self.quiz.title}” ({trainee.used} used).",
                )
                return redirect(self.index_url)
        messages.error(request, "The extra attempt was not granted: see the form below.")
        return self.render_to_response(
            self.get_context_data(grant={"form": form, "trainee": trainee})
        )

    def _posted_trainee(self, enrollment_id) -> TraineeResult:
        if not self.may_grant:
            raise Http404("This quiz allows unlimited attempts.")
        trainee = self._grantable(enrollment_id)
        if trainee is None:
            # Not a trainee of this cohort, or one who holds no seat: a forged form.
            raise Http404("No such trainee.")
        return trainee


urlpatterns = [
    path("cohorts/<int:cohort_id>/quizzes/", QuizResultsIndexView.as_view(), name="index"),
    path(
        "cohorts/<int:cohort_id>/quizzes/<int:quiz_id>/",
        QuizResultsView.as_view(),
        name="quiz",
    ),
    path(
        "cohorts/<int:cohort_id>/quizzes/<int:quiz_id>/extra-attempts/",
        GrantExtraAttemptView.as_view(),
        name="grant_extra_attempt",
    ),
]
viewsets = []
