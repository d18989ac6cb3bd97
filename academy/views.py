from allauth.account.views import LoginView as AllauthLoginView
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from academy.forms import ProfileForm
from academy.services import profile_for, profile_update

MESSAGE_PROFILE_SAVED = "Your profile is saved."
# allauth's error code once an address or account has spent its failed logins.
THROTTLED_LOGIN_CODE = "too_many_login_attempts"


class LoginView(AllauthLoginView):
    """allauth's login, answering 429 once failed logins are throttled.

    allauth re-shows the form with "Too many failed login attempts" but
    status 200; the trainee still sees that form and message, while clients
    and monitoring see the throttle for what it is.
    """

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if any(error.code == THROTTLED_LOGIN_CODE for error in form.non_field_errors().as_data()):
            response.status_code = 429
        return response


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
