"""MLA 9 Works Cited entries: a book's ``Publisher, Year.`` with MLA's abbreviated
university presses (``Yale UP``, ``U of Chicago P``), and a chapter in a container
``edited by`` others.  Entries written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind", "title", "host", "publisher"),
    [
        pytest.param(
            "Hale, Corin. Harbour Towns: Trade and Memory. Leeds UP, 2006.",
            RefKind.BOOK,
            "Harbour Towns: Trade and Memory",
            None,
            "Leeds UP",
            id="book-up",
        ),
        pytest.param(
            "Ng, Alma, and Ruth Pryce. The Quiet Coast. U of Otago P, 2015.",
            RefKind.BOOK,
            "The Quiet Coast",
            None,
            "U of Otago P",
            id="book-u-of-p",
        ),
        pytest.param(
            "Varga, Lili. “Lamps and Logs.” Coastal Records: New Essays, edited by Tom Reyes"
            " and Ann Lutz, Northfield UP, 2012, pp. 33–58.",
            RefKind.CHAPTER,
            "Lamps and Logs",
            "Coastal Records: New Essays",
            "Northfield UP",
            id="chapter-edited-by",
        ),
        pytest.param(
            "Keats, Ada. The Lamp Room. 1851. Edited by Joan Hale, Harbor Classics, 2004.",
            RefKind.BOOK,
            "The Lamp Room",
            None,
            "Harbor Classics",
            id="later-edition-edited-by",
        ),
        pytest.param(
            "Dunmore, Elsie. Salt Roads. Knopf, 1994.",
            RefKind.BOOK,
            "Salt Roads",
            None,
            "Knopf",
            id="trade-imprint-alone",
        ),
        pytest.param(
            "Orme, Tobias, and Kit Lane. Lantern Years. Houghton Mifflin, 1961.",
            RefKind.BOOK,
            "Lantern Years",
            None,
            "Houghton Mifflin",
            id="two-word-imprint",
        ),
        pytest.param(
            "Varga, Lili. “Lamps and Logs.” Maritime Quarterly, vol. 12, no. 3, 2012, pp. 33–58.",
            RefKind.ARTICLE,
            "Lamps and Logs",
            "Maritime Quarterly",
            None,
            id="article-stays",
        ),
    ],
)
def test_mla_entries(
    text: str, kind: RefKind, title: str, host: str | None, publisher: str | None
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.title, ref.host, ref.publisher) == (kind, title, host, publisher)


@pytest.mark.parametrize(
    ("text", "authors", "title", "publisher"),
    [
        pytest.param(
            "Marrow, Ellen Hartley. Shore Lights: Essays on Pilots. Calder UP, 1993.",
            ("Marrow, Ellen Hartley",),
            "Shore Lights: Essays on Pilots",
            "Calder UP",
            id="two-given-names",
        ),
        pytest.param(
            "Penrith, Ann Louise Marie. Tide Tables. Danube Press, 2008.",
            ("Penrith, Ann Louise Marie",),
            "Tide Tables",
            "Danube Press",
            id="three-given-names",
        ),
        pytest.param(
            "Lund, Karin Elise, and Tom Reid. Fjord Songs. Nordic UP, 2015.",
            ("Lund, Karin Elise", "Tom Reid"),
            "Fjord Songs",
            "Nordic UP",
            id="two-given-names-co-author",
        ),
    ],
)
def test_mla_long_given_names(
    text: str, authors: tuple[str, ...], title: str, publisher: str
) -> None:
    """MLA's ``Surname, Given Middle. Title. Publisher, Year.`` (no place before the
    publisher, as Chicago's bibliography has): the given names are the author's."""
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title, ref.publisher, ref.kind) == (
        authors,
        title,
        publisher,
        RefKind.BOOK,
    )
