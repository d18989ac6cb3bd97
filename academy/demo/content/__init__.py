"""Instructional content for the demo academy, as plain data.

Each module in this package defines ``COURSE``, a dict that ``seed_demo``
turns into a CoursePage with its modules and lessons. Keeping the writing
apart from the seeding code lets the demo grow by adding a file here.

Shape of ``COURSE``::

    {
        "slug": "digital-economy",                 # unique, lowercase, hyphens
        "title": "The Digital Economy ...",
        "summary": "One or two plain sentences (max 300 characters).",
        "level": "foundation" | "intermediate" | "advanced",
        "language": "en" | "fr" | "es" | "ar",
        "estimated_hours": 8,
        "topics": ["Digital economy", "Policy"],   # see TOPICS below
        "learning_outcomes": ["By the end you can ...", ...],   # 4 to 6
        "instructors": [
            {"full_name": "...", "email": "...@academy.example", "title": "..."},
        ],
        "modules": [                                # at least three
            {
                "slug": "...", "title": "...", "summary": "One sentence.",
                "lessons": [                        # at least three
                    {
                        "slug": "...", "title": "...",
                        "summary": "One sentence.",
                        "minutes": 15,
                        "body": [ (block_type, value), ... ],
                    },
                ],
            },
        ],
    }

Body blocks (``block_type`` and the shape of ``value``):

- ``("text", "<p>...</p>")``: rich text; tags p, ul, ol, li, b, i, a only.
- ``("heading", "Section title")``
- ``("callout", {"kind": "note"|"tip"|"warning", "title": str, "text": html})``
- ``("quote", {"text": str, "attribution": str})``
- ``("case_study", {"title": str, "country": str, "context": html,
  "challenge": html, "approach": html, "outcome": html,
  "questions": [str, ...]})``
- ``("knowledge_check", {"question": str, "options": [{"text": str,
  "correct": bool, "feedback": str}, ...]})``: exactly one correct option.
- ``("image", {"caption": str, "labels": [str, ...]})``: the seeder draws a
  flow diagram of the 3 to 5 labelled steps; its alt text names them.
- ``("video", {"title": str, "duration_minutes": int, "transcript": html})``
- ``("document", {"title": str, "description": str, "lines": [str, ...]})``:
  the seeder prints the lines into a downloadable PDF handout.
"""

import importlib

TOPICS = [
    "AI governance",
    "Cybersecurity",
    "Data governance",
    "Digital economy",
    "Digital inclusion",
    "Digital public infrastructure",
    "E-government",
    "Policy and regulation",
    "Privacy",
    "Youth engagement",
]

COURSE_MODULES = [
    "ai_governance",
    "digital_economy",
    "digital_public_infrastructure",
    "cybersecurity",
    "data_governance",
    "youth_engagement",
    "egov_fr",
]


def load_courses() -> list[dict]:
    """Return every demo course, in catalogue order."""
    return [
        importlib.import_module(f"{__name__}.{name}").COURSE
        for name in COURSE_MODULES
    ]
