"""A trainee import never enrols, or edits, someone the importer does not already teach.

Instructor X teaches cohort A and imports into it a file naming a new address,
a trainee of instructor Y's cohort B (with an empty organisation and job
title) and instructor Y. All three are invited alike; nobody is enrolled until
they accept, no existing profile changes, and nothing the importer reads (the
report, its rows, the summary, the command's output) tells which addresses
already had an account.
"""

import io
import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from academy.models import Profile
from academy.services import profile_for
from courses import services
from courses.imports import trainees_import
from courses.management.commands import import_trainees as command
from courses.models import Enrollment, EnrollmentStatus, Invitation
from tests.cohort_factories import CohortFactory, assign_instructor, enrol, verified_user
from tests.factories import UserFactory
from tests.utils import soup

pytest_plugins = ["tests.courses.admin_fixtures"]

HEADER = "email,full name,country,organisation,job title"
NEW = "new.trainee@gov.sn"
ROW_VALUES = ",Imported Name,SN,Importer's Ministry,Importer's Job"


def lines_for(*emails: str) -> list[str]:
    return [email + ROW_VALUES for email in emails]


def csv_data(*emails: str) -> bytes:
    return ("\n".join([HEADER, *lines_for(*emails)]) + "\n").encode()


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def import_url(cohort) -> str:
    return reverse("academy_imports:import_trainees", args=[cohort.pk])


def profile_fields(user) -> tuple:
    profile = profile_for(user)
    return (profile.certificate_name, profile.country.code, profile.organisation, profile.job_title)


def without(text: str, emails) -> str:
    """The text with each address replaced by its position, so only the wording remains."""
    for number, email in enumerate(emails):
        text = text.replace(email, f"<address {number}>")
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def other_trainee(cohort_b):
    """A trainee of instructor Y's cohort B whose organisation and job title are empty."""
    bea = verified_user(username="bea", email="bea.bello@gov.ng", first_name="Bea")
    Profile.objects.create(user=bea, certificate_name="Bea Bello", organisation="", job_title="")
    enrol(cohort_b, bea)
    return bea


@pytest.fixture
def other_instructor(instructor_y):
    """Instructor Y, teaching cohort B, with a verified address and an empty profile."""
    EmailAddress.objects.create(
        user=instructor_y, email=instructor_y.email, primary=True, verified=True
    )
    Profile.objects.create(user=instructor_y, certificate_name="Yasmin Haddad")
    return instructor_y


@pytest.fixture
def named(other_trainee, other_instructor):
    """The three addresses of the file, in its order: new, another cohort's trainee, Y."""
    return [NEW, other_trainee.email, other_instructor.email]


def report_of(response):
    page = soup(response)
    section = page.find("section", {"aria-labelledby": "import-report-heading"})
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in section.select("#import-rows tbody tr")
    ]
    return section, rows


