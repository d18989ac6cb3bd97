"""Trainee-facing views: thin wrappers over services and selectors."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse


@login_required
def dashboard(request):
    return HttpResponse("My learning")


def invitation(request, token):
    return HttpResponse("Invitation")
