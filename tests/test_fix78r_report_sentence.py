"""fix78r: a numbered report's designation, a sentence after the title, is no title.

Vancouver lists write ``Title. Raport de cercetare nr. 3/2022. Place: Body; Year.``,
``Title. Rapport de recherche n° 2020-07. …``, ``Title. Forschungsbericht Nr. 9. …``: the
genre word with its number word and number is the report's designation, its number the
report's ``number``, the work a report.  (The examples are this file's own.)
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

# (title as read, (title, number) or None)
_TITLES = [
    ("Hărți dialectale noi. Raport de cercetare nr. 3/2022", ("Hărți dialectale noi", "3/2022")),
    ("Hărți dialectale noi. Raport tehnic nr. 12", ("Hărți dialectale noi", "12")),
    ("Les marges. Rapport de recherche n° 2020-07", ("Les marges", "2020-07")),
    ("Les marges. Rapport technique no 5", ("Les marges", "5")),
    ("Lärm im Hafen. Forschungsbericht Nr. 9", ("Lärm im Hafen", "9")),
    ("Ruido urbano. Informe técnico núm. 4", ("Ruido urbano", "4")),
    ("Tidal flats. Research report no. TR-17", ("Tidal flats", "TR-17")),
    ("Tidal flats. Working paper no. 2021/3", ("Tidal flats", "2021/3")),
    ("Tidal flats: the final report", None),  # (no number: a title's own words)
    ("Tidal flats. Research report", None),
    ("Report no. 4", None),  # (nothing before the designation)
]


@pytest.mark.parametrize(("title", "split"), _TITLES)
def test_without_report_sentence(title: str, split: tuple[str, str] | None) -> None:
    # (imported here: the module is new, so on main each case fails on its own)
    from bibcheck.parse.references.report_sentence import without_report_sentence

    assert without_report_sentence(title) == split


# (entry, authors, title, kind, number, place, publisher, year)
_ENTRIES = [
    (
        "Marinescu V, Toma R. Inventarul graiurilor din nord. Raport de cercetare nr. 2/2023. "
        "Cluj-Napoca: Institutul de Exemplu; 2023.",
        ("Marinescu V", "Toma R"),
        "Inventarul graiurilor din nord",
        "report",
        "2/2023",
        "Cluj-Napoca",
        "Institutul de Exemplu",
        2023,
    ),
    (
        "Leroy M. Les registres paroissiaux de la côte. Rapport de recherche n° 2019-11. "
        "Rennes: Centre de démonstration; 2019.",
        ("Leroy M",),
        "Les registres paroissiaux de la côte",
        "report",
        "2019-11",
        "Rennes",
        "Centre de démonstration",
        2019,
    ),
]


@pytest.mark.parametrize(
    ("entry", "authors", "title", "kind", "number", "place", "publisher", "year"), _ENTRIES
)
def test_vancouver_report_designation(
    entry: str,
    authors: tuple[str, ...],
    title: str,
    kind: str,
    number: str,
    place: str,
    publisher: str,
    year: int,
) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.authors, ref.title, ref.kind.value, ref.number) == (authors, title, kind, number)
    assert (ref.place, ref.publisher, ref.year) == (place, publisher, year)
