"""Helpers fix round 34 made of code written twice or three times (the duplicates tool's
rows): the anomaly of a BibTeX key given twice in the document itself (a ``.bib`` read on
its own, a Markdown document's fenced BibTeX block), and the HTML reader's walks up the
elements around a note mark (its block, a code element, a byline), each ``most`` elements
at the most.  Tables of what they give.  Own fixtures."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.bibfile import BibError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers import html
from bibcheck.readers.bibdefects import duplicate_in_document


@pytest.mark.parametrize(
    ("error", "anomaly"),
    [
        (
            BibError(9, "key 'kay2001' defined twice", duplicate_key="kay2001", first_line=2),
            Anomaly(
                AnomalyCode.LITERATURE_DUPLICATE_ENTRY,
                "citation key 'kay2001' defined twice",
                9,
                lines=(2, 9),
            ),
        ),
        (
            BibError(4, "key 'x' defined twice", duplicate_key="x"),
            Anomaly(
                AnomalyCode.LITERATURE_DUPLICATE_ENTRY,
                "citation key 'x' defined twice",
                4,
                lines=(4,),
            ),
        ),
        (BibError(4, "unparsable block"), None),
        (BibError(4, "odd name", name=True, key="x"), None),
    ],
    ids=["with-first", "without-first", "block", "name"],
)
def test_duplicate_in_document(error: BibError, anomaly: Anomaly | None) -> None:
    assert duplicate_in_document(error) == anomaly


def test_a_bib_read_on_its_own_names_both_definitions() -> None:
    bib = (
        "@book{kay2001,\n title = {Harbours},\n year = {2001}\n}\n\n"
        "@book{kay2001,\n title = {Harbours Again},\n year = {2002}\n}\n"
    )
    doc = parse_bytes(bib.encode(), "harbours.bib")
    found = [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_DUPLICATE_ENTRY]
    assert [(a.line, a.lines) for a in found] == [(6, (1, 6))]


def _sup(page: str) -> Tag:
    sup = BeautifulSoup(f"<body>{page}</body>", "html.parser").find("sup")
    assert isinstance(sup, Tag)
    return sup


def _nested(outer: str, depth: int, inner: str = "i") -> Tag:
    """A ``sup`` inside ``depth`` ``inner`` elements inside ``outer``."""
    return _sup(f"<{outer}>" + f"<{inner}>" * depth + "<sup>1</sup>")


@pytest.mark.parametrize(
    ("outer", "depth", "found"),
    [
        ("code", 0, True),
        ("kbd", 5, True),
        ("pre", 49, True),
        ("pre", 50, False),  # fifty elements around it at the most
        ("section", 0, False),
    ],
)
def test_in_code(outer: str, depth: int, found: bool) -> None:
    assert html._in_code(_nested(outer, depth)) is found


@pytest.mark.parametrize(
    ("outer", "depth", "block"),
    [
        ("p", 0, "p"),
        ("li", 9, "li"),
        ("li", 10, None),  # ten elements around it at the most
        ("section", 0, None),  # a section, body and the document are no address blocks
    ],
)
def test_block_of(outer: str, depth: int, block: str | None) -> None:
    found = html._block_of(_nested(outer, depth))
    assert (found.name if found is not None else None) == block


@pytest.mark.parametrize("most", [0, 1, 3, 10])
def test_around_gives_the_nearest_first(most: int) -> None:
    sup = _sup("<section><div><p><b>x<sup>1</sup></b></p></div></section>")
    names = ["b", "p", "div", "section", "body", "[document]"]
    assert [t.name for t in html._around(sup, most)] == names[:most]


@pytest.mark.parametrize(
    ("page", "byline"),
    [
        ("<div class='authors'><span>A. Lund<sup>1</sup></span></div>", True),
        ("<p id='affiliations'><sup>2</sup> Harbour Institute</p>", True),
        ("<article><p>Text<sup>3</sup></p></article>", False),
        # (a byline around the article is not looked for past the article)
        ("<div class='author-list'><article><p><sup>4</sup></p></article></div>", False),
    ],
)
def test_in_byline(page: str, byline: bool) -> None:
    assert html._in_byline(_sup(page)) is byline
