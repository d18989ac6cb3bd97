"""The trainee's side: PDF download, My certificates, LinkedIn, visibility; the URL access table."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from certificates import urls as certificate_urls
from certificates.issuing import reissue_certificate
from certificates.permissions import CERTIFICATE_URL_ACCESS
from tests.certificate_factories import issued_certificate
from tests.cohort_factories import assign_instructor, verified_user
from tests.courses.admin_helpers import client_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(catalogue):
    return issued_certificate(catalogue, name="Aminata Diop")


@pytest.fixture
def owner(certificate):
    return certificate.enrollment.user


def pdf_url(certificate):
    return f"/certificates/{certificate.public_id}/pdf/"


def visibility_url(certificate):
    return f"/certificates/{certificate.public_id}/visibility/"


# PDF download -------------------------------------------------------------------------


def test_the_owner_downloads_the_issued_file(certificate, owner):
    response = client_for(owner).get(pdf_url(certificate))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{certificate.serial}.pdf"'
    assert "no-store" in response["Cache-Control"]
    with certificate.pdf.open("rb") as handle:
        assert b"".join(response.streaming_content) == handle.read()


def test_the_owner_can_open_it_inline(certificate, owner):
    response = client_for(owner).get(pdf_url(certificate), {"inline": ""})

    assert response["Content-Disposition"].startswith("inline")


def test_someone_who_issues_certificates_downloads_it(certificate):
    issuer = UserFactory(username="registrar")
    issuer.user_permissions.add(Permission.objects.get(codename="issue_certificate"))

    assert client_for(issuer).get(pdf_url(certificate)).status_code == 200


def test_another_trainee_and_the_instructor_get_404(certificate):
    instructor = UserFactory(username="teacher", is_staff=True)
    assign_instructor(certificate.enrollment.cohort, instructor)

    for user in (verified_user(username="nosy"), instructor):
        response = client_for(user).get(pdf_url(certificate))
        assert response.status_code == 404, user
        assert b"%PDF" not in response.content


def test_anonymous_visitors_are_sent_to_log_in(client, certificate):
    response = client.get(pdf_url(certificate))

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={pdf_url(certificate)}"


# My certificates ------------------------------------------------------------------------


def test_my_certificates_lists_only_my_own(catalogue, certificate, owner):
    other = issued_certificate(catalogue, name="Li Wei", template=certificate.template)

    response = client_for(owner).get("/learn/certificates/")

    assert response.status_code == 200
    assert certificate.serial in response.text
    assert certificate.snapshot["course_title"] in response.text
    assert pdf_url(certificate) in response.text
    assert other.serial not in response.text
    assert other.snapshot["course_title"] not in response.text


def test_a_superseded_certificate_gives_way_to_its_successor(certificate, owner):
    registrar = UserFactory(username="registrar", is_superuser=True)
    new = reissue_certificate(certificate, issued_by=registrar, reason="Name corrected")

    text = client_for(owner).get("/learn/certificates/").text

    assert new.serial in text
    assert certificate.serial not in text


def test_no_certificates_yet(db):
    response = client_for(verified_user()).get("/learn/certificates/")

    assert "No certificates yet" in response.text


def test_the_linkedin_link_carries_the_certificate(certificate, owner):
    response = client_for(owner).get("/learn/certificates/")

    (row,) = response.context["rows"]
    link = urlsplit(row["linkedin_url"])
    params = {key: value for key, (value,) in parse_qs(link.query).items()}
    assert f"{link.scheme}://{link.netloc}{link.path}" == "https://www.linkedin.com/profile/add"
    assert params == {
        "startTask": "CERTIFICATION_NAME",
        "name": f"{certificate.snapshot['course_title']} — Completion",
        "organizationName": "World Internet Conference Digital Academy",
        "issueYear": str(certificate.issued_at.year),
        "issueMonth": str(certificate.issued_at.month),
        "certId": certificate.serial,
        "certUrl": certificate.snapshot["verify_url"],
    }
    assert row["linkedin_url"].replace("&", "&amp;") in response.text


# Visibility ----------------------------------------------------------------------------------


def test_the_owner_makes_the_page_indexable_and_hides_it_again(client, certificate, owner):
    verify = f"/certificates/verify/{certificate.public_id}/"
    owner_client = client_for(owner)

    response = owner_client.post(visibility_url(certificate), {"public": "1"})

    assert response.status_code == 302
    assert response["Location"] == "/learn/certificates/"
    certificate.refresh_from_db()
    assert certificate.is_public
    assert "X-Robots-Tag" not in client.get(verify)

    owner_client.post(visibility_url(certificate), {"public": "0"})

    certificate.refresh_from_db()
    assert not certificate.is_public
    assert client.get(verify)["X-Robots-Tag"] == "noindex, nofollow"


def test_nobody_else_changes_the_visibility(certificate):
    response = client_for(verified_user(username="nosy")).post(
        visibility_url(certificate), {"public": "1"}
    )

    assert response.status_code == 404
    certificate.refresh_from_db()
    assert not certificate.is_public


# Every public certificate URL against the access table -------------------------------------


@pytest.fixture
def urls(certificate):
    return {
        "certificates:lookup": "/certificates/verify/",
        "certificates:verify": f"/certificates/verify/{certificate.public_id}/",
        "certificates:keys": "/certificates/keys.json",
        "certificates:pdf": pdf_url(certificate),
        "certificates:visibility": visibility_url(certificate),
        "my_certificates": "/learn/certificates/",
    }


def test_every_certificate_url_is_in_the_access_table(urls):
    names = {f"{certificate_urls.app_name}:{p.name}" for p in certificate_urls.urlpatterns}

    assert names | {"my_certificates"} == set(CERTIFICATE_URL_ACCESS) == set(urls)


@pytest.mark.parametrize("name", sorted(CERTIFICATE_URL_ACCESS))
def test_certificate_urls_answer_as_the_access_table_says(name, urls, owner):
    rule, url = CERTIFICATE_URL_ACCESS[name], urls[name]
    for method in ("GET", "HEAD", "POST", "PUT", "DELETE"):
        response = Client().generic(method, url)
        if method not in rule["methods"]:
            assert response.status_code == 405, (method, url)
        elif rule["login"]:
            assert response.status_code == 302, (method, url)
            assert response["Location"] == f"/accounts/login/?next={url}"
        else:
            assert response.status_code in (200, 302, 400), (method, url)

    owner_client = client_for(owner)
    for method in rule["methods"]:
        assert owner_client.generic(method, url).status_code in (200, 302, 400), (method, url)
