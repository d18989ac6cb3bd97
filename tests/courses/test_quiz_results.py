"""A cohort's quiz results: the index, one quiz's trainees and item analysis, the exports.

The known data set: four trainees answer a quiz of four questions (five
points); one of them retakes it. Item analysis counts first attempts only, so
every figure below is worked out by hand from the four first attempts.
"""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from academy.models import Profile
from courses.models import ModulePage
from courses.quizzes.attempts import grant_extra_attempt
from courses.quizzes.grading import questions_from_stream
from courses.quizzes.results import item_analysis, percent
from tests.cohort_factories import CohortFactory, assign_instructor, enrol
from tests.courses.admin_helpers import client_for
from tests.quiz_factories import (
    QuizPageFactory,
    multiple_choice,
    questions,
    short_text,
    single_choice,
    start,
    stream_value,
    take,
    true_false,
)
from tests.utils import soup

pytest_plugins = ["tests.courses.admin_fixtures"]
pytestmark = pytest.mark.django_db

NOW = timezone.now()

KNOWN_QUESTIONS = (
    single_choice(
        "Who should own the national address register?",
        [("One lead agency", True), ("Every ministry", False), ("Nobody", False)],
        id="q-single",
        option_ids=["lead", "every", "nobody"],
    ),
    multiple_choice(
        "Which are digital public infrastructure?",
        [("Digital identity", True), ("Payments", True), ("A fax machine", False)],
        scoring="partial",
        points=2,
        id="q-multi",
        option_ids=["identity", "payments", "fax"],
    ),
    true_false("Open standards lower switching costs.", True, id="q-tf"),
    short_text("Name the open DPI building-block initiative.", ["GovStack"], id="q-text"),
)

# First attempts, then the one retake. Trainee -> answers.
FIRST_ATTEMPTS = {
    "ana": {"q-single": ["lead"], "q-multi": ["identity", "payments"], "q-tf": ["true"],
            "q-text": ["govstack"]},  # 5/5 = 100 %
    "ben": {"q-single": ["every"], "q-multi": ["identity"], "q-tf": ["true"]},  # 2/5 = 40 %
    "chloe": {"q-single": ["lead"], "q-multi": ["identity", "fax"], "q-tf": ["false"],
              "q-text": ["GovStack "]},  # 2/5 = 40 %
    "dev": {"q-single": ["nobody"], "q-multi": ["identity", "payments"], "q-tf": ["true"],
            "q-text": ["Gov"]},  # 3/5 = 60 %
}  # fmt: skip
BEN_RETAKE = FIRST_ATTEMPTS["ana"]  # 100 %


@pytest.fixture
def course(two_courses):
    return two_courses.dpi.course


@pytest.fixture
def quiz(course):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    return QuizPageFactory(
        parent=module,
        title="Foundations check",
        questions=questions(*KNOWN_QUESTIONS),
        pass_mark=70,
        max_attempts=3,
    )


@pytest.fixture
def cohort(course, instructor_x, academy_admin):
    cohort = CohortFactory(course=course, name="Delta cohort")
    assign_instructor(cohort, instructor_x, acting_user=academy_admin)
    return cohort


def trainee(cohort, username, first_name, last_name=""):
    return enrol(
        cohort,
        username=username,
        email=f"{username}@academy.example",
        first_name=first_name,
        last_name=last_name,
    )


@pytest.fixture
def known(cohort, quiz):
    """The four first attempts, Ben's retake, and Eve, who holds a seat but never tried."""
    enrollments = {
        username: trainee(cohort, username, username.capitalize(), "Trainee")
        for username in (*FIRST_ATTEMPTS, "eve")
    }
    for offset, (username, answers) in enumerate(FIRST_ATTEMPTS.items()):
        take(quiz, enrollments[username], answers, now=NOW - datetime.timedelta(hours=10 - offset))
    take(quiz, enrollments["ben"], BEN_RETAKE, now=NOW - datetime.timedelta(hours=1))
    return enrollments


