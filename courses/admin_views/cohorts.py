"""Cohorts in the Wagtail admin: list with filters, create and edit, instructors.

Academy admins see and change every cohort. An instructor sees only the
cohorts they are assigned to and changes none of them; they manage those
cohorts' enrolments instead (``courses.admin_views.enrolments``). Every view
reads cohorts through ``courses.selectors.cohorts_for``, so a cohort one may
not see answers 404 whether it exists or not.
"""

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Prefetch, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from guardian.models import UserObjectPermission
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import ButtonsColumnMixin, Column, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.permission_policies import ModelPermissionPolicy

from courses import services
from courses.models import SEAT_STATUSES, Cohort, CohortStatus, CoursePage, EnrollmentStatus
from courses.permissions import (
    COHORT_ACTIONS,
    INSTRUCTORS_GROUP,
    can,
    can_on_any_cohort,
    permission_for,
)
from courses.selectors import cohorts_for

User = get_user_model()


class CohortPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's questions about cohorts, answered by ``courses.permissions``.

    Academy admins hold model-level permissions; an assigned instructor holds
    guardian object permissions on their cohorts, which make "view" true for
    them (so the menu and list appear) while add, change and delete stay
    false.
    """

    def _codename(self, action: str) -> str:
        if action in COHORT_ACTIONS:
            return permission_for(action).split(".", 1)[1]
        return self._get_permission_codename(action)

    def user_has_permission(self, user, action):
        if action in COHORT_ACTIONS:
            return can_on_any_cohort(user, action)
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if action in COHORT_ACTIONS:
            return can(user, action, instance)
        return super().user_has_permission_for_instance(user, action, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        cohorts = Cohort.objects.none()
        for action in actions:
            if action in COHORT_ACTIONS:
                cohorts = cohorts | cohorts_for(user, action)
        return cohorts

    def _object_permission_holders(self, actions, instance=None):
        codenames = [
            self._codename(action)
            for action in actions
            if action in COHORT_ACTIONS and COHORT_ACTIONS[action]["instructor"]
        ]
        holders = UserObjectPermission.objects.filter(
            content_type=ContentType.objects.get_for_model(Cohort),
            permission__codename__in=codenames,
        )
        if instance is not None:
            holders = holders.filter(object_pk=str(instance.pk))
        return holders.values("user_id")

    def users_with_any_permission(self, actions):
        model_level = self._get_users_with_any_permission_codenames(
            {self._codename(action) for action in actions}
        )
        return User.objects.filter(
            Q(pk__in=model_level.values("pk"))
            | Q(pk__in=self._object_permission_holders(actions), is_active=True)
        )

    def users_with_any_permission_for_instance(self, actions, instance):
        model_level = self._get_users_with_any_permission_codenames(
            {self._codename(action) for action in actions}
        )
        return User.objects.filter(
            Q(pk__in=model_level.values("pk"))
            | Q(pk__in=self._object_permission_holders(actions, instance), is_active=True)
        )


# Filters ---------------------------------------------------------------------


def _courses_with_cohorts(request):
    """Only courses of cohorts the user may see: an unpublished title is not everyone's."""
    if request is None:
        return CoursePage.objects.none()
    visible = cohorts_for(request.user).values("course_id")
    return CoursePage.objects.filter(pk__in=visible).order_by("title")


class CohortFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        queryset=_courses_with_cohorts, label="Course", empty_label="All courses"
    )
    status = django_filters.ChoiceFilter(
        choices=CohortStatus.choices,
        method="filter_status",
        label="Status",
        empty_label="All",
        widget=forms.RadioSelect,
    )
    starts_on = django_filters.DateFromToRangeFilter(label="Starts", widget=DateRangePickerWidget)
    ends_on = django_filters.DateFromToRangeFilter(label="Ends", widget=DateRangePickerWidget)

    class Meta:
        model = Cohort
        fields = []

    def filter_status(self, queryset, name, value):
        # The status is derived from today's date, so it filters as a date range.
        today = timezone.localdate()
        ranges = {
            CohortStatus.UPCOMING: Q(starts_on__gt=today),
            CohortStatus.RUNNING: Q(starts_on__lte=today, ends_on__gte=today),
            CohortStatus.FINISHED: Q(ends_on__lt=today),
        }
        return queryset.filter(ranges[value]) if value in ranges else queryset


