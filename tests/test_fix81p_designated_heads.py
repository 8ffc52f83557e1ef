"""fix81p: an author-date text in a Slavic language cites the authorless entries of its
ISO 690 list by their heads, with the year: an EU act by its designation with the issuer's
word between (``(Nariadenie Komisie (ES) č. 2073/2005, 2005, príloha I)``), a Czech or
Slovak act with its collection's mark (``(Zákon č. 152/1995 Z. z., 1995, § 5)``), a
standard by its designation (``STN EN ISO 6579-1 (2017)``), a title-first entry by its
title's main part (``(Slovenská bryndza, 2024)``).  The index
(:func:`bibcheck.readers.authoryear.author_years`) takes those names from the entries
(:mod:`bibcheck.readers.lawnames`, :mod:`bibcheck.readers.standardnames`,
:mod:`bibcheck.readers.titlenames`).  Own invented examples."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.authoryear import author_years, line_mentions, spans
from bibcheck.readers.lawnames import law_names
from bibcheck.readers.standardnames import standard_names
from bibcheck.readers.titlenames import title_names
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "Nariadenie Komisie (ES) č. 1441/2007 z 5. decembra 2007 o kritériách. In Úradný"
            " vestník Európskej únie, L 322, 7. 12. 2007, s. 12–29.",
            {"Nariadenie Komisie (ES) č. 1441/2007"},
        ),
        (
            "Nařízení Evropského parlamentu a Rady (EU) č. 1169/2011 ze dne 25. října 2011"
            " o poskytování informací o potravinách.",
            {"Nařízení Evropského parlamentu a Rady (EU) č. 1169/2011"},
        ),
        (
            "Rozporządzenie Komisji (WE) nr 1881/2006 z dnia 19 grudnia 2006 r. ustalające"
            " najwyższe dopuszczalne poziomy.",
            {"Rozporządzenie Komisji (WE) nr 1881/2006"},
        ),
        (
            "Uredba Komisije (EZ) br. 1441/2007 od 5. prosinca 2007. SL L 322.",
            {"Uredba Komisije (EZ) br. 1441/2007"},
        ),
        (
            "Uredba Komisije (ES) št. 1441/2007 z dne 5. decembra 2007. UL L 322.",
            {"Uredba Komisije (ES) št. 1441/2007"},
        ),
        (
            "Vykonávacie nariadenie Komisie (EÚ) 2019/627 z 15. marca 2019. Ú. v. EÚ L 131.",
            {"Vykonávacie nariadenie Komisie (EÚ) 2019/627"},
        ),
        (
            "Zákon č. 39/2007 Z. z. o veterinárnej starostlivosti. 2007.",
            {"Zákon č. 39/2007", "Zákon č. 39/2007 Z. z."},
        ),
        (
            "Zákon č. 166/1999 Sb., o veterinární péči. 1999.",
            {"Zákon č. 166/1999", "Zákon č. 166/1999 Sb."},
        ),
        (
            "Verordnung des Rates (EG) Nr. 834/2007 über die ökologische Produktion.",
            {"Verordnung des Rates (EG) Nr. 834/2007"},
        ),
        # near misses: no number after the issuer's words; a date, not a designation; a
        # person's entry; more than six words before the number
        ("Nariadenie vlády o hygiene potravín. Bratislava : Úrad vlády, 2010.", set()),
        ("Výnos ministerstva z 12. mája 2004 č. 1187/2004-100. 2004.", set()),
        ("KOVÁČ, J. – ZÁKON, P. 2010. Hygiena mlieka. In Mliekarstvo, 2010.", set()),
        (
            "Nariadenie o tom ako sa má vo veci postupovať vždy 12/2004. 2004.",
            set(),
        ),
    ],
)
def test_law_names(entry: str, expected: set[str]) -> None:
    assert law_names(entry) == expected


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("STN EN ISO 6579-1: 2017. Mikrobiológia potravinového reťazca.", {"STN EN ISO 6579-1"}),
        ("ČSN EN ISO 4833-1:2014. Mikrobiologie potravinového řetězce.", {"ČSN EN ISO 4833-1"}),
        ("PN-EN ISO 22000:2018-06. Systemy zarządzania.", {"PN-EN ISO 22000"}),
        ("HRN EN ISO 7218:2024. Mikrobiologija hrane.", {"HRN EN ISO 7218"}),
        ("SIST EN ISO 4833-2. Mikrobiologija.", {"SIST EN ISO 4833-2"}),
        ("ISO 690:2021. Information and documentation.", {"ISO 690"}),
        # near misses: a title that names a standard later; a person; a body with no number
        ("Implementing ISO 9001 in small dairies. Bratislava, 2019.", set()),
        ("ISOVÁ, M. 2019. Mikrobiológia syrov.", set()),
        ("STN. 2019. Katalóg slovenských noriem.", set()),
    ],
)
def test_standard_names(entry: str, expected: set[str]) -> None:
    assert standard_names(entry) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Bryndzové halušky : tradičné jedlo Liptova. ", {"Bryndzové halušky"}),
        ("Strategie rozvoje venkova: období do roku ", {"Strategie rozvoje venkova"}),
        ("Ovčie mlieko na Orave : história a súčasnosť. ", {"Ovčie mlieko na Orave"}),
        # near misses: a person's names before the colon (a comma, an initial); one word;
        # no colon; the title's start in small letters
        ("Berg, A.: Die Milch. ", set()),
        ("Berg A: Die Milch. ", set()),
        ("Liptov : kraj a ľudia. ", set()),
        ("Slovenská bryndza. ", set()),
        ("o syroch : poznámky. ", set()),
    ],
)
def test_title_names(head: str, expected: set[str]) -> None:
    assert title_names(head) == expected


ENTRIES = [
    ("1", "HRONEC, P. – TICHÁ, M. 2012. Laktokoky v syroch. In Mliekarstvo, 2012, vol. 4."),
    (
        "2",
        "Nariadenie Komisie (ES) č. 1441/2007 z 5. decembra 2007 o kritériách. In Úradný"
        " vestník Európskej únie, L 322, 7. 12. 2007, s. 12–29.",
    ),
    ("3", "Zákon č. 39/2007 Z. z. o veterinárnej starostlivosti. 2007."),
    ("4", "STN EN ISO 6579-1: 2017. Mikrobiológia potravinového reťazca. Bratislava, 2017."),
    (
        "5",
        "Ovčie mlieko na Orave : história a súčasnosť. 2021. [online]. Dostupné na:"
        " https://mlieko.example.org/orava",
    ),
    (
        "6",
        "Rozporządzenie Komisji (WE) nr 1881/2006 z dnia 19 grudnia 2006 r. ustalające"
        " najwyższe dopuszczalne poziomy. Dz. Urz. UE L 364, 2006.",
    ),
    ("7", "Zákon č. 166/1999 Sb., o veterinární péči. 1999."),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("podľa kritérií (Nariadenie Komisie (ES) č. 1441/2007, 2007) sme", ["2"]),
        ("podľa kritérií (Nariadenie Komisie (ES) č. 1441/2007, 2007, príloha I) sme", ["2"]),
        ("kontroly podľa zákona (Zákon č. 39/2007 Z. z., 2007, § 5) a", ["3"]),
        ("kontroly podľa zákona (Zákon č. 39/2007, 2007) a", ["3"]),
        ("kontroly podle zákona (Zákon č. 166/1999 Sb., 1999, příloha 2) a", ["7"]),
        ("sme dokazovali podľa STN EN ISO 6579-1 (2017), ako Hronec (2012)", ["4", "1"]),
        ("metódou (STN EN ISO 6579-1, 2017) sme", ["4"]),
        ("ako uvádza prehľad (Ovčie mlieko na Orave, 2021) a", ["5"]),
        (
            "zgodnie z przepisami (Rozporządzenie Komisji (WE) nr 1881/2006, 2006, załącznik 1)",
            ["6"],
        ),
        # near misses: another year; another number; the standard with no year; the
        # title's words not the entry's
        ("podľa kritérií (Nariadenie Komisie (ES) č. 1441/2007, 2009) sme", []),
        ("podľa kritérií (Nariadenie Komisie (ES) č. 1442/2007, 2007) sme", []),
        ("Kľúčové slová: bryndza, STN EN ISO 6579-1, listérie", []),
        ("ako uvádza prehľad (Mlieko z Liptova, 2021) a", []),
    ],
)
def test_cited_by_head(text: str, expected: list[str]) -> None:
    index = author_years(ENTRIES)
    assert [label for _, _, label in spans(text, index)] == expected


def test_title_head_wrapped_over_a_line_end_counts_on_its_first_line() -> None:
    # (row 1: the mention begun on the first line, its marker after the year on the next)
    index = author_years(ENTRIES)
    found = line_mentions("výrobku (Ovčie mlieko", "na Orave, 2021); zákaz", index)
    assert [(row, label) for row, _, label in found] == [(1, "5")]


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (law_names, lambda n: "Nariadenie " + "Komisie " * (n // 8)),
        (law_names, lambda n: "Nariadenie" + " Aa" * (n // 3) + " 1"),
        (law_names, lambda n: "Zákon č. 12/2000" + " Z. z." * (n // 6)),
        (standard_names, lambda n: "STN " + "EN " * (n // 3)),
        (standard_names, lambda n: "STN EN 1" + "-1" * (n // 2)),
        (title_names, lambda n: "Aa" + " bb" * (n // 3)),
        (title_names, lambda n: "Aa" + " bb-cc" * (n // 6) + " :"),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
