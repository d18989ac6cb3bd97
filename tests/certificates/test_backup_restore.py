"""Backups: after a database dump is restored with the media and private folders, every
certificate still verifies (`manage.py check_certificates`), and damage is reported, not hidden.

PostgreSQL goes through pg_dump and pg_restore, SQLite through its online
backup API; the check runs in a fresh process against the restored copy.
"""

import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection

from certificates.issuing import revoke_certificate
from tests.certificate_factories import issued_certificate

PROJECT_ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    # The dump is taken by another process, so the rows must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def check_certificates(database_url: str, files: Path) -> subprocess.CompletedProcess:
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "academy.settings.test",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(files / "media"),
        "PRIVATE_MEDIA_ROOT": str(files / "private"),
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check_certificates"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def two_certificates(catalogue):
    valid = issued_certificate(catalogue, name="Aminata Diop")
    revoked = issued_certificate(catalogue, template=valid.template, name="王小明")
    revoke_certificate(revoked, revoked_by=None, reason="Issued in error.")
    return valid, revoked


def copy_files(destination: Path) -> Path:
    """The backup's two folders: public media (images, documents) and private files (PDFs)."""
    shutil.copytree(settings.MEDIA_ROOT, destination / "media")
    shutil.copytree(settings.PRIVATE_MEDIA_ROOT, destination / "private")
    return destination


def assert_round_trip(database_url: str, files: Path, damaged_certificate) -> None:
    result = check_certificates(database_url, files)
    assert result.returncode == 0, result.stderr
    assert "All 2 certificates are intact" in result.stdout

    # One byte changed in a restored PDF: the check names the certificate and fails.
    pdf = files / "private" / damaged_certificate.pdf.name
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 0x01
    pdf.write_bytes(bytes(data))
    result = check_certificates(database_url, files)
    assert result.returncode == 1
    assert f"{damaged_certificate.serial}: its PDF file differs" in result.stderr
    assert "1 of 2 certificates failed the check" in result.stderr

    pdf.unlink()
    result = check_certificates(database_url, files)
    assert result.returncode == 1
    assert f"{damaged_certificate.serial}: its PDF file is missing" in result.stderr


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump needs PostgreSQL")
def test_pg_dump_and_restore_keep_every_certificate_verifiable(catalogue, tmp_path):
    valid, _revoked = two_certificates(catalogue)
    source = connection.settings_dict
    server = {
        "host": source["HOST"] or "127.0.0.1",
        "port": str(source["PORT"] or 5432),
        "user": source["USER"] or "postgres",
    }
    dump = tmp_path / "academy.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "-h", server["host"], "-p", server["port"],
         "-U", server["user"], "-d", source["NAME"], "-f", str(dump)],
        check=True,
        timeout=120,
    )  # fmt: skip
    restored = f"academy_restore_{uuid.uuid4().hex[:12]}"
    admin_url = f"postgresql://{server['user']}@{server['host']}:{server['port']}/postgres"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{restored}"')
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", "-h", server["host"], "-p", server["port"],
             "-U", server["user"], "-d", restored, str(dump)],
            check=True,
            timeout=120,
        )  # fmt: skip
        database_url = f"postgres://{server['user']}@{server['host']}:{server['port']}/{restored}"
        assert_round_trip(database_url, copy_files(tmp_path / "backup"), valid)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{restored}" WITH (FORCE)')


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backup API")
def test_sqlite_backup_copy_keeps_every_certificate_verifiable(catalogue, tmp_path):
    valid, _revoked = two_certificates(catalogue)
    copy = tmp_path / "academy-backup.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(copy) as destination:
        connection.connection.backup(destination)
    assert_round_trip(f"sqlite:///{copy}", copy_files(tmp_path / "backup"), valid)
