from django.apps import AppConfig


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = "Academy"

    def ready(self):
        from academy import checks  # noqa: F401  (registers the system checks)
        from academy.spreadsheets import guard_spreadsheet_exports

        # Wagtail's own reports (site history, aging pages...) export text that
        # trainees and instructors typed; Wagtail has no hook to neutralise
        # formulas in them, so the shared export mixin is wrapped once, here.
        guard_spreadsheet_exports()
