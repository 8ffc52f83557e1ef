"""COinS spans (Wikipedia's citations, Zotero-aware pages) -> references, field by field."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references.coins import coins_reference, parse_coins


def coins(*pairs: tuple[str, str]) -> str:
    return urlencode([("ctx_ver", "Z39.88-2004"), *pairs])


@pytest.mark.parametrize(
    ("title", "css", "expected"),
    [
        pytest.param(
            coins(("rft.genre", "book"), ("rft.btitle", "Operating Systems"), ("rft.date", "2014"),
                  ("rft.aulast", "Arpaci-Dusseau"), ("rft.aufirst", "Remzi H."),
                  ("rft.au", "Arpaci-Dusseau, Andrea C.")),
            "citation cs2",
            {"kind": RefKind.BOOK, "title": "Operating Systems", "year": 2014,
             "authors": ("Arpaci-Dusseau, Remzi H.", "Arpaci-Dusseau, Andrea C.")},
            id="book-same-surname-coauthor",
        ),
        pytest.param(
            coins(("rft.genre", "unknown"), ("rft.jtitle", "mikeash.com"), ("rft.atitle", "Ring Buffers"),
                  ("rft.date", "2012-02-17"), ("rft.au", "Mike Ash"),
                  ("rft_id", "https://www.mikeash.example.com/ring.html")),
            "citation web cs1",
            {"kind": RefKind.WEB, "title": "Ring Buffers", "host": "mikeash.com", "authors": ("Mike Ash",),
             "url": "https://www.mikeash.example.com/ring.html"},
            id="web-au-only",
        ),
        pytest.param(
            coins(("rft.genre", "article"), ("rft.jtitle", "ACM TOMS"), ("rft.atitle", "Algorithm 938"),
                  ("rft.volume", "40"), ("rft.issue", "2"), ("rft.spage", "1"), ("rft.epage", "12"),
                  ("rft.date", "2014-03"), ("rft_id", "info:doi/10.1145/2559995"),
                  ("rft_id", "https://api.example.org/CorpusID:1")),
            "citation journal cs1",
            {"kind": RefKind.ARTICLE, "doi": "10.1145/2559995", "volume": "40", "issue": "2",
             "pages": "1–12", "url": "https://api.example.org/CorpusID:1"},
            id="journal-doi-pages",
        ),
        pytest.param(
            coins(("rft.genre", "bookitem"), ("rft.atitle", "Ibn al-Haytham"), ("rft.btitle", "History of Physics"),
                  ("rft.aulast", "Rooney")),
            "",
            {"kind": RefKind.CHAPTER, "title": "Ibn al-Haytham", "host": "History of Physics"},
            id="chapter",
        ),
    ],
)  # fmt: skip
def test_coins_fields(title: str, css: str, expected: dict[str, object]) -> None:
    ref = coins_reference(
        parse_coins(title), text="Retrieved 15 December 2021.", line=4, css_class=css
    )
    assert ref.style == "coins" and ref.line == 4
    for field, value in expected.items():
        assert getattr(ref, field) == value, field
    assert str(ref.access_date) == "2021-12-15"


def test_coins_title_attribute_with_escaped_ampersands() -> None:
    fields = parse_coins("rft.btitle=A&amp;rft.date=2001")
    assert fields == {"rft.btitle": ["A"], "rft.date": ["2001"]}
