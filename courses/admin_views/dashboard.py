"""The Wagtail dashboard panel: the user's cohorts with a one-line summary each."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from courses.models import CohortStatus
from courses.permissions import can_on_all_cohorts
from courses.selectors import cohort_summaries, cohorts_for

# An academy admin may see every cohort; the dashboard shows the first ones running.
PANEL_LIMIT = 25


class CohortsPanel(Component):
    name = "academy_cohorts"
    template_name = "courses/admin/cohorts_panel.html"
    # Above Wagtail's own panels (workflow moderation starts at 210).
    order = 50

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        user = request.user
        today = timezone.localdate()
        sees_all = can_on_all_cohorts(user, "view")
        cohorts = cohorts_for(user, "view").select_related("course")
        if sees_all:
            heading = "Cohorts running today"
            cohorts = cohorts.filter(starts_on__lte=today, ends_on__gte=today)
        else:
            heading = "Your cohorts"
            cohorts = cohorts.filter(ends_on__gte=today)
        cohorts = cohorts.order_by("starts_on", "name")[:PANEL_LIMIT]
        summaries = cohort_summaries(cohorts, now=timezone.now())
        return {
            "heading": heading,
            "sees_all": sees_all,
            "summaries": summaries,
            "running": CohortStatus.RUNNING,
            "cohorts_url": reverse("academy_cohorts:index"),
            "limit": PANEL_LIMIT,
            # Editors who teach nothing see no empty panel; admins learn that nothing runs.
            "show": bool(summaries) or sees_all,
        }
