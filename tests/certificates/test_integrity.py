"""Orphan PDF files (an issue killed between writing its file and committing its row)."""

import os
import time

import pytest
from django.core.files.base import ContentFile

from certificates.integrity import orphan_files, orphan_grace, pdf_storage, remove_orphan_files
from tests.certificate_factories import issued_certificate

pytestmark = pytest.mark.django_db

# Where issued PDFs and their orphans live: the private storage.
storage = pdf_storage()


def age(name: str, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(storage.path(name), (then, then))


def test_only_old_unreferenced_files_are_orphans(catalogue):
    certificate = issued_certificate(catalogue)
    folder = certificate.pdf.name.rsplit("/", 1)[0]
    old = storage.save(f"{folder}/old-orphan.pdf", ContentFile(b"%PDF-1.7 left over"))
    young = storage.save(f"{folder}/in-flight.pdf", ContentFile(b"%PDF-1.7 busy"))
    grace = orphan_grace().total_seconds()
    age(old, grace + 60)
    age(certificate.pdf.name, grace + 60)

    assert orphan_files() == [old]
    assert remove_orphan_files() == 1

    assert not storage.exists(old)
    assert storage.exists(young)
    assert storage.exists(certificate.pdf.name)
    storage.delete(young)


def test_a_file_removed_while_listing_is_not_an_orphan(catalogue, monkeypatch):
    """Another issue may delete its file between the listing and the look at its age."""
    certificate = issued_certificate(catalogue)
    folder = certificate.pdf.name.rsplit("/", 1)[0]
    vanishing = storage.save(f"{folder}/vanishing.pdf", ContentFile(b"%PDF-1.7"))
    age(vanishing, orphan_grace().total_seconds() + 60)
    real = storage.get_modified_time

    def modified(name):
        if name == vanishing:
            storage.delete(name)
        return real(name)

    monkeypatch.setattr(storage, "get_modified_time", modified)

    assert vanishing not in orphan_files()
