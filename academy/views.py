from allauth.account.views import LoginView as AllauthLoginView
from allauth.account.views import PasswordChangeView as AllauthPasswordChangeView
from allauth.account.views import ReauthenticateView as AllauthReauthenticateView
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from academy.forms import ProfileForm
from academy.services import profile_for, profile_update

MESSAGE_PROFILE_SAVED = "Your profile is saved."
MESSAGE_PAGE_REFUSED = gettext_lazy("Your account may not open that page.")
# allauth's error code once an address or account has spent its failed logins.
THROTTLED_LOGIN_CODE = "too_many_login_attempts"
ADMIN_ACCESS_PERMISSION = "wagtailadmin.access_admin"


def is_throttled(form) -> bool:
    """Whether the form was refused because its failed password attempts are spent."""
    return any(
        error.code == THROTTLED_LOGIN_CODE
        for errors in form.errors.as_data().values()
        for error in errors
    )


class AnswersThrottledWith429:
    """A password form answering 429 once failed attempts are throttled.

    allauth re-shows the form with "Too many failed login attempts" but
    status 200; the person still sees that form and message, while clients
    and monitoring see the throttle for what it is.
    """

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if is_throttled(form):
            response.status_code = 429
        return response


class LoginView(AnswersThrottledWith429, AllauthLoginView):
    """allauth's sign-in: the one form in the academy that opens a session with a password."""


class PasswordChangeView(AnswersThrottledWith429, AllauthPasswordChangeView):
    """allauth's password change; wrong current passwords count as failed logins."""


class ReauthenticateView(AnswersThrottledWith429, AllauthReauthenticateView):
    """allauth's "confirm your password"; wrong passwords count as failed logins."""


def _to_site_sign_in(next_url: str):
    if not next_url:
        return redirect(settings.LOGIN_URL)
    return redirect_to_login(next_url, settings.LOGIN_URL)


def _local_next(request) -> str:
    """The ?next= address if it stays on this site, else ""."""
    next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return ""


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def admin_sign_in(request):
    """/admin/login/ hands over to the site's sign-in, keeping ?next=.

    Wagtail's own login form authenticated by itself, skipping email
    verification, the inactive-account page and the failed-login throttle.
    This never authenticates: a POST, credentials and all, is answered like
    a GET, so every session starts at allauth's sign-in.
    """
    next_url = _local_next(request) or reverse("wagtailadmin_home")
    if not request.user.is_authenticated:
        return _to_site_sign_in(next_url)
    if request.user.has_perm(ADMIN_ACCESS_PERMISSION):
        return redirect(next_url)
    # Signed in without admin access: the site's sign-in would send them
    # straight back to the admin, which sends them here. Wagtail has already
    # said "You do not have permission to access the admin."
    return redirect(settings.LOGIN_REDIRECT_URL)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def page_sign_in(request):
    """Wagtail's sign-in for private pages hands over to the site's, keeping ?next=.

    Like ``admin_sign_in``: Wagtail's form at this address opened sessions
    on its own, and this one never authenticates.
    """
    if not request.user.is_authenticated:
        return _to_site_sign_in(_local_next(request))
    # Signed in, yet the page's restriction (a group) still refuses them;
    # sending them to the sign-in would bring them straight back here.
    messages.error(request, MESSAGE_PAGE_REFUSED)
    return redirect(settings.LOGIN_REDIRECT_URL)


@never_cache
@require_safe
def healthz(request):
    """Liveness for load balancers: 200 when the database answers, 503 when not.

    Open to anyone and reveals nothing but the two words it returns.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_http_methods(["GET", "POST"])
@login_required
def profile(request):
    """The trainee's own profile; the certificate name stays as it is once locked."""
    profile = profile_for(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        try:
            profile_update(user=request.user, acting_user=request.user, data=form.cleaned_data)
        except PermissionDenied as error:
            form.add_error("certificate_name", str(error))
        else:
            messages.success(request, MESSAGE_PROFILE_SAVED)
            return redirect("profile")
    status = 400 if form.errors else 200
    return render(
        request, "academy/profile.html", {"form": form, "profile": profile}, status=status
    )
