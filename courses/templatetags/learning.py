"""Template filters for a trainee's progress, so templates never compute it."""

from django import template

from courses.completion import format_percent
from courses.progress import COMPLETED, NOT_STARTED, STARTED

register = template.Library()

STATE_LABELS = {NOT_STARTED: "Not started", STARTED: "Started", COMPLETED: "Completed"}


@register.filter
def lesson_state(progress, lesson) -> str:
    """``not_started``, ``started`` or ``completed``; empty when there is no progress."""
    return progress.state(lesson) if progress else ""


@register.filter
def lesson_state_label(state: str) -> str:
    return STATE_LABELS.get(state, "")


@register.filter
def module_completed(progress, module_outline) -> int:
    """How many of the module's live lessons the trainee has completed."""
    if not progress:
        return 0
    return sum(1 for lesson in module_outline.lessons if progress.state(lesson) == COMPLETED)


@register.filter
def quiz_result(completion, quiz):
    """The trainee's ``QuizResult`` for a quiz of the outline; None without a completion."""
    return completion.quiz(quiz.pk) if completion else None


@register.filter
def percent(value) -> str:
    """A Decimal percent without trailing zeros: 55%, 55.5%; empty for None."""
    return "" if value is None else format_percent(value)
