"""One list of the words a containing work follows ("In:", "V:", "W:", "U:", "В кн.:" ...),
shared by the APA, Chicago, ISO 690/GOST and journal parsers; a volume's Roman numeral
("vol. V: The Later Years") is none of them."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.patterns import IN_COLON
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]

# the shape refine.py looks for: a chapter's host word after a sentence's or item's end
_AFTER_END = re.compile(rf"[.,]\s{IN_COLON}")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kapitola. V: Sborník prací. Brno, 2012.", True),
        ("Kapitola. Ve: Sborník prací. Brno, 2012.", True),
        ("Rozdział. W: Księga pamiątkowa. Kraków, 2003.", True),
        ("Poglavlje. U: Zbornik radova. Split, 2008.", True),
        ("Глава. В кн.: Сборник статей. Казань, 1999.", True),
        ("Глава. В: Сборник статей. Казань, 1999.", True),
        ("Глава. Във: Сборник статии. Пловдив, 1999.", True),
        ("Розділ. У: Збірник праць. Львів, 2011.", True),
        ("Chapitre. Dans : Mélanges offerts. Lyon, 2004.", True),
        ("Kapitel. Im: Handbuch der Drucke. Jena, 2006.", True),
        ("Bab. Dalam: Kumpulan Tulisan. Bandung, 2016.", True),
        ("Bölüm. İçinde: Makaleler. İzmir, 2014.", True),
        # a volume's Roman numeral after its word is no Czech "V" (nor Scandinavian "I")
        ("A History of Print, vol. V: The Later Years.", False),
        ("A History of Print, Vol. V: The Later Years.", False),
        ("Geschichte des Drucks, Bd. V: Die Spätzeit.", False),
        ("Dějiny tisku, sv. V: Pozdní léta.", False),
        ("Histoire de l'imprimerie, t. V: Les dernières années.", False),
        ("История печати, т. V: Поздние годы.", False),
        ("A History of Print, vol. I: The Early Press.", False),
        ("Norsk boktrykk. Del I: Før 1800.", False),
    ],
)
def test_in_colon(text: str, found: bool) -> None:
    assert (_AFTER_END.search(text) is not None) is found


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # ISO 690 as ČSN, SRPS, BDS and GOST write it: the host after "– In:" in the
        # entry's language
        (
            "Dvořák, K. Knihtisk v Čechách. – V: Sborník prací. Brno, 2012, s. 4–19.",
            "Sborník prací",
        ),
        (
            "Dvořák, K. Knihtisk v Čechách. – Ve: Sborník prací. Brno, 2012, s. 4–19.",
            "Sborník prací",
        ),
        ("Jović, M. Štampa u Srbiji. – In: Zbornik radova. Niš, 2007, s. 51–66.", "Zbornik radova"),
        ("Ilieva, T. Pečatăt. – Във: Sbornik statii. Plovdiv, 1999, s. 8–20.", "Sbornik statii"),
    ],
)
def test_iso690_host(text: str, host: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.kind is RefKind.CHAPTER
    assert ref.host == host


@pytest.mark.parametrize(
    "text",
    [
        "Ann Reed and Tom Hale, eds, A History of Print, vol. V: The Late Press "
        "(Oxford: Clarendon Press, 2001), pp. 12–40.",
        "Ann Reed and Tom Hale, eds, A History of Print, vol. I: The Early Press "
        "(Oxford: Clarendon Press, 2001), pp. 12–40.",
    ],
)
def test_a_volume_numeral_is_no_host_word(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "vol. V: " * (n // 8), id="volume-numerals"),
        pytest.param(lambda n: ". V " * (n // 4), id="open-in-words"),
        pytest.param(lambda n: "В кн. " * (n // 6), id="cyrillic-book"),
    ],
)
def test_in_colon_is_linear(line: Line) -> None:
    assert_linear(lambda text: _AFTER_END.search(text), line)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # ISO 690 with names in capitals (caps.py): the host after its editors, its word
        # in the entry's language
        (
            "DUPONT, Jean. Les presses. Dans: MARTIN, Paul (dir.). Mélanges offerts. "
            "Lyon: Presses, 2004, p. 12–30.",
            "Mélanges offerts",
        ),
        (
            "GARCÍA, Juan. La imprenta. En: LÓPEZ, Ana (coord.). Estudios reunidos. "
            "Madrid: Cátedra, 2010, p. 5–20.",
            "Estudios reunidos",
        ),
        (
            "NOVÁK, Jan. Knihtisk. V: DVOŘÁK, Karel (ed.). Sborník prací. Brno: Host, 2012, "
            "s. 4–19.",
            "Sborník prací",
        ),
    ],
)
def test_caps_host(text: str, host: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.kind is RefKind.CHAPTER
    assert ref.host == host
