"""fix79p: an author-date text cites a law of its list by the act's designation or by its
short title, with the year (``(Verordening (EU) 2019/6, 2019)`` over a line end, ``(Wet
dieren, 2011, art. 2.9)``): the entry's head names no author, so the index
(:func:`bibcheck.readers.authoryear.author_years`) takes both names from the entry
(:mod:`bibcheck.readers.lawnames`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.authoryear import author_years, line_mentions, spans
from bibcheck.readers.lawnames import law_names
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "Verordening (EU) 2021/17 van het Europees Parlement en de Raad van 3 maart 2020"
            " betreffende meststoffen. PB L 9 van 8.2.2021: 1-40.",
            {"Verordening (EU) 2021/17"},
        ),
        (
            "Richtlijn 2003/55/EG van de Raad betreffende zaaizaad. PB L 3: 5-9.",
            {"Richtlijn 2003/55/EG"},
        ),
        (
            "Richtlinie 2012/44/EU des Rates über Saatgut. ABl. L 12: 1-8.",
            {"Richtlinie 2012/44/EU"},
        ),
        (
            "Verordnung (EG) Nr. 1200/2008 des Rates über Futtermittel.",
            {"Verordnung (EG) Nr. 1200/2008"},
        ),
        (
            "Regulation (EU) 2018/22 of the European Parliament on fertilisers. OJ L 4.",
            {"Regulation (EU) 2018/22"},
        ),
        ("Real Decreto 512/2017, de 9 de mayo, sobre abonos. BOE 110.", {"Real Decreto 512/2017"}),
        (
            "Wet van 4 juni 2013, houdende regels over de bescherming van bodem en water"
            " (Wet bodemzorg). Stb. 2013, 210.",
            {"Wet bodemzorg"},
        ),
        (
            "Gesetz über den Schutz der Hecken (Heckenschutzgesetz) vom 2. Mai 2014. GBl. 7.",
            {"Heckenschutzgesetz"},
        ),
        # near misses: no act's word first; the Union's mark or a code in parentheses is no
        # short title; an act's word with no number and no short title names nothing
        ("Europees Milieuagentschap. Bodemkwaliteit (EMA/12/2019). Kopenhagen; 2019.", set()),
        ("Bodemraad. Advies over bekalking (Den Haag). 2021.", set()),
        ("Smits A, Koster P. Wet grasland op zand (een veldproef). Bodem. 2018.", set()),
        ("Verordening betreffende de openbare orde. Gemeenteblad 2015, 12.", set()),
        ("Regulation (EU) of the Council on seeds (EU). OJ L 4.", set()),
    ],
)
def test_law_names(entry: str, expected: set[str]) -> None:
    assert law_names(entry) == expected


ENTRIES = [
    ("1", "Bakker T. Kalk in de ondergrond. Bodem Water. 2017; 2: 1-9."),
    (
        "2",
        "Verordening (EU) 2021/17 van het Europees Parlement en de Raad van 3 maart 2020"
        " betreffende meststoffen. PB L 9 van 8.2.2021: 1-40.",
    ),
    (
        "3",
        "Wet van 4 juni 2013, houdende regels over de bescherming van bodem en water"
        " (Wet bodemzorg). Stb. 2013, 210.",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de meststoffen vallen onder Europees recht (Verordening (EU) 2021/17, 2021).", ["2"]),
        ("de gemeente heeft een zorgplicht (Wet bodemzorg, 2013, art. 4.2) en", ["3"]),
        ("zoals Bakker (2017) en de wet (Wet bodemzorg, 2013) bepalen", ["1", "3"]),
        # near misses: the wrong year; another act's short title
        ("de gemeente heeft een zorgplicht (Wet bodemzorg, 2015) en", []),
        ("de gemeente heeft een zorgplicht (Wet natuurbeheer, 2013) en", []),
    ],
)
def test_law_cited_by_name(text: str, expected: list[str]) -> None:
    index = author_years(ENTRIES)
    assert [label for _, _, label in spans(text, index)] == expected


def test_designation_wrapped_over_a_line_end_counts_where_it_starts() -> None:
    index = author_years(ENTRIES)
    found = line_mentions(
        "een beperking voor (Verordening (EU)", "2021/17, 2021), aangevuld", index
    )
    assert [(row, label) for row, _, label in found] == [(1, "2")]


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Wet " + "(Aa bb " * (n // 7),
        lambda n: "Wet " + "(" * n,
        lambda n: "Wet (" + "a-" * (n // 2),
        lambda n: "Richtlijn (EU) " + "2019/" * (n // 5),
        lambda n: "Wet " + "(Aa)" * (n // 4),
    ],
)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(law_names, line)
