"""Bulk enrolment from CSV: reading the file, checking the rows, writing all or nothing."""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_countries import countries
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from academy.models import Profile
from academy.services import profile_for
from courses import services
from courses.imports import MAX_FILE_BYTES, MAX_ROWS, trainees_import, trainees_read
from courses.imports import reading as csv_errors
from courses.imports import writing as account_errors
from courses.imports.reading import country_names
from courses.models import Enrollment, EnrollmentStatus, Invitation
from tests.cohort_factories import CohortFactory, enrol, verified_user
from tests.factories import UserFactory

User = get_user_model()

HEADER = "email,full name,country,organisation,job title"


def csv_bytes(*lines: str, header: str = HEADER, newline: str = "\r\n") -> bytes:
    return newline.join([header, *lines]).encode() + newline.encode()


def row(email: str, name: str = "Amina Diallo", country: str = "SN", org="", job="") -> str:
    return f"{email},{name},{country},{org},{job}"


def database_state() -> dict:
    """Everything an import could write, counted."""
    return {
        "users": User.objects.count(),
        "enrolments": Enrollment.objects.count(),
        "enrolment statuses": sorted(Enrollment.objects.values_list("pk", "status")),
        "invitations": Invitation.objects.count(),
        "profiles": sorted(
            Profile.objects.values_list(
                "pk", "certificate_name", "country", "organisation", "job_title"
            )
        ),
        "log entries": ModelLogEntry.objects.count(),
        "emails": len(mail.outbox),
    }


def errors_of(data: bytes) -> list[tuple[int | None, str]]:
    rows, errors = trainees_read(data)
    assert not rows or errors, "a file with errors must not yield rows"
    return [(error.line, error.message) for error in errors]


# Reading the file -------------------------------------------------------------


def test_a_valid_file_is_read_with_addresses_lowered_and_countries_as_codes():
    data = csv_bytes(
        row("Amina.Diallo@Gov.SN", "Amina Diallo", "Senegal", "Ministry of ICT", "Director"),
        row("rahim@a2i.gov.bd", "Rahim Uddin", "bd"),
        row("lucia@agetic.gob.bo", "Lucía Mamani", "BOL"),
        row("wei@example.cn", "王伟", ""),
    )
    rows, errors = trainees_read(data)
    assert errors == []
    assert [(r.line, r.email, r.country) for r in rows] == [
        (2, "amina.diallo@gov.sn", "SN"),
        (3, "rahim@a2i.gov.bd", "BD"),
        (4, "lucia@agetic.gob.bo", "BO"),
        (5, "wei@example.cn", ""),
    ]
    assert rows[0].profile_data() == {
        "certificate_name": "Amina Diallo",
        "country": "SN",
        "organisation": "Ministry of ICT",
        "job_title": "Director",
    }


def test_spreadsheet_exports_are_understood():
    """A BOM, semicolons, header spellings, quotes, blank lines and trailing separators."""
    text = (
        "\ufeffE-mail;Full_Name;COUNTRY;Organization;Job Title;\n"
        "\n"
        'amina@gov.sn;"Diallo; Amina";"Côte d\'Ivoire";"Ministère\nde l\'économie";Cheffe;\n'
        ";;;;\n"
        "omar@gov.ma;Omar Alaoui;ma;;;\n"
    )
    rows, errors = trainees_read(text.encode())
    assert errors == []
    assert [(r.line, r.full_name, r.country, r.organisation) for r in rows] == [
        (3, "Diallo; Amina", "CI", "Ministère de l'économie"),
        (6, "Omar Alaoui", "MA", ""),
    ]


def test_country_names_match_as_django_countries_matches_them():
    index = country_names()
    names = [str(name) for _, name in countries] + ["Turkey", "bolivia", "COTE D'IVOIRE"]
    for name in names:
        assert index.get(name.lower(), "") == countries.by_name(name, language="en"), name
    assert countries.by_name("Atlantis") == "" and "atlantis" not in index


def test_names_are_stored_in_one_unicode_spelling():
    decomposed = "Jose\u0301 Pe\u0301rez"
    rows, _ = trainees_read(csv_bytes(row("jose@gob.pe", decomposed)))
    assert rows[0].full_name == "José Pérez"


