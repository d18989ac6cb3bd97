"""Background tasks of the courses app (django-tasks, "background" queue)."""

from django_tasks import task

from courses import emails


@task(backend="background")
def deliver_email(kind: str, object_id: int) -> None:
    emails.deliver(kind=kind, object_id=object_id)
