"""Reads for the certificate admin: a cohort's trainees with their certificates, recent issues.

Each runs a fixed number of queries, however many trainees or certificates
there are.
"""

import datetime
from collections.abc import Iterable

from django.db.models import QuerySet
from django.utils import timezone

from certificates.issuing import eligibility
from certificates.models import Certificate, CertificateStatus
from courses.completion import evaluate_many
from courses.models import Cohort, Enrollment


def cohort_enrollments(cohort: Cohort) -> QuerySet[Enrollment]:
    """Every enrolment of the cohort, with what the certificate rows read, by trainee name."""
    return (
        Enrollment.objects.filter(cohort=cohort)
        .select_related("cohort__course", "user", "user__profile")
        .order_by("user__last_name", "user__first_name", "pk")
    )


def current_certificates(enrollment_ids: Iterable[int]) -> dict[int, Certificate]:
    """Each enrolment's valid certificate or, failing that, its latest one."""
    current: dict[int, Certificate] = {}
    certificates = Certificate.objects.filter(enrollment_id__in=list(enrollment_ids)).order_by(
        "-issued_at", "-pk"
    )
    for certificate in certificates:
        held = current.get(certificate.enrollment_id)
        if held is None or (
            certificate.status == CertificateStatus.VALID and held.status != CertificateStatus.VALID
        ):
            current[certificate.enrollment_id] = certificate
    return current


def with_certificates(
    enrollments: Iterable[Enrollment], *, today: datetime.date | None = None
) -> list[Enrollment]:
    """The enrolments, each given ``certificate_decision`` (an ``Eligibility``) and
    ``current_certificate`` (None when it never had one).

    Enrolments should come with ``cohort__course`` (``cohort_enrollments`` does).
    """
    enrollments = list(enrollments)
    today = today or timezone.localdate()
    results = evaluate_many(enrollments)
    certificates = current_certificates(enrollment.pk for enrollment in enrollments)
    for enrollment in enrollments:
        enrollment.certificate_decision = eligibility(
            enrollment, results[enrollment.pk], today=today
        )
        enrollment.current_certificate = certificates.get(enrollment.pk)
    return enrollments


def recent_certificates() -> QuerySet[Certificate]:
    """All certificates, newest first, with what the admin listing shows."""
    return Certificate.objects.select_related("enrollment__cohort", "issued_by").order_by(
        "-issued_at", "-pk"
    )
