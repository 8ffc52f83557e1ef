"""fix74h: a Czech, Slovak or Polish first author's name declined before the Slavic "and
others" (``Dvořáka a kol. (2010)``, ``Nowaka i in. (2008)``) cites the list's nominative;
English text is read as before; ``b. r.`` / ``é. n.`` are no-date words of a citation
(own examples)."""

from __future__ import annotations

import pytest

from bibcheck.readers.authoryear import author_years, list_names, spans, unlisted
from bibcheck.readers.slavic_others import declined_before_others

DECLINED = [
    pytest.param("Dvořáka", " a kol. (2010)", ("Dvořák",), id="cs-genitive-a"),
    pytest.param("Dvořákovi", " a kol. (2010)", ("Dvořák",), id="cs-dative-ovi"),
    pytest.param("Dvořákem", " a kol. (2010)", ("Dvořák",), id="cs-instrumental-em"),
    pytest.param("Novákové", " a kol. (2010)", ("Nováková",), id="cs-feminine-ove"),
    pytest.param("Novákovou", " a spol. (2010)", ("Nováková",), id="cs-feminine-ovou"),
    pytest.param("Kováčovej", " a kol. (2010)", ("Kováčová",), id="sk-feminine-ovej"),
    pytest.param("Nowaka", " i in. (2008)", ("Nowak",), id="pl-genitive-a"),
    pytest.param("Nowakiem", " i wsp. (2008)", ("Nowak",), id="pl-instrumental-iem"),
    pytest.param("Dvořáka", " (2010)", (), id="no-others"),
    pytest.param("Martina", " et al. (2010)", (), id="english-et-al"),
    pytest.param("Garcia", " a kol. (2010)", (), id="vowel-stem"),
]


@pytest.mark.parametrize(("name", "after", "want"), DECLINED)
def test_declined_before_others(name: str, after: str, want: tuple[str, ...]) -> None:
    assert declined_before_others(name, after) == want


ENTRIES = [
    ("1", "Dvořák, K. – Malá, J. – Brož, P. 2010: Hradiště na Moravě. Brno: Univerzita."),
    ("2", "Nowak, A. – Lis, B. – Mróz, C. 2008: Osada z epoki brązu. Kraków: Wydawnictwo."),
    ("3", "Martin, J., Stone, K., & Bell, P. (2004). Field methods. London: Routledge."),
    ("4", "Mapa hradišť b. r.: Mapa hradišť [online]. Brno: Ústav."),
]

CITED = [
    pytest.param("podle výsledků Dvořáka a kol. (2010) je", "1", id="cs-genitive"),
    pytest.param("jak ukázal Dvořákovi a kol. (2010) blízký", "1", id="cs-dative"),
    pytest.param("według Nowaka i in. (2008) osada", "2", id="pl-genitive"),
    pytest.param("z mapy (Mapa hradišť\nb. r.) a", "4", id="cs-undated-title"),
    pytest.param("as Martin et al. (2004) show", "3", id="english-plain"),
]


@pytest.mark.parametrize(("text", "label"), CITED)
def test_cited(text: str, label: str) -> None:
    index = author_years(ENTRIES)
    assert [got for _, _, got in spans(text, index)] == [label]


def test_english_not_declined() -> None:
    """("Martina et al." is another name, no genitive of Martin's)"""
    assert list(spans("as Martina et al. (2004) show", author_years(ENTRIES))) == []


def test_declined_name_is_no_missing_entry() -> None:
    listed = list_names(text for _, text in ENTRIES)
    text = "podle Dvořáka a kol. (2010) a Nowaka i in. (2008); srov. Holuba a kol. (2015)"
    assert [name for _, _, name in unlisted(text, listed)] == ["Holuba"]
