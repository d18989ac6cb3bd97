"""Checks on the names people type, shared by sign-up, the profile and the admin."""

import re

from django.core.exceptions import ValidationError

# Control characters (line breaks, tabs, NUL) and the bidirectional overrides,
# embeddings and isolates that can make a printed name read differently from
# what was stored. Joiners (U+200C, U+200D) stay: some scripts need them.
UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
ERROR_UNPRINTABLE = (
    "Remove the invisible control character (a line break, tab or text-direction mark)."
)


def validate_printable(value: str) -> None:
    if UNPRINTABLE.search(value or ""):
        raise ValidationError(ERROR_UNPRINTABLE, code="unprintable")
