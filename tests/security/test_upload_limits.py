"""Uploads cost what their size says: no inflating bombs, no reading oversized bodies."""

import io
import tracemalloc
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.template.defaultfilters import filesizeformat
from django.test import RequestFactory
from pypdf import PdfReader

from academy.middleware import ERROR_BODY_TOO_LARGE, RequestBodyLimitMiddleware, body_limit_for
from certificates.verification import (
    ATTACHMENT_MAX_BYTES,
    ERROR_RECORD_TOO_LARGE,
    ERROR_SEVERAL_RECORDS,
    MALFORMED,
    OUTCOME_MESSAGES,
    UNKNOWN,
    UnacceptableRecord,
    check_pdf,
    embedded_record,
)
from tests.security.hostile import assert_shown_as_text
from tests.security.pdf_bombs import MB, pdf_with_attachments, pdf_with_inflating_xref_stream

LOOKUP = "/certificates/verify/"
# What the server may allocate, over what it held before, to check one upload.
MEMORY_ALLOWANCE = 50 * MB
# Just under the 75 MB pypdf inflates by default, as in the file that was reported.
INFLATED = 74_000_000
BOMB = [("certificate.json", INFLATED)] * 6


@contextmanager
def peak_memory():
    """The most Python allocated inside the block, counted from its start (bytes from zlib too)."""
    measured = {}
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        baseline, _ = tracemalloc.get_traced_memory()
        yield measured
        _, peak = tracemalloc.get_traced_memory()
        measured["peak"] = peak - baseline
    finally:
        tracemalloc.stop()


# Attachments that inflate ---------------------------------------------------------------


@pytest.mark.django_db
def test_several_certificate_records_are_refused_without_inflating_them():
    data = pdf_with_attachments(BOMB)
    assert len(data) < MB

    with peak_memory() as measured:
        check = check_pdf(data)

    assert check.outcome == MALFORMED
    assert check.certificate is None
    assert measured["peak"] < MEMORY_ALLOWANCE


@pytest.mark.django_db
@pytest.mark.parametrize(
    "declared_size",
    [None, 1200, INFLATED],
    ids=["size-not-declared", "size-understated", "size-declared"],
)
def test_one_oversized_record_is_refused_before_it_is_inflated(declared_size):
    data = pdf_with_attachments([("certificate.json", INFLATED)], declared_size=declared_size)

    with peak_memory() as measured:
        check = check_pdf(data)

    assert check.outcome == MALFORMED
    assert measured["peak"] < MEMORY_ALLOWANCE


def test_a_record_just_over_the_cap_is_not_read():
    data = pdf_with_attachments([("certificate.json", ATTACHMENT_MAX_BYTES + 1)])

    with pytest.raises(UnacceptableRecord, match=ERROR_RECORD_TOO_LARGE):
        embedded_record(data)


def test_two_records_are_refused_even_when_small():
    data = pdf_with_attachments([("certificate.json", 100), ("certificate.json", 100)])

    with pytest.raises(UnacceptableRecord, match=ERROR_SEVERAL_RECORDS):
        embedded_record(data)


def test_other_attachments_are_never_inflated():
    data = pdf_with_attachments([("notes.txt", INFLATED)] * 3)

    with peak_memory() as measured:
        record = embedded_record(data)

    assert record is None
    assert measured["peak"] < MEMORY_ALLOWANCE


@pytest.mark.django_db
def test_what_pypdf_inflates_on_its_own_is_capped_too():
    data = pdf_with_inflating_xref_stream(INFLATED)
    # Without the padding it is an ordinary, readable PDF.
    assert len(PdfReader(io.BytesIO(pdf_with_inflating_xref_stream(0))).pages) == 1

    with peak_memory() as measured:
        check = check_pdf(data)

    assert check.outcome == UNKNOWN
    assert measured["peak"] < MEMORY_ALLOWANCE


@pytest.mark.django_db
def test_the_public_form_refuses_the_bomb_within_the_memory_allowance(client):
    upload = SimpleUploadedFile("certificate.pdf", pdf_with_attachments(BOMB), "application/pdf")

    with peak_memory() as measured:
        response = client.post(LOOKUP, {"file": upload})

    assert response.status_code == 400
    assert_shown_as_text(response, OUTCOME_MESSAGES[MALFORMED])
    assert measured["peak"] < MEMORY_ALLOWANCE


# Request bodies over the limit ------------------------------------------------------------


class UnreadableBody(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def readable(self):
        return True

    def readinto(self, buffer):
        raise AssertionError("the request body was read")


def declared(path: str, length: int) -> dict:
    return {
        "path": path,
        "data": b"",
        "content_type": "multipart/form-data; boundary=xyz",
        "CONTENT_LENGTH": str(length),
        "wsgi.input": UnreadableBody(),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "length"),
    [
        (LOOKUP, 40 * MB),
        (LOOKUP, settings.CERTIFICATE_UPLOAD_MAX_BYTES + MB),
        ("/accounts/login/", 40 * MB),
        ("/admin/images/multiple/add/", 40 * MB),
        ("/admin/documents/multiple/add/", 400 * MB),
    ],
)
def test_a_body_over_the_limit_is_refused_from_its_declared_length_unread(client, path, length):
    response = client.generic("POST", **declared(path, length))

    assert response.status_code == 413
    limit = filesizeformat(body_limit_for(path))
    assert_shown_as_text(response, ERROR_BODY_TOO_LARGE.format(limit=limit))


@pytest.mark.parametrize(
    ("path", "length"),
    [
        (LOOKUP, settings.CERTIFICATE_UPLOAD_MAX_BYTES + 32 * 1024),
        ("/admin/images/multiple/add/", settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE),
        ("/admin/documents/multiple/add/", settings.WAGTAILDOCS_MAX_UPLOAD_SIZE),
        ("/admin/snippets/certificates/certificatetemplate/add/", 5 * MB),
        ("/accounts/login/", 2 * MB),
    ],
)
def test_a_body_within_the_limit_reaches_the_view(path, length):
    reached = []

    def view(request):
        reached.append(request.path)
        return HttpResponse("ok")

    request = RequestFactory().generic("POST", **declared(path, length))
    response = RequestBodyLimitMiddleware(view)(request)

    assert (response.status_code, reached) == (200, [path])


@pytest.mark.parametrize("length", ["", "abc", "-5"])
def test_a_missing_or_nonsense_length_is_left_to_django(length):
    request = RequestFactory().post(LOOKUP, data=b"", content_type="application/pdf")
    request.META["CONTENT_LENGTH"] = length

    response = RequestBodyLimitMiddleware(lambda request: HttpResponse("ok"))(request)

    assert response.status_code == 200


def test_the_longest_matching_path_sets_the_limit():
    assert (
        body_limit_for("/admin/documents/add/")
        == settings.REQUEST_BODY_MAX_BYTES_BY_PATH["/admin/documents/"]
    )
    assert (
        body_limit_for("/admin/pages/3/edit/") == settings.REQUEST_BODY_MAX_BYTES_BY_PATH["/admin/"]
    )
    assert body_limit_for("/accounts/signup/") == settings.REQUEST_BODY_MAX_BYTES
    assert body_limit_for(LOOKUP) < body_limit_for("/admin/")
