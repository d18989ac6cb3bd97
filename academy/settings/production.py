"""Production: every secret and address comes from the environment.

The process refuses to start rather than guess a secret key, a host name or
a database.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *

DEBUG = False
ACADEMY_ENVIRONMENT = "production"

# The verification address is printed in every certificate's QR code: it must
# be chosen, never defaulted.
for required in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "CERTIFICATE_VERIFY_BASE_URL"):
    if not os.environ.get(required):
        raise ImproperlyConfigured(f"{required} must be set in the environment for production.")
if not (
    os.environ.get("CERTIFICATE_SIGNING_KEY") or os.environ.get("CERTIFICATE_SIGNING_KEY_FILE")
):
    raise ImproperlyConfigured(
        "CERTIFICATE_SIGNING_KEY (PEM) or CERTIFICATE_SIGNING_KEY_FILE (a path) must be set "
        "in the environment for production."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe health over plain HTTP from inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
