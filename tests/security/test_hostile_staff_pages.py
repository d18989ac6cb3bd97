"""Trainees with hostile names, as instructors and admins see them: pages and exports."""

import csv
import io
import zipfile

import openpyxl
import pytest
from django.urls import reverse

from academy.services import profile_update
from academy.spreadsheets import is_formula_text
from tests.cohort_factories import enrol
from tests.courses.admin_helpers import client_for
from tests.quiz_factories import ALL_RIGHT, quiz_in_course, take
from tests.security.hostile import FITS, assert_shown_as_text

pytest_plugins = ["tests.courses.admin_fixtures"]

# Every hostile name that fits a name field, one trainee each.
NAMES = list(FITS.values())


@pytest.fixture
def hostile_cohort(catalogue):
    """A running cohort with a quiz, one trainee per hostile name, each with an attempt."""
    built = quiz_in_course(catalogue)
    for number, name in enumerate(NAMES):
        enrollment = enrol(built.cohort, username=f"hostile{number}", email=f"h{number}@x.example")
        profile_update(
            user=enrollment.user,
            acting_user=enrollment.user,
            data={"certificate_name": name, "organisation": name, "job_title": name},
        )
        if number % 4 == 0:
            take(built.quiz, enrollment, ALL_RIGHT)
    return built


@pytest.fixture
def admin_client(academy_admin):
    return client_for(academy_admin)


def report_url(cohort, **params) -> str:
    url = reverse("academy_reports:cohort_report", args=[cohort.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def quiz_url(built, **params) -> str:
    url = reverse("academy_quiz_results:quiz", args=[built.cohort.pk, built.quiz.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def content(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_cells(response) -> list[list[str]]:
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(content(response).decode("utf-8"), newline="")))


def assert_no_formula_cell(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not is_formula_text(cell), repr(cell)


def hostile_rows(rows: list[list[str]]) -> list[list[str]]:
    """The data rows of the hostile trainees (the quiz's own trainee left out)."""
    return [row for row in rows[1:] if row[1].endswith("@x.example")]


def xml_text(value: str) -> str:
    # XML reads a carriage return in a cell as a line feed.
    return value.replace("\r", "\n")


def assert_names_neutralised(column: list[str]) -> None:
    """Each name comes back as typed, or behind one apostrophe when it starts like a formula."""
    expected = sorted("'" + name if is_formula_text(name) else name for name in NAMES)
    assert sorted(column) == expected


def xlsx_workbook(response):
    assert response.status_code == 200
    data = content(response)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        for sheet in sheets:
            xml = archive.read(sheet).decode()
            assert "<f>" not in xml and "<f " not in xml, "a formula cell"
    return openpyxl.load_workbook(io.BytesIO(data)).active


# Pages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        lambda built: reverse("academy_enrolments:index", args=[built.cohort.pk]),
        lambda built: report_url(built.cohort),
        lambda built: reverse("academy_reports:cohort_report_results", args=[built.cohort.pk]),
        lambda built: quiz_url(built),
    ],
    ids=["enrolments", "report", "report-results", "quiz-results"],
)
def test_staff_pages_show_every_hostile_name_as_text(hostile_cohort, admin_client, url):
    response = admin_client.get(url(hostile_cohort))

    assert response.status_code == 200
    # Long names may be shortened for the table; the short ones must show whole.
    short = [name for name in NAMES if len(name) <= 60]
    assert_shown_as_text(response, *short)


def test_the_enrolment_page_of_a_hostile_trainee_shows_the_name_as_text(
    hostile_cohort, admin_client
):
    from courses.models import Enrollment

    for enrollment in Enrollment.objects.filter(cohort=hostile_cohort.cohort)[:8]:
        url = reverse(
            "academy_enrolments:act", args=[hostile_cohort.cohort.pk, enrollment.pk, "withdraw"]
        )
        response = admin_client.get(url)
        assert response.status_code in (200, 302, 405)
        if response.status_code == 200:
            assert_shown_as_text(response)


# Exports -------------------------------------------------------------------------


def test_report_csv_neutralises_formulas(hostile_cohort, admin_client):
    rows = csv_cells(admin_client.get(report_url(hostile_cohort.cohort, export="csv")))

    assert_no_formula_cell(rows)
    assert rows[0][0] == "Trainee"
    assert_names_neutralised([row[0] for row in hostile_rows(rows)])


def test_report_xlsx_keeps_names_as_inert_text(hostile_cohort, admin_client):
    sheet = xlsx_workbook(admin_client.get(report_url(hostile_cohort.cohort, export="xlsx")))

    cells = [row[0] for row in sheet.iter_rows(min_row=2) if row[1].value.endswith("@x.example")]
    assert {cell.data_type for cell in cells} == {"s"}
    assert sorted(cell.value for cell in cells) == sorted(map(xml_text, NAMES))


def test_quiz_results_csv_neutralises_formulas(hostile_cohort, admin_client):
    rows = csv_cells(admin_client.get(quiz_url(hostile_cohort, export="csv", table="trainees")))

    assert_no_formula_cell(rows)
    assert_names_neutralised([row[0] for row in hostile_rows(rows)])


def test_quiz_results_xlsx_keeps_names_as_inert_text(hostile_cohort, admin_client):
    response = admin_client.get(quiz_url(hostile_cohort, export="xlsx", table="trainees"))
    sheet = xlsx_workbook(response)

    cells = [row[0] for row in sheet.iter_rows(min_row=2) if row[1].value.endswith("@x.example")]
    assert {cell.data_type for cell in cells} == {"s"}
    assert sorted(cell.value for cell in cells) == sorted(map(xml_text, NAMES))
