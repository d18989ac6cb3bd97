"""Bulk enrolment of trainees in a cohort from a CSV file.

Two passes. ``reading`` checks the file alone (encoding, header, columns,
email syntax, duplicates, countries, lengths) and ``writing`` checks the
rows against the accounts, so the admin sees every problem of the file at
once, each with its line number. Only a file without a single error is then
written, in one transaction with the cohort locked: existing accounts are
enrolled (active while seats last, then waitlisted), new addresses invited.
A dry run stops before writing and reports what would happen.

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
from courses.imports.writing import IMPORT_ACTION, ImportResult, trainees_import

__all__ = [
    "COLUMNS",
    "EXPECTED_HEADER",
    "IMPORT_ACTION",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "ImportResult",
    "RowError",
    "TraineeRow",
    "trainees_import",
    "trainees_read",
]
