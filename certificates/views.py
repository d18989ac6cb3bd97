"""Public verification pages, published keys, and the trainee's own certificates."""

import datetime
from urllib.parse import urlencode

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from academy.private_files import serve_private_file
from certificates.models import Certificate, CertificateStatus
from certificates.permissions import can_download
from certificates.signing import published_keys
from certificates.verification import (
    MALFORMED,
    NOT_PDF,
    check_pdf,
    find_by_serial,
    status_sentence,
)

LINKEDIN_ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"
ERROR_TOO_MANY = "Too many lookups from your network. Please wait an hour and try again."
ERROR_NO_SERIAL = "No certificate has the serial number {serial}. Check it and try again."
ERROR_EMPTY_SERIAL = "Type the serial number printed on the certificate, like WIC-DA-2026-123456."
ERROR_NO_FILE = "Choose the certificate's PDF file to check."
ERROR_TOO_BIG = "The file is {size}; certificates are smaller than {limit}."


def _certificate(public_id) -> Certificate:
    return get_object_or_404(
        Certificate.objects.select_related("superseded_by", "supersedes"), public_id=public_id
    )


@require_safe
def verify(request, public_id):
    certificate = _certificate(public_id)
    response = render(
        request,
        "certificates/verify.html",
        {
            "certificate": certificate,
            "snapshot": certificate.snapshot,
            "status_sentence": status_sentence(certificate),
            "indexable": certificate.is_public,
        },
    )
    if not certificate.is_public:
        response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _over_lookup_limit(request) -> bool:
    """Count this lookup against the client address; True once the hourly allowance is spent."""
    hour = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H")
    # allauth's idea of the client address honours ALLAUTH_TRUSTED_PROXY_COUNT,
    # so behind a proxy each visitor counts alone, as for logins.
    try:
        address = get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        address = ""
    key = f"certificates:lookup:{address}:{hour}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > settings.CERTIFICATE_LOOKUPS_PER_HOUR


@require_http_methods(["GET", "HEAD", "POST"])
def lookup(request):
    context = {"limit": filesizeformat(settings.CERTIFICATE_UPLOAD_MAX_BYTES)}
    serial = request.GET.get("serial")
    if request.method == "POST":
        return _check_upload(request, context)
    if serial is None:
        return render(request, "certificates/lookup.html", context)
    context["serial"] = serial[:40]
    if not serial.strip():
        context["serial_error"] = ERROR_EMPTY_SERIAL
        return render(request, "certificates/lookup.html", context, status=400)
    if _over_lookup_limit(request):
        context["serial_error"] = ERROR_TOO_MANY
        return render(request, "certificates/lookup.html", context, status=429)
    certificate = find_by_serial(serial)
    if certificate is None:
        context["serial_error"] = ERROR_NO_SERIAL.format(serial=serial.strip()[:40])
        return render(request, "certificates/lookup.html", context, status=404)
    return redirect("certificates:verify", public_id=certificate.public_id)


def _check_upload(request, context):
    upload = request.FILES.get("file")
    if upload is None:
        context["file_error"] = ERROR_NO_FILE
        return render(request, "certificates/lookup.html", context, status=400)
    if _over_lookup_limit(request):
        context["file_error"] = ERROR_TOO_MANY
        return render(request, "certificates/lookup.html", context, status=429)
    limit = settings.CERTIFICATE_UPLOAD_MAX_BYTES
    if upload.size > limit:
        context["file_error"] = ERROR_TOO_BIG.format(
            size=filesizeformat(upload.size), limit=filesizeformat(limit)
        )
        return render(request, "certificates/lookup.html", context, status=413)
    check = check_pdf(upload.read(limit + 1))
    context["check"] = check
    if check.certificate is not None:
        context["certificate"] = check.certificate
        context["snapshot"] = check.certificate.snapshot
        context["status_sentence"] = status_sentence(check.certificate)
    status = 400 if check.outcome in (NOT_PDF, MALFORMED) else 200
    return render(request, "certificates/lookup.html", context, status=status)


@require_safe
@cache_control(public=True, max_age=3600)
def keys(request):
    return JsonResponse(
        {"issuer": "WIC Digital Academy", "algorithm": "Ed25519", "keys": published_keys()},
        json_dumps_params={"indent": 2},
    )


@require_safe
@login_required
def pdf(request, public_id):
    certificate = get_object_or_404(
        Certificate.objects.select_related("enrollment"), public_id=public_id
    )
    if not can_download(request.user, certificate):
        raise Http404("No certificate here.")
    return serve_private_file(
        certificate.pdf.storage,
        certificate.pdf.name,
        content_type="application/pdf",
        as_attachment=request.GET.get("inline") is None,
        filename=f"{certificate.serial}.pdf",
    )


@require_POST
@login_required
def visibility(request, public_id):
    certificate = get_object_or_404(Certificate, public_id=public_id, enrollment__user=request.user)
    make_public = request.POST.get("public") == "1"
    if certificate.is_public != make_public:
        certificate.is_public = make_public
        certificate.save(update_fields=["is_public"])
    messages.success(
        request,
        "Search engines may now list its verification page."
        if make_public
        else "Its verification page is hidden from search engines again.",
    )
    return redirect("my_certificates")


def linkedin_url(certificate: Certificate) -> str:
    snapshot = certificate.snapshot
    issued = certificate.issued_at
    params = {
        "startTask": "CERTIFICATION_NAME",
        "name": f"{snapshot['course_title']} — {snapshot['tier_label']}",
        "organizationName": snapshot["issuer"],
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "certId": snapshot["serial"],
        "certUrl": snapshot["verify_url"],
    }
    if certificate.expires_on:
        params["expirationYear"] = certificate.expires_on.year
        params["expirationMonth"] = certificate.expires_on.month
    return f"{LINKEDIN_ADD_TO_PROFILE}?{urlencode(params)}"


@require_safe
@login_required
def mine(request):
    certificates = list(
        Certificate.objects.filter(enrollment__user=request.user)
        .exclude(status=CertificateStatus.SUPERSEDED)
        .select_related("enrollment__cohort")
    )
    rows = [
        {
            "certificate": certificate,
            "snapshot": certificate.snapshot,
            "status_sentence": status_sentence(certificate),
            "linkedin_url": linkedin_url(certificate) if certificate.is_current else None,
            "pdf_url": reverse("certificates:pdf", args=[certificate.public_id]),
        }
        for certificate in certificates
    ]
    return render(request, "certificates/mine.html", {"rows": rows})
