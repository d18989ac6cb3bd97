"""The user a management command acts as (``--as USERNAME``), for the audit log."""

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

ERROR_NO_USER = "There is no user named {username}."


def user_named(username: str | None):
    """The named user, None when no name is given; ``CommandError`` for an unknown name."""
    if not username:
        return None
    User = get_user_model()
    user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
    if user is None:
        raise CommandError(ERROR_NO_USER.format(username=username))
    return user
