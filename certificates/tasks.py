"""Background tasks of the certificates app (django-tasks, "background" queue)."""

from django_tasks import task

from certificates import emails


@task(backend="background")
def email_certificate(certificate_id: int) -> None:
    emails.deliver_certificate(certificate_id=certificate_id)
