from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from academy.demo.cohorts import DEMO_TRAINEE_EMAIL
from academy.demo.passwords import DEMO_INSTRUCTOR_PASSWORD, DEMO_TRAINEE_PASSWORD
from academy.demo.seed import (
    ADMIN_EMAIL,
    DEMO_COURSE_LEAD,
    admin_password,
    demo_instructor_email,
    seed_demo,
)


class Command(BaseCommand):
    help = "Fill the academy with demo courses and accounts. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even with production settings (the demo admin has a known password).",
        )

    def handle(self, *args, allow_production=False, **options):
        if settings.ACADEMY_ENVIRONMENT == "production" and not allow_production:
            raise CommandError(
                "Refusing to seed demo accounts with production settings; "
                "pass --allow-production if this really is a demo server."
            )
        report = seed_demo()
        if report.created:
            summary = ", ".join(f"{count} {kind}" for kind, count in sorted(report.created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo academy ready: created {summary}."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo academy already complete: nothing to add."))
        self.stdout.write(
            "Admin login: http://127.0.0.1:8000/admin/  "
            f"email: {ADMIN_EMAIL}  password: {admin_password()}"
        )
        instructor = demo_instructor_email()
        if instructor:
            self.stdout.write(
                f"Instructor login: http://127.0.0.1:8000/admin/  email: {instructor}  "
                f"password: {DEMO_INSTRUCTOR_PASSWORD}"
            )
        self.stdout.write(
            f"Course lead login: http://127.0.0.1:8000/admin/  "
            f"email: {DEMO_COURSE_LEAD['email']}  password: {DEMO_INSTRUCTOR_PASSWORD}"
        )
        self.stdout.write(
            f"Trainee login: http://127.0.0.1:8000/accounts/login/  email: {DEMO_TRAINEE_EMAIL}  "
            f"password: {DEMO_TRAINEE_PASSWORD}"
        )
