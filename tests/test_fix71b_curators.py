"""fix71b: curators heading an entry, :mod:`bibcheck.parse.references.curated` (table-driven).

Curators heading an entry ("Name (a cura di), Title, …") are its authors, as in every
editor-first head; the role is dropped only when it left the entry unread, and only from a
head of names.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import curated, parse_reference

# (text, rewritten or None): the role dropped from a head of names only
CURATOR_HEADS = [
    (
        "Ferri G. (a cura di), Le pievi del contado, Olschki, Firenze 1987.",
        "Ferri G., Le pievi del contado, Olschki, Firenze 1987.",
    ),
    (
        "Moreau A., Lenoir B. (dir.), Les abbayes du Berry, Champion, Paris 2008.",
        "Moreau A., Lenoir B., Les abbayes du Berry, Champion, Paris 2008.",
    ),
    (
        "Sara De Luca e Paolo Greco (a cura di), Città murate, Laterza, Bari 2012.",
        "Sara De Luca e Paolo Greco, Città murate, Laterza, Bari 2012.",
    ),
    (
        "Diego Soto (coord.), Villas y lugares, Síntesis, Madrid 2015.",
        "Diego Soto, Villas y lugares, Síntesis, Madrid 2015.",
    ),
    # a chapter's author and title before its host's editors: no head of names
    (
        "Paul Garnier, Les foires rurales, dans Lucie Bonnet (dir.), La France des marchés,"
        " Paris, Belin, 2009, p. 4-19.",
        None,
    ),
    # no curators' role
    ("Ferri G., Le pievi del contado, Olschki, Firenze 1987.", None),
]


@pytest.mark.parametrize(("text", "rewritten"), CURATOR_HEADS)
def test_curator_head(text: str, rewritten: str | None) -> None:
    assert curated.curator_head(text) == rewritten


@pytest.mark.parametrize(
    ("title", "unread"),
    [
        (None, True),
        ("", True),
        ("(a cura di), Le pievi del contado", True),
        ("Ferri G.L. (a cura di), Le pievi del contado, Libreria Editrice Fiorentina", True),
        ("Le pievi del contado", False),
    ],
)
def test_role_unread(title: str | None, unread: bool) -> None:
    assert curated.role_unread(title) is unread


# (text, note, authors, title, year): the publisher before the place left the head unread
CURATED_ENTRIES = [
    (
        "Ferri G. (a cura di), Le pievi del contado, Olschki, Firenze 1987.",
        False,
        ("Ferri G.",),
        "Le pievi del contado",
        1987,
    ),
    (
        "Ferri G. (a cura di), Le pievi del contado, Olschki, Firenze 1987.",
        True,
        ("Ferri G.",),
        "Le pievi del contado",
        1987,
    ),
    # the whole head read into the title
    (
        "Ferri G.L. (a cura di), Le pievi del contado, Libreria Editrice Fiorentina, San"
        " Casciano 1987.",
        False,
        ("Ferri G.L.",),
        "Le pievi del contado",
        1987,
    ),
    # read well without the rule: as they were
    (
        "Conte, Laura (a cura di), Mercati e fiere, Bologna, Il Mulino, 1994.",
        False,
        ("Conte, Laura",),
        "Mercati e fiere",
        1994,
    ),
    (
        "Hélène Brun et Luc Faure (dir.), Villes du Nord, Lille, Septentrion, 2011, p. 8.",
        True,
        ("Hélène Brun", "Luc Faure"),
        "Villes du Nord",
        2011,
    ),
]


@pytest.mark.parametrize(("text", "note", "authors", "title", "year"), CURATED_ENTRIES)
def test_curated_entry(
    text: str, note: bool, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [0], note=note)
    assert (ref.authors, ref.title, ref.year, ref.kind) == (authors, title, year, RefKind.BOOK)


def test_chapter_in_edited_volume_keeps_its_author() -> None:
    ref = parse_reference(
        "Paul Garnier, Les foires rurales, dans Lucie Bonnet (dir.), La France des marchés,"
        " Paris, Belin, 2009, p. 4-19.",
        [0],
        note=True,
    )
    assert (ref.authors, ref.title, ref.kind) == (
        ("Paul Garnier",),
        "Les foires rurales",
        RefKind.CHAPTER,
    )
