"""A GOST archival file described with its areas parted by dashes -- ``Title. — 1591 //
НГАБ. — Ф. 1705. — Воп. 1. — Спр. 4.`` (Belarusian ``Воп.``, Russian ``Оп. … Д. … Л.``,
Ukrainian ``Спр. … Арк.``) -- is an archival file (kind unknown, as the corpus conventions
key archival files), not an article of a journal named by the archive after ``//``.  Own
invented fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import archival, parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        pytest.param(
            "Грамата магістрата гораду Гродна. — 1602 // НГАБ. — Ф. 1823. — Воп. 2. — Спр. 9.",
            RefKind.UNKNOWN,
            "Грамата магістрата гораду Гродна",
            id="be-dashes",
        ),
        pytest.param(
            "Грамата магістрата гораду Гродна. — 1602 // НГАБ. — Ф. 1823. — Воп. 2. — Спр. 9. "
            "— Арк. 4–6 адв.",
            RefKind.UNKNOWN,
            "Грамата магістрата гораду Гродна",
            id="be-leaves",
        ),
        pytest.param(
            "Челобитная посадских людей. — 1688 // РГАДА. — Ф. 210. — Оп. 12. — Д. 77. — Л. 3.",
            RefKind.UNKNOWN,
            "Челобитная посадских людей",
            id="ru-dashes",
        ),
        pytest.param(
            "Лист полковника до магістрату. — 1671 // ЦДІАК України. — Ф. 59. — Оп. 1. — "
            "Спр. 210. — Арк. 2.",
            RefKind.UNKNOWN,
            "Лист полковника до магістрату",
            id="uk-dashes",
        ),
        # (near-miss: a journal's article, its issue and pages parted by dashes)
        pytest.param(
            "Сакалоўскі П. Р. Гарадскія суды Полацка // Беларускі гістарычны агляд. — 2011. — "
            "Т. 18, сш. 1. — С. 5–30.",
            RefKind.ARTICLE,
            "Гарадскія суды Полацка",
            id="be-article",
        ),
    ],
)
def test_gost_archival_file(text: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.title) == (kind, title)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Ф. 1" + "1" * n + ". — x", id="long-number"),
        pytest.param(lambda n: "Ф. 1." + " " * n + "— x", id="spaces"),
        pytest.param(lambda n: "Ф. 1. — " * (n // 8) + "x", id="many-areas"),
    ],
)
def test_post_soviet_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: archival._POST_SOVIET.search(text), line)
