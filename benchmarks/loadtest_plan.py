"""Write the load test's plan: who logs in and which pages they visit.

Run by scripts/loadtest against its throwaway database after seed_demo. It
picks trainees with an active seat in a running cohort (one per person),
gives them the demo trainee password (seed_demo gives it to one trainee
only), and writes a JSON file that benchmarks/locustfile.py reads: each
trainee's course, lessons and quizzes, the instructors with the cohorts they
teach, and some certificate ids for the public verification pages.

    python benchmarks/loadtest_plan.py PLAN.json --trainees 50

It refuses any database whose name does not start with "academy_load",
because it changes passwords.
"""

import argparse
import json
import os
import sys
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.dev")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402

from academy.demo.passwords import DEMO_INSTRUCTOR_PASSWORD, DEMO_TRAINEE_PASSWORD  # noqa: E402
from academy.demo.seed import demo_instructor_email  # noqa: E402
from certificates.models import Certificate  # noqa: E402
from courses.models import Cohort, Enrollment, EnrollmentStatus, QuizPage  # noqa: E402
from courses.progress import outlines_for  # noqa: E402

DATABASE_PREFIX = "academy_load"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("plan", type=Path, help="where to write the JSON plan")
    parser.add_argument("--trainees", type=int, default=50)
    parser.add_argument("--instructors", type=int, default=2)
    args = parser.parse_args()

    database = settings.DATABASES["default"]["NAME"]
    if not str(database).startswith(DATABASE_PREFIX):
        print(f"Refusing to change passwords in {database!r}: not a load test database.")
        return 1

    running = list(Cohort.objects.running().select_related("course").order_by("pk"))
    outlines = outlines_for([cohort.course for cohort in running])
    enrollments = (
        Enrollment.objects.filter(cohort__in=running, status=EnrollmentStatus.ACTIVE)
        .select_related("user", "cohort__course")
        .order_by("cohort_id", "user__email")
    )
    # Round-robin over the cohorts, so every running course gets trainees.
    by_cohort: dict[int, list] = {}
    for enrollment in enrollments:
        by_cohort.setdefault(enrollment.cohort_id, []).append(enrollment)
    chosen, seen = [], set()
    while len(chosen) < args.trainees and any(by_cohort.values()):
        for queue in by_cohort.values():
            while queue:
                enrollment = queue.pop(0)
                if enrollment.user_id not in seen:
                    seen.add(enrollment.user_id)
                    chosen.append(enrollment)
                    break
            if len(chosen) == args.trainees:
                break
    if len(chosen) < args.trainees:
        print(f"Only {len(chosen)} trainees have a seat in a running cohort.")
        return 1

    User = get_user_model()
    # One hash for all: hashing 50 passwords one by one takes half a minute.
    User.objects.filter(pk__in=seen).update(password=make_password(DEMO_TRAINEE_PASSWORD))

    trainees = []
    for enrollment in chosen:
        course = enrollment.cohort.course
        modules = outlines[course.pk]
        trainees.append(
            {
                "email": enrollment.user.email,
                "password": DEMO_TRAINEE_PASSWORD,
                "course": course.url,
                "lessons": [
                    {"id": lesson.pk, "url": lesson.url}
                    for module in modules
                    for lesson in module.lessons
                ],
                "quizzes": [
                    {"id": quiz.pk, "url": quiz.url}
                    for quiz in QuizPage.objects.live().descendant_of(course).order_by("path")
                ],
            }
        )

    first = demo_instructor_email()
    teachers = (
        User.objects.filter(taught_cohorts__in=running).distinct().order_by("email").only("email")
    )
    teachers = sorted(teachers, key=lambda user: user.email != first)[: args.instructors]
    instructors = [
        {
            "email": user.email,
            "password": DEMO_INSTRUCTOR_PASSWORD,
            # Past cohorts too: their reports are the fullest.
            "cohorts": sorted(user.taught_cohorts.values_list("pk", flat=True)),
        }
        for user in teachers
    ]
    certificates = [
        str(public_id)
        for public_id in Certificate.objects.order_by("serial").values_list("public_id", flat=True)[
            :40
        ]
    ]
    plan = {"trainees": trainees, "instructors": instructors, "certificates": certificates}
    args.plan.write_text(json.dumps(plan, indent=1))
    lessons = sum(len(trainee["lessons"]) for trainee in trainees)
    print(
        f"Plan: {len(trainees)} trainees in {len(running)} running cohorts ({lessons} lessons), "
        f"{len(instructors)} instructors, {len(certificates)} certificates."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
