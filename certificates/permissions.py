"""Who may do what with certificates.

Issuing, revoking and reissuing need ``certificates.issue_certificate``
(the "Academy admins" group has it). A certificate's PDF is for its owner
and for those who may issue; for anyone else it does not exist.
"""

from certificates.models import Certificate

ISSUE_PERMISSION = "certificates.issue_certificate"


def can_issue(user) -> bool:
    return user.is_active and user.has_perm(ISSUE_PERMISSION)


def can_download(user, certificate: Certificate) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    return certificate.enrollment.user_id == user.pk or can_issue(user)


# Admin URLs (namespaces "academy_certificates" for single certificates and
# "academy_certificate_jobs" for bulk issuance) -> the methods each answers.
# Every one needs ``can_issue``; the permission tests walk the namespaces and
# fail on a URL name missing from here. GET only shows; POST writes.
ADMIN_URL_METHODS = {
    "academy_certificates:index": ("GET",),
    "academy_certificates:index_results": ("GET",),
    "academy_certificates:cohort": ("GET",),
    "academy_certificates:issue": ("GET", "POST"),
    "academy_certificates:revoke": ("GET", "POST"),
    "academy_certificates:reissue": ("GET", "POST"),
    "academy_certificate_jobs:cohort": ("GET",),
    "academy_certificate_jobs:start": ("POST",),
    "academy_certificate_jobs:download": ("GET",),
    "academy_certificate_jobs:job": ("GET",),
}

# Public certificate URLs (namespace "certificates", plus "my_certificates")
# -> whether they need a login and the methods they answer. The PDF and the
# visibility switch answer 404 to anyone but those named above, so a
# certificate's existence never leaks. The URL test walks the namespace and
# fails on a URL name missing from here.
CERTIFICATE_URL_ACCESS = {
    "certificates:lookup": {"login": False, "methods": ("GET", "HEAD", "POST")},
    "certificates:verify": {"login": False, "methods": ("GET", "HEAD")},
    "certificates:keys": {"login": False, "methods": ("GET", "HEAD")},
    "certificates:pdf": {"login": True, "methods": ("GET", "HEAD")},
    "certificates:visibility": {"login": True, "methods": ("POST",)},
    "my_certificates": {"login": True, "methods": ("GET", "HEAD")},
}
