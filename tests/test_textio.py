"""Decoding manuscripts: encodings detected, unusable input refused clearly."""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError
from bibcheck.readers.decode import decode

RUSSIAN = "Иванов, И. И. История города / И. И. Иванов. - М. : Наука, 2019. - 256 с.\n" * 3


@pytest.mark.parametrize(
    ("head", "codec", "encoding"),
    [
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
            "cp1251",
            "cp1251",
        ),
        ("<meta charset=koi8-r>", "koi8_r", "koi8-r"),
        ('<?xml version="1.0" encoding="ISO-8859-5"?>', "iso8859_5", "iso8859-5"),
    ],
    ids=["http-equiv", "meta-charset", "xml-declaration"],
)
def test_decode_follows_a_markup_declaration(head: str, codec: str, encoding: str) -> None:
    decoded = decode(f"{head}\n<p>{RUSSIAN}</p>".encode(codec))
    assert (decoded.encoding, decoded.guessed) == (encoding, False)
    assert "Иванов" in decoded.text


@pytest.mark.parametrize(
    ("data", "encoding", "guessed"),
    [
        pytest.param(b"plain ascii\n", "utf-8", False, id="ascii"),
        pytest.param(RUSSIAN.encode(), "utf-8", False, id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + RUSSIAN.encode(), "utf-8-sig", False, id="utf-8-bom"),
        pytest.param(RUSSIAN.encode("utf-16"), "utf-16", False, id="utf-16-bom"),
        pytest.param(RUSSIAN.encode("cp1251"), "cp1251", True, id="cp1251"),
    ],
)
def test_decode(data: bytes, encoding: str, guessed: bool) -> None:
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert decoded.guessed is guessed
    assert decoded.text.lstrip("\ufeff").startswith(("plain", "Иванов"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\t\n", "empty", id="whitespace-only"),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary", id="png"
        ),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00" + b"\x00\x01\x02" * 100, "binary", id="zip"),
    ],
)
def test_decode_refuses(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, "doc.md")
