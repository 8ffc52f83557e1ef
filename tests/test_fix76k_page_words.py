"""The page words of :data:`bibcheck.parse.references.patterns.PAGE_WORDS` are page
locators for :func:`bibcheck.parse.references.fields.parse_pages` too (fix76k): a note
ending ``…, 1999, pág. 45.`` (Spanish, Portuguese), ``old. 7`` (Hungarian), ``lk. 12``
(Estonian), ``blz. 3`` (Dutch), ``bls. 5`` (Icelandic), ``sid. 9`` (Swedish), ``pag. 4``
(Italian), Finnish ``sivu 4`` cites that page.  Every text is written for this test."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import parse_pages

# (token, pages) -- the first ten new, the rest guards that pass on main too
_TOKENS = [
    ("pág. 45", "45"),
    ("págs. 45-47", "45-47"),
    ("Pág. 12", "12"),
    ("pag. 4", "4"),
    ("old. 7", "7"),
    ("lk. 12–14", "12–14"),
    ("lpp. 30", "30"),
    ("blz. 3", "3"),
    ("bls. 5", "5"),
    ("sid. 9", "9"),
    ("sivu 4", "4"),
    ("sivut 4–8", "4–8"),
    # guards
    ("p. 45", "45"),
    ("pp. 4-9", "4-9"),
    ("S. 12", "12"),
    ("s. 3", "3"),
    ("str. 33–58", "33–58"),
    ("с. 5", "5"),
    ("vol. 2", None),
    ("pág.", None),
    ("page 4", None),
    ("350 p.", None),
]


@pytest.mark.parametrize(("token", "pages"), _TOKENS)
def test_parse_pages(token: str, pages: str | None) -> None:
    assert parse_pages(token) == pages


# a note's page after its comma imprint: (note, year, pages)
_NOTES = [
    ("Luis Soto, *Las lonjas de Castilla*, Valladolid, Lex Nova, 1994, pág. 7.", 1994, "7"),
    ("Ana Lobo, *Os portos do Minho*, Braga, Ardósia, 2001, págs. 45-49.", 2001, "45-49"),
    ("Kovács János, *A budai vár*, Budapest, Osiris, 1994, old. 7.", 1994, "7"),
    ("Mari Tamm, *Tallinna sadam*, Tallinn, Varrak, 2003, lk. 12.", 2003, "12"),
]


@pytest.mark.parametrize(("note", "year", "pages"), _NOTES)
def test_note_page(note: str, year: int, pages: str) -> None:
    ref = parse_reference(note, (1,), detect_styles=False, note=True)
    assert (ref.year, ref.pages) == (year, pages)
