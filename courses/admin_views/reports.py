"""Cohort progress reports: an index of reportable cohorts and one report per cohort.

The report is a Wagtail ``ReportView``, so filters, pagination and the
CSV/XLSX export are Wagtail's own. Its rows are not a queryset but the
computed rows of ``courses.reports``; the filter set only draws the filter
form, and the rows are filtered by ``courses.reports.filter_rows``. Text that
a spreadsheet would run as a formula is neutralised for every export in
``academy.spreadsheets``.
"""

from collections import OrderedDict

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import BaseListingView
from wagtail.admin.views.reports import ReportView

from courses.charts import Bar, bar_chart
from courses.completion import LABEL_DISTINCTION
from courses.models import SEAT_STATUSES, CohortStatus, Enrollment, EnrollmentStatus
from courses.reports import (
    BEHIND_PACE_MARGIN,
    REPORT_STATUSES,
    average_learning_gain,
    cohort_report,
    compact,
    completion_histogram,
    expected_percent,
    filter_rows,
    signed_points,
    weekly_activity,
)
from courses.selectors import access_cohort, cohorts_for

INDEX_TITLE = "Cohort reports"
REPORT_TITLE = "Progress report"
AT_RISK_CHOICES = [("yes", "At risk"), ("no", "Not at risk")]


def _breadcrumb_home():
    return {"url": reverse("wagtailadmin_home"), "label": "Home"}


# The index ------------------------------------------------------------------


class CohortReportIndexView(BaseListingView):
    page_title = INDEX_TITLE
    header_icon = "table"
    paginate_by = 50
    index_url_name = "academy_reports:index"
    verbose_name_plural = "cohorts"
    columns = [
        TitleColumn(
            "name",
            label="Cohort",
            get_url=lambda cohort: reverse("academy_reports:cohort_report", args=[cohort.pk]),
        ),
        Column("course", label="Course", accessor="course.title"),
        Column("starts_on", label="Starts", accessor=lambda cohort: f"{cohort.starts_on:%d %b %Y}"),
        Column("ends_on", label="Ends", accessor=lambda cohort: f"{cohort.ends_on:%d %b %Y}"),
        Column("status", label="Status", accessor="get_status_display"),
        Column("trainees", label="Trainees", accessor="trainee_count"),
    ]

    def get_base_queryset(self):
        return (
            cohorts_for(self.request.user, "view_report")
            .select_related("course")
            .annotate(
                trainee_count=Count("enrollments", filter=Q(enrollments__status__in=SEAT_STATUSES))
            )
            .order_by("-starts_on", "name")
        )

    def get_breadcrumbs_items(self):
        return [_breadcrumb_home(), {"url": "", "label": INDEX_TITLE}]


# One cohort's report ----------------------------------------------------------


