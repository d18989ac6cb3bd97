"""The cohort report in the Wagtail admin: page, filters, exports, charts, access, queries."""

import csv
import datetime
import io
import re
import zipfile

import openpyxl
import pytest
import time_machine
from defusedxml import ElementTree as ET
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.services import profile_update
from courses import services
from courses.admin_views.reports import register_cohort_reports_menu_item
from tests.cohort_factories import CohortFactory, assign_instructor, complete_lessons, enrol
from tests.factories import UserFactory, course_with_lessons
from tests.utils import soup

NOW = datetime.datetime(2026, 3, 20, 12, 0, tzinfo=datetime.UTC)
TODAY = NOW.date()
FORMULA_NAMES = ['=HYPERLINK("http://x")', "+1", "-1", "@SUM(1+1)*cmd|' /C calc'!A0"]


def days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def staff_user(*permissions, **kwargs):
    user = UserFactory(**kwargs)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        *(
            Permission.objects.get(content_type__app_label="courses", codename=codename)
            for codename in permissions
        ),
    )
    return user


@pytest.fixture
def admin_user(db):
    """An academy admin: reports on every cohort through the model permission."""
    return staff_user("view_cohort_report")


@pytest.fixture
def course(catalogue):
    course, outline = course_with_lessons(parent=catalogue, modules=2, lessons_per_module=2)
    course.outline = outline
    return course


def make_cohort(course, **kwargs):
    with time_machine.travel(NOW - days(40), tick=False):
        return CohortFactory(
            course=course, starts_on=TODAY - days(20), ends_on=TODAY + days(30), **kwargs
        )


@pytest.fixture
def cohort(course):
    return make_cohort(course, name="Main cohort")


def trainee(cohort, name, country="", lessons=(), last_active=None):
    with time_machine.travel(NOW - days(25), tick=False):
        enrollment = enrol(cohort)
    profile_update(
        user=enrollment.user,
        acting_user=enrollment.user,
        data={"certificate_name": name, "country": country},
    )
    complete_lessons(enrollment, list(lessons), now=last_active or NOW - days(1))
    return enrollment


@pytest.fixture
def trainees(cohort, course):
    (_, (l11, l12)), (_, (l21, _)) = course.outline
    return {
        "aisha": trainee(cohort, "Aïsha Ndiaye", "SN", [l11, l12, l21], NOW - days(2)),
        "bruno": trainee(cohort, "Bruno Quispe", "BO", [l11], NOW - days(16)),
        "chen": trainee(cohort, "陈静", "CN", [l11, l12], NOW - days(1)),
    }


def report_url(cohort, **params):
    url = reverse("academy_reports:cohort_report", args=[cohort.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


def table_rows(response) -> list[list[str]]:
    document = soup(response)
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in document.select("table.academy-report__table tbody tr")
    ]


def names(response) -> list[str]:
    return [row[0] for row in table_rows(response)]


def content(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content(response).decode("utf-8"))))


def xlsx_sheet(response):
    return openpyxl.load_workbook(io.BytesIO(content(response))).active


# The page ---------------------------------------------------------------------


def test_report_page_shows_one_row_per_trainee(client, admin_user, cohort, course, trainees):
    client.force_login(admin_user)
    response = client.get(report_url(cohort))
    assert response.status_code == 200
    module_titles = [module.title for module, _ in course.outline]
    document = soup(response)
    headers = [
        " ".join(th.get_text().split())
        for th in document.select("table.academy-report__table thead th")
    ]
    assert headers == [
        "Trainee",
        "Email",
        "Country",
        "Status",
        f"Module 1: {module_titles[0]}",
        f"Module 2: {module_titles[1]}",
        "Overall",
        "Pre-assessment",
        "Final",
        "Learning gain",
        "Completion",
        "Last activity",
        "At risk",
    ]
    rows = table_rows(response)
    assert rows[0] == [
        "Aïsha Ndiaye",
        trainees["aisha"].user.email,
        "Senegal",
        "Active",
        "100%",
        "50%",
        "75%",
        "–",
        "–",
        "–",
        "Not yet",
        "18 Mar 2026",
        "No",
    ]
    assert rows[1][-1] == "Yes No activity for 16 days"
    assert names(response) == ["Aïsha Ndiaye", "Bruno Quispe", "陈静"]
    text = document.get_text(" ", strip=True)
    assert "Trainees 3" in text and "At risk 1" in text


