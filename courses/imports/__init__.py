"""Bulk enrolment of trainees in a cohort from a CSV file.

Two passes. ``reading`` checks the file alone (encoding, header, columns,
email syntax, duplicates, countries, lengths) and ``writing`` checks the
rows against the accounts, so the admin sees every problem of the file at
once, each with its line number. Only a file without a single error is then
written, in one transaction with the cohort locked. Accounts the importer
may enrol without asking (every account for an academy admin, the trainees
of their own cohorts for an instructor) are enrolled, active while seats
last, then waitlisted; every other address is invited, whether or not an
account uses it, and the report reads the same either way. No existing
profile is changed. A dry run stops before writing and reports what would
happen, row by row.

Used by ``manage.py import_trainees`` and the admin upload alike.
"""

from courses.imports.reading import (
    COLUMNS,
    EXPECTED_HEADER,
    MAX_FILE_BYTES,
    MAX_ROWS,
    RowError,
    TraineeRow,
    trainees_read,
)
from courses.imports.writing import (
    IMPORT_ACTION,
    OUTCOME_LABELS,
    ImportResult,
    RowOutcome,
    accounts_taught_by,
    enrols_any_account,
    trainees_import,
)

__all__ = [
    "COLUMNS",
    "EXPECTED_HEADER",
    "IMPORT_ACTION",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "OUTCOME_LABELS",
    "ImportResult",
    "RowError",
    "RowOutcome",
    "TraineeRow",
    "accounts_taught_by",
    "enrols_any_account",
    "trainees_import",
    "trainees_read",
]
