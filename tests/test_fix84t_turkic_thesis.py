"""A thesis designated in a Turkic language after the title's colon (round 84).

GOST notes in Tatar, Bashkir, Kazakh, Kyrgyz, Uzbek and Azerbaijani name a dissertation by
its degree and field where Russian writes ``дис. … канд. ист. наук``: ``Title: тарих
фәннәре кандидаты диссертациясе. — Казан, 2012.``.  The designation is other title
information, not part of the title, and makes the work a thesis.  Examples invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.thesis import designation
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Сәфиуллин Р. Ф. Чистай өязендә больницалар (1870–1914): тарих фәннәре кандидаты"
            " диссертациясе. — Казан, 2011. — 190 б.",
            "Чистай өязендә больницалар (1870–1914)",
        ),
        (
            "Сәфиуллин Р. Ф. Чистай өязендә больницалар: кандидатлык диссертациясе. — Казан,"
            " 2011. — 190 б.",
            "Чистай өязендә больницалар",
        ),
        (
            "Ғалымов Б. Ә. Өфө губернаһы дауаханалары: тарих фәндәре кандидаты диссертацияһы."
            " — Өфө, 2014. — 170 б.",
            "Өфө губернаһы дауаханалары",
        ),
        (
            "Сейітов Қ. Ж. Семей өңіріндегі емханалар: кандидаттық диссертация. — Алматы,"
            " 2009. — 150 б.",
            "Семей өңіріндегі емханалар",
        ),
        (
            "Тоқтаров Н. Ош шаарынын ооруканалары: кандидаттык диссертация. — Бишкек, 2013."
            " — 160 б.",
            "Ош шаарынын ооруканалары",
        ),
        (
            "Yusupov B. Samarqand shifoxonalari tarixi: tarix fanlari nomzodi dissertatsiyasi."
            " — Toshkent, 2007. — 140 b.",
            "Samarqand shifoxonalari tarixi",
        ),
        (
            "Əliyeva S. Gəncə xəstəxanaları: namizədlik dissertasiyası. — Bakı, 2012. — 150 s.",
            "Gəncə xəstəxanaları",
        ),
    ],
)
@pytest.mark.parametrize("note", [True, False])
def test_turkic_thesis_designation(text: str, title: str, note: bool) -> None:
    ref = parse_reference(text, [0], note=note)
    assert (ref.kind, ref.title) == (RefKind.THESIS, title)


@pytest.mark.parametrize(
    "text",
    [
        # the words inside a title, not a segment of their own
        "Сәфиуллин Р. Ф. Кандидаты диссертациясе турында истәлекләр. — Казан, 2001. — 90 б.",
        # a novel titled "the candidate" is no thesis
        "Сәфиуллин Р. Ф. Фән кандидаты: роман. — Казан: Мирас, 2001. — 290 б.",
    ],
)
def test_near_misses_stay_books(text: str) -> None:
    assert parse_reference(text, [0]).kind == RefKind.BOOK


@pytest.mark.parametrize("unit", ["аа ", "кандидаты ", "аа кандидаты "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: designation(": " + unit * n + "диссертацияс."), 200, 800) < 6