def test_formula_looking_values_are_kept_as_plain_text():
    rows, errors = trainees_read(
        csv_bytes(row("amina@gov.sn", '=HYPERLINK("http://x")', "SN", "+ICT", "@lead"))
    )
    assert errors == []
    assert rows[0].full_name == '=HYPERLINK("http://x")'
    assert (rows[0].organisation, rows[0].job_title) == ("+ICT", "@lead")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"", [(None, csv_errors.ERROR_EMPTY)], id="empty"),
        pytest.param(b" \r\n\r\n", [(None, csv_errors.ERROR_EMPTY)], id="blank"),
        pytest.param(csv_bytes(), [(None, csv_errors.ERROR_NO_ROWS)], id="header only"),
        pytest.param(
            csv_bytes(row("a@gov.sn"), "b@gov.sn,Bérénice,FR,,").decode().encode("latin-1"),
            [(3, csv_errors.ERROR_ENCODING)],
            id="latin-1",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn")).decode().encode("utf-16"),
            [(1, csv_errors.ERROR_ENCODING)],
            id="utf-16",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn"), header=row("first@gov.sn")),
            [(1, csv_errors.ERROR_HEADER_REQUIRED)],
            id="no header",
        ),
        pytest.param(
            csv_bytes("a@gov.sn,Amina,SN,ICT", header="email,full name,country,organisation"),
            [(1, csv_errors.ERROR_HEADER_MISSING.format(columns="“job title”"))],
            id="header lacks a column",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn") + ",x", header=HEADER + ",phone"),
            [(1, csv_errors.ERROR_HEADER_UNKNOWN.format(column="“phone”"))],
            id="unknown column",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn") + ",a@gov.sn", header=HEADER + ",Email"),
            [(1, csv_errors.ERROR_HEADER_DUPLICATE.format(column="“email”"))],
            id="column twice",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn"), row("b@gov.sn") + ",+221 77 000 00 00"),
            [(3, csv_errors.ERROR_TOO_MANY_VALUES.format(expected=5, found=6))],
            id="too many values",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn"), row("b@gov.sn"), "c@gov.sn,Chidi"),
            [(4, csv_errors.ERROR_TOO_FEW_VALUES.format(expected=5, found=2))],
            id="too few values",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn"), ",Amina,SN,,"),
            [(3, csv_errors.ERROR_REQUIRED.format(column="email"))],
            id="no email",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn", name=" ")),
            [(2, csv_errors.ERROR_REQUIRED.format(column="full name"))],
            id="no full name",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn"), row("amina at gov.sn")),
            [(3, csv_errors.ERROR_EMAIL.format(value="“amina at gov.sn”"))],
            id="bad email",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn"), row("b@gov.sn"), row("A@Gov.SN")),
            [(4, csv_errors.ERROR_DUPLICATE.format(value="“a@gov.sn”", line=2))],
            id="duplicate in other case",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn", country="Atlantis")),
            [(2, csv_errors.ERROR_COUNTRY.format(value="“Atlantis”"))],
            id="unknown country",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn", country="4")),
            [(2, csv_errors.ERROR_COUNTRY.format(value="“4”"))],
            id="numeric country code",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn", name="N" * 201)),
            [(2, csv_errors.ERROR_TOO_LONG.format(column="full name", limit=200))],
            id="name too long",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn", org="O" * 201)),
            [(2, csv_errors.ERROR_TOO_LONG.format(column="organisation", limit=200))],
            id="organisation too long",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn", job="J" * 201)),
            [(2, csv_errors.ERROR_TOO_LONG.format(column="job title", limit=200))],
            id="job title too long",
        ),
        pytest.param(
            csv_bytes(row("a" * 64 + "@" + "d" * 190 + ".example")),
            [(2, csv_errors.ERROR_TOO_LONG.format(column="email", limit=254))],
            id="email too long",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn", name="Amina\x00Diallo")),
            [(2, csv_errors.ERROR_CONTROL.format(column="full name"))],
            id="control character",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn"), 'b@gov.sn,"Bello" Jr,NG,,'),
            [(3, csv_errors.ERROR_UNREADABLE.format(detail="',' expected after '\"'"))],
            id="stray quote",
        ),
        pytest.param(
            csv_bytes(row("a@gov.sn"), 'b@gov.sn,"Bello,NG,,', row("c@gov.sn")),
            [(3, csv_errors.ERROR_UNREADABLE.format(detail="unexpected end of data"))],
            id="unclosed quote",
        ),
    ],
)
def test_every_kind_of_error_is_reported_at_its_line(data, expected):
    assert errors_of(data) == expected


