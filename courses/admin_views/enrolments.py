"""One cohort's enrolments in the Wagtail admin: list, add by email, and the decisions.

Every change is a POST that calls ``courses.services``, which lock, audit
and notify. Access is ``access_cohort(user, id, "manage_enrolments")``: an
academy admin for every cohort, an instructor for the cohorts they teach, and
404 for anyone else, whether the cohort exists or not.
"""

from collections.abc import Callable
from dataclasses import dataclass

import django_filters
from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import BaseListingView

from courses import services
from courses.imports import accounts_taught_by, enrols_any_account
from courses.models import Cohort, Enrollment, EnrollmentStatus
from courses.permissions import can
from courses.selectors import access_cohort, with_waitlist_position

User = get_user_model()

ERROR_INVALID_EMAIL = "Enter a valid email address to add a trainee."
ERROR_NOTHING_SELECTED = "Select at least one trainee first."
ERROR_BULK_REFUSED = "Nothing was changed: {trainee}: {error}"
# The same words whether or not an account uses the address.
MESSAGE_INVITED = "An invitation was sent to {email}: they join the cohort on accepting it."

# The listing's natural order: decisions to make first, then the queue, then the rest.
STATUS_ORDER = (
    EnrollmentStatus.PENDING,
    EnrollmentStatus.WAITLISTED,
    EnrollmentStatus.ACTIVE,
    EnrollmentStatus.COMPLETED,
    EnrollmentStatus.WITHDRAWN,
    EnrollmentStatus.DECLINED,
)


def trainee_name(user) -> str:
    profile = getattr(user, "profile", None)
    if profile is not None and (profile.certificate_name or profile.display_name):
        return profile.certificate_name or profile.display_name
    return user.get_full_name() or user.get_username()


# The actions -----------------------------------------------------------------


@dataclass(frozen=True)
class EnrolmentAction:
    label: str
    done: str
    statuses: tuple[str, ...]
    perform: Callable[[Enrollment, object], Enrollment]


ACTIONS = {
    "accept": EnrolmentAction(
        label="Accept",
        done="Request accepted",
        statuses=(EnrollmentStatus.PENDING,),
        perform=lambda enrollment, user: services.enrollment_decide(
            enrollment=enrollment, accept=True, acting_user=user
        ),
    ),
    "decline": EnrolmentAction(
        label="Decline",
        done="Request declined",
        statuses=(EnrollmentStatus.PENDING,),
        perform=lambda enrollment, user: services.enrollment_decide(
            enrollment=enrollment, accept=False, acting_user=user
        ),
    ),
    "promote": EnrolmentAction(
        label="Promote",
        done="Promoted from the waiting list",
        statuses=(EnrollmentStatus.WAITLISTED,),
        perform=lambda enrollment, user: services.enrollment_promote(
            enrollment=enrollment, acting_user=user
        ),
    ),
    "remove": EnrolmentAction(
        label="Remove",
        done="Removed from the cohort",
        statuses=(EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED, EnrollmentStatus.COMPLETED),
        perform=lambda enrollment, user: services.enrollment_withdraw(
            enrollment=enrollment, acting_user=user
        ),
    ),
}


# The listing -----------------------------------------------------------------


class EnrollmentFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        choices=EnrollmentStatus.choices,
        label="Status",
        empty_label="All",
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Enrollment
        fields = []


class SelectColumn(BaseColumn):
    """A checkbox per row, named ``ids``, for the bulk buttons under the table."""

    cell_template_name = "courses/admin/enrolment_select_cell.html"


class ActionsColumn(BaseColumn):
    """The actions that apply to the row's status, as buttons of the table's form."""

    cell_template_name = "courses/admin/enrolment_actions_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["trainee"] = trainee_name(instance.user)
        context["actions"] = [
            {
                "label": action.label,
                "url": reverse(
                    "academy_enrolments:act", args=[instance.cohort_id, instance.pk, name]
                ),
            }
            for name, action in ACTIONS.items()
            if instance.status in action.statuses
        ]
        return context


def _waitlist_position(enrollment: Enrollment) -> int | None:
    return None if enrollment.waitlist_ahead is None else enrollment.waitlist_ahead + 1


def _country(enrollment: Enrollment) -> str:
    profile = getattr(enrollment.user, "profile", None)
    return profile.country.name if profile is not None and profile.country else ""


