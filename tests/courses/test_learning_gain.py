"""Pre-assessment, final score and learning gain: the rule, and the cohort report's columns."""

import csv
import io
from decimal import Decimal
from urllib.parse import urlencode

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from courses import services
from courses.completion import evaluate
from courses.reports import average_learning_gain, cohort_report, signed_points
from tests.cohort_factories import complete_lessons, enrol
from tests.courses.completion_helpers import build_course, score, scored_quiz
from tests.factories import UserFactory
from tests.utils import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(catalogue):
    return build_course(catalogue, distinction_threshold=90)


def trainee(data, name, *, pre=(), final=(), lessons=True):
    """A trainee whose attempts score ``pre`` then ``final`` percents, in that order."""
    first, last = name.split()
    enrollment = enrol(data.cohort, first_name=first, last_name=last)
    complete_lessons(enrollment, data.lessons if lessons else data.lessons[:1])
    for percent in pre:
        score(data.pre, enrollment, percent)
    for percent in final:
        score(data.final, enrollment, percent)
    return enrollment


@pytest.fixture
def cohort_data(data):
    """The known data set: gains of +45, +5 and −10 (13.3 on average), two without a gain."""
    enrolments = {
        # The first pre-assessment attempt counts, the retake does not; the best final does.
        "aisha": trainee(data, "Aïsha Ndiaye", pre=[40, 90], final=[60, 85]),
        "bruno": trainee(data, "Bruno Quispe", pre=[50], final=[55], lessons=False),
        "chen": trainee(data, "Chen Jing", pre=[80], final=[70]),
        "dina": trainee(data, "Dina Haddad", pre=[30], lessons=False),
        "emeka": trainee(data, "Emeka Obi", final=[95]),
        "farid": trainee(data, "Farid Rahimi", pre=[0], final=[100]),
    }
    services.enrollment_withdraw(enrollment=enrolments["farid"], acting_user=None)
    return enrolments


# The rule -------------------------------------------------------------------------------


def test_pre_is_the_first_attempt_final_the_best_and_gain_their_difference(data, cohort_data):
    result = evaluate(cohort_data["aisha"])

    assert result.pre_assessment_percent == Decimal("40")
    assert result.final_percent == Decimal("85")
    assert result.learning_gain == Decimal("45")


def test_no_gain_without_both_scores(data, cohort_data):
    dina, emeka = evaluate(cohort_data["dina"]), evaluate(cohort_data["emeka"])

    assert (dina.pre_assessment_percent, dina.final_percent, dina.learning_gain) == (
        Decimal("30"),
        None,
        None,
    )
    assert (emeka.pre_assessment_percent, emeka.final_percent, emeka.learning_gain) == (
        None,
        Decimal("95"),
        None,
    )


def test_final_is_the_last_required_quiz_in_course_order(catalogue):
    data = build_course(catalogue)
    module_quiz = scored_quiz(data.modules[0], "Module check")
    after_final = scored_quiz(data.modules[1], "Feedback quiz", required_for_completion=False)
    enrollment = enrol(data.cohort)
    score(data.pre, enrollment, 20)
    score(module_quiz, enrollment, 100)
    score(data.final, enrollment, 60)
    score(after_final, enrollment, 5)

    result = evaluate(enrollment)

    assert result.final_percent == Decimal("60")
    assert result.learning_gain == Decimal("40")
    assert result.overall_percent == Decimal("80")  # 20 + 12 of 40 points


def test_a_negative_gain_is_a_gain_too(data, cohort_data):
    assert evaluate(cohort_data["chen"]).learning_gain == Decimal("-10")
    assert signed_points(Decimal("-10.00")) == "−10"
    assert signed_points(Decimal("12.50")) == "+12.5"
    assert signed_points(Decimal("0.00")) == "0"
    assert signed_points(None) == ""


# The report -----------------------------------------------------------------------------


