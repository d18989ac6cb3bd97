"""Who gets which certificate, and issuing, revoking and reissuing them.

Called alike by admin views, the bulk task, management commands and the
demo. Each write happens in one transaction with an audit entry; the
trainee's email goes out after commit.
"""

import datetime
import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from wagtail.log_actions import log

from academy.models import Profile
from certificates.models import (
    Certificate,
    CertificateStatus,
    CertificateTemplate,
    Tier,
    certificate_expiry,
)
from certificates.rendering import PrintedCertificate, render_pdf, signatories_of
from certificates.signing import register_current_key, sign
from certificates.wording import printed_words
from courses.completion import CompletionResult, evaluate
from courses.models import Enrollment, EnrollmentStatus

SNAPSHOT_SCHEMA = 1
SERIAL_ATTEMPTS = 8

ERROR_NO_TEMPLATE = (
    "No certificate template: choose one on the course (Settings → Certificate) "
    "or mark a template as the default."
)
ERROR_ALREADY_ISSUED = "This enrolment already has a valid certificate ({serial})."
ERROR_REASON_REQUIRED = "Give a reason: it is shown on the verification page."
ERROR_NOT_VALID = "Only a valid certificate can be {action}."
ERROR_NOT_FINISHED = "Not eligible yet: {missing}."
ERROR_COHORT_RUNNING = "Not eligible yet: the course is not complete and the cohort has not ended."
ERROR_NO_ACTIVITY = "Not eligible: the trainee never started the course."
ERROR_STATUS = "Not eligible: the enrolment is {status}."


class CertificateError(Exception):
    """A request that breaks a certificate rule; the message is shown to the user."""


class AlreadyIssued(CertificateError):
    def __init__(self, certificate: Certificate):
        self.certificate = certificate
        super().__init__(ERROR_ALREADY_ISSUED.format(serial=certificate.serial))


@dataclass(frozen=True)
class Eligibility:
    tier: str | None
    reason: str  # why not, or what the tier means

    @property
    def eligible(self) -> bool:
        return self.tier is not None


def eligibility(
    enrollment: Enrollment,
    result: CompletionResult | None = None,
    *,
    today: datetime.date | None = None,
) -> Eligibility:
    """The tier the completion rule gives this enrolment, or why it gets none.

    Completion (or distinction) for those who finished; participation for
    active trainees who took part but did not finish once the cohort ended.
    """
    today = today or timezone.localdate()
    if enrollment.status not in (EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED):
        status = enrollment.get_status_display().lower()
        return Eligibility(None, ERROR_STATUS.format(status=status))
    if result is None:
        result = evaluate(enrollment)
    if result.complete or enrollment.status == EnrollmentStatus.COMPLETED:
        if result.distinction:
            return Eligibility(Tier.DISTINCTION, "Completed with distinction.")
        return Eligibility(Tier.COMPLETION, "Completed.")
    if enrollment.cohort.ends_on >= today:
        return Eligibility(None, ERROR_COHORT_RUNNING)
    if enrollment.last_activity_at is None and result.lessons_done == 0:
        return Eligibility(None, ERROR_NO_ACTIVITY)
    return Eligibility(Tier.PARTICIPATION, "Took part; did not complete.")


def template_for(course) -> CertificateTemplate:
    template = None
    if course.certificate_template_id:
        template = CertificateTemplate.objects.filter(pk=course.certificate_template_id).first()
    if template is None:
        template = CertificateTemplate.objects.filter(is_default=True).first()
    if template is None:
        raise CertificateError(ERROR_NO_TEMPLATE)
    return template


def template_revision(template: CertificateTemplate):
    """The revision a certificate is printed from: the template as last saved in the admin."""
    revision = template.latest_revision
    if revision is None:
        revision = template.save_revision(log_action=False)
    return revision


def new_serial(year: int) -> str:
    # Random rather than sequential digits, so serials cannot be walked one by one.
    return f"WIC-DA-{year}-{secrets.randbelow(1_000_000):06d}"


