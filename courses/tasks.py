"""Background tasks of the courses app (django-tasks, "background" queue)."""

from django_tasks import task

from courses import completion, emails


@task(backend="background")
def deliver_email(kind: str, object_id: int) -> None:
    emails.deliver(kind=kind, object_id=object_id)


@task(backend="background")
def reevaluate_course(course_id: int) -> int:
    """The course's completion rule changed: complete the active enrolments that now qualify."""
    return completion.complete_open_enrollments(course_id=course_id)
