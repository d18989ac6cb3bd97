"""First pass of a trainee import: the CSV file alone, without the database.

Every line is checked and every problem reported with its line number (the
header is line 1; a record spanning several lines is reported at its first),
so the admin can fix the whole file in one go.
"""

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django_countries import countries

from academy.models import Profile

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5_000

# Column -> (profile field it fills, model field whose max_length bounds it).
COLUMNS = {
    "email": (None, get_user_model()._meta.get_field("email")),
    "full name": ("certificate_name", Profile._meta.get_field("certificate_name")),
    "country": ("country", None),
    "organisation": ("organisation", Profile._meta.get_field("organisation")),
    "job title": ("job_title", Profile._meta.get_field("job_title")),
}
REQUIRED_COLUMNS = ("email", "full name")
HEADER_ALIASES = {"e mail": "email", "email address": "email", "organization": "organisation"}
EXPECTED_HEADER = ", ".join(COLUMNS)

ERROR_TOO_BIG = "The file is larger than {limit}: split it into smaller files."
ERROR_EMPTY = f"The file is empty. Its first line must be the header: {EXPECTED_HEADER}."
ERROR_NO_ROWS = "The file has a header but no trainees."
ERROR_TOO_MANY_ROWS = "The file has more than {limit:,} trainees: split it into smaller files."
ERROR_ENCODING = (
    "The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8” and try again."
)
ERROR_UNREADABLE = "This line cannot be read as CSV ({detail}); check its quotation marks."
ERROR_HEADER_REQUIRED = f"The first line must be the header: {EXPECTED_HEADER}."
ERROR_HEADER_MISSING = "The header lacks the column(s) {columns}. Expected: " + EXPECTED_HEADER
ERROR_HEADER_UNKNOWN = "Unknown column {column} in the header. Expected: " + EXPECTED_HEADER
ERROR_HEADER_DUPLICATE = "The column {column} appears twice in the header."
ERROR_TOO_MANY_VALUES = "Too many values: expected {expected}, found {found}."
ERROR_TOO_FEW_VALUES = "Too few values: expected {expected}, found {found}."
ERROR_REQUIRED = "The {column} is missing."
ERROR_CONTROL = "The {column} contains a control character."
ERROR_TOO_LONG = "The {column} is longer than {limit} characters."
ERROR_EMAIL = "{value} is not a valid email address."
ERROR_COUNTRY = "Unknown country {value}: use an ISO code (such as SN) or the English name."
ERROR_DUPLICATE = "{value} already appears on line {line}."

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Line breaks as the csv module counts them.
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
# A line break typed inside a spreadsheet cell reads as a space.
_BREAKS = re.compile(r"\s*[\r\n\t]+\s*")


