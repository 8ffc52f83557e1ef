"""A note that points to a web page by a describing link (a lead-in, one link, no author,
year or page), or that says it is no source, needs no literature entry -- in every reader
that checks notes against a list (fix 37n; see :mod:`bibcheck.parse.references.unlisted`).
Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.references import unlisted
from bibcheck.parse.references.unlisted import web_pointer
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ("See [the club's page](https://club.example.org/about).", True),
        ("Om Grieg se *artikkel i leksikonet* <https://lex.example.no/grieg>.", True),
        (
            "Siehe die Seite des Vereins <https://verein.example.de> (abgerufen am 3. März 2024).",
            True,
        ),
        ("Zu Liszt vgl. [Eintrag im Lexikon](https://lex.example.de/liszt); keine Quelle.", True),
        ("The encyclopedia entry is not a source: https://enc.example.org/wiki/Hale.", True),
        ("O Šenoi vidi [članak na Wikipediji](https://hr.example.org/Senoa); nije izvor.", True),
        ("See Ann Roe, *Harbours* (Leeds: Pell, 1990), <https://x.example.org/1>.", False),
        ("See [Roe 2019](https://x.example.org/a).", False),
        ("See Roe, [Harbours of the North](https://x.example.org/a).", False),
        ("Roe, A. [Harbours of the North](https://x.example.org/a). Accessed 2020.", False),
        ("Roe, *Harbours*, https://x.example.org. Not a source for the dates, 33.", False),
        ("See <https://a.example.org> and <https://b.example.org>.", False),
    ],
    ids=[
        "see-md",
        "norwegian-italic",
        "german-access",
        "german-no-source",
        "says-no-source",
        "croatian",
        "book-with-link",
        "year-in-link",
        "author-before",
        "entry",
        "page",
        "two-links",
    ],
)
def test_web_pointer_shapes(text: str, pointer: bool) -> None:
    assert web_pointer(text) is pointer


DOC = """# Chapter

The choir sang.[^1] The organist played.[^2] The hall was new.[^3]

[^1]: On the organist, see [the article on the encyclopedia site](https://enc.example.org/wiki/Hale); not a source in the strict sense.
[^2]: Jane Doe, *Organs and Halls* (Bristol: Arrow, 1971), 33.
[^3]: See Fiona Roe, [Halls of the North](https://halls.example.org/north).

## Bibliography

1. Doe, Jane. *Organs and Halls*. Bristol: Arrow, 1971.
"""

ORG = """#+TITLE: Chapter

The choir sang.[fn::Um organistann sjá [[https://enc.example.org/wiki/Hale][grein í alfræðiriti]]; ekki heimild.] The organist played.[fn:1]

* Footnotes

[fn:1] Jane Doe, /Organs and Halls/ (Bristol: Arrow, 1971), 33.

* Heimildir

- Doe, Jane. /Organs and Halls/. Bristol: Arrow, 1971.
"""


@pytest.mark.parametrize(
    ("source", "name", "missing"),
    [(DOC, "chapter.md", ["3"]), (ORG, "chapter.org", [])],
    ids=["markdown", "org"],
)
def test_no_missing_entry_for_web_pointer(source: str, name: str, missing: list[str]) -> None:
    doc = parse_bytes(source.encode(), name)
    found = sorted(
        a.footnote or "" for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING
    )
    assert found == missing


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "See [" + "a " * (n // 2) + "](https://x.org)", id="long-shown"),
        pytest.param(lambda n: "See <https://x.org>; " + "word " * (n // 5), id="long-remark"),
        pytest.param(lambda n: "See " + "https://x.org/" * (n // 14), id="many-urls"),
        pytest.param(lambda n: "not a source " * (n // 13), id="no-source-repeated"),
    ],
)
def test_web_pointer_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(web_pointer, line)
    assert_linear(lambda text: unlisted._POINTER.match(text), line)
