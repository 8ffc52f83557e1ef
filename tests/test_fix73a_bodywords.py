"""One table of the words that make a name a body's (:mod:`bibcheck.parse.references.bodywords`),
and the parsers that used their own lists reading it.  Own examples, written in the shapes
bodies' and people's names have."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bibcheck.parse.references import bodywords
from bibcheck.parse.references.patterns import ORGANISATION_WORD
from tests.test_regex_growth import assert_linear

# (name, language, a body's?)
NAMES = [
    # English
    ("Federal Aviation Administration", "en", True),
    ("Board of Trustees of the Museum", "en", True),
    ("Bank for International Settlements", "en", True),
    ("Internet Engineering Task Force", "en", True),
    ("Board games", "en", False),
    ("Trust issues", "en", False),
    ("Group work", "en", False),
    ("Income distribution", "en", False),
    ("institution and reform", "en", False),
    ("Servant", "en", False),
    ("Jane Servant", "en", False),
    # Romance
    ("Ministério da Saúde", "pt", True),
    ("Direcção-Geral de Estatística", "pt", True),
    ("Secretaría de Cultura", "es", True),
    ("Junta de Andalucía", "es", True),
    ("Museo Nacional de Ciencias", "es", True),
    ("Servei de Salut", "ca", True),
    ("Ispettorato del lavoro", "it", True),
    ("Office fédéral de la statistique", "fr", True),
    ("Fondation de France", "fr", True),
    ("Ayuntamiento de Zaragoza", "es", True),
    ("Assemblée nationale", "fr", True),
    ("Procura della Repubblica", "it", True),
    # German and Dutch
    ("Umweltbundesamt", "de", True),
    ("Bundesanstalt für Wasserbau", "de", True),
    ("Deutscher Wetterdienst", "de", True),
    ("Landesarchiv Thüringen", "de", True),
    ("Amtmann", "de", False),
    ("Gesundheit und Gesellschaft", "de", False),
    ("Rijksinstituut voor Volksgezondheid", "nl", True),
    # Nordic (a compound's end, definite forms)
    ("Naturvårdsverket", "sv", True),
    ("Energimyndigheten", "sv", True),
    ("Miljøstyrelsen", "da", True),
    ("Vegdirektoratet", "no", True),
    ("Arbeidstilsynet", "no", True),
    ("Verket och världen", "sv", False),
    # Finnish
    ("Ruokavirasto", "fi", True),
    ("Maanmittauslaitos", "fi", True),
    ("Tilastokeskus", "fi", True),
    ("Matti Virtanen", "fi", False),
    # Slavic
    ("Ministerstwo Zdrowia", "pl", True),
    ("Instytut Badań Literackich", "pl", True),
    ("Ministarstvo zdravlja", "hr", True),
    ("Asociace krajů", "cs", True),
    ("Министерство культуры", "ru", True),
    ("федеральная служба статистики", "ru", True),
    ("Иван Петров", "ru", False),
    # Greek
    ("Υπουργείο Υγείας", "el", True),
    ("Ελληνική Στατιστική Αρχή Επιτροπή", "el", True),
    ("Γιάννης Παπαδόπουλος", "el", False),
    # Turkish, Swahili, Welsh
    ("Türkiye İstatistik Kurumu", "tr", True),
    ("Wizara ya Afya", "sw", True),
    ("Llywodraeth Cymru", "cy", True),
    # people and titles
    ("Anna Lindqvist", "sv", False),
    ("Maria Kowalska", "pl", False),
    ("Hans Amtmann", "de", False),
]
_LANGUAGES = {language for _, language, _ in NAMES}


def test_table_covers_the_languages() -> None:
    assert len(NAMES) >= 40 and len(_LANGUAGES) >= 8
    held = {row.language for row in bodywords.TABLE}
    assert held == set(bodywords.Language)


@pytest.mark.parametrize(("name", "language", "body"), NAMES, ids=[n for n, _, _ in NAMES])
def test_has_body_word(name: str, language: str, body: bool) -> None:
    assert bodywords.has_body_word(name) is body, (language, name)


@pytest.mark.parametrize(("name", "language", "body"), NAMES, ids=[n for n, _, _ in NAMES])
def test_organisation_word_is_the_table(name: str, language: str, body: bool) -> None:
    assert (re.search(ORGANISATION_WORD, name) is not None) is body


@pytest.mark.parametrize(
    ("name", "closes"),
    [
        ("World Bank", True),
        ("Internet Engineering Task Force", True),
        ("United States Geological Survey", True),
        ("World Economic Forum", True),
        ("Open Geospatial Consortium", True),
        ("Statistisches Bundesamt", True),
        ("Survey of Household Income", False),
        ("Forum Italicum", False),
        ("Bank of England", False),
        ("Karolinska Institutet", True),  # (an open word's definite form)
        ("John Banks", True),  # (an English word's plural: the callers decide on persons)
    ],
)
def test_closes_with_body_word(name: str, closes: bool) -> None:
    assert bodywords.closes_with_body_word(name) is closes


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("Havs- och vattenmyndigheten", True),  # (a compound in small letters)
        ("Sveriges geologiska undersökning", True),
        ("Ilmatieteen laitos", True),
        ("Statens vegvesen", True),  # (an opener)
        ("Główny Inspektorat Ochrony Środowiska", True),
        ("Maanmittaus ja tiede", False),
        ("Presidente della giunta", False),
    ],
)
def test_any_case_with_edges(name: str, found: bool) -> None:
    compiled = re.compile(bodywords.pattern(any_case=True, edges=True))
    assert (compiled.search(name) is not None) is found


def test_default_has_no_openers_nor_small_compounds() -> None:
    assert not bodywords.has_body_word("Statens vegvesen")
    assert not bodywords.has_body_word("Havs- och vattenmyndigheten")
    assert not bodywords.has_body_word("A Survey of Methods")


@pytest.mark.parametrize(
    ("word", "german"),
    [
        ("Bundesarchiv", True),
        ("Landgericht", True),
        ("Wetterdienst", True),
        ("Stadtverwaltung", True),
        ("Amt", False),
        ("Gesellschaft", False),
    ],
)
def test_compound_end(word: str, german: bool) -> None:
    pattern = re.compile(bodywords.compound_end(bodywords.Language.GERMAN_DUTCH))
    assert (pattern.fullmatch(word) is not None) is german


@pytest.mark.parametrize(
    "line",
    [lambda n: "Board " * (n // 6), lambda n: "Verket" * (n // 6), lambda n: "Inc " * (n // 4)],
)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(bodywords.has_body_word, line)
    assert_linear(bodywords.closes_with_body_word, line)
