"""The live preview of a certificate template: a sample certificate, printed as edited."""

import datetime
import uuid

from django.http import HttpResponse
from django.utils import timezone

from certificates.issuing import _display_date, verify_url
from certificates.models import Tier
from certificates.rendering import PrintedCertificate, html_preview, render_pdf
from certificates.wording import printed_words

# A fixed id so the sample prints the same way each time.
SAMPLE_ID = uuid.UUID("00000000-0000-4000-8000-000000000000")


def sample_snapshot(template, *, tier: str = Tier.COMPLETION) -> dict:
    today = timezone.localdate()
    ended = today - datetime.timedelta(days=3)
    language = template.language
    words = printed_words(language)
    return {
        "schema": 1,
        "public_id": str(SAMPLE_ID),
        "serial": f"WIC-DA-{today.year}-000000",
        "issuer": template.issuer,
        "title": template.title,
        "recipient_name": "Aminata Diop",
        "course_title": "Data Governance for Public Services",
        "hours": 24,
        "cohort_name": f"Spring {today.year}",
        "cohort_starts_on": (ended - datetime.timedelta(days=42)).isoformat(),
        "cohort_ends_on": ended.isoformat(),
        "completed_on": ended.isoformat(),
        "completed_on_display": _display_date(ended, language),
        "tier": tier,
        "tier_label": words[tier],
        "wording": template.wording_for(tier),
        "language": language,
        "labels": {key: words[key] for key in ("issued", "valid_until", "verify_at")},
        "signatories": [
            {"name": s.name, "title": s.title, "organisation": s.organisation}
            for s in _signatories(template)
        ],
        "issued_at": f"{today.isoformat()}T09:00:00+00:00",
        "issued_on_display": _display_date(today, language),
        "expires_on": "",
        "expires_on_display": "",
        "template_id": template.pk or 0,
        "template_revision_id": 0,
        "verify_url": verify_url(SAMPLE_ID),
    }


def _signatories(template):
    signatories = template.signatories
    return list(signatories.all() if hasattr(signatories, "all") else signatories)


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