class EnrolmentIndexView(BaseListingView):
    template_name = "courses/admin/enrolments.html"
    results_template_name = "courses/admin/enrolments_results.html"
    page_title = "Enrolments"
    header_icon = "group"
    paginate_by = 50
    filterset_class = EnrollmentFilterSet
    is_searchable = True
    search_fields = [
        "user__email",
        "user__first_name",
        "user__last_name",
        "user__profile__certificate_name",
    ]
    verbose_name = "enrolment"
    verbose_name_plural = "enrolments"
    index_url_name = "academy_enrolments:index"
    index_results_url_name = "academy_enrolments:index_results"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.cohort = access_cohort(request.user, kwargs["cohort_id"], "manage_enrolments")

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.cohort.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.cohort.pk])

    def get_page_subtitle(self):
        return self.cohort.name

    def get_breadcrumbs_items(self):
        cohort_url = (
            reverse("academy_cohorts:edit", args=[self.cohort.pk])
            if can(self.request.user, "change", self.cohort)
            else ""
        )
        return [
            *self.breadcrumbs_items,
            {"url": reverse("academy_cohorts:index"), "label": "Cohorts"},
            {"url": cohort_url, "label": str(self.cohort)},
            {"url": "", "label": "Enrolments", "sublabel": self.cohort.name},
        ]

    def get_base_queryset(self):
        return with_waitlist_position(
            self.cohort.enrollments.select_related("user", "user__profile")
        )

    def order_queryset(self, queryset):
        if self.ordering:
            return super().order_queryset(queryset)
        by_status = Case(
            *(When(status=status, then=Value(rank)) for rank, status in enumerate(STATUS_ORDER)),
            output_field=IntegerField(),
        )
        return queryset.order_by(by_status, "waitlisted_at", "user__last_name", "pk")

    @cached_property
    def columns(self):
        return [
            SelectColumn("select", label="Select"),
            TitleColumn(
                "trainee",
                label="Trainee",
                accessor=lambda enrollment: trainee_name(enrollment.user),
                sort_key="user__last_name",
                label_prefix="enrolment",
            ),
            Column("email", label="Email", accessor="user.email", sort_key="user__email"),
            Column("country", label="Country", accessor=_country),
            StatusTagColumn(
                "status",
                label="Status",
                accessor="get_status_display",
                sort_key="status",
                primary=lambda enrollment: enrollment.status == EnrollmentStatus.ACTIVE,
            ),
            Column(
                "waitlist_position",
                label="Waiting list",
                accessor=_waitlist_position,
                sort_key="waitlisted_at",
            ),
            DateColumn("created_at", label="Enrolled", sort_key="created_at"),
            DateColumn("last_activity_at", label="Last activity", sort_key="last_activity_at"),
            ActionsColumn("actions", label="Actions"),
        ]

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        query = self.request.GET.copy()
        for transient in ("_w_filter_fragment", "p"):
            query.pop(transient, None)
        # After an action, come back to the same filtered list.
        back = self.index_url + (f"?{query.urlencode()}" if query else "")
        counts = {status: 0 for status in EnrollmentStatus.values}
        for status in self.cohort.enrollments.values_list("status", flat=True):
            counts[status] += 1
        context.update(
            cohort=self.cohort,
            counts=counts,
            add_url=reverse("academy_enrolments:add", args=[self.cohort.pk]),
            bulk_url=reverse("academy_enrolments:bulk", args=[self.cohort.pk]),
            back_url=back,
            bulk_actions=[(name, action.label) for name, action in ACTIONS.items()],
        )
        return context


# The actions' views ----------------------------------------------------------


class AddTraineeForm(forms.Form):
    email = forms.EmailField(max_length=254)


def _back(request, cohort: Cohort):
    return redirect(
        get_valid_next_url_from_request(request)
        or reverse("academy_enrolments:index", args=[cohort.pk])
    )


def _enrolled_directly(acting_user, email: str):
    """The account to enrol without asking, or None to invite the address.

    The same rule as a trainee import: an academy admin enrols any account, an
    instructor only a trainee they already teach.
    """
    if enrols_any_account(acting_user):
        return User.objects.filter(email__iexact=email).order_by("pk").first()
    return accounts_taught_by(acting_user, [email]).get(email)


