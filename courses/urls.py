"""Trainee-facing URLs under /learn/ (namespace "learn")."""

from django.urls import path

from courses import views

app_name = "learn"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("cohorts/<int:cohort_id>/enrol/", views.enrol, name="enrol"),
    path("enrolments/<int:enrollment_id>/withdraw/", views.withdraw, name="withdraw"),
    path("lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
]
