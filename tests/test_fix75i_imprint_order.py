"""A note's imprint written place first, read so with the style parsers on (fix75i).

A standard BibTeX style prints a book's publisher before its address (``Springer, Berlin,
2010.``); the style parsers read the facts after a title so when the parser read none
(:func:`bibcheck.parse.references.refine.refined`, :mod:`bibcheck.parse.references.bst`).
A note in the Romance languages, and in many others, writes the place first (``Rosa María
Quintana Lozano, *Fueros locales*, Madrid, Cátedra, 1990.``): a DOCX or ODT note, read with
the style parsers on, had its place and publisher swapped, where the same note in Markdown
reads them right.  A known place of publication before a name that is none is the place
(:mod:`bibcheck.parse.references.imprint_order`).
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import bst, imprint_order, parse_reference
from tests.fix75b_packages import PACKAGES
from tests.test_fix75i_package_notes import _BODY

# --------------------------------------------------------------------------
# the order of two names (first, second) -> (publisher, place)
# --------------------------------------------------------------------------

_ORDER = [
    # a known place first: the place (fail on main: no such module)
    ("Madrid", "Cátedra", ("Cátedra", "Madrid")),
    ("Lisboa", "Cosmos", ("Cosmos", "Lisboa")),
    ("Paris", "Armand Colin", ("Armand Colin", "Paris")),
    ("Milano", "Einaudi", ("Einaudi", "Milano")),
    ("Berlin", "Duncker & Humblot", ("Duncker & Humblot", "Berlin")),
    ("London", "Macmillan", ("Macmillan", "London")),
    # the BibTeX order: the publisher first
    ("Springer", "Berlin", ("Springer", "Berlin")),
    ("Cambridge University Press", "Cambridge", ("Cambridge University Press", "Cambridge")),
    ("Academic Press", "New York", ("Academic Press", "New York")),
    # (neither, or both, a known place: as written)
    ("Cátedra", "Alfar", ("Cátedra", "Alfar")),
    ("Oxford", "London", ("Oxford", "London")),
]


@pytest.mark.parametrize(("first", "second", "expected"), _ORDER)
def test_publisher_place(first: str, second: str, expected: tuple[str, str]) -> None:
    assert imprint_order.publisher_place(first, second) == expected


# --------------------------------------------------------------------------
# the facts after a title (tail) -> (kind, publisher, place, year)
# --------------------------------------------------------------------------

_FACTS = [
    # fail on main: the place taken for the publisher
    ("Madrid, Cátedra, 1990.", (RefKind.BOOK, "Cátedra", "Madrid", 1990)),
    ("Coimbra, Almedina, 1987.", (RefKind.BOOK, "Almedina", "Coimbra", 1987)),
    ("Bordeaux, Féret, 1962.", (RefKind.BOOK, "Féret", "Bordeaux", 1962)),
    # guards (pass on main): a BibTeX style's order
    ("Springer, Berlin, 2010.", (RefKind.BOOK, "Springer", "Berlin", 2010)),
    ("MIT Press, Cambridge, MA, 1998.", (RefKind.BOOK, "MIT Press", "Cambridge, MA", 1998)),
    ("Wiley, New York, 2nd edition, 2004.", (RefKind.BOOK, "Wiley", "New York", 2004)),
]


@pytest.mark.parametrize(("tail", "expected"), _FACTS)
def test_bst_facts(tail: str, expected: tuple[object, ...]) -> None:
    found = bst.facts(tail)
    assert found is not None
    assert (found.kind, found.publisher, found.place, found.year) == expected


def test_bst_chapter_facts() -> None:
    # ("In Book, pages 5–20. Madrid, Cátedra, 1990.": a chapter's book, place first)
    found = bst.facts("In Historia de Castilla, pages 5–20. Madrid, Cátedra, 1990.")
    assert found is not None
    assert (found.kind, found.publisher, found.place) == (RefKind.CHAPTER, "Cátedra", "Madrid")


def test_bibtex_list_entry_keeps_its_order() -> None:
    # (guard, passes on main: a list entry in a BibTeX style, read with the styles on)
    ref = parse_reference(
        "A. Roe and B. Lee. The Theory of Harbours. Springer, Berlin, 2010.",
        (1,),
        detect_styles=True,
    )
    assert (ref.publisher, ref.place, ref.year) == ("Springer", "Berlin", 2010)


# --------------------------------------------------------------------------
# a note with its place first in a DOCX and an ODT, as the same note in Markdown (fail
# on main: place and publisher swapped, but the Italian one, read so on main too)
# --------------------------------------------------------------------------

_FIELDS = ("authors", "title", "volume", "place", "publisher", "year", "pages")

_PLACED = [
    ("es", "Rosa María Quintana Lozano, *Fueros locales*, Madrid, Cátedra, 1990."),
    ("es", "Tomás Herrero Gil, *El concejo de Burgos*, Madrid, Marcial Pons, 2006."),
    ("es", "Lucía Otero Cifuentes, *Cofradías y concejos*, Sevilla, Alfar, 1995."),
    ("pt", "Maria Lúcia Ribeiro Costa, *História da saúde*, Lisboa, Cosmos, 1998."),
    ("pt", "Joaquim Pedro Sardinha Valente, *Os forais da comarca*, Coimbra, Almedina, 1987."),
    ("fr", "Jean Dupont, *Histoire de la ville*, Paris, Armand Colin, 1990."),
    ("fr", "Pierre Lambert, *La vie des hôpitaux*, Paris, Fayard, 1975."),
    ("it", "Luca Ferrari, *Il porto di Genova*, Genova, Sagep, 1985."),
    ("it", "Mario Rossi, *Storia di Milano*, Milano, Einaudi, 1990."),  # (guard)
    ("de", "Hans Müller, *Geschichte der Stadt*, Berlin, Duncker & Humblot, 1990."),
    ("en", "John Smith, *A History of the Town*, London, Macmillan, 1990."),
    ("en", "Rosa María Quintana Lozano, *Fueros locales*, Madrid, Cátedra, 1990."),
]


def _reference(data: bytes, path: str) -> Reference:
    (footnote,) = parse_bytes(data, path).footnotes
    assert footnote.reference is not None
    return footnote.reference


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize(("language", "note"), _PLACED)
def test_placed_note_reads_as_in_markdown(package: str, language: str, note: str) -> None:
    markdown = _reference(f"{_BODY[language]}[^1]\n\n[^1]: {note}\n".encode(), "artikel.md")
    ref = _reference(*PACKAGES[package](_BODY[language], [note]))
    assert tuple(getattr(ref, f) for f in _FIELDS) == tuple(getattr(markdown, f) for f in _FIELDS)