@require_POST
def add(request, cohort_id):
    """Enrol an account the user may enrol directly; invite any other address alike."""
    cohort = access_cohort(request.user, cohort_id, "manage_enrolments")
    form = AddTraineeForm(request.POST)
    if not form.is_valid():
        messages.error(request, ERROR_INVALID_EMAIL)
        return _back(request, cohort)
    email = form.cleaned_data["email"].strip().lower()
    user = _enrolled_directly(request.user, email)
    if user is None:
        services.invitation_create(cohort=cohort, email=email, acting_user=request.user)
        messages.success(request, MESSAGE_INVITED.format(email=email))
        return _back(request, cohort)
    before = cohort.enrollments.filter(user=user).values_list("status", flat=True).first()
    try:
        enrollment = services.enrollment_add(cohort=cohort, user=user, acting_user=request.user)
    except services.EnrollmentError as error:
        messages.error(request, f"{trainee_name(user)}: {error}")
        return _back(request, cohort)
    name = trainee_name(user)
    if before == enrollment.status:
        messages.warning(
            request, f"{name} is already in this cohort ({enrollment.get_status_display()})."
        )
    elif enrollment.status == EnrollmentStatus.WAITLISTED:
        position = services.waitlist_position(enrollment)
        messages.warning(
            request, f"The cohort is full: {name} is on the waiting list, position {position}."
        )
    else:
        messages.success(request, f"{name} enrolled.")
    return _back(request, cohort)


@require_POST
def act(request, cohort_id, enrollment_id, action):
    """Accept, decline, promote or remove one trainee of the cohort."""
    cohort = access_cohort(request.user, cohort_id, "manage_enrolments")
    spec = ACTIONS.get(action)
    if spec is None:
        raise Http404("No such action.")
    enrollment = get_object_or_404(
        cohort.enrollments.select_related("user", "user__profile"), pk=enrollment_id
    )
    name = trainee_name(enrollment.user)
    try:
        spec.perform(enrollment, request.user)
    except services.EnrollmentError as error:
        messages.error(request, f"{name}: {error}")
    else:
        messages.success(request, f"{spec.done}: {name}.")
    return _back(request, cohort)


def _selected_ids(request) -> list[int] | None:
    try:
        return sorted({int(value) for value in request.POST.getlist("ids")})
    except ValueError:
        return None


@require_POST
def bulk(request, cohort_id):
    """One action on several trainees: all of them or, on any refusal, none."""
    cohort = access_cohort(request.user, cohort_id, "manage_enrolments")
    spec = ACTIONS.get(request.POST.get("action", ""))
    ids = _selected_ids(request)
    if spec is None or ids is None:
        raise Http404("No such action.")
    if not ids:
        messages.error(request, ERROR_NOTHING_SELECTED)
        return _back(request, cohort)
    enrollments = list(
        cohort.enrollments.filter(pk__in=ids)
        .select_related("user", "user__profile")
        .order_by("waitlisted_at", "pk")
    )
    # An id from another cohort (or none) refuses the whole request, telling nothing about it.
    if len(enrollments) != len(ids):
        raise Http404("No such enrolment.")
    try:
        with transaction.atomic():
            for enrollment in enrollments:
                current = enrollment
                spec.perform(enrollment, request.user)
    except services.EnrollmentError as error:
        messages.error(
            request, ERROR_BULK_REFUSED.format(trainee=trainee_name(current.user), error=error)
        )
    else:
        messages.success(request, f"{spec.done}: {len(enrollments)} trainee(s).")
    return _back(request, cohort)


urlpatterns = [
    path("cohorts/<int:cohort_id>/enrolments/", EnrolmentIndexView.as_view(), name="index"),
    path(
        "cohorts/<int:cohort_id>/enrolments/results/",
        EnrolmentIndexView.as_view(results_only=True),
        name="index_results",
    ),
    path("cohorts/<int:cohort_id>/enrolments/add/", add, name="add"),
    path("cohorts/<int:cohort_id>/enrolments/bulk/", bulk, name="bulk"),
    path(
        "cohorts/<int:cohort_id>/enrolments/<int:enrollment_id>/<slug:action>/",
        act,
        name="act",
    ),
]
viewsets = []
