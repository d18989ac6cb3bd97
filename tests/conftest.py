import pytest
from django.test import override_settings

from academy.models import HomePage
from courses.models import CourseIndexPage


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    """Uploaded files and renditions go to a throwaway folder, never to ./media."""
    with override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media"))):
        yield


@pytest.fixture
def home(db):
    """The home page the migration creates at /."""
    return HomePage.objects.get()


@pytest.fixture
def catalogue(db):
    """The catalogue the migration creates at /courses/."""
    return CourseIndexPage.objects.get()
