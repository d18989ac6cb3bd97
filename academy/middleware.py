"""Response headers Django does not set by itself, and a cap on request bodies."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import render
from django.template.defaultfilters import filesizeformat

ADMIN_PREFIX = "/admin/"

# The academy uses none of these browser features; saying so stops a page
# (or anything injected into one) from asking for them.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "browsing-topics",
    )
)


ERROR_BODY_TOO_LARGE = "The academy accepts at most {limit} here. Nothing you sent was kept."


def body_limit_for(path: str) -> int:
    """The largest request body accepted at ``path``: the longest matching prefix wins."""
    limits = settings.REQUEST_BODY_MAX_BYTES_BY_PATH
    matches = [prefix for prefix in limits if path.startswith(prefix)]
    if not matches:
        return settings.REQUEST_BODY_MAX_BYTES
    return limits[max(matches, key=len)]


class RequestBodyLimitMiddleware:
    """Answers 413 to a body declared larger than its path allows, before reading any of it.

    Django's DATA_UPLOAD_MAX_MEMORY_SIZE leaves out file parts, so without
    this a multipart upload of any size is read (and spooled to disk) before
    a view can look at it. Under WSGI the declared length is also as much as
    Django will ever read, so checking it is enough.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = body_limit_for(request.path_info)
        if _declared_length(request) > limit:
            return render(
                request,
                "413.html",
                {"message": ERROR_BODY_TOO_LARGE.format(limit=filesizeformat(limit))},
                status=413,
            )
        return self.get_response(request)


def _declared_length(request) -> int:
    # A missing or nonsense length is what Django itself reads as an empty body.
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy from settings, loosened under /admin/ only.

    The public site needs nothing beyond CONTENT_SECURITY_POLICY. The Wagtail
    admin is Wagtail's own markup, which still relies on inline styles and
    scripts; ADMIN_CONTENT_SECURITY_POLICY_ADDITIONS lists what it needs, so
    the exception stays in one place and never reaches trainee pages.

    Previews count as admin: Wagtail renders them through a stand-in request
    for the object's public address (or "/"), but serves the result only at
    its own /admin/ preview address, inside the editor. The certificate
    template's HTML preview, for one, carries its print stylesheet inline.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or not _is_admin(request):
            return parts
        additions = settings.ADMIN_CONTENT_SECURITY_POLICY_ADDITIONS
        update = dict(parts.update or {})
        for directive, sources in additions.items():
            update[directive] = [*update.get(directive, ()), *sources]
        parts.update = update
        return parts


def _is_admin(request) -> bool:
    is_admin_preview = getattr(request, "is_dummy", False) and getattr(request, "is_preview", False)
    return is_admin_preview or request.path_info.startswith(ADMIN_PREFIX)
