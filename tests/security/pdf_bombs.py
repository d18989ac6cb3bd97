"""Hand-written PDFs whose attachments inflate far beyond their size on disk.

Each attachment is one deflate stream of zeros, compressed chunk by chunk so
that building the file never holds the inflated bytes: a 74 MB attachment
costs about 72 KB in the file and almost nothing to make.
"""

import functools
import zlib

MB = 1024 * 1024
CHUNK = b"\x00" * MB


@functools.cache
def deflated_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(CHUNK) for _ in range(size // MB)]
    parts.append(compressor.compress(b"\x00" * (size % MB)))
    parts.append(compressor.flush())
    return b"".join(parts)


def _literal(text: str) -> bytes:
    return b"(" + text.encode("latin-1") + b")"


def pdf_with_attachments(
    attachments: list[tuple[str, int]], *, declared_size: int | None = None
) -> bytes:
    """A one-page PDF carrying each (name, inflated size) as an embedded file.

    ``declared_size`` is what each file's /Params /Size claims (omitted when None),
    since nothing forces a hostile file to tell the truth there.
    """
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"",  # the name tree, written once the file specifications are numbered
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    pairs = []
    for name, size in attachments:
        data = deflated_zeros(size)
        params = b"" if declared_size is None else b" /Params << /Size %d >>" % declared_size
        objects.append(
            b"<< /Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode"
            + params
            + b" /Length %d >>\nstream\n" % len(data)
            + data
            + b"\nendstream"
        )
        stream_number = len(objects)
        objects.append(
            b"<< /Type /Filespec /F %s /UF %s /EF << /F %d 0 R >> >>"
            % (_literal(name), _literal(name), stream_number)
        )
        pairs.append(b"%s %d 0 R" % (_literal(name), len(objects)))
    objects[2] = b"<< /Names [" + b" ".join(pairs) + b"] >>"

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pdf_with_inflating_xref_stream(padding: int) -> bytes:
    """A one-page PDF whose cross-reference stream carries ``padding`` zeros after its entries.

    pypdf inflates the cross-reference stream as it opens the file, before
    anything else is looked at: this bomb goes off in pypdf's own parsing.
    """
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    entries = b"\x00\x00\x00\x00\x00\xff\xff"
    entries += b"".join(b"\x01" + offset.to_bytes(4, "big") + b"\x00\x00" for offset in offsets)
    entries += b"\x01" + xref.to_bytes(4, "big") + b"\x00\x00"
    compressor = zlib.compressobj(9)
    parts = [compressor.compress(entries)]
    parts += [compressor.compress(CHUNK) for _ in range(padding // MB)]
    parts.append(compressor.compress(b"\x00" * (padding % MB)))
    parts.append(compressor.flush())
    data = b"".join(parts)
    out += (
        b"4 0 obj\n<< /Type /XRef /Size 5 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode "
        b"/Length %d >>\nstream\n"
        % len(data)
        + data
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref
    )
    return bytes(out)
