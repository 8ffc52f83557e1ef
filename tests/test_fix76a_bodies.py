"""fix76a: a body's name with commas heading an author-date entry (:mod:`.comma_body`); a
title opening "General …" after a body in a Vancouver entry is no unit of that body
(``ieee._UNIT``); a period of years closing a history's title is no yearly edition
(:mod:`.year_span`)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

COMMA_BODIES = [
    # (entry, author, title, year)
    (
        "Ministerio de Trabajo, Migraciones y Seguridad Social. 2019. *Anuario de Estadísticas"
        " Laborales 2018*. Madrid: MITRAMISS.",
        "Ministerio de Trabajo, Migraciones y Seguridad Social",
        "Anuario de Estadísticas Laborales 2018",
        2019,
    ),
    (
        "Ministerio de Trabajo, Migraciones y Seguridad Social. 2019. _Anuario de Estadísticas"
        " Laborales 2018_. Madrid: MITRAMISS.",
        "Ministerio de Trabajo, Migraciones y Seguridad Social",
        "Anuario de Estadísticas Laborales 2018",
        2019,
    ),
    (
        "Ministerio de Sanidad, Consumo y Bienestar Social (MSCBS). 2020. Encuesta Nacional de"
        " Salud 2017. Madrid: MSCBS.",
        "Ministerio de Sanidad, Consumo y Bienestar Social",
        "Encuesta Nacional de Salud 2017",
        2020,
    ),
    (
        "Department for Business, Energy and Industrial Strategy. 2020. *Energy Trends 2019*."
        " London: BEIS.",
        "Department for Business, Energy and Industrial Strategy",
        "Energy Trends 2019",
        2020,
    ),
    (
        "Bundesministerium für Umwelt, Naturschutz und nukleare Sicherheit. 2018. *Umweltbericht"
        " 2017*. Berlin: BMU.",
        "Bundesministerium für Umwelt, Naturschutz und nukleare Sicherheit",
        "Umweltbericht 2017",
        2018,
    ),
    (
        "Ministère de la Transition écologique, de la Biodiversité et de la Mer. 2021. *Bilan"
        " énergétique 2020*. Paris: SDES.",
        "Ministère de la Transition écologique, de la Biodiversité et de la Mer",
        "Bilan énergétique 2020",
        2021,
    ),
]


@pytest.mark.parametrize("styles", [False, True])
@pytest.mark.parametrize(("text", "author", "title", "year"), COMMA_BODIES)
def test_a_comma_in_a_body_s_name_is_no_family_given(
    text: str, author: str, title: str, year: int, styles: bool
) -> None:
    ref = parse_reference(text, [1], detect_styles=styles)
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.year == year


PERSONS = [
    # (entry, first author, title, year): a person's inverted name stays a person's
    ("Smith, John. 2010. *A History of Tea*. London: Penguin.", "Smith", 2010),
    ("Hansen, J., and P. Olsen. 2011. *Byen og havnen*. Oslo: Pax.", "Hansen", 2011),
]


@pytest.mark.parametrize(("text", "family", "year"), PERSONS)
def test_a_person_s_name_is_left_to_the_parsers(text: str, family: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors and ref.authors[0].startswith(family)
    assert "," not in ref.authors[0] or ref.authors[0].count(",") == 1
    assert ref.year == year


GENERAL_TITLES = [
    # (entry, author, title)
    (
        "Codex Alimentarius Commission. General standard for food additives. CXS 192-1995."
        " Rome: FAO/WHO; 2021.",
        "Codex Alimentarius Commission",
        "General standard for food additives",
    ),
    (
        "Codex Alimentarius Commission. General Standard for the Labelling of Prepackaged"
        " Foods. CXS 1-1985. Rome: FAO/WHO; 2018.",
        "Codex Alimentarius Commission",
        "General Standard for the Labelling of Prepackaged Foods",
    ),
    (
        "World Health Organization. General guidelines for methodologies on research and"
        " evaluation of traditional medicine. Geneva: WHO; 2000.",
        "World Health Organization",
        "General guidelines for methodologies on research and evaluation of traditional medicine",
    ),
]


@pytest.mark.parametrize(("text", "author", "title"), GENERAL_TITLES)
def test_a_title_opening_general_is_no_unit(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.kind is RefKind.REPORT


UNITS = [
    # (entry, author, title): a body's units before the title are still cut (guard)
    (
        "Ministério da Saúde. Secretaria de Atenção Primária. Guia alimentar para crianças."
        " Brasília: Ministério da Saúde; 2019.",
        "Ministério da Saúde",
        "Guia alimentar para crianças",
    ),
]


@pytest.mark.parametrize(("text", "author", "title"), UNITS)
def test_units_are_still_cut(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == (author,)
    assert ref.title == title


PERIOD_BOOKS = [
    # (entry, title): a history published by a ministry, its title closing with its period
    (
        "García Sanz, A. 1985. *Desarrollo y crisis del Antiguo Régimen en Castilla, 1750-1868*."
        " Madrid: Ministerio de Agricultura, Pesca y Alimentación.",
        "Desarrollo y crisis del Antiguo Régimen en Castilla, 1750-1868",
    ),
    (
        "Nowak, J. (2004). *Rolnictwo na Mazowszu 1864–1914*. Warszawa: Ministerstwo Rolnictwa.",
        "Rolnictwo na Mazowszu 1864–1914",
    ),
]


@pytest.mark.parametrize(("text", "title"), PERIOD_BOOKS)
def test_a_history_s_period_is_no_edition(text: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.title == title
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    ("first", "last", "want"),
    [
        ("2019", "20", False),
        ("2022", "2023", False),
        ("2021", "23", False),
        ("2019", None, False),
        ("1870", "1930", True),
        ("1941", "44", True),
        ("1998", "2004", True),
        ("1864", "914", True),
    ],
)
def test_period(first: str, last: str | None, want: bool) -> None:
    from bibcheck.parse.references.year_span import period

    assert period(first, last) is want