def index_url(cohort):
    return reverse("academy_quiz_results:index", args=[cohort.pk])


def quiz_url(cohort, quiz, **params):
    url = reverse("academy_quiz_results:quiz", args=[cohort.pk, quiz.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def content(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content(response).decode("utf-8"))))


def table(response, heading_id) -> list[list[str]]:
    """Rows of the table under the heading with this id, as text."""
    document = soup(response)
    region = document.find(attrs={"aria-labelledby": heading_id})
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"], recursive=False)]
        for row in region.select("tbody > tr")
    ]


# Item analysis: the figures --------------------------------------------------------


def test_item_analysis_of_first_attempts(known, quiz, cohort):
    from courses.quizzes.results import quiz_results

    figures = {f.question.id: f for f in quiz_results(cohort=cohort, quiz=quiz).questions}

    assert [f.number for f in figures.values()] == [1, 2, 3, 4]
    assert all(f.analysed == 4 for f in figures.values())  # Eve never tried, Ben's retake is out

    single = figures["q-single"]
    assert (single.correct, single.percent_correct) == (2, Decimal("50.0"))
    assert {o.option.id: o.percent for o in single.options} == {
        "lead": Decimal("50.0"),
        "every": Decimal("25.0"),
        "nobody": Decimal("25.0"),
    }

    multi = figures["q-multi"]
    # Ben's partial point is not "correct"; the average counts it: (100 + 50 + 0 + 100) / 4.
    assert (multi.correct, multi.percent_correct) == (2, Decimal("50.0"))
    assert multi.average == Decimal("62.5")
    assert {o.option.id: o.percent for o in multi.options} == {
        "identity": Decimal("100.0"),
        "payments": Decimal("50.0"),
        "fax": Decimal("25.0"),
    }

    true_or_false = figures["q-tf"]
    assert true_or_false.percent_correct == Decimal("75.0")
    assert [(o.option.text, o.option.correct, o.percent) for o in true_or_false.options] == [
        ("True", True, Decimal("75.0")),
        ("False", False, Decimal("25.0")),
    ]

    text = figures["q-text"]
    assert (text.correct, text.percent_correct) == (2, Decimal("50.0"))
    assert (text.answered, text.percent_blank) == (3, Decimal("25.0"))
    assert text.options == []


def test_summary_and_trainees_count_every_attempt(known, quiz, cohort):
    from courses.quizzes.results import quiz_results

    results = quiz_results(cohort=cohort, quiz=quiz)

    assert results.summary.trainees == 4
    assert results.summary.attempts == 5
    assert results.summary.mean_best == Decimal("75.0")  # (100 + 100 + 40 + 60) / 4
    assert results.summary.pass_rate == Decimal("50.0")  # Ana and Ben
    rows = {row.enrollment.user.username: row for row in results.trainees}
    assert set(rows) == {"ana", "ben", "chloe", "dev", "eve"}
    ben = rows["ben"]
    assert (ben.used, ben.allowed, ben.first, ben.best, ben.passed) == (
        2,
        3,
        Decimal("40.00"),
        Decimal("100.00"),
        True,
    )
    eve = rows["eve"]
    assert (eve.used, eve.first, eve.best, eve.passed) == (0, None, None, False)


def test_a_question_added_later_counts_only_attempts_that_showed_it():
    current = questions_from_stream(stream_value(*KNOWN_QUESTIONS))

    class Attempt:
        def __init__(self, shown, answers, scores):
            self.question_order, self.answers, self.question_scores = shown, answers, scores

    attempts = [
        Attempt(["q-single"], {"q-single": "lead"}, {"q-single": "1.00"}),
        Attempt(["q-single", "q-tf"], {"q-single": "every"}, {"q-single": "0.00", "q-tf": "0"}),
    ]

    figures = {f.question.id: f for f in item_analysis(current, attempts)}

    assert figures["q-single"].analysed == 2
    assert figures["q-tf"].analysed == 1
    assert figures["q-tf"].percent_blank == Decimal("100.0")
    assert figures["q-multi"].analysed == 0
    assert figures["q-multi"].percent_correct is None