def test_report_rows_carry_pre_final_gain_and_completion(data, cohort_data):
    report = cohort_report(cohort=data.cohort)

    figures = {
        row.trainee: (row.pre_percent, row.final_percent, row.learning_gain, row.completion)
        for row in report.rows
    }
    assert figures == {
        "Aïsha Ndiaye": (Decimal("40"), Decimal("85"), Decimal("45"), "Complete"),
        "Bruno Quispe": (Decimal("50"), Decimal("55"), Decimal("5"), "Not yet"),
        "Chen Jing": (Decimal("80"), Decimal("70"), Decimal("-10"), "Complete"),
        "Dina Haddad": (Decimal("30"), None, None, "Not yet"),
        "Emeka Obi": (None, Decimal("95"), None, "Distinction"),
        "Farid Rahimi": (Decimal("0"), Decimal("100"), Decimal("100"), "Distinction"),
    }


def test_the_cohort_average_counts_learning_trainees_with_both_scores(data, cohort_data):
    report = cohort_report(cohort=data.cohort)

    # Farid (+100) withdrew; Dina and Emeka have one score each.
    assert average_learning_gain(report.learning_rows()) == (Decimal("13.3"), 3)
    assert average_learning_gain([]) == (None, 0)


@pytest.fixture
def admin_client(client, db):
    user = UserFactory()
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="courses", codename="view_cohort_report"),
    )
    client.force_login(user)
    return client


def report_url(cohort, **params):
    url = reverse("academy_reports:cohort_report", args=[cohort.pk])
    return f"{url}?{urlencode(params)}" if params else url


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def test_report_page_shows_the_columns_and_the_average(admin_client, data, cohort_data):
    page = soup(admin_client.get(report_url(data.cohort)))

    headers = [text_of(th) for th in page.select("table.academy-report__table thead th")]
    start = headers.index("Pre-assessment")
    assert headers[start : start + 4] == ["Pre-assessment", "Final", "Learning gain", "Completion"]
    cells = {
        text_of(row.th): [text_of(td) for td in row.find_all("td")][start - 1 : start + 3]
        for row in page.select("table.academy-report__table tbody tr")
    }
    assert cells == {
        "Aïsha Ndiaye": ["40%", "85%", "+45 points", "Complete"],
        "Bruno Quispe": ["50%", "55%", "+5 points", "Not yet"],
        "Chen Jing": ["80%", "70%", "−10 points", "Complete"],
        "Dina Haddad": ["30%", "–", "–", "Not yet"],
        "Emeka Obi": ["–", "95%", "–", "Distinction"],
    }
    summary = {
        text_of(item.dt): text_of(item.dd) for item in page.select(".academy-report__summary div")
    }
    assert summary["Average learning gain"] == "+13.3 points (3 trainees with both scores)"
    assert summary["With distinction"] == "1"
    assert summary["Completed"] == "3"


def test_report_without_gains_says_so(admin_client, data):
    trainee(data, "Dina Haddad", pre=[30], lessons=False)

    page = soup(admin_client.get(report_url(data.cohort)))

    summary = {
        text_of(item.dt): text_of(item.dd) for item in page.select(".academy-report__summary div")
    }
    assert summary["Average learning gain"] == "–"


def test_exports_hold_the_new_columns(admin_client, data, cohort_data):
    response = admin_client.get(report_url(data.cohort, export="csv"))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    header = rows[0]
    start = header.index("Pre-assessment (%)")
    assert header[start : start + 4] == [
        "Pre-assessment (%)",
        "Final (%)",
        "Learning gain (points)",
        "Completion",
    ]
    exported = {row[0]: row[start : start + 4] for row in rows[1:]}
    assert exported["Aïsha Ndiaye"] == ["40", "85", "45", "Complete"]
    # A negative number stays a number: no apostrophe against formulas.
    assert exported["Chen Jing"] == ["80", "70", "-10", "Complete"]
    assert exported["Emeka Obi"] == ["", "95", "", "Distinction"]

    response = admin_client.get(report_url(data.cohort, export="xlsx"))
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = list(openpyxl.load_workbook(io.BytesIO(content)).active.values)
    by_name = {row[0]: row[start : start + 4] for row in sheet[1:]}
    assert by_name["Chen Jing"] == (80, 70, -10, "Complete")
    assert by_name["Dina Haddad"] == (30, None, None, "Not yet")
