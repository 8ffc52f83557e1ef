"""Organisations as authors before the title in more languages (South and West Slavic in
Latin letters, Swahili), two bodies joined by "i" / "a" / "and" / "und", and a title opened
with „ and closed with the straight quotation mark a keyboard types.  Own fixtures."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, shared
from bibcheck.parse.references.fields import first_closed
from bibcheck.parse.references.patterns import ORGANISATION_WORD
from tests.test_regex_growth import assert_linear

_ORG = re.compile(ORGANISATION_WORD)

CORPORATE = [
    (
        "sl-two-bodies",
        "Vlada Republike Slovenije i Banka Slovenije, Nacionalni načrt prehoda na euro "
        "(Ljubljana, 2005), str. 3.",
        "Nacionalni načrt prehoda na euro",
    ),
    (
        "hr-ministry-and-bank",
        "Ministarstvo financija i Hrvatska narodna banka, Strategija uvođenja eura "
        "(Zagreb, 2017), 22.",
        "Strategija uvođenja eura",
    ),
    (
        "cs-government-and-bank",
        "Vláda České republiky a Česká národní banka, Strategie přistoupení k eurozóně "
        "(Praha, 2003), s. 5.",
        "Strategie přistoupení k eurozóně",
    ),
    (
        "en-ministry-and-bank",
        "Ministry of Finance and Bank of Ghana, Cedi Redenomination Guide (Accra, 2007), 9.",
        "Cedi Redenomination Guide",
    ),
    (
        "sw-ministry-vancouver",
        "Wizara ya Elimu, Sayansi na Teknolojia. *Mwongozo wa Mafunzo kwa Walimu*. "
        "Toleo la 2. Dodoma; 2019.",
        "Mwongozo wa Mafunzo kwa Walimu",
    ),
    (
        "sw-office",
        "Ofisi ya Taifa ya Takwimu. *Sensa ya Watu na Makazi ya Mwaka 2022*. Dodoma; 2022.",
        "Sensa ya Watu na Makazi ya Mwaka 2022",
    ),
    (
        "es-ministry-remit",
        "Ministerio de Salud, Protección Social y Familia. *Guía nacional de malaria*. "
        "3.ª ed. Bogotá; 2021.",
        "Guía nacional de malaria",
    ),
    (
        "sw-apa",
        "Wizara ya Afya, Maendeleo ya Jamii, Jinsia, Wazee na Watoto. (2019). *Mpango Mkakati "
        "wa Afya*. Dodoma: Wizara ya Afya.",
        "Mpango Mkakati wa Afya",
    ),
    (
        "hr-apa-institute",
        "Hrvatski zavod za javno zdravstvo. (2021). *Hrvatski zdravstveno-statistički "
        "ljetopis*. Zagreb: HZJZ.",
        "Hrvatski zdravstveno-statistički ljetopis",
    ),
    # (a person's given name that is also a word for a government stays a person)
    (
        "sr-person",
        "Vlada Petrović, Ekonomija i društvo (Beograd, 2010), 14.",
        "Ekonomija i društvo",
    ),
]


@pytest.mark.parametrize("detect", [False, True], ids=["plain", "styled"])
@pytest.mark.parametrize(("name", "text", "title"), CORPORATE, ids=[c[0] for c in CORPORATE])
def test_organisations_before_the_title(name: str, text: str, title: str, detect: bool) -> None:
    ref = parse_reference(text, [1], note=True, detect_styles=detect)
    assert ref.title == title
    assert len(ref.authors) >= 1 and ref.year is not None


QUOTED = [
    (
        "hr-low-then-straight",
        'Ivana Horvat, „Cijene i inflacija u eurozoni", Ekonomski pregled 71, br. 2 '
        "(2020): 101–130.",
        "Cijene i inflacija u eurozoni",
    ),
    (
        "hr-straight",
        'Ivana Horvat, "Cijene i inflacija u eurozoni," Ekonomski pregled 71, no. 2 '
        "(2020): 101–130.",
        "Cijene i inflacija u eurozoni",
    ),
    (
        "cs-low-then-straight",
        'Jana Nováková, „Ceny a inflace po zavedení eura", Politická ekonomie 60, č. 4 '
        "(2012): 433–450.",
        "Ceny a inflace po zavedení eura",
    ),
    (
        "de-low-then-straight",
        'Anna Müller, „Preise und Euro-Umstellung", Wirtschaftsdienst 82, Nr. 1 (2002): 12–19.',
        "Preise und Euro-Umstellung",
    ),
    (
        "pl-low-then-straight",
        'Marek Nowak, „Ceny po wprowadzeniu euro", Ekonomista 5 (2015): 611–630.',
        "Ceny po wprowadzeniu euro",
    ),
]


@pytest.mark.parametrize("detect", [False, True], ids=["plain", "styled"])
@pytest.mark.parametrize(("name", "text", "title"), QUOTED, ids=[c[0] for c in QUOTED])
def test_low_quote_closed_straight(name: str, text: str, title: str, detect: bool) -> None:
    ref = parse_reference(text, [1], note=True, detect_styles=detect)
    assert ref.title == title
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "„a" * (n // 2) + '"', id="open-marks-then-straight"),
        pytest.param(lambda n: "A, „" + "b " * (n // 2), id="never-closed"),
        pytest.param(lambda n: "Wizara " * (n // 7), id="organisation-words"),
    ],
)
def test_new_patterns_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: first_closed(text, shared._QUOTED), line)
    assert_linear(lambda text: _ORG.search(text), line)
