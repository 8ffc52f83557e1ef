"""Round 79 (fix79v): refactors that change no reading.

- :mod:`bibcheck.parse.references.hungarian_notes` builds a book's, a chapter's and an
  article's fields with one helper: every field each kind sets is pinned here, as main read
  them before the refactor (these cases pass before and after it).

The examples are written for this test in the shapes those modules read.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import hungarian_notes

# --------------------------------------------------------------------------
# hungarian_notes: the fields each kind of work sets
# --------------------------------------------------------------------------

# (note, year, publisher, place, container, volume, issue, pages, chapter, book, kind, editors)
HUNGARIAN = [
    (  # a book: place, publisher, year, the cited page after them
        "Bodnár Imre: Az alföldi tanyák nyelve. Szeged, Tinta Könyvkiadó, 2004, 88.",
        2004,
        "Tinta Könyvkiadó",
        "Szeged",
        None,
        None,
        None,
        None,
        False,
        True,
        None,
        (),
    ),
    (  # a thesis: its genre before the imprint
        "Bodnár Imre: Az alföldi tanyák nyelve. Doktori disszertáció. Szeged, Szegedi "
        "Tudományegyetem, 2011.",
        2011,
        "Szegedi Tudományegyetem",
        "Szeged",
        None,
        None,
        None,
        None,
        False,
        True,
        RefKind.THESIS,
        (),
    ),
    (  # an edited book: place and year, no publisher; the head's editors kept
        "Vass Réka (szerk.): Tájnyelvi tanulmányok. Pécs, 2009.",
        2009,
        None,
        "Pécs",
        None,
        None,
        None,
        None,
        False,
        True,
        None,
        ("Vass, Réka",),
    ),
    (  # a chapter: the host's editors, its title, imprint and page range
        "Farkas Lőrinc: Halászszavak a Tisza mentén. In: Molnár Zsófia (szerk.): Vízparti "
        "szókincs. Debrecen, Kossuth Egyetemi Kiadó, 2015, 101–130, itt: 112.",
        2015,
        "Kossuth Egyetemi Kiadó",
        "Debrecen",
        "Vízparti szókincs",
        None,
        None,
        "101–130",
        True,
        False,
        None,
        ("Molnár, Zsófia",),
    ),
    (  # a chapter with no host editors and no publisher
        "Farkas Lőrinc: Halászszavak. In: Vízparti szókincs. Debrecen, 2015, 10–30.",
        2015,
        None,
        "Debrecen",
        "Vízparti szókincs",
        None,
        None,
        "10–30",
        True,
        False,
        None,
        (),
    ),
    (  # an article: journal, volume, year, pages
        "Kocsis Nóra: Az erdei munkák szókincse. Erdészeti Lapok 88 (2017), 14–29.",
        2017,
        None,
        None,
        "Erdészeti Lapok",
        "88",
        None,
        "14–29",
        False,
        False,
        RefKind.ARTICLE,
        (),
    ),
    (  # an article numbered by year and issue
        "Kocsis Nóra: Szóföldrajzi jegyzetek. Nyelvünk és Kultúránk 2020/2, 33–41.",
        2020,
        None,
        None,
        "Nyelvünk és Kultúránk",
        None,
        "2",
        "33–41",
        False,
        False,
        RefKind.ARTICLE,
        (),
    ),
]


@pytest.mark.parametrize(
    (
        "note",
        "year",
        "publisher",
        "place",
        "container",
        "volume",
        "issue",
        "pages",
        "chapter",
        "book",
        "kind",
        "editors",
    ),
    HUNGARIAN,
)
def test_hungarian_fields_of_each_kind(
    note: str,
    year: int,
    publisher: str | None,
    place: str | None,
    container: str | None,
    volume: str | None,
    issue: str | None,
    pages: str | None,
    chapter: bool,
    book: bool,
    kind: RefKind | None,
    editors: tuple[str, ...],
) -> None:
    fields = hungarian_notes.parse(note)
    assert fields is not None
    assert fields.style == "hungarian"
    assert fields.year.year == year
    assert (fields.publisher, fields.place, fields.container) == (publisher, place, container)
    assert (fields.volume, fields.issue, fields.pages) == (volume, issue, pages)
    assert (fields.chapter, fields.book, fields.kind) == (chapter, book, kind)
    assert fields.editors == editors
    assert not fields.marked_book and not fields.untitled and not fields.day_dated
    assert fields.number is None