def test_trainee_text_is_escaped(client, admin_user, cohort):
    trainee(cohort, '<script>alert("x")</script>')
    client.force_login(admin_user)
    response = client.get(report_url(cohort))
    assert b'<script>alert("x")' not in response.content
    assert names(response) == ['<script>alert("x")</script>']


def test_filters_status_country_and_at_risk(client, admin_user, cohort, trainees):
    services.enrollment_withdraw(enrollment=trainees["chen"], acting_user=None)
    client.force_login(admin_user)
    assert names(client.get(report_url(cohort))) == ["Aïsha Ndiaye", "Bruno Quispe"]
    assert names(client.get(report_url(cohort, status="withdrawn"))) == ["陈静"]
    assert names(client.get(report_url(cohort, status="withdrawn&status=active"))) == [
        "Aïsha Ndiaye",
        "Bruno Quispe",
        "陈静",
    ]
    assert names(client.get(report_url(cohort, country="BO"))) == ["Bruno Quispe"]
    assert names(client.get(report_url(cohort, at_risk="yes"))) == ["Bruno Quispe"]
    assert names(client.get(report_url(cohort, at_risk="no"))) == ["Aïsha Ndiaye"]
    # The filtered results fragment that Wagtail's filter form fetches.
    results = client.get(
        reverse("academy_reports:cohort_report_results", args=[cohort.pk]) + "?country=SN"
    )
    assert names(results) == ["Aïsha Ndiaye"]
    # Its download links follow the filters and point at the report itself.
    downloads = {
        link.get_text(strip=True): link["href"]
        for link in soup(results).select(".academy-report__exports a")
    }
    assert downloads == {
        "Download CSV": report_url(cohort, country="SN", export="csv"),
        "Download XLSX": report_url(cohort, country="SN", export="xlsx"),
    }
    # An unknown value is ignored rather than an error.
    assert names(client.get(report_url(cohort, status="nonsense"))) == [
        "Aïsha Ndiaye",
        "Bruno Quispe",
    ]


def test_country_filter_offers_the_trainees_countries(client, admin_user, cohort, trainees):
    client.force_login(admin_user)
    document = soup(client.get(report_url(cohort)))
    options = [
        option.get_text(strip=True) for option in document.select("select[name=country] option")
    ]
    assert options == ["All", "Bolivia", "China", "Senegal"]


# Charts -----------------------------------------------------------------------


def chart_svgs(response) -> list[str]:
    return re.findall(
        r'<svg xmlns="http://www.w3.org/2000/svg" class="academy-chart".*?</svg>',
        response.content.decode(),
        re.S,
    )


def test_charts_are_inline_well_formed_svg_with_a_data_table(client, admin_user, cohort, trainees):
    client.force_login(admin_user)
    response = client.get(report_url(cohort))
    svgs = chart_svgs(response)
    assert len(svgs) == 2
    for svg in svgs:
        element = ET.fromstring(svg)
        assert element.get("role") == "img"
        assert element.find("{http://www.w3.org/2000/svg}title").text
        assert element.find("{http://www.w3.org/2000/svg}desc").text
    # The same numbers, as tables for screen readers: 25%, 75% and 50% done.
    tables = soup(response).select(".academy-report__chart table.w-sr-only")
    histogram = {
        row.th.get_text(strip=True): int(row.td.get_text(strip=True))
        for row in tables[0].select("tbody tr")
    }
    assert histogram["20–29%"] == 1 and histogram["50–59%"] == 1 and histogram["70–79%"] == 1
    assert sum(histogram.values()) == 3
    weekly = [int(row.td.get_text(strip=True)) for row in tables[1].select("tbody tr")]
    assert weekly[-1] == 2  # Aïsha and Chen this week; Bruno 16 days ago
    assert sum(weekly) == 3


