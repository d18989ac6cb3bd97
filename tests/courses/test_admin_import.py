"""The CSV upload in the admin: dry run, report, confirm; only for those who manage the cohort."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from courses.admin_views import imports as import_view
from courses.imports import MAX_FILE_BYTES
from courses.models import Enrollment, EnrollmentStatus, Invitation
from tests.cohort_factories import CohortFactory, assign_instructor, enrol, verified_user
from tests.utils import soup

pytest_plugins = ["tests.courses.admin_fixtures"]

HEADER = "email,full name,country,organisation,job title"


def client_for(user, **kwargs) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


def url(cohort) -> str:
    return reverse("academy_imports:import_trainees", args=[cohort.pk])


def upload(*lines: str, name="trainees.csv", content_type="text/csv", data=None):
    data = data if data is not None else ("\n".join([HEADER, *lines]) + "\n").encode()
    return SimpleUploadedFile(name, data, content_type=content_type)


def written(cohort) -> tuple[int, int]:
    return (
        Enrollment.objects.filter(cohort=cohort).count(),
        Invitation.objects.filter(cohort=cohort).count(),
    )


@pytest.fixture
def amina(db):
    return verified_user(username="amina", email="amina@gov.sn")


def test_the_page_offers_an_upload_with_dry_run_ticked(cohort_a, academy_admin):
    response = client_for(academy_admin).get(url(cohort_a))

    assert response.status_code == 200
    page = soup(response)
    form = page.find("input", {"type": "file", "name": "file"}).find_parent("form")
    assert form["method"] == "post" and form["enctype"] == "multipart/form-data"
    assert form.find("input", {"name": "csrfmiddlewaretoken"})
    assert page.find("input", {"name": "dry_run"}).has_attr("checked")
    assert "email, full name, country, organisation, job title" in page.get_text()


@pytest.mark.parametrize(
    ("role", "status"),
    [("academy_admin", 200), ("instructor_x", 200), ("instructor_y", 404), ("admin_trainee", 302)],
)
def test_only_who_manages_the_cohort_may_import(role, status, request, cohort_a, cohort_b, amina):
    """Instructor Y teaches another cohort: this one does not exist for them."""
    client = client_for(request.getfixturevalue(role))

    got = client.get(url(cohort_a))
    posted = client.post(url(cohort_a), {"file": upload("amina@gov.sn,Amina,SN,,")})

    if status == 200:
        assert (got.status_code, posted.status_code) == (200, 302)
        # An academy admin enrols any account; an instructor invites one they do not teach.
        assert written(cohort_a) == ((1, 0) if role == "academy_admin" else (0, 1))
    else:
        assert (got.status_code, posted.status_code) == (status, status)
        assert written(cohort_a) == (0, 0)
    if status == 302:
        assert got["Location"].startswith(reverse("wagtailadmin_login"))


def test_an_unknown_cohort_is_not_found(academy_admin):
    assert client_for(academy_admin).get("/admin/academy/cohorts/999999/import/").status_code == 404


def test_anonymous_visitors_are_sent_to_log_in(client, cohort_a):
    response = client.get(url(cohort_a))
    assert response.status_code == 302
    assert written(cohort_a) == (0, 0)


def test_a_dry_run_reports_what_would_happen_then_the_confirm_step_imports(
    two_courses, cohort_a, instructor_x, academy_admin, amina, django_capture_on_commit_callbacks
):
    """Alpha cohort has two seats, taken by nobody yet; X already teaches the three trainees."""
    others = [verified_user(username=f"t{n}", email=f"t{n}@gov.sn") for n in range(2)]
    earlier = CohortFactory(course=two_courses.ai.course, name="Earlier cohort")
    assign_instructor(earlier, instructor_x, acting_user=academy_admin)
    for user in (amina, *others):
        enrol(earlier, user)
    client = client_for(instructor_x)
    lines = [
        "amina@gov.sn,Amina Diallo,SN,,",
        *(f"{user.email},Trainee {n},SN,," for n, user in enumerate(others)),
        "new@gov.sn,Nouveau Venu,France,,",
    ]

    response = client.post(url(cohort_a), {"file": upload(*lines), "dry_run": "on"})

    assert response.status_code == 200
    assert written(cohort_a) == (0, 0)
    page = soup(response)
    report = dict(
        (row.th.get_text(strip=True), row.td.get_text(strip=True))
        for row in page.select("table.listing")[0].find_all("tr")
    )
    assert report["Enrolled"] == "2"
    assert report["Waitlisted (the cohort is full)"] == "1"
    assert report["Invited by email: joins on accepting"] == "1"
    assert [
        [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in page.select("#import-rows tbody tr")
    ] == [
        ["2", "amina@gov.sn", "Enrolled"],
        ["3", "t0@gov.sn", "Enrolled"],
        ["4", "t1@gov.sn", "Waitlisted (the cohort is full)"],
        ["5", "new@gov.sn", "Invited by email: joins on accepting"],
    ]
    confirm = page.find("input", {"name": "confirm"})
    assert confirm.find_parent("form").find("input", {"name": "csrfmiddlewaretoken"})

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(url(cohort_a), {"confirm": confirm["value"]}, follow=True)

    assert done.redirect_chain == [(reverse("academy_enrolments:index", args=[cohort_a.pk]), 302)]
    assert "4 trainee(s) imported: 2 enrolled, 1 waitlisted, 1 invited" in done.content.decode()
    assert written(cohort_a) == (3, 1)
    assert (
        Enrollment.objects.filter(cohort=cohort_a, status=EnrollmentStatus.WAITLISTED).count() == 1
    )
    [entry] = ModelLogEntry.objects.filter(action="academy.import_trainees")
    assert (entry.object_id, entry.user) == (str(cohort_a.pk), instructor_x)


def test_without_dry_run_the_file_is_imported_at_once(cohort_a, academy_admin, amina):
    response = client_for(academy_admin).post(
        url(cohort_a), {"file": upload("amina@gov.sn,Amina Diallo,SN,,")}
    )
    assert response.status_code == 302
    assert written(cohort_a) == (1, 0)


@pytest.mark.parametrize("dry_run", [{"dry_run": "on"}, {}])
def test_errors_are_listed_by_line_and_nothing_is_written(cohort_a, academy_admin, amina, dry_run):
    lines = [
        "amina@gov.sn,Amina Diallo,SN,,",
        "not-an-address,<b>Bold</b>,SN,,",
        "=cmd|' /C calc'!A0,Formula,SN,,",
    ]
    response = client_for(academy_admin).post(url(cohort_a), {"file": upload(*lines), **dry_run})

    assert response.status_code == 200
    assert written(cohort_a) == (0, 0)
    page = soup(response)
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in page.select("table.listing tbody tr")
    ]
    assert rows == [
        ["3", "“not-an-address” is not a valid email address."],
        ["4", "“=cmd|' /C calc'!A0” is not a valid email address."],
    ]
    assert "2 problems found" in page.get_text()
    assert not page.find("input", {"name": "confirm"})


def test_file_values_are_shown_as_text_never_as_markup(cohort_a, academy_admin):
    response = client_for(academy_admin).post(
        url(cohort_a), {"file": upload("<script>alert(1)</script>,Name,SN,,"), "dry_run": "on"}
    )
    assert b"<script>alert(1)" not in response.content
    assert b"&lt;script&gt;alert(1)" in response.content


def test_a_file_over_the_size_limit_is_refused(cohort_a, academy_admin):
    big = upload(data=HEADER.encode() + b"\n" + b"x" * MAX_FILE_BYTES)

    response = client_for(academy_admin).post(url(cohort_a), {"file": big, "dry_run": "on"})

    assert response.status_code == 200
    assert "The file is larger than 2.0\xa0MB" in response.content.decode()
    assert written(cohort_a) == (0, 0)


@pytest.mark.parametrize(
    ("name", "content_type", "accepted"),
    [
        ("trainees.csv", "text/csv", True),
        ("trainees.csv", "application/vnd.ms-excel", True),
        ("export", "text/csv", True),
        (
            "trainees.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            False,
        ),
        ("photo.png", "image/png", False),
    ],
)
def test_only_csv_files_are_accepted(cohort_a, academy_admin, amina, name, content_type, accepted):
    file = upload("amina@gov.sn,Amina,SN,,", name=name, content_type=content_type)

    response = client_for(academy_admin).post(url(cohort_a), {"file": file, "dry_run": "on"})

    assert (import_view.ERROR_NOT_CSV in response.content.decode()) != accepted
    assert ("would do" in response.content.decode()) == accepted


def test_a_file_in_another_encoding_gets_a_clear_message(cohort_a, academy_admin):
    data = f"{HEADER}\nbea@gov.fr,Béatrice,FR,,\n".encode("cp1252")
    response = client_for(academy_admin).post(
        url(cohort_a), {"file": upload(data=data), "dry_run": "on"}
    )
    assert response.status_code == 200
    assert "save it as “CSV UTF-8”" in response.content.decode()


def test_posts_without_the_csrf_token_are_refused(cohort_a, academy_admin, amina):
    client = client_for(academy_admin, enforce_csrf_checks=True)

    response = client.post(url(cohort_a), {"file": upload("amina@gov.sn,Amina,SN,,")})

    assert response.status_code == 403
    assert written(cohort_a) == (0, 0)


def test_a_forged_or_foreign_confirmation_imports_nothing(
    cohort_a, cohort_b, academy_admin, instructor_x, amina
):
    """A preview is signed for one cohort and one admin; anything else is refused."""
    admin = client_for(academy_admin)
    preview = admin.post(
        url(cohort_b), {"file": upload("amina@gov.sn,Amina,SN,,"), "dry_run": "on"}
    )
    token = soup(preview).find("input", {"name": "confirm"})["value"]

    for client, cohort, value in (
        (admin, cohort_a, token),
        (client_for(instructor_x), cohort_a, token),
        (admin, cohort_b, token[:-2] + "xx"),
    ):
        response = client.post(url(cohort), {"confirm": value}, follow=True)
        assert import_view.ERROR_CONFIRM_EXPIRED in response.content.decode()

    assert written(cohort_a) == (0, 0)
    assert written(cohort_b) == (0, 0)
