"""Certificates in the admin: a cohort's list, issuing, revoking and reissuing one, the menu.

A finished cohort of the "Data governance" course holds a trainee who
completed it (Aminata), one who took part without finishing (Bola) and one
who never started (Chen). Only issuers (academy admins, superusers) reach
any of it; every write is a POST with a CSRF token.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import get_resolver, reverse

from academy.services import profile_for
from certificates.issuing import (
    ERROR_NO_ACTIVITY,
    ERROR_REASON_REQUIRED,
    issue_certificate,
    revoke_certificate,
)
from certificates.models import Certificate, CertificateStatus
from certificates.permissions import ADMIN_URL_METHODS
from courses.permissions import ADMIN_URL_ACTIONS, COURSE_TEAM_URL_ACTIONS
from tests.certificate_factories import (
    CertificateTemplateFactory,
    completed_enrollment,
    ended_cohort,
    finished_course,
)
from tests.cohort_factories import assign_instructor, complete_lessons, enrol
from tests.courses.admin_helpers import client_for, log_entries
from tests.factories import UserFactory

SINGLE_URLS = sorted(name for name in ADMIN_URL_METHODS if name.startswith("academy_certificates:"))

pytest_plugins = ["tests.courses.admin_fixtures"]

ISSUE = "academy.certificate.issue"
REVOKE = "academy.certificate.revoke"
REISSUE = "academy.certificate.reissue"


@pytest.fixture
def finished(catalogue):
    """A default template, an ended cohort: Aminata finished, Bola took part, Chen never began."""
    CertificateTemplateFactory(is_default=True)
    course, lessons = finished_course(catalogue, lessons=2, title="Data governance")
    cohort = ended_cohort(course, name="Delta cohort")
    aminata = completed_enrollment(
        cohort, lessons, username="aminata", first_name="Aminata", last_name="Diop"
    )
    profile = profile_for(aminata.user)
    profile.certificate_name = "Aminata Diop"
    profile.save()
    bola = enrol(cohort, username="bola", first_name="Bola", last_name="Adeyemi")
    complete_lessons(bola, lessons[:1])
    chen = enrol(cohort, username="chen", first_name="Chen", last_name="Jing")
    return cohort, lessons, aminata, bola, chen


@pytest.fixture
def admin_client(academy_admin):
    return client_for(academy_admin)


def _cohort_url(cohort):
    return reverse("academy_certificates:cohort", args=[cohort.pk])


def _issue_url(enrollment):
    return reverse("academy_certificates:issue", args=[enrollment.pk])


def _messages(response) -> list[str]:
    return [str(message).strip() for message in response.context["messages"]]


# The cohort's list -------------------------------------------------------------


def test_cohort_list_shows_each_trainee_with_eligibility_and_certificate(
    finished, academy_admin, admin_client
):
    cohort, _lessons, aminata, bola, chen = finished
    certificate = issue_certificate(aminata, issued_by=academy_admin, notify=False)

    response = admin_client.get(_cohort_url(cohort))

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("Aminata Diop", "Bola Adeyemi", "Chen Jing"):
        assert name in html
    assert "Completion" in html
    assert "Participation" in html
    assert ERROR_NO_ACTIVITY in html
    assert certificate.serial in html
    assert f"/certificates/verify/{certificate.public_id}/" in html
    assert f"/certificates/{certificate.public_id}/pdf/" in html
    assert reverse("academy_certificates:revoke", args=[certificate.pk]) in html
    assert reverse("academy_certificates:reissue", args=[certificate.pk]) in html
    # Bola may be issued a participation certificate; Aminata has one; Chen gets none.
    assert _issue_url(bola) in html
    assert _issue_url(aminata) not in html
    assert _issue_url(chen) not in html


def test_cohort_pages_link_to_the_certificates_for_issuers_only(
    finished, academy_admin, admin_client, instructor_x
):
    cohort = finished[0]
    assign_instructor(cohort, instructor_x, acting_user=academy_admin)
    link = _cohort_url(cohort).encode()

    assert link in admin_client.get(reverse("academy_cohorts:index")).content
    assert link in admin_client.get(reverse("academy_cohorts:edit", args=[cohort.pk])).content
    instructor_list = client_for(instructor_x).get(reverse("academy_cohorts:index"))
    assert instructor_list.status_code == 200
    assert b"Delta cohort" in instructor_list.content
    assert link not in instructor_list.content


# Issue ---------------------------------------------------------------------------


def test_issue_confirmation_shows_the_tier_and_changes_nothing(finished, admin_client):
    bola = finished[3]
    response = admin_client.get(_issue_url(bola))
    assert response.status_code == 200
    assert b"Issue certificate of participation" in response.content
    assert not Certificate.objects.exists()


def test_issuing_creates_one_certificate_and_an_audit_entry(finished, academy_admin, admin_client):
    cohort, _lessons, aminata, *_ = finished

    response = admin_client.post(_issue_url(aminata), follow=True)

    certificate = Certificate.objects.get()
    assert certificate.enrollment == aminata
    assert certificate.status == CertificateStatus.VALID
    assert certificate.tier == "completion"
    assert certificate.issued_by == academy_admin
    assert certificate.snapshot["recipient_name"] == "Aminata Diop"
    entry = log_entries(certificate, ISSUE).get()
    assert entry.user == academy_admin
    assert response.redirect_chain[-1][0] == _cohort_url(cohort)
    assert any(certificate.serial in message for message in _messages(response))


def test_a_second_issue_says_already_issued_and_creates_nothing(finished, admin_client):
    aminata = finished[2]
    admin_client.post(_issue_url(aminata))
    first = Certificate.objects.get()

    response = admin_client.post(_issue_url(aminata), follow=True)

    assert list(Certificate.objects.all()) == [first]
    assert log_entries(first, ISSUE).count() == 1
    assert any(
        "already has a valid certificate" in message and first.serial in message
        for message in _messages(response)
    )
    confirmation = admin_client.get(_issue_url(aminata))
    assert b"already has a valid certificate" in confirmation.content
    assert b"Issue certificate of" not in confirmation.content


def test_issuing_to_an_ineligible_trainee_shows_why_and_creates_nothing(finished, admin_client):
    chen = finished[4]
    assert ERROR_NO_ACTIVITY.encode() in admin_client.get(_issue_url(chen)).content

    response = admin_client.post(_issue_url(chen), follow=True)

    assert not Certificate.objects.exists()
    assert any(ERROR_NO_ACTIVITY in message for message in _messages(response))


# Revoke --------------------------------------------------------------------------


@pytest.fixture
def certificate(finished, academy_admin):
    return issue_certificate(finished[2], issued_by=academy_admin, notify=False)


def _revoke_url(certificate):
    return reverse("academy_certificates:revoke", args=[certificate.pk])


def _reissue_url(certificate):
    return reverse("academy_certificates:reissue", args=[certificate.pk])


@pytest.mark.parametrize("reason", ["", "   "])
def test_revoking_without_a_reason_is_refused_and_changes_nothing(
    certificate, admin_client, reason
):
    response = admin_client.post(_revoke_url(certificate), {"reason": reason})

    assert response.status_code == 200
    assert ERROR_REASON_REQUIRED in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert certificate.revoked_at is None
    assert not log_entries(certificate, REVOKE).exists()


def test_revoke_form_asks_for_a_reason(certificate, admin_client):
    response = admin_client.get(_revoke_url(certificate))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="reason"' in html
    assert certificate.serial in html
    assert "Revoke certificate" in html
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID


def test_revoking_with_a_reason_records_status_date_and_who(
    certificate, academy_admin, admin_client
):
    response = admin_client.post(
        _revoke_url(certificate), {"reason": "Issued to the wrong trainee"}, follow=True
    )

    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.REVOKED
    assert certificate.revoked_at is not None
    assert certificate.revoked_by == academy_admin
    assert certificate.revocation_reason == "Issued to the wrong trainee"
    entry = log_entries(certificate, REVOKE).get()
    assert entry.data["reason"] == "Issued to the wrong trainee"
    assert response.redirect_chain[-1][0] == _cohort_url(certificate.enrollment.cohort)
    assert f"Certificate {certificate.serial} revoked." in _messages(response)
    # Revoked, the trainee is eligible again: the list offers issuing anew.
    assert _issue_url(certificate.enrollment).encode() in response.content


def test_only_a_valid_certificate_can_be_revoked(certificate, academy_admin, admin_client):
    revoke_certificate(certificate, revoked_by=academy_admin, reason="Issued in error")
    certificate.refresh_from_db()
    revoked_at = certificate.revoked_at

    page = admin_client.get(_revoke_url(certificate))
    assert b"only a valid certificate can be revoked" in page.content
    assert b'name="reason"' not in page.content
    response = admin_client.post(_revoke_url(certificate), {"reason": "Again"}, follow=True)

    certificate.refresh_from_db()
    assert certificate.revoked_at == revoked_at
    assert certificate.revocation_reason == "Issued in error"
    assert log_entries(certificate, REVOKE).count() == 1
    assert any("only a valid certificate" in message for message in _messages(response))


# Reissue -------------------------------------------------------------------------


def test_reissuing_supersedes_the_old_certificate_with_a_new_valid_one(
    certificate, academy_admin, admin_client
):
    profile = profile_for(certificate.enrollment.user)
    profile.certificate_name = "Aminata Fatou Diop"
    profile.save()
    assert b"Name corrected" in admin_client.get(_reissue_url(certificate)).content

    response = admin_client.post(
        _reissue_url(certificate), {"reason": "Name corrected"}, follow=True
    )

    certificate.refresh_from_db()
    new = Certificate.objects.get(status=CertificateStatus.VALID)
    assert new.pk != certificate.pk
    assert new.enrollment == certificate.enrollment
    assert new.tier == certificate.tier
    assert new.issued_by == academy_admin
    assert new.snapshot["recipient_name"] == "Aminata Fatou Diop"
    assert certificate.status == CertificateStatus.SUPERSEDED
    assert certificate.superseded_by == new
    assert certificate.superseded_at is not None
    assert log_entries(certificate, REISSUE).get().data["reason"] == "Name corrected"
    assert log_entries(new, ISSUE).count() == 1
    assert f"Certificate {new.serial} issued, superseding {certificate.serial}." in _messages(
        response
    )


def test_reissuing_without_a_reason_or_twice_is_refused(certificate, admin_client):
    response = admin_client.post(_reissue_url(certificate), {"reason": ""})
    assert ERROR_REASON_REQUIRED in response.content.decode()
    assert Certificate.objects.count() == 1

    admin_client.post(_reissue_url(certificate), {"reason": "Name corrected"})
    assert Certificate.objects.count() == 2
    response = admin_client.post(
        _reissue_url(certificate), {"reason": "Name corrected"}, follow=True
    )

    assert Certificate.objects.count() == 2
    assert Certificate.objects.filter(status=CertificateStatus.VALID).count() == 1
    assert any("only a valid certificate can be reissued" in m for m in _messages(response))


# Who may: the table in certificates.permissions, walked ----------------------------


def _url_names(prefix: str) -> set[str]:
    resolver = get_resolver()
    names = set()
    for namespace, (_prefix, namespace_resolver) in resolver.namespace_dict.items():
        if namespace.startswith(prefix):
            names |= {
                f"{namespace}:{name}"
                for name in namespace_resolver.reverse_dict
                if isinstance(name, str)
            }
    return names


def test_every_certificate_admin_url_has_an_entry_in_the_table():
    assert _url_names("academy_certificates") == set(SINGLE_URLS)


def test_every_academy_admin_url_is_in_a_permission_table():
    tables = set(ADMIN_URL_ACTIONS) | set(ADMIN_URL_METHODS) | set(COURSE_TEAM_URL_ACTIONS)
    assert _url_names("academy_") <= tables


def _url(name, certificate) -> str:
    args = {
        "academy_certificates:cohort": [certificate.enrollment.cohort_id],
        "academy_certificates:issue": [certificate.enrollment_id],
        "academy_certificates:revoke": [certificate.pk],
        "academy_certificates:reissue": [certificate.pk],
    }.get(name, [])
    return reverse(name, args=args)


def _refused(response) -> bool:
    if response.status_code in (403, 404):
        return True
    # Wagtail answers a missing permission by sending the user home (or to log in).
    return response.status_code == 302 and response.url.split("?")[0] in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_login"),
    )


def _unchanged(certificate):
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID
    assert Certificate.objects.count() == 1


@pytest.fixture
def users(academy_admin, instructor_x, admin_trainee, certificate):
    assign_instructor(certificate.enrollment.cohort, instructor_x, acting_user=academy_admin)
    return {"instructor": instructor_x, "trainee": admin_trainee}


@pytest.mark.parametrize("role", ["instructor", "trainee", "anonymous"])
@pytest.mark.parametrize("name", SINGLE_URLS)
def test_only_issuers_reach_the_certificate_admin(name, role, users, certificate, client):
    if role != "anonymous":
        client.force_login(users[role])
    url = _url(name, certificate)
    for method in ADMIN_URL_METHODS[name]:
        response = getattr(client, method.lower())(url, {"reason": "Because"})
        assert _refused(response), (method, response.status_code)
        assert certificate.serial.encode() not in response.content
        if role == "anonymous":
            assert response.url.startswith(reverse("wagtailadmin_login"))
    _unchanged(certificate)


def test_an_instructor_is_refused_even_on_their_own_cohort(users, certificate):
    client = client_for(users["instructor"])
    response = client.get(_url("academy_certificates:cohort", certificate), follow=True)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")
    assert any("permission" in message.lower() for message in _messages(response))


@pytest.mark.parametrize("name", SINGLE_URLS)
def test_issuers_reach_every_url_and_other_methods_are_refused(
    name, certificate, academy_admin, admin_client
):
    superuser = client_for(UserFactory(username="root", is_superuser=True, is_staff=True))
    url = _url(name, certificate)
    for client in (admin_client, superuser):
        assert client.get(url).status_code == 200
    for method in {"post", "put", "delete"} - {m.lower() for m in ADMIN_URL_METHODS[name]}:
        assert getattr(admin_client, method)(url).status_code == 405
    _unchanged(certificate)


@pytest.mark.parametrize(
    "name, data",
    [
        ("academy_certificates:issue", {}),
        ("academy_certificates:revoke", {"reason": "Issued in error"}),
        ("academy_certificates:reissue", {"reason": "Name corrected"}),
    ],
)
def test_writes_need_a_csrf_token(name, data, certificate, academy_admin):
    client = client_for(academy_admin, enforce_csrf_checks=True)
    response = client.post(_url(name, certificate), data)
    assert response.status_code == 403
    _unchanged(certificate)


# The Certificates menu -------------------------------------------------------------


def test_menu_lists_certificates_for_issuers_only(certificate, academy_admin, users):
    index = reverse("academy_certificates:index")
    home = client_for(academy_admin).get(reverse("wagtailadmin_home"))
    assert index.encode() in home.content
    instructor_home = client_for(users["instructor"]).get(reverse("wagtailadmin_home"))
    assert instructor_home.status_code == 200
    assert index.encode() not in instructor_home.content


def test_certificate_list_searches_by_serial_and_name_and_filters_by_status(
    finished, certificate, academy_admin, admin_client
):
    bola = finished[3]
    other = issue_certificate(bola, issued_by=academy_admin, notify=False)
    revoke_certificate(other, revoked_by=academy_admin, reason="Issued in error")
    index = reverse("academy_certificates:index")

    everything = admin_client.get(index).content.decode()
    assert certificate.serial in everything and other.serial in everything

    by_serial = admin_client.get(index, {"q": certificate.serial}).content.decode()
    assert certificate.serial in by_serial and other.serial not in by_serial

    by_name = admin_client.get(index, {"q": "adeyemi"}).content.decode()
    assert other.serial in by_name and certificate.serial not in by_name

    oldest_first = admin_client.get(index, {"ordering": "issued_at"}).content.decode()
    assert oldest_first.index(certificate.serial) < oldest_first.index(other.serial)
    assert everything.index(other.serial) < everything.index(certificate.serial)

    revoked = admin_client.get(index, {"status": "revoked"}).content.decode()
    assert other.serial in revoked and certificate.serial not in revoked
    # A revoked certificate offers no action; a valid one offers revoke and reissue.
    assert _revoke_url(other) not in everything
    assert _revoke_url(certificate) in everything

    results = admin_client.get(reverse("academy_certificates:index_results"), {"q": "diop"})
    assert results.status_code == 200
    assert certificate.serial in results.content.decode()


# Queries do not grow with the number of trainees ----------------------------------------


def _count_queries(client, url) -> int:
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _add_trainees(cohort, lessons, academy_admin, number: int):
    """One trainee of each kind per ``number``: certified, finished, partial, never started."""
    for _ in range(number):
        issue_certificate(
            completed_enrollment(cohort, lessons), issued_by=academy_admin, notify=False
        )
        completed_enrollment(cohort, lessons)
        complete_lessons(enrol(cohort), lessons[:1])
        enrol(cohort)


def test_list_queries_do_not_grow_with_the_trainees(finished, academy_admin, admin_client):
    cohort, lessons, *_ = finished
    urls = (_cohort_url(cohort), reverse("academy_certificates:index"))
    _add_trainees(cohort, lessons, academy_admin, 1)
    small = [_count_queries(admin_client, url) for url in urls]

    _add_trainees(cohort, lessons, academy_admin, 3)
    large = [_count_queries(admin_client, url) for url in urls]

    assert cohort.enrollments.count() == 3 + 4 * 4
    assert small == large, f"{small} queries with 7 trainees, {large} with 19"