def test_percentages_round_half_up_to_one_decimal():
    assert percent(1, 3) == Decimal("33.3")
    assert percent(2, 3) == Decimal("66.7")
    assert percent(1, 8) == Decimal("12.5")
    assert percent(1, 16) == Decimal("6.3")
    assert percent(0, 0) is None


# The pages ------------------------------------------------------------------------------


def test_quiz_page_shows_trainees_and_item_analysis(known, quiz, cohort, instructor_x):
    response = client_for(instructor_x).get(quiz_url(cohort, quiz))

    assert response.status_code == 200
    # The first cell names the trainee, then gives their email.
    trainees = {row[0].rsplit(" ", 1)[0]: row for row in table(response, "trainees")}
    assert table(response, "trainees")[0][0] == "Ana Trainee ana@academy.example"
    assert set(trainees) == {
        "Ana Trainee",
        "Ben Trainee",
        "Chloe Trainee",
        "Dev Trainee",
        "Eve Trainee",
    }
    ben = trainees["Ben Trainee"]
    assert ben[2].startswith("2 / 3")
    assert ben[3:6] == ["40%", "100%", "Yes"]
    assert trainees["Eve Trainee"][3:6] == ["–", "–", "–"]
    assert trainees["Chloe Trainee"][5] == "No"

    items = table(response, "item-analysis")
    assert [row[0] for row in items] == ["1", "2", "3", "4"]
    single = items[0]
    assert "One lead agency (right) 50.0%" in single[1]
    assert "Every ministry 25.0%" in single[1]
    assert single[2:] == ["4", "50.0%", "50.0%", "0.0%"]
    assert items[1][2:] == ["4", "50.0%", "62.5%", "0.0%"]
    assert items[3][2:] == ["4", "50.0%", "50.0%", "25.0%"]
    assert "first submitted attempt only (4 in all)" in soup(response).get_text(" ", strip=True)


def test_index_lists_the_course_quizzes_with_their_figures(known, quiz, cohort, instructor_x):
    response = client_for(instructor_x).get(index_url(cohort))

    assert response.status_code == 200
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in soup(response).select("table tbody tr")
    ]
    assert rows == [
        [
            "Foundations check",
            "Digital public infrastructure module 1",
            "Required",
            "4",
            "5",
            "75.0%",
            "50.0%",
        ]
    ]
    link = soup(response).select_one("table tbody a")["href"]
    assert link == quiz_url(cohort, quiz)


def test_cohort_list_links_to_quiz_results(cohort, instructor_x):
    response = client_for(instructor_x).get(reverse("academy_cohorts:index"))
    assert index_url(cohort).encode() in response.content


def test_pre_assessment_has_no_pass_rate(cohort, course, instructor_x):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    pre = QuizPageFactory(parent=module, title="Before you start", is_pre_assessment=True)
    enrollment = trainee(cohort, "fatou", "Fatou")
    take(pre, enrollment, {"q-single": ["single-lead"]})

    response = client_for(instructor_x).get(index_url(cohort))

    row = soup(response).select_one("tbody tr")
    cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
    assert cells[0] == "Before you start"
    assert cells[2] == "Pre-assessment"
    assert cells[-1] == "–"
    page = client_for(instructor_x).get(quiz_url(cohort, pre))
    assert b"Pass rate" not in page.content


# CSV and XLSX ----------------------------------------------------------------------------


