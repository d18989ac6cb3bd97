"""Quiz attempts under /learn/quiz/ (namespace "quiz"); the quiz pages are Wagtail's."""

from django.urls import path

from courses import quiz_views

app_name = "quiz"

urlpatterns = [
    path("<int:quiz_id>/start/", quiz_views.start, name="start"),
    path("attempts/<int:attempt_id>/", quiz_views.attempt, name="attempt"),
    path("attempts/<int:attempt_id>/submit/", quiz_views.submit, name="submit"),
    path("attempts/<int:attempt_id>/results/", quiz_views.results, name="results"),
]