def test_a_multi_line_record_is_reported_at_its_first_line():
    data = csv_bytes(row("a@gov.sn"), 'b@gov.sn,Bello,NG,"Federal\r\nMinistry",', row("c@x"))
    assert errors_of(data) == [(5, csv_errors.ERROR_EMAIL.format(value="“c@x”"))]
    rows, _ = trainees_read(data.replace(b"c@x", b"c@gov.ng"))
    assert rows[1].organisation == "Federal Ministry"


def test_all_errors_of_a_file_are_reported_together():
    data = csv_bytes(
        row("a@gov.sn"),
        row("not-an-address", country="Narnia"),
        row("c@gov.sn", name=""),
        row("a@gov.sn"),
    )
    assert errors_of(data) == [
        (3, csv_errors.ERROR_EMAIL.format(value="“not-an-address”")),
        (3, csv_errors.ERROR_COUNTRY.format(value="“Narnia”")),
        (4, csv_errors.ERROR_REQUIRED.format(column="full name")),
        (5, csv_errors.ERROR_DUPLICATE.format(value="“a@gov.sn”", line=2)),
    ]


def test_a_file_over_the_size_cap_is_refused_unread():
    data = csv_bytes(row("a@gov.sn")) + b" " * MAX_FILE_BYTES
    assert errors_of(data) == [(None, csv_errors.ERROR_TOO_BIG.format(limit="2.0\xa0MB"))]


def test_a_file_over_the_row_cap_is_refused_at_the_first_row_too_many():
    lines = [row(f"t{n}@gov.sn") for n in range(MAX_ROWS + 1)]
    assert errors_of(csv_bytes(*lines)) == [
        (MAX_ROWS + 2, csv_errors.ERROR_TOO_MANY_ROWS.format(limit=MAX_ROWS))
    ]
    rows, errors = trainees_read(csv_bytes(*lines[:MAX_ROWS]))
    assert len(rows) == MAX_ROWS
    assert errors == []


def test_messages_never_carry_control_characters_from_the_file():
    """What a terminal or a page shows cannot be steered by escape sequences in the file."""
    data = csv_bytes(row("\x1b[2Jevil@gov.sn"))
    [(line, message)] = errors_of(data)
    assert line == 2
    assert "\x1b" not in message


# Against the database ---------------------------------------------------------


@pytest.fixture
def existing(db):
    """Two trainees with accounts: one known by User.email, one only by a secondary address."""
    amina = verified_user(username="amina", email="Amina.Diallo@Gov.SN")
    rahim = verified_user(username="rahim", email="rahim@personal.example")
    EmailAddress.objects.create(user=rahim, email="Rahim@A2I.gov.bd", verified=True)
    return amina, rahim


