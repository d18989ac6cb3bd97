"""Security headers on public pages, account pages, the admin and JSON answers.

Also: the Content-Security-Policy per area, HTTPS-only cookies and HSTS under
production settings, and CSRF refusals on the endpoints that change things.
"""

import json
import re
import subprocess
import sys

import pytest
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from academy.middleware import PERMISSIONS_POLICY, ContentSecurityPolicyMiddleware
from courses.models import LessonPage
from tests.academy.test_deploy_check import PROJECT_ROOT, production_env
from tests.certificate_factories import CertificateTemplateFactory, issued_certificate
from tests.cohort_factories import CohortFactory, enrol, verified_user
from tests.factories import UserFactory, course_with_lessons

URLS = ["/", "/courses/", "/accounts/login/", "/admin/login/", "/healthz/", "/no-such-page/"]

# What every public page may load: the academy's own files, nothing inline.
PUBLIC_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Wagtail's admin markup runs inline scripts and styles; nothing else loosens.
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
}


def policy_of(response) -> dict[str, list[str]]:
    directives = (part.split() for part in response["Content-Security-Policy"].split(";"))
    return {name: sources for name, *sources in directives}


@pytest.mark.django_db
@pytest.mark.parametrize("url", URLS)
def test_every_response_carries_the_security_headers(client, url):
    response = client.get(url)

    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in response
    assert "Content-Security-Policy-Report-Only" not in response


# Content-Security-Policy ----------------------------------------------------------


@pytest.fixture
def course(catalogue):
    course, _outline = course_with_lessons(parent=catalogue, modules=1, lessons_per_module=2)
    return course


@pytest.fixture
def enrolled_client(client, course):
    trainee = verified_user(username="amina", email="amina@academy.example")
    enrol(CohortFactory(course=course), user=trainee)
    client.force_login(trainee)
    return client


@pytest.fixture
def superuser_client(db):
    client = Client()
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize("url", ["/", "/courses/", "/accounts/login/", "/accounts/signup/"])
def test_public_pages_allow_only_the_academys_own_files(client, catalogue, course, url):
    response = client.get(url)

    assert response.status_code == 200
    assert policy_of(response) == PUBLIC_POLICY


def test_a_course_page_has_the_public_policy(client, course):
    response = client.get(course.url)

    assert response.status_code == 200
    assert policy_of(response) == PUBLIC_POLICY


def test_the_trainees_pages_have_the_public_policy(enrolled_client, course):
    lesson = LessonPage.objects.descendant_of(course).live().first()

    for url in ("/learn/", lesson.url, "/learn/certificates/"):
        response = enrolled_client.get(url)
        assert response.status_code == 200, url
        assert policy_of(response) == PUBLIC_POLICY, url


def test_certificate_verification_has_the_public_policy(client, catalogue, quick_certificate_pdfs):
    certificate = issued_certificate(catalogue)

    for url in (
        "/certificates/verify/",
        f"/certificates/verify/?serial={certificate.serial}",
        f"/certificates/verify/{certificate.public_id}/",
    ):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert policy_of(response) == PUBLIC_POLICY, url


def test_error_pages_have_the_public_policy(client, catalogue):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert policy_of(response) == PUBLIC_POLICY


def test_no_public_page_runs_inline_script(client, catalogue, course):
    for url in ("/", "/courses/", course.url, "/certificates/verify/"):
        script_src = policy_of(client.get(url))["script-src"]
        assert "'unsafe-inline'" not in script_src, url
        assert "'unsafe-eval'" not in script_src, url


@pytest.mark.parametrize(
    "url", ["/admin/", "/admin/pages/", "/admin/academy/cohorts/", "/admin/academy/cohorts/new/"]
)
def test_admin_pages_have_the_admin_policy(superuser_client, catalogue, url):
    response = superuser_client.get(url)

    assert response.status_code == 200
    assert policy_of(response) == ADMIN_POLICY


def test_the_admin_login_has_the_admin_policy(client, db):
    assert policy_of(client.get("/admin/login/")) == ADMIN_POLICY


def test_the_page_editor_has_the_admin_policy(superuser_client, course):
    response = superuser_client.get(f"/admin/pages/{course.pk}/edit/")

    assert response.status_code == 200
    assert policy_of(response) == ADMIN_POLICY


def test_an_address_that_only_starts_like_the_admin_keeps_the_public_policy(client, catalogue):
    assert policy_of(client.get("/administration/")) == PUBLIC_POLICY


def test_a_page_preview_is_served_with_the_admin_policy(course):
    """Wagtail renders previews through a stand-in request for the public address."""
    response = course.make_preview_request()

    assert response.status_code == 200
    assert policy_of(response) == ADMIN_POLICY


def test_the_certificate_templates_html_preview_may_style_itself_inline(db):
    response = CertificateTemplateFactory().make_preview_request(preview_mode="html")

    assert response.status_code == 200
    assert "<style>" in response.content.decode()
    assert policy_of(response) == ADMIN_POLICY


