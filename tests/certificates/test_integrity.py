"""Orphan PDF files (an issue killed between writing its file and committing its row)."""

import os
import time

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from certificates.integrity import orphan_files, orphan_grace, remove_orphan_files
from tests.certificate_factories import issued_certificate

pytestmark = pytest.mark.django_db


def age(name: str, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(default_storage.path(name), (then, then))


def test_only_old_unreferenced_files_are_orphans(catalogue):
    certificate = issued_certificate(catalogue)
    folder = certificate.pdf.name.rsplit("/", 1)[0]
    old = default_storage.save(f"{folder}/old-orphan.pdf", ContentFile(b"%PDF-1.7 left over"))
    young = default_storage.save(f"{folder}/in-flight.pdf", ContentFile(b"%PDF-1.7 busy"))
    grace = orphan_grace().total_seconds()
    age(old, grace + 60)
    age(certificate.pdf.name, grace + 60)

    assert orphan_files() == [old]
    assert remove_orphan_files() == 1

    assert not default_storage.exists(old)
    assert default_storage.exists(young)
    assert default_storage.exists(certificate.pdf.name)
    default_storage.delete(young)


def test_a_file_removed_while_listing_is_not_an_orphan(catalogue, monkeypatch):
    """Another issue may delete its file between the listing and the look at its age."""
    certificate = issued_certificate(catalogue)
    folder = certificate.pdf.name.rsplit("/", 1)[0]
    vanishing = default_storage.save(f"{folder}/vanishing.pdf", ContentFile(b"%PDF-1.7"))
    age(vanishing, orphan_grace().total_seconds() + 60)
    real = default_storage.get_modified_time

    def modified(name):
        if name == vanishing:
            default_storage.delete(name)
        return real(name)

    monkeypatch.setattr(default_storage, "get_modified_time", modified)

    assert vanishing not in orphan_files()
