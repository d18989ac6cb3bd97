"""The trainee import, fuzzed through the admin upload: never a 500, never half a file.

tests/courses/test_imports.py fuzzes ``trainees_import`` itself; here the
bytes go through the upload view (form checks, report page, confirm step)
with encodings, byte-order marks, headers and sizes a real spreadsheet or
a hostile admin could send.
"""

import csv
import io
import re
import unicodedata

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from academy.models import Profile
from courses.imports import MAX_FILE_BYTES
from courses.models import Enrollment, Invitation
from tests.cohort_factories import verified_user
from tests.courses.admin_helpers import client_for
from tests.security.hostile import FITS, assert_shown_as_text
from tests.utils import soup

pytest_plugins = ["tests.courses.admin_fixtures"]

COLUMNS = ["email", "full name", "country", "organisation", "job title"]
FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def state(cohort) -> tuple:
    return (
        Enrollment.objects.filter(cohort=cohort).count(),
        Invitation.objects.filter(cohort=cohort).count(),
        Profile.objects.count(),
        tuple(Profile.objects.order_by("pk").values_list("certificate_name", flat=True)),
    )


def post(client, cohort, data: bytes, *, dry_run: bool):
    upload = SimpleUploadedFile("trainees.csv", data, content_type="text/csv")
    form = {"file": upload, **({"dry_run": "on"} if dry_run else {})}
    return client.post(reverse("academy_imports:import_trainees", args=[cohort.pk]), form)


def problems(response) -> list[tuple[str, str]]:
    """(line, message) of each problem the report lists."""
    return [
        tuple(cell.get_text(" ", strip=True) for cell in row.find_all("td"))
        for row in soup(response).select("table.listing tbody tr")
    ]


def csv_bytes(rows: list[list[str]], *, delimiter=",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


@pytest.fixture
def setup(cohort_a, academy_admin):
    """Cohort A with one enrolled trainee, and its admin's client."""
    existing = verified_user(username="amina", email="amina@gov.sn")
    Profile.objects.create(user=existing, certificate_name="Amina Ba")
    Enrollment.objects.create(cohort=cohort_a, user=existing, status="active")
    return cohort_a, client_for(academy_admin)


def assert_whole_or_nothing(response, cohort, before, *, dry_run: bool):
    assert response.status_code in (200, 302), response.status_code
    if response.status_code == 200:
        assert_shown_as_text(response)
    after = state(cohort)
    if dry_run or response.status_code == 200:
        # A dry run, or a file refused: nothing at all changed.
        assert after == before
    else:
        # Imported: every row of the file is in; nothing was taken away.
        assert after[:2] >= before[:2]


# Random and re-encoded bytes -----------------------------------------------------------

cell = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
rows = st.lists(st.lists(cell, min_size=0, max_size=7), max_size=6)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16", "utf-16-le", "cp1252"])


@FUZZ
@given(data=st.binary(max_size=800), dry_run=st.booleans())
def test_random_bytes_are_refused_whole(setup, data, dry_run):
    cohort, client = setup
    before = state(cohort)
    response = post(client, cohort, data, dry_run=dry_run)
    assert_whole_or_nothing(response, cohort, before, dry_run=dry_run)


@FUZZ
@given(
    header=st.permutations(COLUMNS).flatmap(
        lambda columns: st.lists(
            st.sampled_from([*columns, "email", "E-mail", "notes", "", "full_name"]),
            min_size=0,
            max_size=8,
        ).map(lambda extra: list(columns)[: len(columns) - len(extra) % 3] + extra)
    ),
    body=rows,
    encoding=encodings,
    delimiter=st.sampled_from([",", ";", "\t"]),
    dry_run=st.booleans(),
)
def test_any_header_body_and_encoding_is_whole_or_nothing(
    setup, header, body, encoding, delimiter, dry_run
):
    cohort, client = setup
    text = csv_bytes([header, *body], delimiter=delimiter)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    before = state(cohort)
    response = post(client, cohort, data, dry_run=dry_run)
    assert_whole_or_nothing(response, cohort, before, dry_run=dry_run)


@FUZZ
@given(
    names=st.lists(st.sampled_from(list(FITS.values())) | cell, min_size=1, max_size=6),
    quoted_newlines=st.booleans(),
    bom=st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]),
)
def test_valid_rows_with_hostile_names_import_whole(setup, names, quoted_newlines, bom):
    cohort, client = setup
    body = [
        [f"t{number}@x.example", f"{name}\n{name}" if quoted_newlines else name, "SN", name, ""]
        for number, name in enumerate(names)
    ]
    data = bom + csv_bytes([COLUMNS, *body]).encode()
    before = state(cohort)

    response = post(client, cohort, data, dry_run=False)

    assert_whole_or_nothing(response, cohort, before, dry_run=False)
    emails = [row[0] for row in body]
    invited = Invitation.objects.filter(cohort=cohort, email__in=emails).count()
    if response.status_code == 302:
        assert invited == len(names)
    else:
        # Refused with the reasons listed, or (a UTF-16 mark) the encoding explained.
        assert problems(response)


