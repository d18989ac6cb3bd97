"""``manage.py import_trainees FILE.csv --cohort ID [--dry-run] [--as USERNAME]``."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connections
from wagtail.models import ModelLogEntry

from courses.management.commands import import_trainees
from courses.models import Enrollment, Invitation
from tests.cohort_factories import verified_user
from tests.factories import UserFactory

HEADER = "email,full name,country,organisation,job title"


@pytest.fixture
def csv_file(tmp_path):
    def write(*lines: str, name="trainees.csv") -> str:
        path = tmp_path / name
        path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
        return str(path)

    return write


@pytest.fixture
def amina(db):
    return verified_user(username="amina", email="amina@gov.sn")


def run(*args) -> tuple[str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    call_command("import_trainees", *args, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def written() -> tuple[int, int]:
    return Enrollment.objects.count(), Invitation.objects.count()


def test_an_import_prints_its_summary(cohort, amina, csv_file):
    path = csv_file("AMINA@gov.sn,Amina Diallo,SN,,", "lucia@agetic.gob.bo,Lucía Mamani,BO,,")

    stdout, stderr = run(path, "--cohort", str(cohort.pk))

    assert stdout.strip() == (
        "2 trainee(s) imported: 1 enrolled, 0 waitlisted, 1 invited, 0 unchanged."
    )
    assert stderr == ""
    assert written() == (1, 1)


def test_a_dry_run_prints_what_would_happen_and_writes_nothing(cohort, amina, csv_file):
    path = csv_file("amina@gov.sn,Amina Diallo,SN,,", "lucia@agetic.gob.bo,Lucía Mamani,BO,,")

    stdout, _ = run(path, "--cohort", str(cohort.pk), "--dry-run")

    assert "Dry run, nothing written." in stdout
    assert "would be: 1 enrolled, 0 waitlisted, 1 invited, 0 unchanged" in stdout
    assert written() == (0, 0)


def test_errors_are_printed_by_line_and_nothing_is_written(cohort, amina, csv_file):
    path = csv_file(
        "amina@gov.sn,Amina Diallo,SN,,",
        "not-an-address,Someone,SN,,",
        "lucia@agetic.gob.bo,Lucía Mamani,Atlantis,,",
    )
    stderr = io.StringIO()

    with pytest.raises(CommandError) as raised:
        call_command("import_trainees", path, "--cohort", str(cohort.pk), stderr=stderr)

    assert raised.value.returncode == 1
    assert str(raised.value) == f"2 problem(s) in {path}: nothing was imported."
    assert stderr.getvalue().splitlines() == [
        "Line 3: “not-an-address” is not a valid email address.",
        "Line 4: Unknown country “Atlantis”: use an ISO code (such as SN) or the English name.",
    ]
    assert written() == (0, 0)


def test_the_command_line_exits_with_status_1_on_errors(cohort, csv_file, monkeypatch, capsys):
    # run_from_argv closes every connection when done, which would end the test's transaction.
    monkeypatch.setattr(connections, "close_all", lambda: None)
    path = csv_file("not-an-address,Someone,SN,,")

    with pytest.raises(SystemExit) as exited:
        import_trainees.Command().run_from_argv(
            ["manage.py", "import_trainees", path, "--cohort", str(cohort.pk)]
        )

    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "Line 2: “not-an-address” is not a valid email address." in err
    assert "nothing was imported" in err


def test_the_acting_admin_is_recorded(cohort, amina, csv_file):
    UserFactory(username="director", is_superuser=True)

    run(csv_file("amina@gov.sn,Amina Diallo,SN,,"), "--cohort", str(cohort.pk), "--as", "director")

    entry = ModelLogEntry.objects.get(action="academy.import_trainees")
    assert entry.user.username == "director"
    assert entry.data["enrolled"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cohort", "999999"], "There is no cohort with id 999999."),
        (["--as", "nobody"], "There is no user named nobody."),
    ],
)
def test_a_wrong_cohort_or_user_is_refused(cohort, csv_file, args, message):
    path = csv_file("amina@gov.sn,Amina Diallo,SN,,")
    args = ["--cohort", str(cohort.pk), *args] if args[0] == "--as" else args
    with pytest.raises(CommandError, match=message):
        run(path, *args)
    assert written() == (0, 0)


def test_a_missing_file_is_refused_clearly(cohort, tmp_path):
    path = tmp_path / "missing.csv"
    with pytest.raises(CommandError, match=r"Cannot read .*missing\.csv: No such file"):
        run(str(path), "--cohort", str(cohort.pk))


def test_a_file_in_another_encoding_is_refused_clearly(cohort, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(f"{HEADER}\nbea@gov.fr,Béatrice,FR,,\n".encode("latin-1"))
    stderr = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_trainees", str(path), "--cohort", str(cohort.pk), stderr=stderr)
    assert "Line 2: The file is not UTF-8 text." in stderr.getvalue()