def test_existing_accounts_are_enrolled_and_new_addresses_invited(
    cohort, existing, django_capture_on_commit_callbacks
):
    amina, rahim = existing
    data = csv_bytes(
        row("AMINA.diallo@gov.sn", "Amina Diallo", "Senegal", "Ministry of ICT", "Director"),
        row("rahim@a2i.GOV.bd", "Rahim Uddin", "BD"),
        row("Lucia@Agetic.gob.bo", "Lucía Mamani", "Bolivia", "AGETIC", "Analyst"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = trainees_import(cohort=cohort, data=data, acting_user=None)

    assert result.ok
    assert (result.rows, result.enrolled, result.waitlisted, result.invited, result.unchanged) == (
        3,
        2,
        0,
        1,
        0,
    )
    assert set(Enrollment.objects.filter(cohort=cohort).values_list("user", "status")) == {
        (amina.pk, EnrollmentStatus.ACTIVE),
        (rahim.pk, EnrollmentStatus.ACTIVE),
    }
    invitation = Invitation.objects.get(cohort=cohort)
    assert invitation.email == "lucia@agetic.gob.bo"
    assert invitation.profile_data == {
        "certificate_name": "Lucía Mamani",
        "country": "BO",
        "organisation": "AGETIC",
        "job_title": "Analyst",
    }
    assert invitation.expires_at > timezone.now() + datetime.timedelta(days=29)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "Amina.Diallo@Gov.SN",
        "lucia@agetic.gob.bo",
        "rahim@personal.example",
    ]
    invitation_mail = next(m for m in mail.outbox if m.to == ["lucia@agetic.gob.bo"])
    assert services.invitation_token(invitation) in invitation_mail.body


def test_no_email_leaves_before_the_import_commits(cohort, existing):
    """Inside the test transaction nothing is committed, so nothing is sent."""
    trainees_import(cohort=cohort, data=csv_bytes(row("amina.diallo@gov.sn")), acting_user=None)
    assert mail.outbox == []


def test_an_invitee_is_enrolled_with_the_profile_from_the_file_on_accepting(cohort):
    trainees_import(
        cohort=cohort,
        data=csv_bytes(row("lucia@agetic.gob.bo", "Lucía Mamani", "Bolivia", "AGETIC", "Analyst")),
        acting_user=None,
    )
    invitation = Invitation.objects.get(cohort=cohort)
    lucia = verified_user(username="lucia", email="lucia@agetic.gob.bo")

    enrollment = services.invitation_accept(token=services.invitation_token(invitation), user=lucia)

    assert enrollment.status == EnrollmentStatus.ACTIVE
    profile = profile_for(lucia)
    assert (profile.certificate_name, profile.country.code, profile.job_title) == (
        "Lucía Mamani",
        "BO",
        "Analyst",
    )


def test_existing_profiles_are_never_changed(cohort, existing):
    amina, rahim = existing
    Profile.objects.create(user=amina, certificate_name="Aminata Diallo", organisation="")
    data = csv_bytes(
        row("amina.diallo@gov.sn", "Amina D.", "SN", "Ministry of ICT", "Director"),
        row("rahim@a2i.gov.bd", "Rahim Uddin", "BD", "a2i", ""),
    )
    result = trainees_import(cohort=cohort, data=data, acting_user=None)

    assert result.enrolled == 2
    amina_profile, rahim_profile = profile_for(amina), profile_for(rahim)
    assert (amina_profile.certificate_name, amina_profile.organisation) == ("Aminata Diallo", "")
    assert (amina_profile.country.code, amina_profile.job_title) == ("", "")
    assert (rahim_profile.certificate_name, rahim_profile.organisation) == ("", "")


def test_beyond_capacity_trainees_are_waitlisted_in_file_order(dpi):
    cohort = CohortFactory(course=dpi.course, capacity=3)
    enrol(cohort)
    users = [verified_user(username=f"t{n}", email=f"t{n}@gov.sn") for n in range(4)]
    data = csv_bytes(*(row(user.email) for user in users), row("new@gov.sn"))

    dry = trainees_import(cohort=cohort, data=data, acting_user=None, dry_run=True)
    result = trainees_import(cohort=cohort, data=data, acting_user=None)

    assert (result.enrolled, result.waitlisted, result.invited) == (2, 2, 1)
    assert dry.counts() == result.counts()
    statuses = dict(Enrollment.objects.filter(cohort=cohort).values_list("user", "status"))
    assert [statuses[user.pk] for user in users] == ["active", "active", "waitlisted", "waitlisted"]
    waitlisted = Enrollment.objects.filter(cohort=cohort, status="waitlisted").order_by("pk")
    assert all(enrollment.waitlisted_at for enrollment in waitlisted)
    assert services.waitlist_position(waitlisted[0]) == 1


def test_an_imported_waitlist_is_promoted_when_a_seat_frees(dpi):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    users = [verified_user(username=f"t{n}", email=f"t{n}@gov.sn") for n in range(2)]
    trainees_import(cohort=cohort, data=csv_bytes(*(row(u.email) for u in users)), acting_user=None)
    first, second = (Enrollment.objects.get(cohort=cohort, user=user) for user in users)

    services.enrollment_withdraw(enrollment=first, acting_user=users[0])

    second.refresh_from_db()
    assert second.status == EnrollmentStatus.ACTIVE


def test_trainees_already_in_the_cohort_or_invited_are_unchanged(
    cohort, existing, django_capture_on_commit_callbacks
):
    amina, _rahim = existing
    enrol(cohort, amina)
    services.invitation_create(cohort=cohort, email="lucia@agetic.gob.bo", acting_user=None)
    data = csv_bytes(
        row("amina.diallo@gov.sn"), row("LUCIA@agetic.gob.bo"), row("rahim@a2i.gov.bd")
    )

    with django_capture_on_commit_callbacks(execute=True):
        result = trainees_import(cohort=cohort, data=data, acting_user=None)
    with django_capture_on_commit_callbacks(execute=True):
        again = trainees_import(cohort=cohort, data=data, acting_user=None)

    assert (result.enrolled, result.invited, result.unchanged) == (1, 0, 2)
    assert (again.enrolled, again.invited, again.unchanged) == (0, 0, 3)
    assert [message.to for message in mail.outbox] == [["rahim@personal.example"]]
    assert Invitation.objects.filter(cohort=cohort).count() == 1


@pytest.mark.parametrize("status", ["withdrawn", "declined", "pending"])
def test_trainees_who_left_or_wait_for_approval_are_enrolled_again(cohort, existing, status):
    amina, rahim = existing
    enrollment = enrol(cohort, amina)
    Enrollment.objects.filter(pk=enrollment.pk).update(status=status)

    result = trainees_import(
        cohort=cohort,
        data=csv_bytes(row("amina.diallo@gov.sn"), row("rahim@a2i.gov.bd")),
        acting_user=None,
    )

    assert result.enrolled == 2
    enrollment.refresh_from_db()
    assert (enrollment.status, enrollment.activated_at is not None) == ("active", True)
    assert dict(Enrollment.objects.filter(cohort=cohort).values_list("user", "status")) == {
        amina.pk: "active",
        rahim.pk: "active",
    }


def test_an_expired_invitation_is_replaced(cohort):
    old = services.invitation_create(cohort=cohort, email="lucia@agetic.gob.bo", acting_user=None)
    Invitation.objects.filter(pk=old.pk).update(expires_at=timezone.now())

    result = trainees_import(
        cohort=cohort, data=csv_bytes(row("lucia@agetic.gob.bo")), acting_user=None
    )

    assert result.invited == 1
    new = Invitation.objects.get(cohort=cohort)
    assert new.pk != old.pk and new.is_usable()


@pytest.mark.parametrize(
    ("setup", "lines", "expected"),
    [
        pytest.param(
            lambda: [UserFactory(email="twin@gov.sn"), UserFactory(email="TWIN@gov.sn")],
            [row("ok@gov.sn"), row("twin@gov.sn")],
            (3, account_errors.ERROR_AMBIGUOUS.format(value="“twin@gov.sn”")),
            id="two accounts",
        ),
        pytest.param(
            lambda: EmailAddress.objects.create(
                user=UserFactory(email="main@gov.sn"), email="alias@gov.sn"
            ),
            [row("main@gov.sn"), row("alias@gov.sn")],
            (3, account_errors.ERROR_SAME_ACCOUNT.format(value="“alias@gov.sn”", line=2)),
            id="same account twice",
        ),
        pytest.param(
            lambda: UserFactory(email="gone@gov.sn", is_active=False),
            [row("ok@gov.sn"), row("gone@gov.sn")],
            (3, account_errors.ERROR_INACTIVE.format(value="“gone@gov.sn”")),
            id="deactivated account",
        ),
    ],
)
def test_account_problems_are_reported_at_their_line(cohort, setup, lines, expected):
    setup()
    result = trainees_import(cohort=cohort, data=csv_bytes(*lines), acting_user=None)
    assert [(error.line, error.message) for error in result.errors] == [expected]


@pytest.mark.parametrize("dry_run", [False, True])
def test_nothing_is_written_when_any_row_is_bad(
    cohort, existing, dry_run, django_capture_on_commit_callbacks
):
    UserFactory(email="gone@gov.sn", is_active=False)
    before = database_state()
    data = csv_bytes(
        row("amina.diallo@gov.sn", org="Ministry of ICT"),
        row("new@gov.sn"),
        row("gone@gov.sn"),
    )
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = trainees_import(cohort=cohort, data=data, acting_user=None, dry_run=dry_run)

    assert [error.line for error in result.errors] == [4]
    assert database_state() == before
    assert callbacks == []


def test_a_dry_run_writes_nothing_and_foretells_the_import(
    dpi, existing, django_capture_on_commit_callbacks
):
    cohort = CohortFactory(course=dpi.course, capacity=1)
    data = csv_bytes(row("amina.diallo@gov.sn"), row("rahim@a2i.gov.bd"), row("new@gov.sn"))
    before = database_state()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        dry = trainees_import(cohort=cohort, data=data, acting_user=None, dry_run=True)
    assert database_state() == before
    assert callbacks == []

    real = trainees_import(cohort=cohort, data=data, acting_user=None)
    assert dry.dry_run and not real.dry_run
    assert dry.counts() == real.counts()
    assert (dry.enrolled, dry.waitlisted, dry.invited) == (1, 1, 1)
    assert "would be: 1 enrolled, 1 waitlisted, 1 invited, 0 unchanged" in dry.summary()


def test_an_import_is_audited_once_on_the_cohort_with_its_counts(cohort, existing):
    admin = UserFactory(username="director", is_superuser=True)
    data = csv_bytes(row("amina.diallo@gov.sn"), row("new@gov.sn"))

    result = trainees_import(cohort=cohort, data=data, acting_user=admin)

    entry = ModelLogEntry.objects.get(action="academy.import_trainees")
    assert (entry.object_id, entry.user) == (str(cohort.pk), admin)
    assert entry.data == result.counts()
    # The enrolment and the invitation are recorded as the single services record them,
    # grouped with the import by one uuid.
    enrollment = Enrollment.objects.get(cohort=cohort)
    enrol_entry = ModelLogEntry.objects.get(action="academy.enrol")
    assert enrol_entry.object_id == str(enrollment.pk)
    assert enrol_entry.data == {"cohort": cohort.pk, "trainee": "amina", "status": "active"}
    invite_entry = ModelLogEntry.objects.get(action="academy.invite")
    assert invite_entry.data == {"email": "new@gov.sn"}
    assert {enrol_entry.uuid, invite_entry.uuid} == {entry.uuid}
    assert enrol_entry.user == admin


def test_a_refused_import_is_not_audited(cohort):
    trainees_import(cohort=cohort, data=csv_bytes(row("bad")), acting_user=None)
    trainees_import(cohort=cohort, data=csv_bytes(row("a@gov.sn")), acting_user=None, dry_run=True)
    assert not ModelLogEntry.objects.filter(action="academy.import_trainees").exists()


def _import_queries(cohort, lines) -> int:
    with CaptureQueriesContext(connection) as queries:
        result = trainees_import(cohort=cohort, data=csv_bytes(*lines), acting_user=None)
    assert result.ok
    return len(queries)


def test_the_number_of_queries_does_not_grow_with_the_rows(dpi):
    """Bulk inserts split into batches of the database's parameter limit, past these sizes."""
    small, large = (CohortFactory(course=dpi.course, capacity=5) for _ in range(2))
    for n in range(30):
        verified_user(username=f"t{n}", email=f"t{n}@gov.sn")
    few = [row(f"t{n}@gov.sn") for n in range(3)] + [row(f"new{n}@gov.sn") for n in range(3)]
    many = [row(f"t{n}@gov.sn") for n in range(30)] + [row(f"new{n}@gov.sn") for n in range(30)]
    assert _import_queries(small, few) == _import_queries(large, many)


# Property: whatever the bytes, a clean result and no writes ---------------------

garbled_rows = st.lists(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.emails().map(str.upper),
            st.sampled_from(["SN", "Senegal", "", '"', "=1+2", ";", "\r\n"]),
        ),
        min_size=0,
        max_size=7,
    ).map(lambda values: ",".join(values)),
    max_size=8,
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.binary(max_size=600))
def test_random_bytes_never_crash_and_never_write(cohort, data):
    before = database_state()
    result = trainees_import(cohort=cohort, data=data, acting_user=None)
    assert not result.ok
    assert all(isinstance(error.message, str) and error.message for error in result.errors)
    assert database_state() == before


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(lines=garbled_rows, bom=st.booleans(), dry_run=st.booleans())
def test_garbled_csv_never_crashes_and_writes_only_when_clean(cohort, lines, bom, dry_run):
    data = (("\ufeff" if bom else "") + "\r\n".join([HEADER, *lines])).encode()
    before = database_state()
    result = trainees_import(cohort=cohort, data=data, acting_user=None, dry_run=dry_run)
    assert result.ok != bool(result.errors)
    if dry_run or not result.ok:
        assert database_state() == before
    lines_in_file = len(re.split(rb"\r\n|\r|\n", data))
    for error in result.errors:
        assert error.line is None or 1 <= error.line <= lines_in_file