class CohortReportFilterSet(WagtailFilterSet):
    """Draws the report's filter form; the rows are filtered by ``filter_rows``."""

    status = django_filters.MultipleChoiceFilter(
        label="Status",
        choices=[(status.value, status.label) for status in REPORT_STATUSES],
        widget=forms.CheckboxSelectMultiple,
        help_text="Active and completed unless you choose.",
    )
    country = django_filters.ChoiceFilter(label="Country", choices=[], empty_label="All")
    at_risk = django_filters.ChoiceFilter(
        label="At risk", choices=AT_RISK_CHOICES, widget=forms.RadioSelect, empty_label="All"
    )

    class Meta:
        model = Enrollment
        fields = []

    def __init__(self, *args, countries=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["country"].extra["choices"] = list(countries)


# Export columns; one column per live module of the course goes between them.
EXPORT_COLUMNS_BEFORE_MODULES = ("trainee", "email", "country", "status")
EXPORT_COLUMNS_AFTER_MODULES = (
    "percent",
    "pre_percent",
    "final_percent",
    "learning_gain",
    "completion",
    "last_activity",
    "at_risk",
    "risk_reason",
)


class CohortReportView(ReportView):
    template_name = "courses/admin/report.html"
    results_template_name = "courses/admin/report_results.html"
    filterset_class = CohortReportFilterSet
    page_title = REPORT_TITLE
    header_icon = "table"
    verbose_name_plural = "trainees"
    paginate_by = 50
    list_export = [*EXPORT_COLUMNS_BEFORE_MODULES, *EXPORT_COLUMNS_AFTER_MODULES]
    export_headings = {
        "trainee": "Trainee",
        "email": "Email",
        "country": "Country",
        "status": "Status",
        "percent": "Overall (%)",
        "pre_percent": "Pre-assessment (%)",
        "final_percent": "Final (%)",
        "learning_gain": "Learning gain (points)",
        "completion": "Completion",
        "last_activity": "Last activity",
        "at_risk": "At risk",
        "risk_reason": "At-risk reason",
    }

    def dispatch(self, request, *args, **kwargs):
        # 404 for a cohort the user may not report on, exports included.
        self.cohort = access_cohort(request.user, kwargs["cohort_id"], "view_report")
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def report(self):
        return cohort_report(cohort=self.cohort)

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_breadcrumbs_items(self):
        return [
            _breadcrumb_home(),
            {"url": reverse("academy_reports:index"), "label": INDEX_TITLE},
            {"url": "", "label": self.cohort.name, "sublabel": REPORT_TITLE},
        ]

    def get_index_url(self):
        return reverse("academy_reports:cohort_report", args=[self.cohort.pk])

    def get_index_results_url(self):
        return reverse("academy_reports:cohort_report_results", args=[self.cohort.pk])

    def get_filename(self):
        return f"progress-{slugify(self.cohort.name)}-{self.cohort.pk}-{self.report.today}"

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "countries": self.report.countries()}

    # Rows

    def get_queryset(self):
        # The export's columns follow the course's live modules, known only now.
        modules = self.report.modules
        self.list_export = [
            *EXPORT_COLUMNS_BEFORE_MODULES,
            *(module.key for module in modules),
            *EXPORT_COLUMNS_AFTER_MODULES,
        ]
        self.export_headings = {
            **self.export_headings,
            **{module.key: f"{module.label} (%)" for module in modules},
        }
        return self.report.rows

    def filter_queryset(self, rows):
        chosen = {}
        if self.filters is not None and self.filters.is_valid():
            chosen = self.filters.form.cleaned_data
        return filter_rows(
            rows,
            statuses=chosen.get("status"),
            country=chosen.get("country") or "",
            at_risk={"yes": True, "no": False}.get(chosen.get("at_risk")),
        )

    # Export

    def to_row_dict(self, item):
        values = {
            "trainee": item.trainee,
            "email": item.email,
            "country": item.country_name,
            "status": item.status_label,
            "percent": item.percent,
            "pre_percent": compact(item.pre_percent),
            "final_percent": compact(item.final_percent),
            "learning_gain": compact(item.learning_gain),
            "completion": item.completion,
            "last_activity": item.last_activity,
            "at_risk": item.at_risk_label,
            "risk_reason": item.risk_reason,
        }
        values.update(
            zip((module.key for module in self.report.modules), item.module_percents, strict=True)
        )
        return OrderedDict((field, values[field]) for field in self.list_export)

    def get_export_url(self, format):
        # Always the report's own address, without the results fragment's paging and flags.
        params = self.request.GET.copy()
        for internal in (self.page_kwarg, "_w_filter_fragment"):
            params.pop(internal, None)
        params["export"] = format
        return f"{self.index_url}?{params.urlencode()}"

    # Page

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context.update(
            cohort=self.cohort,
            modules=self.report.modules,
            csv_export_url=self.csv_export_url,
            xlsx_export_url=self.xlsx_export_url,
        )
        if not (self.is_export or self.results_only):
            context.update(self._summary_and_charts())
        return context

    def _summary_and_charts(self) -> dict:
        cohort, today = self.cohort, self.report.today
        learning = self.report.learning_rows()
        buckets = completion_histogram(learning)
        weeks = weekly_activity(cohort=cohort)
        running = cohort.status(today) == CohortStatus.RUNNING
        average = round(sum(row.percent for row in learning) / len(learning)) if learning else 0
        gain, gain_count = average_learning_gain(learning)
        return {
            "inactive_days": settings.AT_RISK_INACTIVE_DAYS,
            "pace_margin": BEHIND_PACE_MARGIN,
            "summary": {
                "trainees": len(learning),
                "completed": sum(row.status == EnrollmentStatus.COMPLETED for row in learning),
                "at_risk": sum(row.at_risk for row in learning),
                "average": average,
                "expected": round(expected_percent(cohort, today)) if running else None,
                "distinction": sum(row.completion == LABEL_DISTINCTION for row in learning),
                "learning_gain": signed_points(gain),
                "learning_gain_count": gain_count,
            },
            "buckets": buckets,
            "weeks": weeks,
            "histogram_svg": bar_chart(
                chart_id="completion-chart",
                title="Completion distribution",
                description=(
                    f"Number of active and completed trainees by share of the course done, "
                    f"in steps of 10%. {len(learning)} trainees, {average}% done on average."
                ),
                bars=[
                    Bar(bucket.label, bucket.count, f"{bucket.label} done: {bucket.count}")
                    for bucket in buckets
                ],
                x_title="Share of the course done",
            ),
            "weekly_svg": bar_chart(
                chart_id="activity-chart",
                title="Weekly activity",
                description=(
                    "Number of trainees who started or completed a lesson, per ISO week "
                    f"of the cohort. Busiest week: {max((w.count for w in weeks), default=0)} "
                    "trainees."
                ),
                bars=[
                    Bar(week.label, week.count, f"{week.long_label}: {week.count}")
                    for week in weeks
                ],
                x_title="ISO week",
            ),
        }


# Menu -------------------------------------------------------------------------


class CohortReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return cohorts_for(request.user, "view_report").exists()


def register_cohort_reports_menu_item():
    """For the ``register_reports_menu_item`` hook: "Cohort reports" under Reports."""
    return CohortReportsMenuItem(
        INDEX_TITLE,
        reverse("academy_reports:index"),
        name="cohort-reports",
        icon_name="table",
        order=1000,
    )


urlpatterns = [
    path("reports/", CohortReportIndexView.as_view(), name="index"),
    path(
        "cohorts/<int:cohort_id>/report/",
        CohortReportView.as_view(),
        name="cohort_report",
    ),
    path(
        "cohorts/<int:cohort_id>/report/results/",
        CohortReportView.as_view(results_only=True),
        name="cohort_report_results",
    ),
]
viewsets = []