# Sizes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"email,full name,country,organisation,job title\r\n" + b"x" * MAX_FILE_BYTES,
        b"email,full name,country,organisation,job title\r\n"
        + b"a@x.example,Amina,SN,Ministry,Officer\r\n" * (MAX_FILE_BYTES // 30),
    ],
    ids=["one-huge-line", "many-rows"],
)
def test_files_over_the_size_limit_change_nothing(setup, data):
    cohort, client = setup
    before = state(cohort)
    response = post(client, cohort, data, dry_run=False)
    assert response.status_code == 200
    assert "split it into smaller files" in response.content.decode()
    assert state(cohort) == before


def test_a_very_long_line_under_the_limit_is_refused_at_its_line(setup):
    cohort, client = setup
    data = csv_bytes([COLUMNS, ["a@x.example", "A" * 100_000, "SN", "", ""]]).encode()
    before = state(cohort)
    response = post(client, cohort, data, dry_run=False)
    assert response.status_code == 200
    assert problems(response) == [("2", "The full name is longer than 200 characters.")]
    assert state(cohort) == before


def test_a_field_beyond_the_csv_reader_limit_is_refused_at_its_line(setup):
    cohort, client = setup
    data = csv_bytes([COLUMNS, ["a@x.example", "A" * 500_000, "SN", "", ""]]).encode()
    before = state(cohort)
    response = post(client, cohort, data, dry_run=False)
    assert response.status_code == 200
    ((line, message),) = problems(response)
    assert line == "2" and message.startswith("This line cannot be read as CSV")
    assert state(cohort) == before


def test_an_unterminated_quote_changes_nothing(setup):
    cohort, client = setup
    data = b'email,full name,country,organisation,job title\r\na@x.example,"Amina\r\n'
    before = state(cohort)
    response = post(client, cohort, data, dry_run=False)
    assert response.status_code == 200
    assert state(cohort) == before


def test_one_bad_row_among_many_hostile_ones_imports_none(setup):
    cohort, client = setup
    body = [[f"t{n}@x.example", name, "SN", "", ""] for n, name in enumerate(FITS.values())]
    body.append(["not an address", "Amina", "SN", "", ""])
    before = state(cohort)
    response = post(client, cohort, csv_bytes([COLUMNS, *body]).encode(), dry_run=False)
    assert response.status_code == 200
    ((_line, message),) = problems(response)
    assert message == "“not an address” is not a valid email address."
    assert state(cohort) == before


def test_hostile_names_are_imported_and_shown_as_text(setup):
    cohort, client = setup
    body = [[f"t{n}@x.example", name, "SN", name, ""] for n, name in enumerate(FITS.values())]
    data = csv_bytes([COLUMNS, *body]).encode()

    preview = post(client, cohort, data, dry_run=True)
    assert preview.status_code == 200
    assert_shown_as_text(preview)
    response = post(client, cohort, data, dry_run=False)

    assert response.status_code == 302
    invitations = Invitation.objects.filter(cohort=cohort).order_by("email")
    assert invitations.count() == len(body)
    names = {invitation.profile_data["certificate_name"] for invitation in invitations}
    # One Unicode spelling; line breaks and tabs inside a cell read as spaces.
    assert names == {
        re.sub(r"\s*[\r\n\t]+\s*", " ", unicodedata.normalize("NFC", name)).strip()
        for name in FITS.values()
    }
    assert_shown_as_text(client.get(reverse("academy_enrolments:index", args=[cohort.pk])))
