"""Certificate templates, issued certificates, signing keys and bulk jobs.

A certificate row is a record of what was printed: once issued, only its
status (revocation, supersession) and the trainee's publicity choice may
change. The printed fields live in ``snapshot``; the signature covers the
canonical JSON of that snapshot.
"""

import datetime
import re
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PreviewableMixin, RevisionMixin

from academy.private_files import private_storage
from certificates.uploads import validate_background

PLACEHOLDERS = {
    "name": "the recipient's name as printed",
    "course": "the course title",
    "hours": "the course's estimated hours",
    "cohort": "the cohort's name",
    "date": "the completion date (or the cohort's end for participation)",
    "tier": "the tier in words",
    "serial": "the serial number",
}
# Any braced word, so that a mistyped {Date} is reported rather than printed.
PLACEHOLDER_PATTERN = re.compile(r"\{([A-Za-z_]*)\}")
PLACEHOLDER_HELP = "Placeholders: " + ", ".join(f"{{{name}}}" for name in PLACEHOLDERS) + "."


def validate_wording(text: str) -> None:
    unknown = sorted({name for name in PLACEHOLDER_PATTERN.findall(text)} - set(PLACEHOLDERS))
    if unknown:
        raise ValidationError(
            "Unknown placeholder %(names)s. Use only %(known)s.",
            params={
                "names": ", ".join(f"{{{name}}}" for name in unknown),
                "known": ", ".join(f"{{{name}}}" for name in PLACEHOLDERS),
            },
        )


class Tier(models.TextChoices):
    COMPLETION = "completion", "Completion"
    DISTINCTION = "distinction", "Completion with distinction"
    PARTICIPATION = "participation", "Participation"


class PageSize(models.TextChoices):
    A4 = "A4", "A4"
    LETTER = "letter", "US Letter"


class Orientation(models.TextChoices):
    LANDSCAPE = "landscape", "Landscape"
    PORTRAIT = "portrait", "Portrait"


class CertificateTemplate(PreviewableMixin, RevisionMixin, ClusterableModel):
    """The design and wording of a certificate; a snippet with revisions.

    A certificate records the revision it was printed from, so editing the
    template later never changes a certificate already issued.
    """

    name = models.CharField(max_length=120, unique=True, help_text="For admins only.")
    is_default = models.BooleanField(
        default=False,
        help_text="Used for courses that do not choose a template. Only one template can be it.",
    )
    language = models.CharField(max_length=8, choices=settings.COURSE_LANGUAGES, default="en")
    page_size = models.CharField(max_length=8, choices=PageSize.choices, default=PageSize.A4)
    orientation = models.CharField(
        max_length=10, choices=Orientation.choices, default=Orientation.LANDSCAPE
    )
    title = models.CharField(max_length=120, default="Certificate")
    issuer = models.CharField(max_length=160, default="World Internet Conference Digital Academy")
    wording_completion = models.TextField(
        max_length=600,
        validators=[validate_wording],
        default="has successfully completed the course {course} ({hours} hours) "
        "in the cohort {cohort}, on {date}.",
        help_text=PLACEHOLDER_HELP,
    )
    wording_distinction = models.TextField(
        max_length=600,
        validators=[validate_wording],
        default="has completed the course {course} ({hours} hours) with distinction "
        "in the cohort {cohort}, on {date}.",
        help_text=PLACEHOLDER_HELP,
    )
    wording_participation = models.TextField(
        max_length=600,
        validators=[validate_wording],
        default="has participated in the course {course} in the cohort {cohort}, "
        "which ended on {date}.",
        help_text=PLACEHOLDER_HELP,
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    background = models.FileField(
        upload_to="certificate_backgrounds/",
        blank=True,
        validators=[FileExtensionValidator(["jpg", "jpeg", "svg"]), validate_background],
        help_text="A border or background covering the page: JPEG or SVG, at most 5 MB.",
    )
    accent_colour = models.CharField(
        max_length=7,
        default="#1f4e79",
        help_text="Hex colour of the title and rules, for example #1f4e79.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("is_default"), FieldPanel("language")],
            heading="Template",
        ),
        MultiFieldPanel(
            [
                FieldPanel("page_size"),
                FieldPanel("orientation"),
                FieldPanel("logo"),
                FieldPanel("background"),
                FieldPanel("accent_colour"),
            ],
            heading="Layout",
        ),
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("issuer"),
                FieldPanel("wording_completion"),
                FieldPanel("wording_distinction"),
                FieldPanel("wording_participation"),
            ],
            heading="Wording",
        ),
        InlinePanel("signatories", label="Signatories", min_num=1, max_num=4),
    ]

    class Meta:
        verbose_name = "certificate template"
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="one_default_template"
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", self.accent_colour or ""):
            raise ValidationError({"accent_colour": "Use a hex colour like #1f4e79."})
        if self.is_default:
            others = CertificateTemplate.objects.filter(is_default=True).exclude(pk=self.pk)
            if others.exists():
                raise ValidationError(
                    {"is_default": f"“{others.first()}” is already the default template."}
                )

    def wording_for(self, tier: str) -> str:
        return {
            Tier.COMPLETION: self.wording_completion,
            Tier.DISTINCTION: self.wording_distinction,
            Tier.PARTICIPATION: self.wording_participation,
        }[tier]

    # Live preview: a sample certificate printed with the fields as edited.
    preview_modes = [("", "PDF"), ("html", "HTML (quicker, approximate)")]

    def serve_preview(self, request, mode_name):
        from certificates.preview import serve_template_preview

        return serve_template_preview(self, request, mode_name)


class Signatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name = models.CharField(max_length=120)
    title = models.CharField(max_length=120, blank=True)
    organisation = models.CharField(max_length=160, blank=True)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="A scan of the signature, ideally a PNG with a transparent background.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("organisation"),
        FieldPanel("signature"),
    ]

    def __str__(self):
        return self.name


class SigningKey(models.Model):
    """A public key the academy has signed with, kept for as long as certificates exist.

    Registered the first time its private key signs. After a rotation the
    old row stays, so certificates signed with it still verify.
    """

    key_id = models.CharField(max_length=32, unique=True)
    public_key = models.CharField(max_length=64, help_text="Raw Ed25519 public key, base64url.")
    first_used_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["first_used_at"]

    def __str__(self):
        return self.key_id


class CertificateStatus(models.TextChoices):
    VALID = "valid", "Valid"
    REVOKED = "revoked", "Revoked"
    SUPERSEDED = "superseded", "Superseded"


class Certificate(models.Model):
    # Fields a trainee or admin may change after issue; everything else is the record.
    MUTABLE_FIELDS = frozenset(
        {
            "status",
            "revoked_at",
            "revoked_by",
            "revocation_reason",
            "superseded_by",
            "superseded_at",
            "is_public",
        }
    )

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    serial = models.CharField(max_length=24, unique=True, editable=False)
    enrollment = models.ForeignKey(
        "courses.Enrollment", on_delete=models.PROTECT, related_name="certificates"
    )
    template = models.ForeignKey(CertificateTemplate, on_delete=models.PROTECT, related_name="+")
    template_revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.PROTECT, related_name="+"
    )
    tier = models.CharField(max_length=16, choices=Tier.choices)
    snapshot = models.JSONField(help_text="Every printed field, exactly as printed.")
    issued_at = models.DateTimeField()
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    expires_on = models.DateField(null=True, blank=True)
    # Private: only the owner and issuers get it, through the PDF view.
    pdf = models.FileField(upload_to="certificates/%Y/", storage=private_storage)
    pdf_sha256 = models.CharField(max_length=64, db_index=True)
    key_id = models.CharField(max_length=32)
    signature = models.CharField(max_length=100, help_text="Ed25519 signature, base64url.")

    status = models.CharField(
        max_length=12, choices=CertificateStatus.choices, default=CertificateStatus.VALID
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    revocation_reason = models.CharField(max_length=300, blank=True)
    superseded_by = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="supersedes"
    )
    superseded_at = models.DateTimeField(null=True, blank=True)
    is_public = models.BooleanField(
        default=False, help_text="The trainee lets search engines index the verification page."
    )

    class Meta:
        ordering = ["-issued_at", "-pk"]
        permissions = [("issue_certificate", "Can issue, revoke and reissue certificates")]
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment"],
                condition=Q(status="valid"),
                name="one_valid_certificate_per_enrollment",
            ),
            models.CheckConstraint(
                condition=~Q(status="revoked")
                | (Q(revoked_at__isnull=False) & ~Q(revocation_reason="")),
                name="revoked_has_date_and_reason",
            ),
            models.CheckConstraint(
                # The successor is named in the same transaction, right after it exists.
                condition=~Q(status="superseded") | Q(superseded_at__isnull=False),
                name="superseded_has_date",
            ),
        ]

    def __str__(self):
        return self.serial

    def save(self, *args, update_fields=None, **kwargs):
        changing = self.pk is not None and not self._state.adding
        if changing and (update_fields is None or not set(update_fields) <= self.MUTABLE_FIELDS):
            raise ValidationError(
                "An issued certificate cannot be changed; revoke or reissue it instead."
            )
        super().save(*args, update_fields=update_fields, **kwargs)

    @property
    def is_expired(self) -> bool:
        return (
            self.status == CertificateStatus.VALID
            and self.expires_on is not None
            and self.expires_on < timezone.localdate()
        )

    @property
    def is_current(self) -> bool:
        return self.status == CertificateStatus.VALID and not self.is_expired

    @property
    def display_status(self) -> str:
        return "expired" if self.is_expired else self.status


class BulkIssueStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    FINISHED = "finished", "Finished"
    FAILED = "failed", "Failed"


class BulkIssueJob(models.Model):
    """One request to issue a cohort's certificates; the admin watches its counters."""

    cohort = models.ForeignKey("courses.Cohort", on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=BulkIssueStatus.choices, default=BulkIssueStatus.QUEUED
    )
    total = models.PositiveIntegerField(default=0)
    issued = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0, help_text="Already had a certificate.")
    failures = models.JSONField(default=list, help_text="[{trainee, reason}], one per failure.")
    # Who is running it ("host:pid") and when it last reported, so a job
    # whose process died (killed, machine restarted) can be told from a slow one.
    worker = models.CharField(max_length=120, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Certificates for {self.cohort} ({self.get_status_display()})"

    @property
    def done(self) -> int:
        """Trainees dealt with; a failure without an enrolment is the job's own (a crash)."""
        trainee_failures = sum(1 for failure in self.failures if failure.get("enrollment"))
        return self.issued + self.skipped + trainee_failures

    @property
    def is_active(self) -> bool:
        return self.status in (BulkIssueStatus.QUEUED, BulkIssueStatus.RUNNING)


def certificate_expiry(issued_on: datetime.date, validity_months: int | None):
    """The day a certificate stops being current, or None when it never does."""
    if not validity_months:
        return None
    month_index = issued_on.month - 1 + validity_months
    year, month = issued_on.year + month_index // 12, month_index % 12 + 1
    # The same day of the month, or the month's last day when it is shorter.
    for day in (issued_on.day, 30, 29, 28):
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")