# Create and edit form --------------------------------------------------------


def instructor_choices(cohort: Cohort | None = None):
    """Active members of the Instructors group, plus whoever already teaches the cohort."""
    eligible = Q(groups__name=INSTRUCTORS_GROUP, is_active=True)
    if cohort is not None and cohort.pk:
        eligible |= Q(taught_cohorts=cohort)
    return User.objects.filter(eligible).distinct().order_by("last_name", "first_name", "pk")


class InstructorChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, user):
        return f"{user.get_full_name() or user.get_username()} ({user.email})"


class CohortForm(WagtailAdminModelForm):
    # Deliberately not the model's ``instructors`` field: assignments go through
    # services.cohort_set_instructors, which grants and revokes permissions.
    instructor_users = InstructorChoiceField(
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Instructors",
        help_text="Instructors see this cohort and manage its enrolments and report.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instructor_users"].queryset = instructor_choices(self.instance)
        if self.instance.pk and "instructor_users" not in self.initial:
            self.initial["instructor_users"] = [user.pk for user in self.instance.instructors.all()]


cohort_edit_handler = ObjectList(
    [
        FieldPanel("name"),
        FieldPanel("course"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")], heading="Dates"),
        FieldRowPanel(
            [FieldPanel("enrolment_opens_at"), FieldPanel("enrolment_closes_at")],
            heading="Enrolment window",
        ),
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldPanel("language"), FieldPanel("requires_approval")],
            heading="Seats and language",
        ),
        FieldPanel("instructor_users"),
    ],
    base_form_class=CohortForm,
)


# Views -----------------------------------------------------------------------


def enrolments_url(cohort: Cohort) -> str:
    return reverse("academy_enrolments:index", args=[cohort.pk])


def linked_areas(user, cohort: Cohort) -> list[dict]:
    """Links other apps add to a cohort's admin pages, each {label, url, icon_name}.

    Apps register a ``register_cohort_admin_links`` hook taking the user and
    the cohort and returning the links that user may follow; courses need not
    know about them.
    """
    return [
        link
        for hook in hooks.get_hooks("register_cohort_admin_links")
        for link in hook(user, cohort)
    ]


def _dates(cohort: Cohort) -> str:
    return f"{cohort.starts_on:%d %b %Y} – {cohort.ends_on:%d %b %Y}"


def _seats(cohort: Cohort) -> str:
    taken = str(cohort.seats_taken)
    seats = f"{taken} / {cohort.capacity}" if cohort.capacity is not None else f"{taken} (no limit)"
    extras = []
    if cohort.waitlisted:
        extras.append(f"{cohort.waitlisted} waiting")
    if cohort.pending:
        extras.append(f"{cohort.pending} to decide")
    return " · ".join([seats, *extras])


def _instructor_names(cohort: Cohort) -> str:
    return ", ".join(
        user.get_full_name() or user.get_username() for user in cohort.instructors.all()
    )


class CohortIndexView(generic.IndexView):
    def get_base_queryset(self):
        by_status = {
            "seats_taken": Q(enrollments__status__in=SEAT_STATUSES),
            "waitlisted": Q(enrollments__status=EnrollmentStatus.WAITLISTED),
            "pending": Q(enrollments__status=EnrollmentStatus.PENDING),
        }
        return (
            cohorts_for(self.request.user, "view")
            .select_related("course")
            .prefetch_related(
                Prefetch("instructors", queryset=User.objects.order_by("last_name", "first_name"))
            )
            .annotate(
                **{
                    name: Count("enrollments", filter=condition)
                    for name, condition in by_status.items()
                }
            )
        )

    def get_title_url(self, cohort: Cohort) -> str:
        return self.get_edit_url(cohort) or enrolments_url(cohort)

    @cached_property
    def columns(self):
        view = self

        class CohortTitleColumn(ButtonsColumnMixin, TitleColumn):
            def get_buttons(self, instance, parent_context):
                return view.get_list_buttons(instance)

        return [
            CohortTitleColumn("name", label="Name", sort_key="name", get_url=self.get_title_url),
            Column("course", label="Course", accessor="course.title", sort_key="course__title"),
            Column("dates", label="Dates", accessor=_dates, sort_key="starts_on"),
            StatusTagColumn(
                "status",
                label="Status",
                accessor="get_status_display",
                primary=lambda cohort: cohort.status() == CohortStatus.RUNNING,
            ),
            Column("seats", label="Seats taken", accessor=_seats, sort_key="seats_taken"),
            Column("instructors", label="Instructors", accessor=_instructor_names),
        ]

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            MenuItem("Enrolments", url=enrolments_url(instance), icon_name="group", priority=15),
            # The report checks its own access; an assigned instructor holds it with "view".
            MenuItem(
                "Progress report",
                url=reverse("academy_reports:cohort_report", args=[instance.pk]),
                icon_name="table",
                priority=16,
            ),
            MenuItem(
                "Quiz results",
                url=reverse("academy_quiz_results:index", args=[instance.pk]),
                icon_name="clipboard-list",
                priority=17,
            ),
            *(
                MenuItem(link["label"], url=link["url"], icon_name=link["icon_name"], priority=18)
                for link in linked_areas(self.request.user, instance)
            ),
        ]


