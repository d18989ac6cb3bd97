"""Assessment content for the demo academy, as plain data.

Each module in this package defines ``QUIZZES``, a dict with two quizzes for
one course in ``academy.demo.content``: a short pre-assessment, taken before
the course to measure learning gain, and a harder final assessment covering
all three modules. Keeping the questions apart from the seeding code lets the
demo grow by adding a file here, named like the content file with a
``_quizzes`` suffix.

Shape of ``QUIZZES``::

    {
        "course_slug": "digital-economy",          # the COURSE["slug"] it belongs to
        "module_slug_for_pre": "...",              # slug of the course's FIRST module;
                                                   # the pre-assessment opens it
        "module_slug_for_final": "...",            # slug of the course's LAST module;
                                                   # the final assessment closes it
        "pre": {
            "slug": "pre-assessment",
            "title": "Before you start: what do you already know?",
            "intro": "<p>...</p>",
            "minutes": 10,
            "questions": [...],                    # 5 questions, at least 3 types
        },
        "final": {
            "slug": "final-assessment",
            "title": "Final assessment",
            "intro": "<p>...</p>",
            "minutes": 20,
            "pass_mark": 70,                       # percent of the points
            "questions": [...],                    # 8 questions, all five types
        },
    }

Every question has ``type``, ``prompt`` (plain text), ``points`` (1, or 2 for
harder questions) and ``explanation`` (html, tags as in lesson text: why the
answer is right, with a pointer to the lesson). The other keys depend on the
type:

- ``single_choice``: ``options``, a list of ``{"text": str, "correct": bool}``
  with 3 to 5 options and exactly one correct.
- ``multiple_choice``: ``options`` as above, 4 to 6 options, at least two
  correct, and ``scoring``: ``"all_or_nothing"`` or ``"partial"``.
- ``true_false``: the prompt is a statement; ``correct_answer`` is a bool.
- ``short_text``: a one-to-three-word answer; ``accepted_answers`` lists the
  reasonable variants (abbreviations, spellings, with and without accents).
- ``numeric``: ``answer`` and ``tolerance`` are decimal numbers written as
  strings, for example ``"12.5"`` and ``"0.5"``.

Quizzes for the French course are written in French, like its lessons.
"""

import importlib

QUIZ_MODULES = [
    "ai_governance_quizzes",
    "digital_economy_quizzes",
    "digital_public_infrastructure_quizzes",
    "cybersecurity_quizzes",
    "data_governance_quizzes",
    "youth_engagement_quizzes",
    "egov_fr_quizzes",
]


def load_quizzes() -> list[dict]:
    """Return the quizzes of every demo course, in catalogue order."""
    return [importlib.import_module(f"{__name__}.{name}").QUIZZES for name in QUIZ_MODULES]
