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


# a place and a year after the italic title, German notes' imprint with no publisher:
# (note, place, year, pages, kind)
_PLACE_YEAR = [
    ("Otto Lange, *Der Elbhandel*, Hamburg 1962.", "Hamburg", 1962, None, "book"),
    ("Otto Lange, *Der Elbhandel*, Hamburg 1962, S. 40.", "Hamburg", 1962, "40", "book"),
    (
        "Eva Roth, *Die Mainschiffahrt*, Bd. 2, Frankfurt am Main 1985, S. 7–9.",
        "Frankfurt am Main",
        1985,
        "7–9",
        "book",
    ),
    ("Jan Vos, *De Rijnvaart*, Leiden 1958, p. 3.", "Leiden", 1958, "3", "book"),
]


@pytest.mark.parametrize(("note", "place", "year", "pages", "kind"), _PLACE_YEAR)
def test_place_year_imprint(note: str, place: str, year: int, pages: str | None, kind: str) -> None:
    ref = parse_reference(note, (1,), detect_styles=False, note=True)
    assert (ref.place, ref.year, ref.pages, ref.kind.value) == (place, year, pages, kind)


# a Markdown footnote in the Polish, Czech and Slovak tradition, read with its italics as a
# DOCX or ODT note is: (language's body, note, place, publisher, year, pages)
_BODIES = {
    "pl": (
        "Historia portów na wybrzeżu była pisana wiele razy, ale akta urzędów portowych są "
        "wciąż mało czytane przez historyków handlu i miast. Nie ma jeszcze pracy, która "
        "zebrałaby te źródła, dlatego to studium zaczyna się od archiwów miejskich i celnych, "
        "w których jest wiele ksiąg oraz listów, a ich treść nie była dotąd badana przez "
        "nikogo, choć jest ważna dla miast."
    ),
}
_TRADITION = [
    # (the given name written out: read as one publisher with the year on main)
    (
        "Anna Wiśniewska, *Żegluga na Wiśle*, Toruń: Adam Marszałek 2005, s. 17.",
        "Toruń",
        "Adam Marszałek",
        2005,
        "17",
    ),
    ("Karol Zając, *Spichlerze Gdańska*, Gdańsk: Marpress 1999.", "Gdańsk", "Marpress", 1999, None),
    # (initials first: the notes' Polish reading on main too, guards)
    (
        "A. Wiśniewska, *Żegluga na Wiśle*, Toruń: Adam Marszałek 2005, s. 17.",
        "Toruń",
        "Adam Marszałek",
        2005,
        "17",
    ),
    (
        "A. Wiśniewska, *Żegluga na Wiśle*, Toruń: Adam Marszałek 2005.",
        "Toruń",
        "Adam Marszałek",
        2005,
        None,
    ),
    ("K. Zając, *Spichlerze Gdańska*, t. 2, Gdańsk 1999, s. 3–5.", "Gdańsk", None, 1999, "3–5"),
]


@pytest.mark.parametrize(("note", "place", "publisher", "year", "pages"), _TRADITION)
def test_markdown_note_in_the_tradition(
    note: str, place: str, publisher: str | None, year: int, pages: str | None
) -> None:
    from bibcheck.manuscript import parse_bytes

    doc = parse_bytes(f"{_BODIES['pl']}[^1]\n\n[^1]: {note}\n".encode(), "artykul.md")
    (footnote,) = doc.footnotes
    ref = footnote.reference
    assert ref is not None and ref.style == "polish"
    assert (ref.place, ref.publisher, ref.year, ref.pages) == (place, publisher, year, pages)
