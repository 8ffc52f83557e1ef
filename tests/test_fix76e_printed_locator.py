"""A note's page after a comma imprint (``…, *Título*, Madrid, Cátedra, 1990, p. 33.``) is
its pages, as a style parser reading the same note keeps it (fix76e).

:func:`bibcheck.parse.references.printed_imprint.printed_work` gives a comma-form note its
place, publisher and year; the page after the year was left out, so a Markdown footnote
(read with its marks, in Chicago's order) had no pages where the same note in a DOCX or
ODT package (read by the comma form) had them.  The keys of the corpus score a note's
``pages`` as the page it cites.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

# (note as a Markdown footnote writes it, place, publisher, year, pages)
_ROWS = [
    (
        "Ana Lobo, *Os portos do Minho*, Braga, Ardósia, 2001, p. 45.",
        "Braga",
        "Ardósia",
        2001,
        "45",
    ),
    (
        "Rui Matos, *A alfândega do Porto*, Porto, Afrontamento, 1996, pp. 120-125.",
        "Porto",
        "Afrontamento",
        1996,
        "120-125",
    ),
    (
        "Luis Soto, *Las lonjas de Castilla*, Valladolid, Lex Nova, 1994, p. 7.",
        "Valladolid",
        "Lex Nova",
        1994,
        "7",
    ),
    (
        "Elena Vidal, *El muelle de Cádiz*, Sevilla, Alfar, 2008, pp. 12–19.",
        "Sevilla",
        "Alfar",
        2008,
        "12–19",
    ),
    (
        "Paolo Neri, *I moli di Trieste*, Trieste, Lint, 1983, p. 201.",
        "Trieste",
        "Lint",
        1983,
        "201",
    ),
    (
        "Carla Fontana, *Le saline di Cervia*, Ravenna, Longo, 1979, pp. 33-40.",
        "Ravenna",
        "Longo",
        1979,
        "33-40",
    ),
    (
        "Marc Lenoir, *Les quais de Rouen*, t. 2, Rouen, Point de vue, 2011, p. 14.",
        "Rouen",
        "Point de vue",
        2011,
        "14",
    ),
    (
        "Karl Brandt, *Der Kieler Hafen*, Kiel, Wachholtz, 1970, S. 88.",
        "Kiel",
        "Wachholtz",
        1970,
        "88",
    ),
    # guards (pass on main too): no page cited, a page count, something else after the year
    ("Ana Lobo, *Os portos do Minho*, Braga, Ardósia, 2001.", "Braga", "Ardósia", 2001, None),
    (
        "Ana Lobo, *Os portos do Minho*, Braga, Ardósia, 2001, 350 p.",
        "Braga",
        "Ardósia",
        2001,
        None,
    ),
    (
        "Ana Lobo, *Os portos do Minho*, Braga, Ardósia, 2001, vol. 2.",
        "Braga",
        "Ardósia",
        2001,
        None,
    ),
]


@pytest.mark.parametrize(("note", "place", "publisher", "year", "pages"), _ROWS)
def test_comma_imprint_locator(
    note: str, place: str, publisher: str, year: int, pages: str | None
) -> None:
    ref = parse_reference(note, (1,), detect_styles=False, note=True)
    assert (ref.place, ref.publisher, ref.year, ref.pages) == (place, publisher, year, pages)
