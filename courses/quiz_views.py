"""Trainee views for quiz attempts, under /learn/quiz/ (namespace "quiz").

The quiz page itself is a Wagtail page (``QuizPage``); these views start an
attempt, show it, take its answers and show the result. Each finds the
attempt through ``access_attempt``, so another trainee's attempt is a 404.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from courses.models import QuizAttempt, QuizPage
from courses.quizzes.attempts import (
    ERROR_NOT_LEARNING,
    attempt_questions,
    attempt_start,
    attempt_submit,
    is_expired,
)
from courses.quizzes.errors import AttemptNotFound, NotLearningError, QuizError
from courses.quizzes.selectors import (
    access_attempt,
    attempt_review,
    quiz_overview_for,
)
from courses.selectors import learning_enrollment_for_lesson, lesson_navigation

MESSAGE_ALREADY_SUBMITTED = (
    "This attempt had already been submitted, so your answers were graded only once. "
    "Here is its result."
)
REFUSAL_STATUS = {NotLearningError: 403}


def _frame(quiz: QuizPage, current: str) -> dict:
    """Breadcrumbs ending at the quiz, and the course for language and direction."""
    navigation = lesson_navigation(lesson=quiz)
    return {
        "quiz": quiz,
        "course": navigation["course"],
        "module": navigation["module"],
        "crumbs": [*navigation["breadcrumbs"], quiz],
        "current": {"title": current},
    }


def _refused(request, quiz: QuizPage, error: QuizError, attempt: QuizAttempt | None = None):
    if isinstance(error, AttemptNotFound):
        raise Http404(error.message)
    context = {
        **_frame(quiz, "Not accepted"),
        "message": error.message,
        "attempt": attempt if attempt is not None and not attempt.is_submitted else None,
    }
    status = REFUSAL_STATUS.get(type(error), 400)
    return render(request, "courses/quiz_refused.html", context, status=status)


@require_POST
def start(request, quiz_id):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    if not request.user.is_authenticated:
        return redirect_to_login(quiz.get_url(request))
    enrollment = learning_enrollment_for_lesson(request.user, quiz)
    if enrollment is None:
        return _refused(request, quiz, NotLearningError(ERROR_NOT_LEARNING))
    try:
        attempt = attempt_start(quiz=quiz, enrollment=enrollment, user=request.user)
    except QuizError as error:
        return _refused(request, quiz, error)
    return redirect("quiz:attempt", attempt_id=attempt.pk)


@require_GET
def attempt(request, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = access_attempt(request.user, attempt_id)
    if attempt.is_submitted:
        return redirect("quiz:results", attempt_id=attempt.pk)
    context = {
        **_frame(attempt.quiz, f"Attempt {attempt.number}"),
        "attempt": attempt,
        "questions": attempt_questions(attempt),
        "expired": is_expired(attempt, timezone.now()),
    }
    return render(request, "courses/quiz_attempt.html", context)


@require_POST
def submit(request, attempt_id):
    if not request.user.is_authenticated:
        # A session that ended mid-quiz: back to the attempt after logging in.
        return redirect_to_login(reverse("quiz:attempt", kwargs={"attempt_id": attempt_id}))
    attempt = access_attempt(request.user, attempt_id)
    try:
        result = attempt_submit(attempt=attempt, answers=request.POST, user=request.user)
    except QuizError as error:
        return _refused(request, attempt.quiz, error, attempt=attempt)
    if result.already_submitted:
        messages.info(request, MESSAGE_ALREADY_SUBMITTED)
    return redirect("quiz:results", attempt_id=attempt.pk)


@require_GET
def results(request, attempt_id):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    attempt = access_attempt(request.user, attempt_id)
    if not attempt.is_submitted:
        return redirect("quiz:attempt", attempt_id=attempt.pk)
    context = {
        **_frame(attempt.quiz, f"Attempt {attempt.number}"),
        **attempt_review(attempt),
        "attempt": attempt,
        "overview": quiz_overview_for(request.user, attempt.quiz),
    }
    return render(request, "courses/quiz_results.html", context)
