"""Writes to trainee accounts and profiles."""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from wagtail.log_actions import log

from academy.models import Profile

User = get_user_model()

PROFILE_FIELDS = (
    "display_name",
    "certificate_name",
    "country",
    "organisation",
    "job_title",
    "preferred_language",
)
ERROR_CERTIFICATE_NAME_LOCKED = (
    "The certificate name is locked because a certificate was issued with it; "
    "only an academy admin can change it."
)


def profile_for(user) -> Profile:
    """The user's profile, created empty on first use."""
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


def profile_update(*, user, acting_user, data: dict) -> Profile:
    """Change profile fields; the certificate name is guarded once locked."""
    with transaction.atomic():
        profile = profile_for(user)
        profile = Profile.objects.select_for_update().get(pk=profile.pk)
        new_name = data.get("certificate_name", profile.certificate_name)
        if (
            profile.certificate_name_locked
            and new_name != profile.certificate_name
            and not _is_academy_admin(acting_user)
        ):
            raise PermissionDenied(ERROR_CERTIFICATE_NAME_LOCKED)
        changed = []
        for field in PROFILE_FIELDS:
            if field in data and data[field] is not None and getattr(profile, field) != data[field]:
                setattr(profile, field, data[field])
                changed.append(field)
        if changed:
            # Forms validate first; this catches any other caller (imports, scripts).
            profile.full_clean(exclude=["user"], validate_unique=False)
            profile.save(update_fields=changed)
            log(
                instance=profile,
                action="academy.profile_change",
                user=acting_user,
                data={"fields": changed},
            )
    return profile


def _is_academy_admin(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("academy.change_profile"))
