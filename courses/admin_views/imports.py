"""Bulk enrolment from a CSV upload, for whoever manages a cohort's enrolments.

Upload with "dry run" ticked (the default) and the page shows every problem
of the file with its line number, or what the import would do and a button
to do it. The file checked is carried to that confirm step signed, so what
is imported is exactly what was previewed, without storing it anywhere.
"""

from django import forms
from django.contrib import messages
from django.core import signing
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.imports import (
    EXPECTED_HEADER,
    MAX_FILE_BYTES,
    MAX_ROWS,
    enrols_any_account,
    trainees_import,
)
from courses.imports.reading import ERROR_TOO_BIG
from courses.selectors import access_cohort

# A preview can be confirmed for this long.
CONFIRM_MAX_AGE = 60 * 60
ERRORS_SHOWN = 500
ROWS_SHOWN = 500

ERROR_NOT_CSV = (
    "This is not a CSV file. In your spreadsheet, choose “Save as” and “CSV UTF-8 (.csv)”."
)
ERROR_CONFIRM_EXPIRED = "This preview has expired or is not valid: upload the file again."


class TraineeImportForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text=(
            f"UTF-8, with the header line: {EXPECTED_HEADER}. "
            f"At most {MAX_ROWS:,} trainees and {filesizeformat(MAX_FILE_BYTES)}."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    dry_run = forms.BooleanField(
        label="Dry run: check the file and show what would happen, without writing anything",
        required=False,
        initial=True,
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(ERROR_TOO_BIG.format(limit=filesizeformat(MAX_FILE_BYTES)))
        # Browsers on Windows often send .csv files as application/vnd.ms-excel.
        if not (upload.name.lower().endswith(".csv") or upload.content_type == "text/csv"):
            raise forms.ValidationError(ERROR_NOT_CSV)
        return upload


class TraineeImportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/import_trainees.html"
    page_title = "Import trainees"
    header_icon = "upload"

    def dispatch(self, request, *args, cohort_id, **kwargs):
        self.cohort = access_cohort(request.user, cohort_id, "manage_enrolments")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.cohort)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": self._enrolments_url(), "label": f"Enrolments: {self.cohort}"},
            {"url": "", "label": "Import trainees"},
        ]

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=TraineeImportForm()))

    def post(self, request, *args, **kwargs):
        if "confirm" in request.POST:
            return self._confirm(request)
        form = TraineeImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data["file"].read()
        dry_run = form.cleaned_data["dry_run"]
        result = trainees_import(
            cohort=self.cohort, data=data, acting_user=request.user, dry_run=dry_run
        )
        if result.ok and not dry_run:
            return self._done(result)
        confirm = self._sign(data) if result.ok else None
        return self._report(result, form=TraineeImportForm(), confirm=confirm)

    def _confirm(self, request):
        try:
            data = signing.loads(
                request.POST["confirm"], salt=self._salt(), max_age=CONFIRM_MAX_AGE
            ).encode()
        except signing.BadSignature:
            messages.error(request, ERROR_CONFIRM_EXPIRED)
            return redirect(self._url())
        result = trainees_import(cohort=self.cohort, data=data, acting_user=request.user)
        if result.ok:
            return self._done(result)
        # Something changed since the preview (an account deactivated, say).
        return self._report(result, form=TraineeImportForm(), confirm=None)

    def _done(self, result):
        messages.success(self.request, result.summary())
        return redirect(self._enrolments_url())

    def _report(self, result, *, form, confirm):
        context = self.get_context_data(
            form=form,
            result=result,
            confirm=confirm,
            errors_shown=result.errors[:ERRORS_SHOWN],
            errors_hidden=max(len(result.errors) - ERRORS_SHOWN, 0),
            outcomes_shown=result.outcomes[:ROWS_SHOWN],
            outcomes_hidden=max(len(result.outcomes) - ROWS_SHOWN, 0),
        )
        return self.render_to_response(context)

    def _salt(self) -> str:
        # Bound to the cohort and the admin: a preview cannot be replayed elsewhere.
        return f"academy.import_trainees:{self.cohort.pk}:{self.request.user.pk}"

    def _sign(self, data: bytes) -> str:
        # The file is valid UTF-8 by now, or the import would have refused it.
        return signing.dumps(data.decode("utf-8-sig"), salt=self._salt(), compress=True)

    def _url(self) -> str:
        return reverse("academy_imports:import_trainees", args=[self.cohort.pk])

    def _enrolments_url(self) -> str:
        return reverse("academy_enrolments:index", args=[self.cohort.pk])

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            cohort=self.cohort,
            action_url=self._url(),
            enrolments_url=self._enrolments_url(),
            expected_header=EXPECTED_HEADER,
            enrols_any_account=enrols_any_account(self.request.user),
            **kwargs,
        )


urlpatterns = [
    path(
        "cohorts/<int:cohort_id>/import/",
        TraineeImportView.as_view(),
        name="import_trainees",
    ),
]
viewsets = []
