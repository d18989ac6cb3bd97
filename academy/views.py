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