def verify_url(public_id) -> str:
    return settings.CERTIFICATE_VERIFY_BASE_URL.rstrip("/") + reverse(
        "certificates:verify", args=[public_id]
    )


# Django names some locales more precisely than our course languages do.
DATE_LOCALES = {"zh": "zh-hans"}


def _display_date(day: datetime.date | None, language: str) -> str:
    if day is None:
        return ""
    if language == "en":
        return formats.date_format(day, "j F Y")  # 25 November 2026, read the world over
    with translation.override(DATE_LOCALES.get(language, language)):
        return formats.date_format(day, "DATE_FORMAT")


@dataclass(frozen=True)
class CourseTaken:
    """What a certificate says was taken: the course and the cohort it ran in."""

    title: str
    hours: int
    cohort_name: str
    cohort_starts_on: datetime.date
    cohort_ends_on: datetime.date

    @classmethod
    def of(cls, enrollment: Enrollment) -> "CourseTaken":
        cohort = enrollment.cohort
        return cls(
            title=cohort.course.title,
            hours=cohort.course.estimated_hours,
            cohort_name=cohort.name,
            cohort_starts_on=cohort.starts_on,
            cohort_ends_on=cohort.ends_on,
        )


def build_snapshot(
    *,
    course: CourseTaken,
    template: CertificateTemplate,
    revision_id: int,
    tier: str,
    public_id,
    serial: str,
    issued_at: datetime.datetime,
    recipient_name: str,
    completed_on: datetime.date,
    expires_on: datetime.date | None,
) -> dict:
    """Every printed field, as JSON-safe values (strings and integers only).

    Issuing and the template's live preview both print from this.
    """
    language = template.language
    words = printed_words(language)
    return {
        "schema": SNAPSHOT_SCHEMA,
        "public_id": str(public_id),
        "serial": serial,
        "issuer": template.issuer,
        "title": template.title,
        "recipient_name": recipient_name,
        "course_title": course.title,
        "hours": course.hours,
        "cohort_name": course.cohort_name,
        "cohort_starts_on": course.cohort_starts_on.isoformat(),
        "cohort_ends_on": course.cohort_ends_on.isoformat(),
        "completed_on": completed_on.isoformat(),
        "completed_on_display": _display_date(completed_on, language),
        "tier": tier,
        "tier_label": words[tier],
        "wording": template.wording_for(tier),
        "language": language,
        "labels": {key: words[key] for key in ("issued", "valid_until", "verify_at")},
        "signatories": [
            {
                "name": signatory.name,
                "title": signatory.title,
                "organisation": signatory.organisation,
            }
            for signatory in signatories_of(template)
        ],
        "issued_at": issued_at.astimezone(datetime.UTC).isoformat(timespec="seconds"),
        "issued_on_display": _display_date(issued_at.date(), language),
        "expires_on": expires_on.isoformat() if expires_on else "",
        "expires_on_display": _display_date(expires_on, language),
        "template_id": template.pk or 0,
        "template_revision_id": revision_id,
        "verify_url": verify_url(public_id),
    }


def _completed_on(enrollment: Enrollment, tier: str) -> datetime.date:
    if tier == Tier.PARTICIPATION or enrollment.completed_at is None:
        return enrollment.cohort.ends_on
    return timezone.localdate(enrollment.completed_at)


def _recipient_name(enrollment: Enrollment) -> str:
    profile = Profile.objects.filter(user=enrollment.user).first()
    if profile is not None and profile.certificate_name.strip():
        return profile.certificate_name.strip()
    return enrollment.user.get_full_name().strip() or enrollment.user.get_username()


def _lock_certificate_name(enrollment: Enrollment, now: datetime.datetime) -> None:
    Profile.objects.filter(user=enrollment.user, certificate_name_locked_at__isnull=True).update(
        certificate_name_locked_at=now
    )