class CohortInstructorsMixin:
    """Save the instructors through the service once the cohort itself is saved."""

    def save_instance(self):
        cohort = super().save_instance()
        services.cohort_set_instructors(
            cohort=cohort,
            instructors=self.form.cleaned_data["instructor_users"],
            acting_user=self.request.user,
        )
        return cohort


class CohortCreateView(CohortInstructorsMixin, generic.CreateView):
    pass


class CohortEditView(CohortInstructorsMixin, generic.EditView):
    def get_queryset(self):
        return cohorts_for(self.request.user, "change")

    def save_instance(self):
        capacity_before = Cohort.objects.values_list("capacity", flat=True).get(pk=self.object.pk)
        cohort = super().save_instance()
        if capacity_before is not None and (
            cohort.capacity is None or cohort.capacity > capacity_before
        ):
            promoted = services.cohort_fill_free_seats(cohort=cohort, acting_user=self.request.user)
            if promoted:
                messages.success(
                    self.request,
                    f"{len(promoted)} trainee(s) promoted from the waiting list to the new seats.",
                )
        return cohort

    @cached_property
    def header_more_buttons(self):
        return [
            Button("Enrolments", url=enrolments_url(self.object), icon_name="group", priority=5),
            *(
                Button(link["label"], url=link["url"], icon_name=link["icon_name"], priority=6)
                for link in linked_areas(self.request.user, self.object)
            ),
            *super().header_more_buttons,
        ]


class CohortDeleteView(generic.DeleteView):
    def get_queryset(self):
        return cohorts_for(self.request.user, "delete")

    def delete_action(self):
        services.cohort_delete(cohort=self.object, acting_user=self.request.user)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except services.EnrollmentError as error:
            messages.error(self.request, str(error))
            return redirect(reverse(self.edit_url_name, args=[self.object.pk]))


class CohortHistoryView(history.HistoryView):
    def get_base_object_queryset(self):
        return cohorts_for(self.request.user, "change")


class CohortUsageView(usage.UsageView):
    def get_base_object_queryset(self):
        return cohorts_for(self.request.user, "change")


class CohortViewSet(ModelViewSet):
    model = Cohort
    # The namespace follows the "academy_<module>" convention of courses.wagtail_hooks;
    # this module's own ``urlpatterns`` stays empty so the two never clash.
    name = "academy_cohorts"
    url_prefix = "academy/cohorts"
    icon = "group"
    menu_label = "Cohorts"
    menu_order = 150
    add_to_admin_menu = True
    copy_view_enabled = False
    list_per_page = 50
    search_fields = ["name", "course__title"]
    filterset_class = CohortFilterSet
    index_view_class = CohortIndexView
    add_view_class = CohortCreateView
    edit_view_class = CohortEditView
    delete_view_class = CohortDeleteView
    history_view_class = CohortHistoryView
    usage_view_class = CohortUsageView
    edit_handler = cohort_edit_handler

    def get_permissions_to_register(self):
        # "view" matters here (it is what an assigned instructor holds), so offer it too.
        return Permission.objects.filter(content_type=ContentType.objects.get_for_model(Cohort))


urlpatterns = []
viewsets = [CohortViewSet()]
