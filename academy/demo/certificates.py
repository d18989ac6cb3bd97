"""Demo certificates: two templates, and certificates for the past cohorts.

Every finisher of a cohort that has ended gets a certificate (completion,
or distinction for the best quiz scores), trainees who took part without
finishing get a participation certificate, one certificate is revoked and
one reissued after a name correction. Runs once: when any certificate
exists, nothing is issued again.
"""

from django.utils import timezone

from academy.demo import images
from academy.models import Profile
from certificates.issuing import (
    eligibility,
    issue_certificate,
    reissue_certificate,
    revoke_certificate,
    template_revision,
)
from certificates.models import Certificate, CertificateTemplate, Tier
from courses.completion import evaluate_many
from courses.models import CoursePage, Enrollment, EnrollmentStatus

STANDARD_TEMPLATE = "Academy standard"
FRENCH_TEMPLATE = "Modèle francophone"
SIGNATORIES = [
    ("Li Wei", "Dean", "WIC Digital Academy"),
    ("Fatou Ndiaye", "Director of Programmes", "World Internet Conference"),
]
FRENCH_WORDING = {
    "title": "Certificat",
    "wording_completion": "a suivi avec succès le cours {course} ({hours} heures) "
    "dans la cohorte {cohort}, le {date}.",
    "wording_distinction": "a suivi avec mention le cours {course} ({hours} heures) "
    "dans la cohorte {cohort}, le {date}.",
    "wording_participation": "a participé au cours {course} dans la cohorte {cohort}, "
    "achevée le {date}.",
}
REVOKE_REASON = "Issued in error: the trainee's final quiz was recorded twice."
REISSUE_REASON = "Name corrected at the trainee's request."


def seed_certificates(*, report, admin, image_for, signature_for) -> None:
    """``image_for(title, png)`` stores a demo image and returns it (the seed's own helper);
    ``signature_for`` does the same in the private collection of signature scans."""
    images_for = (image_for, signature_for)
    standard = _template(STANDARD_TEMPLATE, {"is_default": True}, images_for, report)
    french = _template(FRENCH_TEMPLATE, {"language": "fr", **FRENCH_WORDING}, images_for, report)
    for course in CoursePage.objects.filter(language="fr", certificate_template__isnull=True):
        course.certificate_template = french
        course.save(update_fields=["certificate_template"])
    if standard is None or Certificate.objects.exists():
        return
    _issue_past_cohorts(admin, report)


def _template(name, fields, images_for, report):
    image_for, signature_for = images_for
    template = CertificateTemplate.objects.filter(name=name).first()
    if template is not None:
        return template
    seal = image_for("Academy seal", images.seal_png("WIC"))
    template = CertificateTemplate.objects.create(name=name, logo=seal, **fields)
    for order, (person, title, organisation) in enumerate(SIGNATORIES):
        template.signatories.create(
            name=person,
            title=title,
            organisation=organisation,
            signature=signature_for(f"Signature of {person}", images.signature_png(person)),
            sort_order=order,
        )
    template.save()
    template_revision(template)
    report.count("certificate templates")
    return template


def _issue_past_cohorts(admin, report) -> None:
    today = timezone.localdate()
    enrollments = list(
        Enrollment.objects.filter(
            cohort__ends_on__lt=today,
            status__in=(EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED),
        )
        .select_related("cohort__course", "user")
        .order_by("cohort__ends_on", "pk")
    )
    results = evaluate_many(enrollments)
    issued = []
    for enrollment in enrollments:
        decision = eligibility(enrollment, results[enrollment.pk], today=today)
        if decision.eligible:
            issued.append(
                issue_certificate(
                    enrollment, issued_by=admin, result=results[enrollment.pk], notify=False
                )
            )
            report.count(f"certificates ({Tier(decision.tier).label.lower()})")
    finishers = [c for c in issued if c.tier == Tier.COMPLETION]
    if len(finishers) >= 2:
        revoke_certificate(finishers[0], revoked_by=admin, reason=REVOKE_REASON)
        report.count("certificates revoked")
        _correct_name_and_reissue(finishers[1], admin)
        report.count("certificates reissued")


def _correct_name_and_reissue(certificate, admin) -> None:
    profile = Profile.objects.get(user=certificate.enrollment.user)
    # The trainee asked for their full middle name; an admin approved the change.
    profile.certificate_name = profile.certificate_name.replace(" ", " Amadou ", 1)
    profile.save(update_fields=["certificate_name"])
    reissue_certificate(certificate, issued_by=admin, reason=REISSUE_REASON)
