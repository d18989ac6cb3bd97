"""Who may reach the academy's own public URLs: one table, read by the permission matrix test.

Trainee profiles in the admin ("Trainees", ``academy.wagtail_hooks``) are
guarded by Wagtail's permission policy on ``academy.profile``: academy
admins hold ``academy.change_profile`` (see ``courses.permissions``), and
nobody adds a profile by hand.
"""

# URL name -> whether it needs a login and the methods it answers. The matrix
# test (tests/security) walks every URL and fails on a name missing from here
# and from the other apps' tables.
URL_ACCESS = {
    # Liveness for load balancers: open to anyone, tells nothing but "ok".
    "healthz": {"login": False, "methods": ("GET", "HEAD")},
    # The user's own profile, never anybody else's.
    "profile": {"login": True, "methods": ("GET", "POST")},
    # Wagtail serves the pages (home, catalogue, courses, modules, lessons,
    # quizzes) to anyone; what a trainee did shows only to that trainee.
    "wagtail_serve": {"login": False, "methods": ("GET",)},
}