def test_upcoming_cohort_has_no_weekly_chart(client, admin_user, course):
    cohort = CohortFactory(course=course, starts_on=TODAY + days(10), ends_on=TODAY + days(60))
    client.force_login(admin_user)
    response = client.get(report_url(cohort))
    assert len(chart_svgs(response)) == 1
    assert b"The cohort has not started yet." in response.content


# Exports ----------------------------------------------------------------------


def test_csv_export_holds_every_column(client, admin_user, cohort, course, trainees):
    client.force_login(admin_user)
    response = client.get(report_url(cohort, export="csv"))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv"
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    module_titles = [module.title for module, _ in course.outline]
    assert rows[0] == [
        "Trainee",
        "Email",
        "Country",
        "Status",
        f"Module 1: {module_titles[0]} (%)",
        f"Module 2: {module_titles[1]} (%)",
        "Overall (%)",
        "Pre-assessment (%)",
        "Final (%)",
        "Learning gain (points)",
        "Completion",
        "Last activity",
        "At risk",
        "At-risk reason",
    ]
    assert rows[1] == [
        "Aïsha Ndiaye",
        trainees["aisha"].user.email,
        "Senegal",
        "Active",
        "100",
        "50",
        "75",
        "",
        "",
        "",
        "Not yet",
        "2026-03-18",
        "No",
        "",
    ]
    assert rows[2][-2:] == ["Yes", "No activity for 16 days"]
    assert len(rows) == 4


def test_xlsx_export_keeps_numbers_and_dates(client, admin_user, cohort, trainees):
    client.force_login(admin_user)
    response = client.get(report_url(cohort, export="xlsx"))
    assert response.status_code == 200
    sheet = xlsx_sheet(response)
    rows = list(sheet.values)
    assert rows[0][0] == "Trainee" and rows[0][-1] == "At-risk reason"
    aisha = rows[1]
    assert aisha[:4] == ("Aïsha Ndiaye", trainees["aisha"].user.email, "Senegal", "Active")
    assert aisha[4:7] == (100, 50, 75)
    assert aisha[7:11] == (None, None, None, "Not yet")
    assert aisha[11] == datetime.date(2026, 3, 18)
    assert rows[2][-2:] == ("Yes", "No activity for 16 days")


def test_exports_follow_the_filters(client, admin_user, cohort, trainees):
    client.force_login(admin_user)
    rows = csv_rows(client.get(report_url(cohort, at_risk="yes", export="csv")))
    assert [row[0] for row in rows[1:]] == ["Bruno Quispe"]
    sheet = xlsx_sheet(client.get(report_url(cohort, country="SN", export="xlsx")))
    assert [row[0] for row in list(sheet.values)[1:]] == ["Aïsha Ndiaye"]


@pytest.fixture
def formula_cohort(course):
    """Trainees named like formulas, and a module titled like one."""
    module = course.outline[0][0]
    module.title = "=1+1"
    module.save_revision().publish()
    cohort = make_cohort(course)
    for name in FORMULA_NAMES:
        trainee(cohort, name)
    return cohort


def test_csv_export_neutralises_formulas(client, admin_user, formula_cohort):
    client.force_login(admin_user)
    rows = csv_rows(client.get(report_url(formula_cohort, export="csv")))
    assert rows[0][4] == "Module 1: =1+1 (%)"  # a formula only when it leads
    trainees_column = sorted(row[0] for row in rows[1:])
    assert trainees_column == sorted("'" + name for name in FORMULA_NAMES)
    # No cell of the file starts with a formula character.
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_xlsx_export_stores_formulas_as_inert_text(client, admin_user, formula_cohort):
    client.force_login(admin_user)
    response = client.get(report_url(formula_cohort, export="xlsx"))
    data = content(response)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula cell at all
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    # The names come back exactly as typed, as text cells.
    assert sorted(cell.value for cell in cells) == sorted(FORMULA_NAMES)
    assert {cell.data_type for cell in cells} == {"s"}
    heading = sheet.cell(row=1, column=5)
    assert heading.data_type == "s"
    assert heading.value == "Module 1: =1+1 (%)"


# Access -----------------------------------------------------------------------


@pytest.fixture
def instructors(cohort, course):
    other_cohort = make_cohort(course, name="Other cohort")
    mine, theirs = staff_user(), staff_user()
    assign_instructor(cohort, mine)
    assign_instructor(other_cohort, theirs)
    return {"mine": mine, "theirs": theirs, "other_cohort": other_cohort}


