"""Who is on a course's team, edited by those who may publish the course.

Course leads and academy admins choose the course's authors among the
admin's users; ``courses.services.course_team_set_authors`` grants the
page permissions and writes the audit entries. Everyone else is refused.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.views.generic import TemplateView
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses import services
from courses.models import CoursePage
from courses.permissions import COURSE_TEAM_URL_ACTIONS

User = get_user_model()


def _admin_users():
    """Active users who may use the admin: the only ones a team can hold."""
    return (
        User.objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(
                groups__permissions__content_type__app_label="wagtailadmin",
                groups__permissions__codename="access_admin",
            )
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class AuthorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        name = user.get_full_name()
        return f"{name} ({user.get_username()})" if name else user.get_username()


class CourseTeamForm(forms.Form):
    authors = AuthorChoiceField(
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Authors edit the course and submit their changes for review; "
        "they never publish.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["authors"].queryset = _admin_users()


class CourseTeamView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "courses/admin/course_team.html"
    page_title = "Course team"
    header_icon = "group"

    def dispatch(self, request, *args, page_id, **kwargs):
        self.course = get_object_or_404(CoursePage, pk=page_id)
        action = COURSE_TEAM_URL_ACTIONS["academy_course_teams:edit"]
        if not getattr(self.course.permissions_for_user(request.user), f"can_{action}")():
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.course.title

    def get(self, request, *args, **kwargs):
        authors = services.course_team_authors(self.course)
        form = CourseTeamForm(initial={"authors": list(authors)})
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        form = CourseTeamForm(request.POST)
        if form.is_valid():
            try:
                services.course_team_set_authors(
                    course=self.course,
                    users=form.cleaned_data["authors"],
                    acting_user=request.user,
                )
            except services.CourseTeamError as error:
                form.add_error("authors", str(error))
            else:
                messages.success(request, f"The team of “{self.course.title}” is saved.")
                return redirect(reverse("wagtailadmin_explore", args=[self.course.pk]))
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            course=self.course,
            action_url=reverse("academy_course_teams:edit", args=[self.course.pk]),
            **kwargs,
        )


urlpatterns = [
    path("courses/<int:page_id>/team/", CourseTeamView.as_view(), name="edit"),
]
viewsets = []