@dataclass(frozen=True)
class PrintPlan:
    """What every certificate of a course is printed with, looked up once.

    Issuing a cohort reuses one plan, so the template, its revision (parsed
    from JSON), its images and the signing key are fetched once, not per
    trainee.
    """

    course: object
    template: CertificateTemplate
    revision: object
    printed_template: CertificateTemplate


def print_plan_for(course) -> PrintPlan:
    template = template_for(course)
    revision = template_revision(template)
    register_current_key()
    return PrintPlan(
        course=course,
        template=template,
        revision=revision,
        printed_template=revision.as_object(),
    )


def issue_certificate(
    enrollment: Enrollment,
    *,
    issued_by=None,
    result: CompletionResult | None = None,
    tier: str | None = None,
    completed_on: datetime.date | None = None,
    now: datetime.datetime | None = None,
    notify: bool = True,
) -> Certificate:
    """Issue the certificate the enrolment is eligible for; raises ``CertificateError`` if none.

    ``tier`` and ``completed_on`` are for reissues, which keep what the
    trainee earned.
    """
    return issue_planned_certificate(
        enrollment,
        plan=None,
        issued_by=issued_by,
        result=result,
        tier=tier,
        completed_on=completed_on,
        now=now,
        notify=notify,
    )


def issue_planned_certificate(
    enrollment: Enrollment,
    *,
    plan: PrintPlan | None,
    issued_by=None,
    result: CompletionResult | None = None,
    tier: str | None = None,
    completed_on: datetime.date | None = None,
    now: datetime.datetime | None = None,
    notify: bool = True,
) -> Certificate:
    """``issue_certificate`` with a ``PrintPlan`` of the enrolment's course (None: look it up)."""
    now = now or timezone.now()
    # "Already has one" first: it stays true even if the trainee left since.
    existing = _valid_certificate(enrollment)
    if existing is not None:
        raise AlreadyIssued(existing)
    if tier is None:
        decision = eligibility(enrollment, result, today=timezone.localdate(now))
        if not decision.eligible:
            raise CertificateError(decision.reason)
        tier = decision.tier
    course = enrollment.cohort.course
    if plan is None or plan.course.pk != course.pk:
        plan = print_plan_for(course)
    expires_on = certificate_expiry(timezone.localdate(now), course.certificate_validity_months)
    recipient_name = _recipient_name(enrollment)
    for _attempt in range(SERIAL_ATTEMPTS):
        certificate = _printed(
            enrollment,
            plan=plan,
            tier=tier,
            now=now,
            issued_by=issued_by,
            expires_on=expires_on,
            recipient_name=recipient_name,
            completed_on=completed_on or _completed_on(enrollment, tier),
        )
        try:
            with transaction.atomic():
                certificate.save()
                _lock_certificate_name(enrollment, now)
                log(
                    instance=certificate,
                    action="academy.certificate.issue",
                    user=issued_by,
                    data=_log_data(certificate),
                )
        except IntegrityError:
            certificate.pdf.delete(save=False)
            existing = _valid_certificate(enrollment)
            if existing is not None:
                raise AlreadyIssued(existing) from None
            continue  # the serial was taken: draw another
        except BaseException:
            # No row, so no file: nothing may point at a PDF that was never issued.
            certificate.pdf.delete(save=False)
            raise
        if notify:
            _email_after_commit(certificate)
        return certificate
    raise CertificateError("Could not draw an unused serial number; try again.")


