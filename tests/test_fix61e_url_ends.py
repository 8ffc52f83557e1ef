"""Punctuation at an address's end (fix61e, item 4).

A bare address at a sentence's end (``… available at https://x.org/a.``) does not take
the sentence's full stop, comma or closing parenthesis; an address written between marks
that end it (a Markdown link's target, ``<…>``) keeps a full stop the writer put inside
(``https://en.wikipedia.org/wiki/Washington,_D.C.``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.urls import clean_url, extract_urls


@pytest.mark.parametrize(
    ("text", "display", "told"),
    [
        # bare: the sentence's marks are dropped
        ("Report. Available at https://x.org/a.", "https://x.org/a", True),
        ("See https://x.org/a, and more.", "https://x.org/a", True),
        ("Online: https://x.org/report.pdf.", "https://x.org/report.pdf", True),
        ("Mirrors exist (https://x.org/a).", "https://x.org/a", False),
        ("Bare and closed https://x.org/a).", "https://x.org/a", True),
        ("Data at https://x.org/a.b;", "https://x.org/a.b", True),
        # delimited: what stands inside the marks is the address's
        ("<https://x.org/a.>", "https://x.org/a.", False),
        ("See <https://x.org/a>.", "https://x.org/a", False),
        ("[Report](https://x.org/a.)", "https://x.org/a.", False),
        ("See [the report](https://x.org/a).", "https://x.org/a", False),
        ("[D.C.](https://en.wikipedia.org/wiki/Washington,_D.C.)", "https://en.wikipedia.org/wiki/Washington,_D.C.", False),
        ("[https://x.org/a.](https://x.org/a.)", "https://x.org/a.", False),
        # "<" never closed: no delimited address, read as bare
        ("<https://x.org/a.", "https://x.org/a", True),
    ],
)  # fmt: skip
def test_address_end(text: str, display: str, told: bool) -> None:
    found = extract_urls(text, [1])
    assert [u.display for u in found.urls] == [display]
    codes = {a.code for a in found.anomalies}
    assert (C.URL_TRAILING_PUNCTUATION in codes) is told
    assert C.URL_LINK_TEXT_DIFFERS not in codes


@pytest.mark.parametrize(
    ("candidate", "delimited", "expected"),
    [
        ("https://x.org/a.", False, "https://x.org/a"),
        ("https://x.org/a.", True, "https://x.org/a."),
        ("https://x.org/a,", True, "https://x.org/a,"),
        ("https://x.org/a),", False, "https://x.org/a"),
        ("https://x.org/wiki/Foo_(bar)", False, "https://x.org/wiki/Foo_(bar)"),
    ],
)
def test_clean_url(candidate: str, delimited: bool, expected: str) -> None:
    assert clean_url(candidate, delimited=delimited)[0] == expected


def test_markdown_document(tmp_path: Path) -> None:
    path = tmp_path / "paper.md"
    path.write_text(
        "Rivers flood in spring.[^1] Dykes help.[^2]\n\n"
        "[^1]: Water Board, *Annual report 2020*, available at https://water.example.org/r2020.\n"
        "[^2]: See [Dykes of D.C.](https://wiki.example.org/wiki/Washington,_D.C.).\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    urls = {n.label: n.reference.url_display for n in doc.footnotes if n.reference}
    assert urls == {
        "1": "https://water.example.org/r2020",
        "2": "https://wiki.example.org/wiki/Washington,_D.C.",
    }
