"""The live preview of a certificate template: a sample certificate, printed as edited."""

import datetime
import uuid

from django.http import HttpResponse
from django.utils import timezone

from certificates.issuing import CourseTaken, build_snapshot
from certificates.models import Tier
from certificates.rendering import PrintedCertificate, html_preview, render_pdf

# A fixed id so the sample prints the same way each time.
SAMPLE_ID = uuid.UUID("00000000-0000-4000-8000-000000000000")


def sample_snapshot(template, *, tier: str = Tier.COMPLETION) -> dict:
    today = timezone.localdate()
    ended = today - datetime.timedelta(days=3)
    return build_snapshot(
        course=CourseTaken(
            title="Data Governance for Public Services",
            hours=24,
            cohort_name=f"Spring {today.year}",
            cohort_starts_on=ended - datetime.timedelta(days=42),
            cohort_ends_on=ended,
        ),
        template=template,
        revision_id=0,
        tier=tier,
        public_id=SAMPLE_ID,
        serial=f"WIC-DA-{today.year}-000000",
        issued_at=datetime.datetime.combine(today, datetime.time(9), tzinfo=datetime.UTC),
        recipient_name="Aminata Diop",
        completed_on=ended,
        expires_on=None,
    )


def sample_certificate(template, *, tier: str = Tier.COMPLETION) -> PrintedCertificate:
    return PrintedCertificate(
        snapshot=sample_snapshot(template, tier=tier),
        key_id="sample",
        signature="sample-not-signed",
        template=template,
    )


def serve_template_preview(template, request, mode_name: str) -> HttpResponse:
    tier = request.GET.get("tier", Tier.COMPLETION)
    if tier not in Tier.values:
        tier = Tier.COMPLETION
    printed = sample_certificate(template, tier=tier)
    if mode_name == "html":
        return HttpResponse(html_preview(printed))
    response = HttpResponse(render_pdf(printed), content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="certificate-preview.pdf"'
    return response
