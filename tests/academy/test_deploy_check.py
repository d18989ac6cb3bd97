"""Production settings: pass Django's deployment checklist, refuse to guess."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PROJECT_ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "CERTIFICATE_VERIFY_BASE_URL")
SIGNING_KEY_VARIABLES = ("CERTIFICATE_SIGNING_KEY", "CERTIFICATE_SIGNING_KEY_FILE")


def production_env(**overrides) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            *REQUIRED,
            *SIGNING_KEY_VARIABLES,
            "DEBUG",
            "DJANGO_SETTINGS_MODULE",
            "SECURE_SSL_REDIRECT",
        }
    }
    env.update(
        DJANGO_SETTINGS_MODULE="academy.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="academy.example",
        DATABASE_URL="sqlite:////tmp/x.sqlite3",
        CERTIFICATE_VERIFY_BASE_URL="https://academy.example",
        CERTIFICATE_SIGNING_KEY_FILE="/run/secrets/certificate-signing-key.pem",
    )
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def manage(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    env = production_env()
    assert len(env["SECRET_KEY"]) >= 50

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr


@pytest.mark.parametrize("missing", REQUIRED)
@pytest.mark.parametrize("how", ["unset", "empty"])
def test_production_refuses_to_start_without_a_required_variable(missing, how):
    env = production_env(**{missing: None if how == "unset" else ""})

    result = manage("check", env=env)

    assert result.returncode != 0
    assert f"{missing} must be set in the environment for production" in result.stderr
    assert "ImproperlyConfigured" in result.stderr


def test_debug_stays_off_in_production_whatever_the_environment_says():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(DEBUG="1"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_deploy_check_does_catch_a_weak_secret_key():
    """Guards the test above: the same command fails on a bad setting."""
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", env=production_env(SECRET_KEY="short")
    )
    assert result.returncode != 0
    assert "security.W009" in result.stderr + result.stdout


def test_production_refuses_to_start_without_a_certificate_signing_key():
    env = production_env(CERTIFICATE_SIGNING_KEY_FILE=None)

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "CERTIFICATE_SIGNING_KEY (PEM) or CERTIFICATE_SIGNING_KEY_FILE" in result.stderr