def test_item_analysis_csv(known, quiz, cohort, instructor_x):
    response = client_for(instructor_x).get(quiz_url(cohort, quiz, export="csv"))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert "attachment" in response["Content-Disposition"]
    assert "foundations-check" in response["Content-Disposition"]
    rows = csv_rows(response)
    questions_only = [row for row in rows if not row["Option"]]
    figures = [
        (row["Question"], row["Correct (%)"], row["Average score (%)"]) for row in questions_only
    ]
    assert figures == [
        ("1", "50.0", "50.0"),
        ("2", "50.0", "62.5"),
        ("3", "75.0", "75.0"),
        ("4", "50.0", "50.0"),
    ]  # fmt: skip
    options = [
        (row["Question"], row["Option"], row["Correct option"], row["Chose the option (%)"])
        for row in rows
        if row["Option"]
    ]
    assert options == [
        ("1", "One lead agency", "Yes", "50.0"),
        ("1", "Every ministry", "No", "25.0"),
        ("1", "Nobody", "No", "25.0"),
        ("2", "Digital identity", "Yes", "100.0"),
        ("2", "Payments", "Yes", "50.0"),
        ("2", "A fax machine", "No", "25.0"),
        ("3", "True", "Yes", "75.0"),
        ("3", "False", "No", "25.0"),
    ]
    assert {row["First attempts analysed"] for row in rows} == {"4"}
    assert rows[0]["Type"] == "Single choice"
    assert rows[0]["Points"] == "1"


def test_trainees_csv(known, quiz, cohort, instructor_x):
    response = client_for(instructor_x).get(quiz_url(cohort, quiz, export="csv", table="trainees"))

    rows = {row["Trainee"]: row for row in csv_rows(response)}
    assert set(rows) == {
        "Ana Trainee",
        "Ben Trainee",
        "Chloe Trainee",
        "Dev Trainee",
        "Eve Trainee",
    }
    ben = rows["Ben Trainee"]
    assert (ben["Attempts used"], ben["Attempts allowed"], ben["First score (%)"]) == (
        "2",
        "3",
        "40.00",
    )
    assert (ben["Best score (%)"], ben["Passed"], ben["Email"]) == (
        "100.00",
        "Yes",
        "ben@academy.example",
    )
    assert ben["Last submitted"]
    eve = rows["Eve Trainee"]
    assert (eve["Attempts used"], eve["Best score (%)"], eve["Passed"]) == ("0", "", "")
    assert "trainees" in response["Content-Disposition"]


def test_xlsx_export_holds_the_same_figures(known, quiz, cohort, instructor_x):
    response = client_for(instructor_x).get(quiz_url(cohort, quiz, export="xlsx"))

    sheet = openpyxl.load_workbook(io.BytesIO(content(response))).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Question", "Prompt", "Type")
    assert values[1][0] == 1
    assert values[1][9] == 50  # "Correct (%)", a number


@pytest.fixture
def formula_quiz(course):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    return QuizPageFactory(
        parent=module,
        title="Formulas",
        questions=questions(
            single_choice(
                '=HYPERLINK("http://evil.example","Click")',
                [("+1 for sure", True), ("@SUM(A1)", False), ("-2", False), ("\tTabbed", False)],
                id="q-evil",
                option_ids=["plus", "at", "minus", "tab"],
            ),
        ),
    )


def test_csv_neutralises_formulas(cohort, formula_quiz, instructor_x):
    enrollment = trainee(cohort, "mallory", "=cmd|' /C calc'!A0", "")
    Profile.objects.filter(user=enrollment.user).delete()
    take(formula_quiz, enrollment, {"q-evil": ["plus"]})
    client = client_for(instructor_x)

    rows = csv_rows(client.get(quiz_url(cohort, formula_quiz, export="csv")))
    assert rows[0]["Prompt"] == '\'=HYPERLINK("http://evil.example","Click")'
    assert [row["Option"] for row in rows[1:]] == ["'+1 for sure", "'@SUM(A1)", "'-2", "'\tTabbed"]
    raw = content(client.get(quiz_url(cohort, formula_quiz, export="csv"))).decode()
    assert "\n=" not in raw and ",=" not in raw

    trainees = csv_rows(client.get(quiz_url(cohort, formula_quiz, export="csv", table="trainees")))
    assert trainees[0]["Trainee"] == "'=cmd|' /C calc'!A0"
    # Numbers stay numbers.
    assert trainees[0]["Best score (%)"] == "100.00"


