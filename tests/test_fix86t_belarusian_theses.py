"""Belarusian GOST theses: ``Title: дыс. … канд. гіст. навук: 07.00.02`` (also ``д-ra``
and the written-out ``дысертацыя на атрыманне вучонай ступені …``) is a thesis whose title
ends before the designation; the author's abstract ``аўтарэф. дыс.`` is a booklet (not the
thesis) but its designation is no part of the title either.  Own invented fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import gost, parse_reference, thesis
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind", "title", "year"),
    [
        pytest.param(
            "Сцяпанава Л. К. Рамесныя цэхі Гродна ў XVII ст.: дыс. … канд. гіст. навук: "
            "07.00.02 / Л. К. Сцяпанава. — Гродна, 2012. — 190 с.",
            RefKind.THESIS,
            "Рамесныя цэхі Гродна ў XVII ст.",
            2012,
            id="be-kand-code",
        ),
        pytest.param(
            "Сцяпанава Л. К. Рамесныя цэхі Гродна ў XVII ст.: дыс. ... д-ра гіст. навук. — "
            "Мінск, 2019. — С. 40.",
            RefKind.THESIS,
            "Рамесныя цэхі Гродна ў XVII ст.",
            2019,
            id="be-doktar-note",
        ),
        pytest.param(
            "Сцяпанава Л. К. Рамесныя цэхі Гродна: дысертацыя на атрыманне вучонай ступені "
            "кандыдата гістарычных навук. — Мінск, 2014. — 200 с.",
            RefKind.THESIS,
            "Рамесныя цэхі Гродна",
            2014,
            id="be-written-out",
        ),
        pytest.param(
            "Сцяпанава Л. К. Рамесныя цэхі Гродна: аўтарэф. дыс. … канд. гіст. навук: "
            "07.00.02. — Мінск, 2012. — 22 с.",
            RefKind.BOOK,
            "Рамесныя цэхі Гродна",
            2012,
            id="be-abstract",
        ),
        # (near-misses that read as before)
        pytest.param(
            "Коваль І. П. Міські ремесла Галичини: дис. … канд. іст. наук: 07.00.01. — Львів, "
            "2011. — 210 с.",
            RefKind.THESIS,
            "Міські ремесла Галичини",
            2011,
            id="uk-kand",
        ),
        pytest.param(
            "Сцяпанава Л. К. Дысертацыі і навука ў Беларусі. — Мінск: Навука, 2015. — 120 с.",
            RefKind.BOOK,
            "Дысертацыі і навука ў Беларусі",
            2015,
            id="be-title-word",
        ),
    ],
)
def test_belarusian_thesis(text: str, kind: RefKind, title: str, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.title, ref.year) == (kind, title, year)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Аб: дыс. … канд. " + "гіст. " * (n // 6) + "навук", id="fields"),
        pytest.param(lambda n: "Аб: дыс" * (n // 7) + ". канд", id="repeated"),
        pytest.param(lambda n: "Аб: " + "аўтарэф. " * (n // 9), id="abstracts"),
    ],
)
def test_designations_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: list(thesis._FIND.finditer(text)), line)
    assert_linear(lambda text: list(gost._GENRE.finditer(text)), line)
