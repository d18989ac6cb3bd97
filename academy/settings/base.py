"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the
environment here; ``dev``, ``test`` and ``production`` only override.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# Which kind of deployment this is; production refuses demo seeding.
ACADEMY_ENVIRONMENT = "development"

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "academy",
    "courses",
    "certificates",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "guardian",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "django_filters",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "academy.middleware.PermissionsPolicyMiddleware",
    "academy.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before anything that reads the body (CSRF's check reads the form).
    "academy.middleware.RequestBodyLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "academy.urls"
WSGI_APPLICATION = "academy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite in the project folder unless DATABASE_URL points elsewhere
# (for example postgres://user@127.0.0.1:5432/academy).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Languages a course can be taught in; the catalogue filters on these.
COURSE_LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ar", "العربية"),
    ("zh", "中文"),
    ("ru", "Русский"),
    ("pt", "Português"),
]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "academy" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# Files that belong to one person or to staff (certificate PDFs): outside
# MEDIA_ROOT, so nothing serves them by URL; permission-checked views hand them
# out (academy/private_files.py). Never inside MEDIA_ROOT, nor the reverse.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
# Who sends a private file once a view has allowed it: "django" streams it;
# "x-accel" (nginx) and "x-sendfile" (Apache mod_xsendfile) let the web server
# do it (docs/deployment.md). X-Accel-Redirect names the file under this prefix,
# which must be an `internal` nginx location aliased to PRIVATE_MEDIA_ROOT.
PRIVATE_FILES_SERVE = os.environ.get("PRIVATE_FILES_SERVE", "django")
PRIVATE_FILES_ACCEL_PREFIX = os.environ.get("PRIVATE_FILES_ACCEL_PREFIX", "/private-files/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # No base URL: asking a private file for its URL is an error.
    "private": {"BACKEND": "academy.private_files.PrivateFileSystemStorage"},
    # Hashed names let browsers cache for a year; WhiteNoise serves the
    # pre-compressed copies (gzip and Brotli) that collectstatic writes.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Digital Academy <academy@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Content-Security-Policy (django-csp) on every response. Pages load only the
# academy's own files: no inline script or style, no plugins, no third-party
# hosts; data: lets a stylesheet carry a small image without another request.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Wagtail's live preview shows pages in a same-origin iframe.
        "frame-ancestors": [SELF],
    },
}
# Added to the policy under /admin/ only (academy.middleware). Wagtail's admin
# markup has inline <script> blocks (listings, editors, snippet forms), its
# editors inject <style> elements and style attributes, and the image focal
# point cropper sets inline event handlers: none of it carries a nonce, so the
# admin needs 'unsafe-inline'. Everything else stays as strict as the site.
ADMIN_CONTENT_SECURITY_POLICY_ADDITIONS = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
}

# Accounts (django-allauth): email is the login, verified before first use.
# allauth's sign-in at /accounts/login/ is the only way into a session: it
# applies email verification, refuses inactive accounts and throttles failed
# attempts. Wagtail's login forms (/admin/login/, /_util/login/) hand over to
# it (academy.urls). Django's ModelBackend is left out so nothing signs in by
# username; allauth's backend extends it, so model permissions still apply.
AUTHENTICATION_BACKENDS = [
    "allauth.account.auth_backends.AuthenticationBackend",
    "guardian.backends.ObjectPermissionBackend",
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/learn/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_SIGNUP_FORM_CLASS = "academy.forms.SignupForm"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Digital Academy] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = os.environ.get("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "http")
# The password change checks the current password through allauth's
# authenticate, so wrong guesses count as failed logins.
ACCOUNT_FORMS = {"change_password": "academy.password_forms.ChangePasswordForm"}
# Logging in after a password reset would skip the sign-in's checks; a login
# code is a second way in that nobody here needs.
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGIN_BY_CODE_ENABLED = False
# allauth's rate limits. Any request over its action's limit gets
# templates/429.html. Every wrong password, whichever form it was typed
# into (sign-in, password change, "confirm your password"), counts against
# the one "login_failed" budget, per address and per account: once it is
# spent the form comes back with "too many failed attempts", as 429.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "change_password": "10/m/ip,5/m/user",
    "reauthenticate": "10/m/ip,10/m/user",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
# Behind a proxy every request comes from the proxy's address, so the limits
# per address (allauth also allows 30 logins a minute per address) would
# throttle the whole site at once. Set this to the number of proxies that
# append to X-Forwarded-For, and only then: a client can forge the header.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("ALLAUTH_TRUSTED_PROXY_COUNT", "0"))

# django-guardian: object permissions decide which cohorts an instructor sees.
ANONYMOUS_USER_NAME = None
GUARDIAN_RAISE_403 = False

# Background work. Wagtail's own small tasks (reference index) run inline;
# the academy's emails and bulk jobs go to the "background" queue: a database
# queue by default, worked by `manage.py db_worker`, or any django-tasks
# backend (RQ on Redis) named by TASKS_BACKEND.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    },
}

CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Trainees with no activity for this many days are flagged at risk in reports.
AT_RISK_INACTIVE_DAYS = 14
INVITATION_VALID_DAYS = 30

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Certificates are signed with an Ed25519 key: PEM text in
# CERTIFICATE_SIGNING_KEY, or a file named by CERTIFICATE_SIGNING_KEY_FILE
# (`manage.py certificate_key --create` writes one for local use).
CERTIFICATE_SIGNING_KEY = os.environ.get("CERTIFICATE_SIGNING_KEY", "")
CERTIFICATE_SIGNING_KEY_FILE = os.environ.get(
    "CERTIFICATE_SIGNING_KEY_FILE", str(BASE_DIR / "var" / "certificate-signing-key.pem")
)
# Printed on certificates and in their QR codes: keep it stable for years.
CERTIFICATE_VERIFY_BASE_URL = os.environ.get(
    "CERTIFICATE_VERIFY_BASE_URL",
    os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000"),
)
# Lookups by serial number per client address and hour on the public form.
CERTIFICATE_LOOKUPS_PER_HOUR = 30
CERTIFICATE_UPLOAD_MAX_BYTES = 5 * 1024 * 1024
# A bulk job silent for this long, on another machine, is taken to be dead
# (on the same machine its process is checked directly).
CERTIFICATE_JOB_STALE_SECONDS = int(os.environ.get("CERTIFICATE_JOB_STALE_SECONDS", "300"))
# A stored PDF no certificate names, older than this, is an orphan of an
# interrupted issue; younger ones may belong to an issue in progress.
CERTIFICATE_ORPHAN_GRACE_SECONDS = int(os.environ.get("CERTIFICATE_ORPHAN_GRACE_SECONDS", "600"))

WAGTAIL_SITE_NAME = "WIC Digital Academy"
# Passwords are set, changed and reset at /accounts/, behind allauth's
# throttles; Wagtail's own forms for them (account page, reset by email)
# had none. Wagtail's login URL settings stay unset: they would point
# signed-in people without access at the site's sign-in, which sends them
# straight back. /admin/login/ and /_util/login/ hand over instead.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database search, given only queries the database can run
# (no control characters, a bounded length): see academy/search_backend.py.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "academy.search_backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "mp4", "webm"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# The largest request body the academy reads, judged from its declared length
# before any of it is read (academy.middleware.RequestBodyLimitMiddleware).
# The longest matching path prefix wins; each upload limit gets room for the
# multipart framing and the form's other fields. Public forms carry no files
# except the certificate check, so elsewhere a body is at most Django's own
# 2.5 MB limit on form data, plus framing.
REQUEST_FORM_OVERHEAD_BYTES = 512 * 1024
REQUEST_BODY_MAX_BYTES = 3 * 1024 * 1024
REQUEST_BODY_MAX_BYTES_BY_PATH = {
    "/certificates/verify/": CERTIFICATE_UPLOAD_MAX_BYTES + 64 * 1024,
    # Images, certificate backgrounds (5 MB), trainee lists (2 MB), page forms.
    "/admin/": WAGTAILIMAGES_MAX_UPLOAD_SIZE + REQUEST_FORM_OVERHEAD_BYTES,
    "/admin/documents/": WAGTAILDOCS_MAX_UPLOAD_SIZE + REQUEST_FORM_OVERHEAD_BYTES,
}
# Renditions for the srcset of lesson and course images.
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp"}
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars would otherwise be fetched from a third-party service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail logs every publish and every background task at INFO.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint narrates every rendering step at INFO.
        "weasyprint": {"level": "WARNING"},
        "weasyprint.progress": {"level": "WARNING"},
    },
}