def test_xlsx_stores_formula_like_text_as_text(cohort, formula_quiz, instructor_x):
    enrollment = trainee(cohort, "mallory", "Mallory")
    take(formula_quiz, enrollment, {"q-evil": ["plus"]})

    response = client_for(instructor_x).get(quiz_url(cohort, formula_quiz, export="xlsx"))

    sheet = openpyxl.load_workbook(io.BytesIO(content(response))).active
    cell = sheet.cell(row=2, column=2)
    assert cell.value == '=HYPERLINK("http://evil.example","Click")'
    assert cell.data_type == "s"


# Who may see --------------------------------------------------------------------------------


def test_instructor_of_another_cohort_gets_404(known, quiz, cohort, cohort_b, instructor_y):
    client = client_for(instructor_y)
    for url in (
        index_url(cohort),
        quiz_url(cohort, quiz),
        quiz_url(cohort, quiz, export="csv"),
        quiz_url(cohort, quiz, export="csv", table="trainees"),
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"Ana Trainee" not in content(response)


def test_trainee_has_no_access(known, quiz, cohort):
    client = client_for(known["ana"].user)
    for url in (index_url(cohort), quiz_url(cohort, quiz), quiz_url(cohort, quiz, export="csv")):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("wagtailadmin_login"))


def test_a_quiz_of_another_course_is_not_this_cohorts(cohort, two_courses, instructor_x):
    module = ModulePage.objects.child_of(two_courses.ai.course).first()
    elsewhere = QuizPageFactory(parent=module, title="AI quiz")
    client = client_for(instructor_x)
    assert client.get(quiz_url(cohort, elsewhere)).status_code == 404
    assert client.get(quiz_url(cohort, elsewhere, export="csv")).status_code == 404
    missing = reverse("academy_quiz_results:quiz", args=[cohort.pk, elsewhere.pk + 1000])
    assert client.get(missing).status_code == 404


def test_academy_admin_sees_every_cohort(known, quiz, cohort, academy_admin):
    client = client_for(academy_admin)
    assert client.get(index_url(cohort)).status_code == 200
    assert client.get(quiz_url(cohort, quiz)).status_code == 200


# Queries ---------------------------------------------------------------------------------------


def populate(cohort, quiz, size: int, granter):
    for number in range(size):
        enrollment = trainee(cohort, f"t{cohort.pk}x{number}", f"Trainee{number}")
        for attempt in range(1 + number % 3):
            answers = FIRST_ATTEMPTS[list(FIRST_ATTEMPTS)[(number + attempt) % 4]]
            take(quiz, enrollment, answers, now=NOW - datetime.timedelta(hours=30 - attempt))
        if number % 2:
            grant_extra_attempt(
                enrollment=enrollment, quiz=quiz, reason="Power cut", acting_user=granter
            )
        if number % 3 == 0:
            start(quiz, enrollment)  # a second attempt, still open


def count_queries(client, url) -> int:
    client.get(url)  # warm caches filled once per process (site, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200
        content(response)
    return len(queries)


def test_query_counts_do_not_grow_with_trainees(course, quiz, instructor_x, academy_admin):
    small = CohortFactory(course=course, name="Small cohort")
    large = CohortFactory(course=course, name="Large cohort")
    for cohort in (small, large):
        assign_instructor(cohort, instructor_x, acting_user=academy_admin)
    populate(small, quiz, 2, instructor_x)
    populate(large, quiz, 12, instructor_x)
    client = client_for(instructor_x)

    for label, url_for in {
        "index": index_url,
        "quiz page": lambda cohort: quiz_url(cohort, quiz),
        "quiz page with the grant form": lambda cohort: quiz_url(
            cohort, quiz, trainee=cohort.enrollments.order_by("pk").first().pk
        ),
        "item analysis csv": lambda cohort: quiz_url(cohort, quiz, export="csv"),
        "trainees csv": lambda cohort: quiz_url(cohort, quiz, export="csv", table="trainees"),
    }.items():
        counts = [count_queries(client, url_for(cohort)) for cohort in (small, large)]
        assert counts[0] == counts[1], f"{label}: {counts[0]} queries for 2, {counts[1]} for 12"
