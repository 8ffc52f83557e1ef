"""Fix round 82 (fix82p): shapes of a Nordic Vancouver list and its bracket citations.

* a place in the work written out after the number (``[4, regel 12]``, ``[2, artículo
  14]``, ``[3, luku 4]``): :mod:`bibcheck.readers.places`;
* the words for "and others" after a name with a second capital (``McCrory P, Meeuwisse W,
  Dvořák J, ym.``, ``MacDonald K, m.fl.``): :mod:`bibcheck.parse.references.native_et_al`;
* a Finnish body named in genitives (``Terveyden ja hyvinvoinnin laitos. Title. URL``):
  :mod:`bibcheck.parse.references.bodywords`;
* the Nordic imprint with its year after the publisher and no semicolon (``Tampere:
  UKK-instituutti 2022.``), a report series numbered ``2021:3``:
  :mod:`bibcheck.parse.references.ieee`;
* a federation's rule book of its sport a report (``Official Rule Book 2023/24``):
  :mod:`bibcheck.parse.references.body_issued`.

Every example is invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bodywords import has_body_word
from bibcheck.readers.numlabels import expand
from bibcheck.readers.plaintext import MARKER
from tests.growth import growth


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0], detect_styles=True)


# (a bracket citation, the numbers it cites; None: no citation)
_PLACES = [
    ("[15, sääntö 124]", ["15"]),
    ("[4, regel 12]", ["4"]),
    ("[2, artículo 14]", ["2"]),
    ("[3, luku 4]", ["3"]),
    ("[7, peatükk 2]", ["7"]),
    ("[5, règle 3.2]", ["5"]),
    ("[6, Rule 7-9]", ["6"]),
    ("[1, kapitel 3; 4]", ["1", "4"]),
    ("[3, fejezet 4, 8]", ["3", "8"]),
    ("[2, madde 6]", ["2"]),
    # near-misses: no place word, or no number after the word
    ("[3, foo 4]", None),
    ("[2, regel]", None),
    ("[see rule 4]", None),
]


@pytest.mark.parametrize(("text", "numbers"), _PLACES)
def test_written_place_after_number(text: str, numbers: list[str] | None) -> None:
    m = MARKER.fullmatch(text)
    if numbers is None:
        assert m is None
    else:
        assert m is not None
        assert expand(m.group("label")) == numbers


# (an entry, its authors)
_OTHERS = [
    (
        "McCrory P, Lindgren W, Novak J, ym. Heading injuries in junior hockey. "
        "Scand J Sports Med 2017;51:838–47.",
        ("McCrory P", "Lindgren W", "Novak J"),
    ),
    (
        "Lindqvist A, MacDonald K, m.fl. Idrottsskador hos unga. Läkartidningen 2019;116:1–5.",
        ("Lindqvist A", "MacDonald K"),
    ),
    (
        "Tamm K, DeVries P, jt. Spordivigastused koolis. Eesti Arst 2018;97:12–8.",
        ("Tamm K", "DeVries P"),
    ),
    (
        "Kovács J, LeBlanc M, és mtsai. Sportsérülések gyermekeknél. Orv Hetil 2015;156:33–9.",
        ("Kovács J", "LeBlanc M"),
    ),
    (
        "Smith-McKay A, Dvořák B, ym. Skating injuries. J Ice Sports 2010;3:4–5.",
        ("Smith-McKay A", "Dvořák B"),
    ),
    # near-misses, read as before: no "and others", and a plain name list with "ym."
    (
        "McCrory P, Lindgren W. Heading injuries in junior hockey. Scand J Sports Med "
        "2017;51:838–47.",
        ("McCrory P", "Lindgren W"),
    ),
    (
        "Parkkari J, Natri A, ym. Active commuting and injuries. Int J Sports Med 2004;25:209–16.",
        ("Parkkari J", "Natri A"),
    ),
]


@pytest.mark.parametrize(("text", "authors"), _OTHERS)
def test_others_after_camel_case_name(text: str, authors: tuple[str, ...]) -> None:
    assert _parse(text).authors == authors


# (a name, is it a body's?)
_BODIES = [
    ("Terveyden ja hyvinvoinnin laitos", True),
    ("Ilmatieteen laitos", True),
    ("Suomen ympäristökeskus", True),
    ("Liikenteen turvallisuusvirasto", True),
    ("Tampereen yliopisto", True),
    # near-misses: a plural, a longer word, no genitive before the word
    ("Suomen laitosten historia", False),
    ("Matin ja Liisan keskustelu", False),
    ("Pekan laitostuminen", False),
    ("Uusi laitos", False),
]


@pytest.mark.parametrize(("name", "body"), _BODIES)
def test_finnish_genitive_body(name: str, body: bool) -> None:
    assert has_body_word(name) is body


# (an entry, its authors, title, kind)
_ENTRIES = [
    (
        "Terveyden ja hyvinvoinnin laitos. Syöpärekisteri (SR). https://thl.example.org/sr "
        "(luettu 3.1.2025).",
        ("Terveyden ja hyvinvoinnin laitos",),
        "Syöpärekisteri (SR)",
        RefKind.WEB,
    ),
    (
        "Suomen ympäristökeskus. Järvien ekologinen tila. https://syke.example.org/jarvet "
        "(luettu 2.9.2025).",
        ("Suomen ympäristökeskus",),
        "Järvien ekologinen tila",
        RefKind.WEB,
    ),
    (
        "Niemi-Adebayo S, Koski A. Liikuntavammat työikäisillä: seurantatutkimus. "
        "Liikuntainstituutin raportteja 7/2021. Jyväskylä: Liikuntainstituutti 2021.",
        ("Niemi-Adebayo S", "Koski A"),
        "Liikuntavammat työikäisillä: seurantatutkimus",
        RefKind.REPORT,
    ),
    (
        "Lind A, Berg K. Idrottsskador i Sverige. Folkhälsoinstitutets rapporter 2021:3. "
        "Stockholm: Folkhälsoinstitutet 2021.",
        ("Lind A", "Berg K"),
        "Idrottsskador i Sverige",
        RefKind.REPORT,
    ),
    (
        "International Floorball Federation. IFF Official Rule Book 2022/23. Helsinki: IFF 2022.",
        ("International Floorball Federation",),
        "IFF Official Rule Book 2022/23",
        RefKind.REPORT,
    ),
    (
        "Svenska Innebandyförbundet. Spelregler för innebandy 2024. Solna: SIBF; 2024.",
        ("Svenska Innebandyförbundet",),
        "Spelregler för innebandy 2024",
        RefKind.REPORT,
    ),
    # near-misses: a person's book on rules, a book with a semicolon imprint stays a book
    (
        "Smith J. The rule book of modern cricket. London: Penguin Books; 2020.",
        ("Smith J",),
        "The rule book of modern cricket",
        RefKind.BOOK,
    ),
    (
        "Virtanen A, Koski B. Liikuntalääketieteen perusteet. Helsinki: Duodecim 2019.",
        ("Virtanen A", "Koski B"),
        "Liikuntalääketieteen perusteet",
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "kind"), _ENTRIES)
def test_nordic_vancouver_entry(
    text: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = _parse(text)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)


@pytest.mark.parametrize("unit", ["Ab ", "Abn ja ", "Aaaa-", "McC", "[1, regel 1 ", "a: b "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: has_body_word(unit * n + "laitos"), 200, 800) < 6
    assert growth(lambda n: MARKER.search("[1, " + unit * n + "]") is None, 200, 800) < 6
    assert growth(lambda n: _parse("Ab C, " + unit * n + " ym. Title. J 2001;3:4."), 50, 200) < 6
    assert growth(lambda n: _parse("Ab C. Title. P: " + unit * n + " 2001."), 50, 200) < 6
