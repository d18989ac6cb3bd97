import pytest
from django.conf import settings
from django.test.signals import setting_changed

from academy.models import HomePage
from courses.models import CourseDraftsPage, CourseIndexPage


def pytest_configure(config):
    # WhiteNoise looks for collectstatic's output, which tests never build.
    config.addinivalue_line(
        "filterwarnings",
        r"ignore:No directory at.*staticfiles:UserWarning:django.core.handlers.base",
    )


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    """Uploaded files, renditions and private files (certificate PDFs) go to throwaway
    folders, never to ./media or ./var/private.

    Set directly rather than with override_settings, which would hide
    settings.SETTINGS_MODULE from the code under test for the whole session.
    """
    originals = {name: getattr(settings, name) for name in ("MEDIA_ROOT", "PRIVATE_MEDIA_ROOT")}
    _set_folder("MEDIA_ROOT", str(tmp_path_factory.mktemp("media")))
    _set_folder("PRIVATE_MEDIA_ROOT", str(tmp_path_factory.mktemp("private")))
    yield
    for name, value in originals.items():
        _set_folder(name, value)


def _set_folder(setting, value):
    setattr(settings, setting, value)
    # File storages cache their location; this is how they learn it moved.
    setting_changed.send(sender=None, setting=setting, value=value, enter=True)


@pytest.fixture
def home(db):
    """The home page the migration creates at /."""
    return HomePage.objects.get()


@pytest.fixture
def catalogue(db):
    """The catalogue the migration creates at /courses/."""
    return CourseIndexPage.objects.get()


@pytest.fixture
def drafts(db):
    """The drafts area the migration creates beside the catalogue."""
    return CourseDraftsPage.objects.get()


@pytest.fixture(scope="session", autouse=True)
def _certificate_signing_key():
    """A fresh Ed25519 key for the session, so no test signs with a real key."""
    from certificates.signing import generate_private_key_pem

    original = settings.CERTIFICATE_SIGNING_KEY
    settings.CERTIFICATE_SIGNING_KEY = generate_private_key_pem().decode("ascii")
    yield
    settings.CERTIFICATE_SIGNING_KEY = original