def test_only_wagtails_stand_in_requests_count_as_previews(rf):
    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse())
    request = rf.get("/")
    request.is_preview = True  # as Wagtail marks a real page request it serves

    assert policy_of(middleware(request)) == PUBLIC_POLICY


# Production: HTTPS only -----------------------------------------------------------

# Asks the production settings, in their own process, for a secure request's
# headers and for the cookies Django's own middleware sets with them.
PRODUCTION_PROBE = """
import json
import re
import django
django.setup()
from django.conf import settings
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.management import call_command
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.test import Client, RequestFactory

call_command("migrate", "sessions", verbosity=0)
client = Client(HTTP_HOST="academy.example")
health = client.get("/healthz/", secure=True)
plain = client.get("/accounts/login/")

def view(request):
    get_token(request)
    request.session["seen"] = True
    return HttpResponse()

request = RequestFactory(HTTP_HOST="academy.example").get("/", secure=True)
response = SessionMiddleware(CsrfViewMiddleware(view))(request)

def attributes(name):
    cookie = response.cookies[name]
    return {"secure": bool(cookie["secure"]), "httponly": bool(cookie["httponly"])}

print(json.dumps({
    "hsts": health.get("Strict-Transport-Security"),
    "csp": health.get("Content-Security-Policy"),
    "csp_report_only": health.get("Content-Security-Policy-Report-Only"),
    "plain_status": plain.status_code,
    "plain_location": plain.get("Location"),
    "csrf_cookie": attributes(settings.CSRF_COOKIE_NAME),
    "session_cookie": attributes(settings.SESSION_COOKIE_NAME),
}))
"""


@pytest.fixture(scope="module")
def production_answers(tmp_path_factory):
    database = tmp_path_factory.mktemp("production") / "db.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", PRODUCTION_PROBE],
        cwd=PROJECT_ROOT,
        env=production_env(DATABASE_URL=f"sqlite:///{database}"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_production_sends_hsts_for_a_year_with_subdomains(production_answers):
    assert production_answers["hsts"] == "max-age=31536000; includeSubDomains; preload"


@pytest.mark.slow
def test_production_redirects_plain_http_to_https(production_answers):
    assert production_answers["plain_status"] == 301
    assert production_answers["plain_location"] == "https://academy.example/accounts/login/"


@pytest.mark.slow
def test_production_cookies_are_https_only_and_hidden_from_scripts(production_answers):
    assert production_answers["csrf_cookie"] == {"secure": True, "httponly": True}
    assert production_answers["session_cookie"] == {"secure": True, "httponly": True}


@pytest.mark.slow
def test_production_enforces_the_public_policy(production_answers):
    assert production_answers["csp_report_only"] is None
    directives = (part.split() for part in production_answers["csp"].split(";"))
    assert {name: sources for name, *sources in directives} == PUBLIC_POLICY


# CSRF -------------------------------------------------------------------------------


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def _write_endpoints(course, catalogue):
    certificate = issued_certificate(catalogue)
    trainee = certificate.enrollment.user
    cohort = CohortFactory(course=course)
    lesson = LessonPage.objects.descendant_of(course).live().first()
    enrol(cohort, user=trainee)
    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    return {
        "login": (None, "/accounts/login/", {"login": trainee.email, "password": "x"}),
        "enrol": (trainee, reverse("learn:enrol", args=[cohort.pk]), {}),
        "lesson complete": (trainee, reverse("learn:lesson_complete", args=[lesson.pk]), {}),
        "certificate visibility": (
            trainee,
            reverse("certificates:visibility", args=[certificate.public_id]),
            {"public": "1"},
        ),
        "admin cohort create": (admin, reverse("academy_cohorts:add"), {"name": "Forged"}),
    }


@pytest.mark.parametrize(
    "endpoint",
    ["login", "enrol", "lesson complete", "certificate visibility", "admin cohort create"],
)
def test_a_post_without_a_csrf_token_is_refused(
    csrf_client, catalogue, course, quick_certificate_pdfs, endpoint
):
    user, url, data = _write_endpoints(course, catalogue)[endpoint]
    csrf_client.get("/accounts/login/")
    token = csrf_client.cookies["csrftoken"].value
    if user is not None:
        csrf_client.force_login(user)

    refused = csrf_client.post(url, data)

    assert refused.status_code == 403
    # The same request with the token gets past the check: the 403 was CSRF's.
    accepted = csrf_client.post(url, {**data, "csrfmiddlewaretoken": token})
    assert accepted.status_code != 403


# Templates ------------------------------------------------------------------------

TEMPLATES_DIR = PROJECT_ROOT / "templates"
# Rendered outside the public site: by WeasyPrint, or inside the Wagtail admin.
NOT_PUBLIC = ("certificates/pdf/", "courses/admin/")
INLINE = re.compile(r"<style|\sstyle=|<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+=", re.IGNORECASE)


def test_public_templates_carry_no_inline_style_or_script():
    offenders = [
        f"{path.relative_to(TEMPLATES_DIR)}: {match.group(0).strip()}"
        for path in TEMPLATES_DIR.rglob("*.html")
        if not path.relative_to(TEMPLATES_DIR).as_posix().startswith(NOT_PUBLIC)
        for match in INLINE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