def _printed(
    enrollment, *, plan, tier, now, issued_by, expires_on, recipient_name, completed_on
) -> Certificate:
    """An unsaved certificate, signed, its PDF rendered and stored (outside any transaction)."""
    certificate = Certificate(
        enrollment=enrollment,
        template=plan.template,
        template_revision=plan.revision,
        tier=tier,
        issued_at=now.replace(microsecond=0),
        issued_by=issued_by,
        expires_on=expires_on,
        serial=new_serial(timezone.localdate(now).year),
    )
    certificate.snapshot = build_snapshot(
        course=CourseTaken.of(enrollment),
        template=plan.printed_template,
        revision_id=plan.revision.pk,
        tier=tier,
        public_id=certificate.public_id,
        serial=certificate.serial,
        issued_at=certificate.issued_at,
        recipient_name=recipient_name,
        completed_on=completed_on,
        expires_on=expires_on,
    )
    signature = sign(certificate.snapshot)
    certificate.key_id, certificate.signature = signature.key_id, signature.value
    pdf = render_pdf(
        PrintedCertificate(
            snapshot=certificate.snapshot,
            key_id=signature.key_id,
            signature=signature.value,
            template=plan.printed_template,
        )
    )
    certificate.pdf_sha256 = hashlib.sha256(pdf).hexdigest()
    certificate.pdf.save(f"{certificate.public_id}.pdf", ContentFile(pdf), save=False)
    return certificate


def _valid_certificate(enrollment: Enrollment) -> Certificate | None:
    return Certificate.objects.filter(enrollment=enrollment, status=CertificateStatus.VALID).first()


def _log_data(certificate: Certificate, **extra) -> dict:
    return {
        "serial": certificate.serial,
        "public_id": str(certificate.public_id),
        "tier": certificate.tier,
        "recipient": certificate.snapshot.get("recipient_name", ""),
        **extra,
    }


def _email_after_commit(certificate: Certificate) -> None:
    from certificates.tasks import email_certificate

    certificate_id = certificate.pk
    transaction.on_commit(lambda: email_certificate.enqueue(certificate_id=certificate_id))


def _required_reason(reason: str | None) -> str:
    """The reason as shown on the verification page; refused when empty."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(ERROR_REASON_REQUIRED)
    return reason


def revoke_certificate(
    certificate: Certificate, *, revoked_by, reason: str, now=None
) -> Certificate:
    reason = _required_reason(reason)
    now = now or timezone.now()
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.status != CertificateStatus.VALID:
            raise CertificateError(ERROR_NOT_VALID.format(action="revoked"))
        certificate.status = CertificateStatus.REVOKED
        certificate.revoked_at = now
        certificate.revoked_by = revoked_by
        certificate.revocation_reason = reason[:300]
        certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"])
        log(
            instance=certificate,
            action="academy.certificate.revoke",
            user=revoked_by,
            data=_log_data(certificate, reason=certificate.revocation_reason),
        )
    return certificate


def reissue_certificate(
    certificate: Certificate, *, issued_by, reason: str, now=None
) -> Certificate:
    """A new certificate for the same achievement (say, a corrected name) superseding the old."""
    reason = _required_reason(reason)
    now = now or timezone.now()
    with transaction.atomic():
        old = (
            Certificate.objects.select_for_update()
            .select_related("enrollment__cohort__course", "enrollment__user")
            .get(pk=certificate.pk)
        )
        if old.status != CertificateStatus.VALID:
            raise CertificateError(ERROR_NOT_VALID.format(action="reissued"))
        old.status = CertificateStatus.SUPERSEDED
        old.superseded_at = now
        old.save(update_fields=["status", "superseded_at"])
        new = issue_certificate(
            old.enrollment,
            issued_by=issued_by,
            tier=old.tier,
            completed_on=datetime.date.fromisoformat(old.snapshot["completed_on"]),
            now=now,
        )
        old.superseded_by = new
        old.save(update_fields=["superseded_by"])
        log(
            instance=old,
            action="academy.certificate.reissue",
            user=issued_by,
            data=_log_data(old, reason=reason, new_serial=new.serial),
        )
    return new


def printed_certificate(certificate: Certificate) -> PrintedCertificate:
    """Rebuild what was printed, for checking that stored bytes are what we would print."""
    return PrintedCertificate(
        snapshot=certificate.snapshot,
        key_id=certificate.key_id,
        signature=certificate.signature,
        template=certificate.template_revision.as_object(),
    )
