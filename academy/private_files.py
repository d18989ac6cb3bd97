"""Private files: stored where no public URL reaches them, served only by views that check.

Certificate PDFs (and any other file that belongs to one person or to staff)
are saved through the ``"private"`` storage alias. On a single machine that
is a folder outside MEDIA_ROOT (PRIVATE_MEDIA_ROOT), which neither the web
server nor Django's development media serving ever exposes; object storage
can take its place by changing the alias alone. Such a file has no URL: a
view checks who is asking and then calls ``serve_private_file``, which
streams it from Django or, in production, hands it to the web server with
X-Accel-Redirect (nginx) or X-Sendfile (Apache).
"""

import hashlib
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.http import FileResponse, Http404, HttpResponse
from django.urls import URLPattern, re_path
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property
from django.utils.http import content_disposition_header
from django.views.static import serve

logger = logging.getLogger(__name__)

PRIVATE_STORAGE = "private"
SERVE_DJANGO = "django"
SERVE_X_ACCEL = "x-accel"
SERVE_X_SENDFILE = "x-sendfile"
SERVE_MODES = (SERVE_DJANGO, SERVE_X_ACCEL, SERVE_X_SENDFILE)
CHUNK = 1024 * 1024


class NoPublicURL(NotImplementedError):
    """A private file was asked for its URL; serve it through a view instead."""


@deconstructible(path="academy.private_files.PrivateFileSystemStorage")
class PrivateFileSystemStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT (unless given a location), with no URL at all.

    The folder follows the setting, as the default storage follows
    MEDIA_ROOT, so a test or a restore check can point it elsewhere.
    """

    def __init__(self, location=None, **kwargs):
        kwargs.pop("base_url", None)
        super().__init__(location=location, base_url=None, **kwargs)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    @cached_property
    def base_url(self):
        return None

    def url(self, name):
        raise NoPublicURL(f"{name} is a private file: serve it through a view that checks access.")


def private_storage() -> Storage:
    """The storage for private files; a callable so model fields never pin a path or class."""
    return storages[PRIVATE_STORAGE]


def public_storage() -> Storage:
    return storages["default"]


def serve_private_file(
    storage: Storage,
    name: str,
    *,
    content_type: str,
    filename: str,
    as_attachment: bool = True,
) -> HttpResponse:
    """The response for a private file the caller has already decided the user may have.

    ``PRIVATE_FILES_SERVE`` chooses who sends the bytes: Django itself
    ("django"), or the web server in front of it, told by an empty response
    carrying X-Accel-Redirect ("x-accel", nginx) or X-Sendfile ("x-sendfile",
    Apache mod_xsendfile). A missing file is a 404 and an error in the log.
    """
    mode = settings.PRIVATE_FILES_SERVE
    if mode not in SERVE_MODES:
        raise ImproperlyConfigured(f"PRIVATE_FILES_SERVE must be one of {', '.join(SERVE_MODES)}.")
    if mode == SERVE_DJANGO:
        try:
            handle = storage.open(name, "rb")
        except FileNotFoundError:
            logger.error("Private file %s is missing from storage", name)
            raise Http404("No file here.") from None
        response = FileResponse(
            handle, content_type=content_type, as_attachment=as_attachment, filename=filename
        )
    else:
        if not storage.exists(name):
            logger.error("Private file %s is missing from storage", name)
            raise Http404("No file here.")
        response = HttpResponse(content_type=content_type)
        if mode == SERVE_X_ACCEL:
            response["X-Accel-Redirect"] = settings.PRIVATE_FILES_ACCEL_PREFIX + quote(name)
        else:
            response["X-Sendfile"] = storage.path(name)
        response["Content-Disposition"] = content_disposition_header(as_attachment, filename)
    # Never kept by a shared cache: the next person to ask may not be allowed.
    response["Cache-Control"] = "private, no-store"
    return response


# Moving files that used to be public -----------------------------------------------


@dataclass
class MoveSummary:
    moved: list[str] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{len(self.moved)} moved, {len(self.already_there)} already in place, "
            f"{len(self.missing)} not found."
        )


def files_under(storage: Storage, folder: str) -> list[str]:
    """Every file name below ``folder`` in ``storage``, at any depth."""
    if not storage.exists(folder):
        return []
    directories, files = storage.listdir(folder)
    names = [f"{folder}/{name}" for name in files]
    for directory in directories:
        names.extend(files_under(storage, f"{folder}/{directory}"))
    return names


def _sha256(storage: Storage, name: str) -> str:
    digest = hashlib.sha256()
    with storage.open(name, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def move_to_private(names: Iterable[str]) -> MoveSummary:
    """Move files from public to private storage under the same names, byte for byte."""
    return move_files(names, source=public_storage(), target=private_storage())


def move_files(names: Iterable[str], *, source: Storage, target: Storage) -> MoveSummary:
    """Move files between storages under the same names, byte for byte.

    Safe to run again, and after an interrupted run: a file already in the
    target with the same bytes only loses its source copy; a partial copy
    (a run killed midway) is written again from the source.
    """
    if _same_folder(source, target):
        raise ImproperlyConfigured("Private and public files must not share a folder.")
    summary = MoveSummary()
    for name in dict.fromkeys(names):
        if not source.exists(name):
            (summary.already_there if target.exists(name) else summary.missing).append(name)
            continue
        if target.exists(name):
            if _sha256(source, name) == _sha256(target, name):
                source.delete(name)
                summary.moved.append(name)
                continue
            target.delete(name)
        with source.open(name, "rb") as handle:
            saved = target.save(name, handle)
        if saved != name:
            # The target chose another name (a file appeared meanwhile): the
            # record would no longer find it, so undo and let a rerun settle it.
            target.delete(saved)
            raise RuntimeError(f"Could not store {name} under its own name.")
        source.delete(name)
        summary.moved.append(name)
    return summary


def _folder(storage: Storage) -> Path | None:
    try:
        return Path(storage.path("")).resolve()
    except NotImplementedError:
        return None


def _same_folder(first: Storage, second: Storage) -> bool:
    one, other = _folder(first), _folder(second)
    return one is not None and one == other


def overlapping_roots() -> bool:
    """True when PRIVATE_MEDIA_ROOT and MEDIA_ROOT are the same folder or one holds the other."""
    private = Path(os.path.abspath(settings.PRIVATE_MEDIA_ROOT))
    public = Path(os.path.abspath(settings.MEDIA_ROOT))
    return private == public or public in private.parents or private in public.parents


# The development server's media route ------------------------------------------------


def dev_media_urlpatterns(*, private_folders: Iterable[str]) -> list[URLPattern]:
    """MEDIA_ROOT served for ``runserver`` (DEBUG only), except folders that held private files.

    Private files live outside MEDIA_ROOT, but a copy may linger in a folder
    that used to hold them (an old backup restored into the media folder);
    such a folder answers 404 whatever it contains.
    """
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    refused = "|".join(re.escape(folder.strip("/")) for folder in private_folders)
    patterns = [re_path(rf"^{prefix}(?P<path>.*)$", _serve_public_media)]
    if refused:
        patterns.insert(0, re_path(rf"^{prefix}(?:{refused})(?:/|$)", _not_public))
    return patterns


def _serve_public_media(request, path):
    # MEDIA_ROOT read per request, so the route follows the setting.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def _not_public(request):
    raise Http404("No file here.")
