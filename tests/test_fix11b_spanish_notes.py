"""Chicago notes in Spanish: compound given names, two family names, short notes' pages
(issue 11, heldout11 10-12).

* ``Luis M. Ferrer Robles, *Title* (Place: Publisher, 1990), 12.``: after a middle initial,
  both words are family names (a style reading ``Luis M`` as Vancouver's "Surname I" is
  not taken).
* ``María José Sanz, “Title” (tesis doctoral, …, 2011), 5.`` and ``Sanz, María José.``: two
  given names and one family name.
* ``Ferrer Robles, *Title*, 1130.``: a short note's four-digit page is no year.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize("detect_styles", [True, False], ids=["detect", "notes-only"])
@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Luis M. Ferrer Robles, *El comercio de la grana en Oaxaca* (Madrid: Cátedra, "
            "1990), 12.",
            ("Ferrer Robles, Luis M.",),
            "El comercio de la grana en Oaxaca",
            1990,
        ),
        (
            "Carmen R. Ibáñez de la Torre, *Cofradías de Puebla* (Puebla: BUAP, 2004), 88-90.",
            ("Ibáñez de la Torre, Carmen R.",),
            "Cofradías de Puebla",
            2004,
        ),
        (
            "María José Sanz, “Comercio y crédito en Zacatecas” (tesis doctoral, Universidad "
            "de Sevilla, 2011), 5.",
            ("Sanz, María José",),
            "Comercio y crédito en Zacatecas",
            2011,
        ),
        (
            # (no Spanish word in it: the name stays as written, its family name last)
            "José Luis Ortega, *Caminos de plata* (México: FCE, 1999), 301.",
            ("José Luis Ortega",),
            "Caminos de plata",
            1999,
        ),
    ],
    ids=["initial-two-family", "initial-family-with-particles", "two-given-thesis", "as-written"],
)
def test_spanish_note_names(
    text: str, authors: tuple[str, ...], title: str, year: int, detect_styles: bool
) -> None:
    ref = parse_reference(text, [1], detect_styles=detect_styles, note=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Sanz, María José. “Comercio y crédito en Zacatecas”. Tesis doctoral, "
            "Universidad de Sevilla, 2011.",
            ("Sanz, María José",),
        ),
        (
            "Ortega, José Luis, and Ana Ruiz. *Caminos de plata*. México: FCE, 1999.",
            ("Ortega, José Luis", "Ana Ruiz"),
        ),
    ],
    ids=["two-given", "two-given-then-coauthor"],
)
def test_spanish_bibliography_names(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [1], detect_styles=True).authors == authors


@pytest.mark.parametrize("detect_styles", [True, False], ids=["detect", "notes-only"])
@pytest.mark.parametrize(
    ("text", "pages", "year"),
    [
        ("Ferrer Robles, “La grana y el crédito”, 1130.", "1130", None),
        ("Laura Ferrer, “La grana y el crédito”, 1020.", "1020", None),
        ("Ferrer Robles, *Cofradías*, 1402.", "1402", None),
        ("Ferrer Robles, *Cofradías*, 1998.", None, 1998),
    ],
    ids=["quoted-page", "full-name-quoted-page", "italic-page", "a-real-year-stays"],
)
def test_short_note_page_is_no_year(
    text: str, pages: str | None, year: int | None, detect_styles: bool
) -> None:
    ref = parse_reference(text, [1], detect_styles=detect_styles, note=True)
    assert ref.year == year
    if pages is not None:
        assert ref.pages == pages
    assert AnomalyCode.YEAR_MALFORMED not in {a.code for a in ref.anomalies}
