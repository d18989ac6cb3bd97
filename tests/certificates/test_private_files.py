"""Certificate PDFs are private files: no public address, served only by the checked view.

The public id is printed in every QR code, so a PDF stored under the public
media folder (``/media/certificates/<year>/<public id>.pdf``) would be
anyone's to download. The development server's media route is mounted here
as ``academy/urls.py`` mounts it with DEBUG on.
"""

import hashlib
import importlib
import io
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import override_settings
from django.urls import include, path

from academy.checks import check_private_files
from academy.private_files import (
    NoPublicURL,
    dev_media_urlpatterns,
    move_files,
    private_storage,
    public_storage,
)
from certificates.checks import check_no_public_pdfs
from certificates.integrity import check_all
from certificates.storage import PDF_FOLDER
from tests.certificate_factories import issued_certificate
from tests.cohort_factories import verified_user
from tests.courses.admin_helpers import client_for

# What academy/urls.py adds with DEBUG on (tests run with it off).
urlpatterns = [
    *dev_media_urlpatterns(private_folders=[PDF_FOLDER]),
    path("", include("academy.urls")),
]

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("tests.certificates.test_private_files"),
]

MIGRATION = "certificates.migrations.0004_certificate_pdf_private_storage"


@pytest.fixture(autouse=True)
def _own_folders(settings, tmp_path):
    """Files this module puts back in the public folder must not meet other tests' files."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private")


@pytest.fixture
def certificate(catalogue):
    return issued_certificate(catalogue, name="Aminata Diop")


def former_public_url(certificate) -> str:
    return f"{settings.MEDIA_URL}{certificate.pdf.name}"


def stored_bytes(certificate) -> bytes:
    with private_storage().open(certificate.pdf.name, "rb") as handle:
        return handle.read()


def make_public_again(certificate) -> None:
    """Put the PDF where it was saved before PDFs were private."""
    move_files([certificate.pdf.name], source=private_storage(), target=public_storage())


def test_a_certificate_pdf_is_not_served_at_its_former_public_address(client, certificate):
    assert str(certificate.public_id) in certificate.pdf.name

    response = client.get(former_public_url(certificate))

    assert response.status_code == 404
    assert not (Path(settings.MEDIA_ROOT) / certificate.pdf.name).exists()
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / certificate.pdf.name).is_file()


def test_a_stale_copy_in_the_public_folder_is_not_served_either(client, certificate):
    """An old backup restored into the media folder brings PDFs back where they were public."""
    make_public_again(certificate)
    image = public_storage().save("original_images/logo.png", ContentFile(b"\x89PNG logo"))

    assert client.get(former_public_url(certificate)).status_code == 404
    assert client.get(f"{settings.MEDIA_URL}certificates/").status_code == 404
    # The rest of the media folder is still served by the development server.
    assert client.get(f"{settings.MEDIA_URL}{image}").status_code == 200


def test_a_private_file_has_no_url_at_all(certificate):
    with pytest.raises(NoPublicURL):
        certificate.pdf.url  # noqa: B018


def test_the_owner_still_downloads_the_pdf_and_others_get_404(certificate):
    owner = certificate.enrollment.user
    response = client_for(owner).get(f"/certificates/{certificate.public_id}/pdf/")

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    body = b"".join(response.streaming_content)
    assert body == stored_bytes(certificate)
    assert hashlib.sha256(body).hexdigest() == certificate.pdf_sha256

    stranger = client_for(verified_user(username="nosy"))
    response = stranger.get(f"/certificates/{certificate.public_id}/pdf/")
    assert response.status_code == 404
    assert b"%PDF" not in response.content


def test_a_missing_file_is_a_404_not_a_server_error(certificate):
    private_storage().delete(certificate.pdf.name)

    response = client_for(certificate.enrollment.user).get(
        f"/certificates/{certificate.public_id}/pdf/"
    )

    assert response.status_code == 404


@override_settings(PRIVATE_FILES_SERVE="x-accel", PRIVATE_FILES_ACCEL_PREFIX="/private-files/")
def test_behind_nginx_the_view_hands_the_file_to_the_web_server(certificate):
    owner = client_for(certificate.enrollment.user)
    response = owner.get(f"/certificates/{certificate.public_id}/pdf/", {"inline": ""})

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/private-files/{certificate.pdf.name}"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'inline; filename="{certificate.serial}.pdf"'
    assert response["Cache-Control"] == "private, no-store"

    stranger = client_for(verified_user(username="nosy"))
    response = stranger.get(f"/certificates/{certificate.public_id}/pdf/")
    assert response.status_code == 404
    assert not response.has_header("X-Accel-Redirect")


@override_settings(PRIVATE_FILES_SERVE="x-sendfile")
def test_behind_apache_the_view_names_the_file_in_x_sendfile(certificate):
    response = client_for(certificate.enrollment.user).get(
        f"/certificates/{certificate.public_id}/pdf/"
    )

    assert response.status_code == 200
    sent = Path(response["X-Sendfile"])
    assert sent == (Path(settings.PRIVATE_MEDIA_ROOT) / certificate.pdf.name).resolve()
    assert response["Content-Disposition"] == f'attachment; filename="{certificate.serial}.pdf"'


def test_the_command_moves_pdfs_saved_while_they_were_public(certificate):
    make_public_again(certificate)
    folder = certificate.pdf.name.rsplit("/", 1)[0]
    leftover = public_storage().save(f"{folder}/left-over.pdf", ContentFile(b"%PDF-1.7 orphan"))

    out = io.StringIO()
    call_command("move_private_files", stdout=out)

    assert "2 moved" in out.getvalue()
    assert not public_storage().exists(certificate.pdf.name)
    assert not public_storage().exists(leftover)
    assert private_storage().exists(leftover)
    assert list(check_all()) == []

    again = io.StringIO()
    call_command("move_private_files", stdout=again)
    assert "0 moved, 1 already in place" in again.getvalue()


def test_a_move_cut_short_is_finished_by_the_next_run(certificate):
    make_public_again(certificate)
    # A run killed while copying left half the file in private storage.
    with public_storage().open(certificate.pdf.name, "rb") as handle:
        half = handle.read()[:1000]
    private_storage().save(certificate.pdf.name, ContentFile(half))

    call_command("move_private_files", stdout=io.StringIO())

    assert hashlib.sha256(stored_bytes(certificate)).hexdigest() == certificate.pdf_sha256
    assert not public_storage().exists(certificate.pdf.name)


def test_the_migration_moves_existing_pdfs_and_moves_them_back_when_undone(certificate):
    migration = importlib.import_module(MIGRATION)
    make_public_again(certificate)

    migration.move_pdfs(django_apps, None)

    assert private_storage().exists(certificate.pdf.name)
    assert not public_storage().exists(certificate.pdf.name)
    assert list(check_all()) == []

    migration.move_pdfs_back(django_apps, None)
    assert public_storage().exists(certificate.pdf.name)
    assert not private_storage().exists(certificate.pdf.name)
    migration.move_pdfs(django_apps, None)
    assert list(check_all()) == []


def test_the_migration_leaves_a_shared_folder_alone_when_it_has_no_certificates(db):
    """A fresh database (a test run, a second developer database) owns none of those files."""
    migration = importlib.import_module(MIGRATION)
    stray = public_storage().save("certificates/2020/someone-elses.pdf", ContentFile(b"%PDF"))

    migration.move_pdfs(django_apps, None)

    assert public_storage().exists(stray)


def test_private_files_may_not_live_inside_the_public_media_folder(db):
    assert check_private_files() == []

    with override_settings(PRIVATE_MEDIA_ROOT=Path(settings.MEDIA_ROOT) / "private"):
        assert [error.id for error in check_private_files()] == ["academy.E001"]
    with override_settings(PRIVATE_FILES_SERVE="nginx"):
        assert [error.id for error in check_private_files()] == ["academy.E002"]


def test_the_system_check_warns_about_pdfs_left_in_the_public_folder(certificate):
    assert check_no_public_pdfs() == []

    make_public_again(certificate)

    warnings = check_no_public_pdfs()
    assert [warning.id for warning in warnings] == ["certificates.W001"]
    assert "move_private_files" in warnings[0].hint
