"""Spreadsheet exports that stay data: the academy's guard against formula injection.

Every CSV and XLSX file the admin produces comes out of Wagtail's
``SpreadsheetExportMixin``: the academy's own reports (cohort progress, quiz
results), Wagtail's built-in reports (site history, aging pages, locked
pages, workflows, page types), form submissions and any listing with
``list_export``. Their cells hold text that trainees and instructors typed:
a certificate name, a page title, a log entry's label. A spreadsheet opening
a CSV runs a cell starting with ``=``, ``+``, ``-`` or ``@`` as a formula,
which can fetch URLs or start programs on the admin's computer.

Wagtail offers no setting or hook for this, and its own reports cannot be
subclassed from outside, so ``guard_spreadsheet_exports()`` (called once from
``AcademyConfig.ready``) wraps the mixin's two places where a cell's text is
settled: ``preprocess_field_value`` (every data cell, after any per-field or
per-type function) and ``get_heading`` (the heading row). A view that
overrides either and calls ``super()`` stays covered; should Wagtail rename
them, the guard fails at start-up instead of silently doing nothing.
"""

from functools import wraps

from django.utils.functional import Promise

# A cell whose text starts with one of these, after any leading whitespace,
# is read as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@")
# Tab, carriage return and line feed trigger formulas on their own, before
# any other character: some spreadsheets drop them and read what follows.
LEADING_CONTROLS = ("\t", "\r", "\n")


def is_formula_text(value) -> bool:
    """Whether a spreadsheet could read this cell as a formula (only text can be one)."""
    if isinstance(value, Promise):
        value = str(value)
    if not isinstance(value, str):
        return False
    return value.startswith(LEADING_CONTROLS) or value.lstrip().startswith(FORMULA_TRIGGERS)


def neutralise_formula(value):
    """Text a spreadsheet would run as a formula, made inert with a leading apostrophe.

    Numbers, dates and empty cells pass unchanged: a real negative number is
    a number, not text. Idempotent, so a view that neutralises its own cells
    is harmless.
    """
    if is_formula_text(value):
        return "'" + str(value)
    return value


def guard_spreadsheet_exports() -> None:
    """Make every spreadsheet export neutralise formula-like text. Safe to call twice.

    CSV data cells are neutralised; XLSX data cells are left as typed because
    Wagtail writes them as text cells, which Excel and LibreOffice never
    evaluate. Headings are neutralised in both formats: Wagtail appends them
    to the XLSX sheet as plain values, which openpyxl turns into formulas.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_academy_formula_guard", False):
        return
    preprocess_field_value = SpreadsheetExportMixin.preprocess_field_value
    get_heading = SpreadsheetExportMixin.get_heading

    @wraps(preprocess_field_value)
    def guarded_preprocess_field_value(self, field, value, export_format):
        value = preprocess_field_value(self, field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise_formula(value)
        return value

    @wraps(get_heading)
    def guarded_get_heading(self, queryset, field):
        return neutralise_formula(get_heading(self, queryset, field))

    SpreadsheetExportMixin.preprocess_field_value = guarded_preprocess_field_value
    SpreadsheetExportMixin.get_heading = guarded_get_heading
    SpreadsheetExportMixin._academy_formula_guard = True