def all_report_urls(cohort) -> list[str]:
    results = reverse("academy_reports:cohort_report_results", args=[cohort.pk])
    return [
        report_url(cohort),
        report_url(cohort, export="csv"),
        report_url(cohort, export="xlsx"),
        results,
        results + "?export=csv",
    ]


def test_assigned_instructor_sees_report_and_exports(client, cohort, trainees, instructors):
    client.force_login(instructors["mine"])
    for url in all_report_urls(cohort):
        assert client.get(url).status_code == 200, url


def test_instructor_of_another_cohort_gets_404_everywhere(client, cohort, trainees, instructors):
    client.force_login(instructors["theirs"])
    for url in all_report_urls(cohort):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Aïsha".encode() not in content(response)
        assert cohort.name.encode() not in content(response)


def test_missing_cohort_looks_the_same_as_a_forbidden_one(client, admin_user, cohort):
    client.force_login(admin_user)
    gone = cohort.pk + 1000
    assert client.get(f"/admin/academy/cohorts/{gone}/report/").status_code == 404
    assert client.get(f"/admin/academy/cohorts/{gone}/report/?export=csv").status_code == 404


def test_trainee_without_admin_access_is_sent_to_login(client, cohort, trainees):
    client.force_login(trainees["aisha"].user)
    for url in all_report_urls(cohort):
        response = client.get(url)
        assert response.status_code == 302
        assert "Aïsha".encode() not in content(response)


def test_index_lists_only_the_cohorts_one_may_report_on(
    client, admin_user, cohort, trainees, instructors
):
    index = reverse("academy_reports:index")
    client.force_login(instructors["mine"])
    response = client.get(index)
    assert response.status_code == 200
    assert b"Main cohort" in response.content and b"Other cohort" not in response.content
    assert report_url(cohort).encode() in response.content
    client.force_login(admin_user)
    response = client.get(index)
    assert b"Main cohort" in response.content and b"Other cohort" in response.content


def test_menu_item_shows_to_those_with_a_report(rf, admin_user, cohort, instructors):
    item = register_cohort_reports_menu_item()
    assert item.url == reverse("academy_reports:index")
    request = rf.get("/admin/")
    for user, shown in [
        (admin_user, True),
        (instructors["mine"], True),
        (staff_user(), False),
    ]:
        request.user = user
        assert item.is_shown(request) is shown


# Queries ----------------------------------------------------------------------


def populate(catalogue, *, trainees: int, modules: int, lessons_per_module: int):
    course, outline = course_with_lessons(
        parent=catalogue, modules=modules, lessons_per_module=lessons_per_module
    )
    lessons = [lesson for _, module_lessons in outline for lesson in module_lessons]
    cohort = make_cohort(course)
    countries = ["SN", "BO", "CN", "KE", "IN"]
    for number in range(trainees):
        done = lessons[: (number * 7) % (len(lessons) + 1)]
        trainee(cohort, f"Trainee {number}", countries[number % 5], done, NOW - days(number % 20))
    return cohort


def count_queries(client, url) -> int:
    client.get(url)  # warm caches that are filled once per process (site, content types)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200
        content(response)
    return len(queries)


def test_query_count_does_not_grow_with_trainees_or_lessons(client, admin_user, catalogue):
    small = populate(catalogue, trainees=3, modules=2, lessons_per_module=2)
    large = populate(catalogue, trainees=40, modules=3, lessons_per_module=10)
    client.force_login(admin_user)
    measured = {}
    for label, params in [
        ("page", {}),
        ("filtered page", {"at_risk": "no", "country": "SN"}),
        ("csv", {"export": "csv"}),
        ("xlsx", {"export": "xlsx"}),
    ]:
        counts = [count_queries(client, report_url(cohort, **params)) for cohort in (small, large)]
        measured[label] = counts
        print(
            f"report {label}: {counts[0]} queries (3 trainees, 4 lessons), "
            f"{counts[1]} queries (40 trainees, 30 lessons)"
        )
        assert counts[0] == counts[1], label
    assert measured["page"][0] < 40
