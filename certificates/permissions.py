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


# Admin URLs (namespace "academy_certificate_jobs") -> the permission each needs and
# the methods it answers. The URL test walks the namespace and fails on a
# URL name missing from here.
ADMIN_URL_PERMISSIONS = {
    "academy_certificate_jobs:cohort": {"permission": ISSUE_PERMISSION, "methods": ("GET",)},
    "academy_certificate_jobs:start": {"permission": ISSUE_PERMISSION, "methods": ("POST",)},
    "academy_certificate_jobs:download": {"permission": ISSUE_PERMISSION, "methods": ("GET",)},
    "academy_certificate_jobs:job": {"permission": ISSUE_PERMISSION, "methods": ("GET",)},
}