def test_an_instructor_invites_everyone_they_do_not_teach_and_the_report_reads_alike(
    cohort_a, instructor_x, other_trainee, other_instructor, named,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    before = {user.pk: profile_fields(user) for user in (other_trainee, other_instructor)}
    client = client_for(instructor_x)
    upload = SimpleUploadedFile("trainees.csv", csv_data(*named), content_type="text/csv")

    preview = client.post(import_url(cohort_a), {"file": upload, "dry_run": "on"})

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(
            import_url(cohort_a),
            {"confirm": soup(preview).find("input", {"name": "confirm"})["value"]},
            follow=True,
        )

    assert not Enrollment.objects.filter(cohort=cohort_a).exists()
    assert {user.pk: profile_fields(user) for user in (other_trainee, other_instructor)} == before
    assert sorted(Invitation.objects.filter(cohort=cohort_a).values_list("email", flat=True)) == (
        sorted(named)
    )
    assert "3 trainee(s) imported: 0 enrolled, 0 waitlisted, 3 invited, 0 unchanged." in (
        done.content.decode()
    )
    # One invitation email per address, the same words to each, and none to the importer.
    assert sorted(message.to[0] for message in mail.outbox) == sorted(named)
    bodies = {re.sub(r"/learn/invitations/[^/]+/", "<link>", m.body) for m in mail.outbox}
    assert len(bodies) == 1
    # The preview's rows: line number and address apart, the three read the same.
    _section, rows = report_of(preview)
    assert [row[1] for row in rows] == named
    assert len({tuple(row[2:]) for row in rows}) == 1
    assert rows[0][2] == "Invited by email: joins on accepting"


def test_the_report_on_existing_accounts_is_the_report_on_new_addresses(
    cohort_a, instructor_x, named
):
    """Word for word, once the addresses are taken out: nothing tells them apart."""
    client = client_for(instructor_x)
    strangers = ["one@nowhere.example", "two@nowhere.example", "three@nowhere.example"]
    texts = []
    for emails in (named, strangers):
        upload = SimpleUploadedFile("trainees.csv", csv_data(*emails), content_type="text/csv")
        response = client.post(import_url(cohort_a), {"file": upload, "dry_run": "on"})
        section, _ = report_of(response)
        texts.append(without(section.get_text(" "), emails))

    assert texts[0] == texts[1]


def test_accepting_the_invitation_enrols_through_the_usual_rules_and_keeps_the_profile(
    cohort_a, instructor_x, other_trainee, other_instructor, named
):
    before = profile_fields(other_trainee)
    trainees_import(cohort=cohort_a, data=csv_data(*named), acting_user=instructor_x)
    # Cohort A has two seats: fill them, so the last to accept waits for one.
    enrol(cohort_a, username="s1", email="s1@gov.sn")
    invitation = Invitation.objects.get(cohort=cohort_a, email=other_trainee.email)
    link = reverse("learn:invitation", args=[services.invitation_token(invitation)])

    response = client_for(other_trainee).post(link)

    assert response.status_code == 302
    enrollment = Enrollment.objects.get(cohort=cohort_a, user=other_trainee)
    assert enrollment.status == EnrollmentStatus.ACTIVE
    assert profile_fields(other_trainee) == before

    yasmins = Invitation.objects.get(cohort=cohort_a, email=other_instructor.email)
    services.invitation_accept(token=services.invitation_token(yasmins), user=other_instructor)
    assert Enrollment.objects.get(cohort=cohort_a, user=other_instructor).status == (
        EnrollmentStatus.WAITLISTED
    )
    assert profile_for(other_instructor).organisation == ""


def test_ignoring_the_invitation_leaves_them_where_they_were(
    cohort_a, cohort_b, instructor_x, other_trainee, named
):
    trainees_import(cohort=cohort_a, data=csv_data(*named), acting_user=instructor_x)

    assert not Enrollment.objects.filter(cohort=cohort_a).exists()
    assert list(Enrollment.objects.filter(user=other_trainee).values_list("cohort", "status")) == [
        (cohort_b.pk, EnrollmentStatus.ACTIVE)
    ]


def test_the_command_line_as_the_instructor_behaves_the_same(
    cohort_a, instructor_x, other_trainee, other_instructor, named, tmp_path
):
    before = {user.pk: profile_fields(user) for user in (other_trainee, other_instructor)}
    path = tmp_path / "trainees.csv"
    path.write_bytes(csv_data(*named))
    outputs = []
    for dry_run in (["--dry-run"], []):
        stdout = io.StringIO()
        call_command(
            "import_trainees", str(path), "--cohort", str(cohort_a.pk), "--as", "xavier",
            "--verbosity", "2", *dry_run, stdout=stdout,
        )  # fmt: skip
        outputs.append(stdout.getvalue().splitlines())

    assert not Enrollment.objects.filter(cohort=cohort_a).exists()
    assert Invitation.objects.filter(cohort=cohort_a).count() == 3
    assert {user.pk: profile_fields(user) for user in (other_trainee, other_instructor)} == before
    for lines in outputs:
        rows = [line for line in lines if line.startswith("Line ")]
        assert [without(line, named) for line in rows] == [
            f"Line {n + 2}: <address {n}>: Invited by email: joins on accepting" for n in range(3)
        ]
    assert "would be: 0 enrolled, 0 waitlisted, 3 invited, 0 unchanged." in outputs[0][-1]
    assert (
        outputs[1][-1] == "3 trainee(s) imported: 0 enrolled, 0 waitlisted, 3 invited, 0 unchanged."
    )


def test_the_command_line_refuses_to_act_as_someone_who_does_not_manage_the_cohort(
    cohort_a, instructor_y, named, tmp_path
):
    path = tmp_path / "trainees.csv"
    path.write_bytes(csv_data(*named))

    with pytest.raises(CommandError) as raised:
        call_command("import_trainees", str(path), "--cohort", str(cohort_a.pk), "--as", "yasmin")

    assert str(raised.value) == command.ERROR_NOT_MANAGER.format(
        username="yasmin", cohort_id=cohort_a.pk
    )
    assert not Invitation.objects.exists()


def test_trainees_the_instructor_already_teaches_are_enrolled_and_their_profile_kept(
    two_courses, cohort_a, instructor_x, academy_admin
):
    earlier = CohortFactory(course=two_courses.ai.course, name="Earlier cohort")
    assign_instructor(earlier, instructor_x, acting_user=academy_admin)
    known = verified_user(username="kofi", email="kofi@gov.gh")
    Profile.objects.create(user=known, certificate_name="Kofi Mensah")
    enrol(earlier, known)
    before = profile_fields(known)

    result = trainees_import(
        cohort=cohort_a, data=csv_data("KOFI@gov.gh", NEW), acting_user=instructor_x
    )

    assert [(row.email, row.outcome) for row in result.outcomes] == [
        ("kofi@gov.gh", "enrolled"),
        (NEW, "invited"),
    ]
    assert Enrollment.objects.get(cohort=cohort_a, user=known).status == EnrollmentStatus.ACTIVE
    assert profile_fields(known) == before


@pytest.mark.parametrize("status", ["withdrawn", "declined"])
def test_a_trainee_who_left_the_instructors_cohort_is_asked_again(cohort_a, instructor_x, status):
    """Leaving a cohort is saying no: only an invitation brings them back."""
    left = enrol(cohort_a, username="lea", email="lea@gov.sn")
    Enrollment.objects.filter(pk=left.pk).update(status=status)

    result = trainees_import(cohort=cohort_a, data=csv_data("lea@gov.sn"), acting_user=instructor_x)

    assert [row.outcome for row in result.outcomes] == ["invited"]
    left.refresh_from_db()
    assert left.status == status


def test_an_address_the_instructor_cannot_see_is_invited_even_for_their_own_trainee(
    cohort_a, instructor_x
):
    """A trainee's second address, added in their account settings, is not on any list."""
    trainee = enrol(cohort_a, username="sami", email="sami@gov.tn").user
    EmailAddress.objects.create(user=trainee, email="sami@private.example", verified=True)

    result = trainees_import(
        cohort=cohort_a, data=csv_data("sami@private.example"), acting_user=instructor_x
    )

    assert [row.outcome for row in result.outcomes] == ["invited"]
    assert Invitation.objects.filter(cohort=cohort_a, email="sami@private.example").exists()


@pytest.mark.parametrize(
    "setup",
    [
        pytest.param(lambda: UserFactory(email="gone@gov.sn", is_active=False), id="deactivated"),
        pytest.param(
            lambda: [UserFactory(email="gone@gov.sn"), UserFactory(email="GONE@gov.sn")],
            id="two accounts",
        ),
        pytest.param(
            lambda: EmailAddress.objects.create(user=UserFactory(), email="gone@gov.sn"),
            id="another account's second address",
        ),
    ],
)
def test_account_problems_are_not_revealed_to_an_instructor(cohort_a, instructor_x, setup):
    setup()

    result = trainees_import(
        cohort=cohort_a, data=csv_data(NEW, "gone@gov.sn"), acting_user=instructor_x
    )

    assert result.ok
    assert [row.outcome for row in result.outcomes] == ["invited", "invited"]


def test_an_academy_admin_enrols_existing_accounts_but_never_edits_their_profile(
    cohort_a, academy_admin, other_trainee, other_instructor, named
):
    before = {user.pk: profile_fields(user) for user in (other_trainee, other_instructor)}

    result = trainees_import(cohort=cohort_a, data=csv_data(*named), acting_user=academy_admin)

    assert {user.pk: profile_fields(user) for user in (other_trainee, other_instructor)} == before
    assert [row.outcome for row in result.outcomes] == ["invited", "enrolled", "enrolled"]


def test_an_invitation_fills_only_an_account_created_to_accept_it(cohort_a, instructor_x):
    trainees_import(cohort=cohort_a, data=csv_data(NEW), acting_user=instructor_x)
    newcomer = verified_user(username="newcomer", email=NEW)
    invitation = Invitation.objects.get(cohort=cohort_a)

    services.invitation_accept(token=services.invitation_token(invitation), user=newcomer)

    assert profile_fields(newcomer) == (
        "Imported Name",
        "SN",
        "Importer's Ministry",
        "Importer's Job",
    )
