"""A binary document bibcheck does not read is refused naming its format and how to
convert it (real-document sweep 31: .odt and .epub were refused as "a binary file").

OpenDocument and EPUB packages say what they are in the ``mimetype`` entry they store
first; an old Word file is an OLE compound file; otherwise the extension tells.
(OpenDocument texts, .odt and .fodt, are read since fix round 33: tests/test_reader_odt.py
checks that they are no longer refused, and that the others still are.)
"""

from __future__ import annotations

import io
import zipfile

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.readers.decode import binary_format


def package(mimetype: str, member: str, body: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first
        z.writestr(member, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


EPUB = package("application/epub+zip", "OEBPS/ch1.xhtml", b"<html><body>Chapter</body></html>")
ODS = package("application/vnd.oasis.opendocument.spreadsheet", "content.xml", b"<x/>")
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8
JUNK = bytes(range(256)) * 8

CASES = {
    "epub": (EPUB, "book.epub", "an EPUB book (.epub)", "pandoc -t markdown book.epub"),
    "epub-no-extension": (EPUB, "book", "an EPUB book (.epub)", "pandoc"),
    "other-opendocument": (ODS, "table.ods", "an OpenDocument file", "pandoc"),
    "word-97": (OLE, "thesis.doc", "a Word 97-2003 document (.doc)", "save it as .docx"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_refusal_names_the_format(case: str) -> None:
    data, name, what, how = CASES[case]
    assert binary_format(data, name) == what
    with pytest.raises(InputError) as err:
        parse_bytes(data, name)
    assert what in str(err.value) and how in str(err.value)


def test_unknown_binary_is_refused_as_before() -> None:
    assert binary_format(JUNK, "blob.dat") is None
    with pytest.raises(InputError, match="this is a binary file, not a text manuscript"):
        parse_bytes(JUNK, "blob.dat")
