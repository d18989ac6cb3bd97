"""Trainee profiles in the Wagtail admin, for academy admins.

Correcting a certificate name after a certificate was issued is an admin
action: the admin's edit goes through ``academy.services.profile_update``
like the trainee's own, which lets an admin change a locked name and logs it.
"""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from academy.models import Profile
from academy.services import PROFILE_FIELDS, profile_update


class ProfileEditView(generic.EditView):
    def save_instance(self):
        data = {field: self.form.cleaned_data[field] for field in PROFILE_FIELDS}
        return profile_update(user=self.object.user, acting_user=self.request.user, data=data)


class ProfileIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user")


class ProfilePermissionPolicy(ModelPermissionPolicy):
    """Profiles come with accounts (sign-up, invitation, import): never added by hand."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class ProfileViewSet(ModelViewSet):
    model = Profile
    icon = "user"
    menu_label = "Trainees"
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = ProfileIndexView
    edit_view_class = ProfileEditView
    list_display = [
        "certificate_name",
        Column("email", accessor="user.email", label="Email"),
        "country",
        "organisation",
        "certificate_name_locked_at",
    ]
    list_filter = ["country", "preferred_language"]
    search_fields = ["certificate_name", "display_name", "user__email", "organisation"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("certificate_name"), FieldPanel("display_name")], heading="Names"
        ),
        FieldPanel("country"),
        FieldPanel("organisation"),
        FieldPanel("job_title"),
        FieldPanel("preferred_language"),
    ]


register_permission_policy(Profile, ProfilePermissionPolicy(Profile))


@hooks.register("register_admin_viewset")
def register_profile_viewset():
    return ProfileViewSet("trainees")


@hooks.register("register_account_menu_item")
def change_password_on_the_site(request):
    """Wagtail's password form is off (settings): staff change theirs at the site's.

    That form is throttled like the sign-in; Wagtail's was not.
    """
    return {
        "url": reverse("account_change_password"),
        "label": _("Change password"),
        "help_text": _("Change the password you sign in with, on the academy's account pages."),
    }
