"""Trainee-facing URLs under /learn/ (namespace "learn")."""

from django.urls import path

from courses import views

app_name = "learn"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
]
