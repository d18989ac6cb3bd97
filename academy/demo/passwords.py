"""Known passwords of the demo accounts, printed by seed_demo.

Demo instructors and one demo trainee share them so a newcomer can see the
academy through their eyes. Production refuses to seed (see seed_demo).
"""

DEMO_INSTRUCTOR_PASSWORD = "academy-demo-instructor"  # noqa: S105
DEMO_TRAINEE_PASSWORD = "academy-demo-trainee"  # noqa: S105
