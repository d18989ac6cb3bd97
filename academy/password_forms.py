"""allauth's password forms as the academy uses them (ACCOUNT_FORMS).

Kept apart from ``academy.forms``: allauth imports that module for its
sign-up form while ``allauth.account.forms`` is still loading, so it cannot
import allauth's forms in turn.
"""

from allauth.account.adapter import get_adapter
from allauth.account.forms import ChangePasswordForm as AllauthChangePasswordForm


class ChangePasswordForm(AllauthChangePasswordForm):
    """allauth's password change, checking the current password as the sign-in does.

    allauth compares it with ``check_password`` alone, which no throttle
    watches: a stolen session could guess at leisure. Through the adapter,
    each wrong guess counts against the account's and the address's failed
    logins (ACCOUNT_RATE_LIMITS["login_failed"]), shared with the sign-in
    and "confirm your password", and once they are spent the form says so.
    """

    def clean_oldpassword(self) -> str:
        password = self.cleaned_data.get("oldpassword", "")
        adapter = get_adapter()
        if not adapter.reauthenticate(self.user, password):
            raise adapter.validation_error("enter_current_password")
        return password
