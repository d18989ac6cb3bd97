"""The email a trainee receives when a certificate is issued to them."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from certificates.models import Certificate, CertificateStatus


def deliver_certificate(*, certificate_id: int) -> None:
    certificate = (
        Certificate.objects.select_related("enrollment__user")
        .filter(pk=certificate_id, status=CertificateStatus.VALID)
        .first()
    )
    if certificate is None or not certificate.enrollment.user.email:
        return  # revoked or superseded before the worker got to it
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "certificate": certificate,
        "snapshot": certificate.snapshot,
        "pdf_url": base + reverse("certificates:pdf", args=[certificate.public_id]),
        "verify_url": certificate.snapshot["verify_url"],
        "certificates_url": base + reverse("my_certificates"),
    }
    send_mail(
        # One line whatever the title holds: a line break would make the mail unsendable.
        subject=" ".join(f"Your certificate: {certificate.snapshot['course_title']}".split()),
        message=render_to_string("certificates/emails/issued.txt", context),
        from_email=None,
        recipient_list=[certificate.enrollment.user.email],
    )
