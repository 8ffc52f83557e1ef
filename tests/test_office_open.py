"""The refusals the DOCX and ODT readers share (bibcheck.readers.officeopen, fix round 34:
one helper where each reader had a near-copy): an empty file, an OLE compound file (an old
binary or encrypted one) and a broken ZIP package are each a clear InputError naming the
file and the format, never a traceback.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.readers import officeopen

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 120


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("thesis.docx", b"", r"^thesis\.docx: the file is empty$"),
        ("thesis.docx", b" \n\t", r"^thesis\.docx: the file is empty$"),
        ("thesis.docx", OLE, r"^thesis\.docx: this is an encrypted Word file or an old binary"),
        ("thesis.docx", b"PK\x03\x04broken", r"^thesis\.docx: not a readable DOCX \(ZIP\) pack"),
        ("essay.odt", b"", r"^essay\.odt: the file is empty$"),
        ("essay.odt", OLE, r"^essay\.odt: this is an old binary office file \(or an encrypted"),
        ("essay.odt", b"PK\x03\x04broken", r"^essay\.odt: not a readable OpenDocument \(ZIP\)"),
    ],
    ids=["docx-empty", "docx-blank", "docx-ole", "docx-zip", "odt-empty", "odt-ole", "odt-zip"],
)
def test_both_readers_refuse_alike(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_bytes(data, name)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "memo.docx: the file is empty"),
        (OLE, "memo.docx: an old file"),
        (b"plain text", "memo.docx: not a readable Memo (ZIP) package (File is not a zip file)"),
    ],
)
def test_the_helper_refuses(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        officeopen.refuse_empty_or_binary(data, "memo.docx", "an old file")
        officeopen.open_package(data, "memo.docx", "Memo")
    assert str(caught.value) == message
