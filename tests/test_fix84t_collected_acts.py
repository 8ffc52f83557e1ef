"""An act printed in a collection of laws, as GOST notes cite it (round 84).

``Положение о …, 1 января 1864 г. // Полное собрание законов Российской империи. Собр. 2.
Т. 39. — СПб., 1867. — № 40457.``: an act (a report, by the corpus conventions) named by its
title, its date after a comma no part of the name, its year the act's, not the volume's.
Examples invented (names of real collections, invented acts and numbers).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Положение о сельских врачебных участках, 3 марта 1866 г. // Полное собрание"
            " законов Российской империи. Собр. 2. Т. 41. — СПб., 1868. — № 43001.",
            "Положение о сельских врачебных участках",
            1866,
        ),
        (
            "Устав о городских больницах, 12.05.1879 // Полное собрание законов Российской"
            " империи. Собр. 2. Т. 54. — СПб., 1881. — № 59999.",
            "Устав о городских больницах",
            1879,
        ),
        (
            "О санитарных участках // Собрание узаконений и распоряжений правительства. —"
            " 1918. — № 12. — Ст. 170.",
            "О санитарных участках",
            1918,
        ),
        (
            "Правила о фельдшерских школах // Свод законов Российской империи. Т. 13. —"
            " СПб., 1892.",
            "Правила о фельдшерских школах",
            1892,
        ),
        (
            "Манифест о призрении больных, 19 февраля 1871 г. // Русский архив. — 1890. —"
            " № 3. — С. 5–9.",
            "Манифест о призрении больных",
            1871,
        ),
    ],
)
@pytest.mark.parametrize("note", [True, False])
def test_act_in_a_collection_of_laws(text: str, title: str, year: int, note: bool) -> None:
    ref = parse_reference(text, [0], note=note)
    assert (ref.kind, ref.title, ref.year) == (RefKind.REPORT, title, year)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        # a newspaper's report is an article still
        (
            "О тифе в Симбирске // Симбирские губернские ведомости. — 1893. — 2 мая (№ 33).",
            "О тифе в Симбирске",
            1893,
        ),
        # a dated letter in a journal keeps its date and the journal's year
        (
            "Письмо к сестре, 4 марта 1866 г. // Русский архив. — 1895. — № 2. — С. 11–19.",
            "Письмо к сестре, 4 марта 1866 г.",
            1895,
        ),
    ],
)
def test_near_misses_stay_articles(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.kind, ref.title, ref.year) == (RefKind.ARTICLE, title, year)


@pytest.mark.parametrize("unit", ["Положение ", "а, 1 ", ", 1 января ", "Собрание "])
def test_linear(unit: str) -> None:
    assert (
        growth(
            lambda n: parse_reference(
                "Положение " + unit * n + " // Свод законов. — 1890.", [0], note=True
            ),
            100,
            400,
        )
        < 6
    )
