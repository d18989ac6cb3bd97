"""The one list of system packages (scripts/system-packages.txt) covers every
program the academy and its tests start, and the set-up has installed them.

A program called from Python but missing from the list works only where
someone installed it by hand, and fails on a newcomer's fresh machine.
"""

import ast
import shutil
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PACKAGE_LIST = PROJECT_ROOT / "scripts" / "system-packages.txt"
SCANNED_FOLDERS = ("academy", "courses", "certificates", "tests", "benchmarks", "scripts")
SUBPROCESS_FUNCTIONS = {"run", "call", "check_call", "check_output", "Popen"}
WHEN_VALUES = {"venv", "run", "test"}


def declared_rows() -> list[dict]:
    rows = []
    for line in PACKAGE_LIST.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        package, when, programs, why = line.split(maxsplit=3)
        rows.append(
            {
                "package": package,
                "when": when,
                "programs": [] if programs == "-" else programs.split(","),
                "why": why,
            }
        )
    return rows


def declared_programs() -> set[str]:
    return {program for row in declared_rows() for program in row["programs"]}


def _first_program(call: ast.Call) -> str | None:
    """The program a subprocess call starts: a string, "<python>" or "<unknown>"."""
    if not call.args:
        return "<unknown>"
    command = call.args[0]
    if isinstance(command, ast.List | ast.Tuple) and command.elts:
        first = command.elts[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
        if ast.unparse(first) == "sys.executable":
            return "<python>"
    return "<unknown>"


def programs_called(source: str) -> list[tuple[int, str]]:
    """(line, program) for every subprocess call and shutil.which lookup in the source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = ast.unparse(node.func)
        if name.startswith("subprocess.") and name.split(".")[-1] in SUBPROCESS_FUNCTIONS:
            found.append((node.lineno, _first_program(node)))
        elif name == "shutil.which" and node.args and isinstance(node.args[0], ast.Constant):
            found.append((node.lineno, node.args[0].value))
    return found


def project_python_files():
    for folder in SCANNED_FOLDERS:
        yield from sorted((PROJECT_ROOT / folder).rglob("*.py"))


def test_the_list_is_well_formed():
    rows = declared_rows()

    assert rows, "scripts/system-packages.txt declares no package"
    assert {row["when"] for row in rows} <= WHEN_VALUES
    assert len({row["package"] for row in rows}) == len(rows), "a package is listed twice"
    assert all(row["why"] for row in rows)


def test_the_scanner_sees_programs_in_every_form_of_call():
    source = (
        "import subprocess, shutil, sys\n"
        "subprocess.run(['pdftotext', '-', '-'])\n"
        "subprocess.Popen([sys.executable, 'manage.py'])\n"
        "subprocess.check_output(command)\n"
        "shutil.which('chromium')\n"
    )

    assert programs_called(source) == [
        (2, "pdftotext"),
        (3, "<python>"),
        (4, "<unknown>"),
        (5, "chromium"),
    ]


def test_every_program_the_project_starts_is_declared():
    declared = declared_programs()
    undeclared = []
    for path in project_python_files():
        for line, program in programs_called(path.read_text(encoding="utf-8")):
            if program == "<python>" or program in declared:
                continue
            undeclared.append(f"{path.relative_to(PROJECT_ROOT)}:{line} starts {program!r}")

    assert not undeclared, (
        "Declare these programs' Debian packages in scripts/system-packages.txt (and pass "
        "the program as the first item of a literal list, so this test can read it):\n"
        + "\n".join(undeclared)
    )


@pytest.mark.parametrize(
    "program", sorted(declared_programs()), ids=lambda program: f"program={program}"
)
def test_the_set_up_installed_every_declared_program(program):
    assert shutil.which(program), (
        f"{program} is not on PATH: ./scripts/test installs it (see scripts/system-packages.txt)"
    )