@dataclass(frozen=True)
class RowError:
    """A reason the file cannot be imported; ``line`` is None for the file as a whole."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class TraineeRow:
    """One valid line: the address lower-cased, the country as an ISO alpha-2 code."""

    line: int
    email: str
    full_name: str
    country: str
    organisation: str
    job_title: str

    def profile_data(self) -> dict:
        return {
            "certificate_name": self.full_name,
            "country": self.country,
            "organisation": self.organisation,
            "job_title": self.job_title,
        }


def shown(value: str, limit: int = 60) -> str:
    """A value quoted in a message: shortened, control characters made visible."""
    value = _CONTROL.sub("\N{REPLACEMENT CHARACTER}", value)
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return f"“{value}”"


def trainees_read(data: bytes) -> tuple[list[TraineeRow], list[RowError]]:
    """The valid rows of a CSV file and the errors of the others."""
    if len(data) > MAX_FILE_BYTES:
        return [], [RowError(None, ERROR_TOO_BIG.format(limit=filesizeformat(MAX_FILE_BYTES)))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return [], [RowError(len(_LINE_BREAK.findall(data[: error.start])) + 1, ERROR_ENCODING)]
    if not text.strip():
        return [], [RowError(None, ERROR_EMPTY)]
    first_line = text.lstrip().splitlines()[0]
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(first_line), strict=True
    )
    records = _records(reader)
    columns, errors = _read_header(records)
    if errors:
        return [], errors
    return _read_rows(records, columns)


def _delimiter(first_line: str) -> str:
    # Spreadsheets in many locales (French among them) separate values with semicolons.
    return max((",", ";", "\t"), key=first_line.count)


def _records(reader):
    """(first line, values) for each record that is not blank; a RowError ends them."""
    line = 1
    try:
        for values in reader:
            if any(value.strip() for value in values):
                yield line, values
            line = reader.line_num + 1
    except csv.Error as error:
        yield line, RowError(line, ERROR_UNREADABLE.format(detail=error))


def _header_name(value: str) -> str:
    name = " ".join(value.replace("_", " ").replace("-", " ").lower().split())
    return HEADER_ALIASES.get(name, name)


def _read_header(records) -> tuple[list[str], list[RowError]]:
    line, values = next(records, (None, None))
    if values is None:
        return [], [RowError(None, ERROR_EMPTY)]
    if isinstance(values, RowError):
        return [], [values]
    names = [_header_name(value) for value in values]
    while names and not names[-1]:
        names.pop()
    if not set(names) & set(COLUMNS):
        return [], [RowError(line, ERROR_HEADER_REQUIRED)]
    errors = [
        RowError(line, ERROR_HEADER_UNKNOWN.format(column=shown(name)))
        for name in names
        if name not in COLUMNS
    ]
    errors += [
        RowError(line, ERROR_HEADER_DUPLICATE.format(column=shown(name)))
        for name in COLUMNS
        if names.count(name) > 1
    ]
    missing = [name for name in COLUMNS if name not in names]
    if missing:
        listed = ", ".join(shown(name) for name in missing)
        errors.append(RowError(line, ERROR_HEADER_MISSING.format(columns=listed)))
    return names, errors


def _read_rows(records, columns: list[str]) -> tuple[list[TraineeRow], list[RowError]]:
    rows, errors = [], []
    lines_of_emails: dict[str, int] = {}
    country_index: dict[str, str] = {}
    for count, (line, values) in enumerate(records, start=1):
        if isinstance(values, RowError):
            errors.append(values)
            break
        if count > MAX_ROWS:
            errors.append(RowError(line, ERROR_TOO_MANY_ROWS.format(limit=MAX_ROWS)))
            break
        cells, problems = _cells(columns, values)
        if cells:
            problems = [
                problem
                for column in COLUMNS
                if (problem := _cell_problem(column, cells[column], country_index))
            ]
            email = cells["email"].lower()
            if email in lines_of_emails:
                seen_on = lines_of_emails[email]
                problems.append(ERROR_DUPLICATE.format(value=shown(email), line=seen_on))
            elif email:
                lines_of_emails[email] = line
        errors += [RowError(line, problem) for problem in problems]
        if not problems:
            rows.append(_row(line, cells, country_index))
    if not rows and not errors:
        errors.append(RowError(None, ERROR_NO_ROWS))
    return rows, errors


def _cells(columns: list[str], values: list[str]) -> tuple[dict | None, list[str]]:
    """The values by column name, or why the line does not have one per column."""
    # One spelling per text whichever keyboard typed it: "é", not "e" + combining accent.
    values = [_BREAKS.sub(" ", unicodedata.normalize("NFC", value)).strip() for value in values]
    while len(values) > len(columns) and not values[-1]:
        values.pop()
    if len(values) == len(columns):
        return dict(zip(columns, values, strict=True)), []
    message = ERROR_TOO_MANY_VALUES if len(values) > len(columns) else ERROR_TOO_FEW_VALUES
    return None, [message.format(expected=len(columns), found=len(values))]


def _cell_problem(column: str, value: str, country_index: dict) -> str | None:
    model_field = COLUMNS[column][1]
    if not value and column in REQUIRED_COLUMNS:
        return ERROR_REQUIRED.format(column=column)
    if _CONTROL.search(value):
        return ERROR_CONTROL.format(column=column)
    if model_field and len(value) > model_field.max_length:
        return ERROR_TOO_LONG.format(column=column, limit=model_field.max_length)
    if column == "email" and _is_invalid_email(value.lower()):
        return ERROR_EMAIL.format(value=shown(value))
    if column == "country" and _country_code(value, country_index) is None:
        return ERROR_COUNTRY.format(value=shown(value))
    return None


def _row(line: int, cells: dict, country_index: dict) -> TraineeRow:
    return TraineeRow(
        line=line,
        email=cells["email"].lower(),
        full_name=cells["full name"],
        country=_country_code(cells["country"], country_index),
        organisation=cells["organisation"],
        job_title=cells["job title"],
    )


def _is_invalid_email(email: str) -> bool:
    try:
        validate_email(email)
    except ValidationError:
        return True
    return False


def _country_code(value: str, known: dict) -> str | None:
    """ISO 3166-1 alpha-2 code of a code or an English name; "" for none, None if unknown."""
    if not value:
        return ""
    if value.isalpha() and len(value) in (2, 3) and (code := countries.alpha2(value)):
        return code
    if not known:
        known.update(country_names())
    return known.get(value.lower())


def country_names() -> dict[str, str]:
    """Lower-cased English country names to codes, matched as ``countries.by_name`` does.

    One pass over the list instead of one per lookup: by_name scans every
    country each time, which a file of thousands of rows would feel.
    """
    names = {}
    with translation.override("en"):
        for code, entry in countries.countries.items():
            if isinstance(entry, dict):
                own = entry["names"] if "names" in entry else [entry["name"]]
            else:
                own = [entry]
            for name in [*own, *countries.shadowed_names.get(code, [])]:
                names.setdefault(str(name).lower(), code)
    return names
