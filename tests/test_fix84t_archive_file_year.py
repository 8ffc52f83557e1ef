"""A post-Soviet archive's file cited by its title, then `` // `` and its marks (round 84).

``Протоколы заседаний … за 1865 г. // НА РТ. Ф. 977. Оп. Медицинский факультет. Д.
1527.``: the inventory may be named, not numbered, and the file is dated by the year its
title says it covers.  Examples invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.gost_sources import archive_file, covered_year
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Отчёты губернской больницы за 1871 г. // НА РТ. Ф. 1. Оп. Хозяйственный отдел."
            " Д. 402.",
            1871,
        ),
        (
            "Отчёты губернской больницы за 1871 г. // НА РТ. Ф. 1. Оп. Хозяйственный отдел."
            " Д. 402. Л. 7–9 об.",
            1871,
        ),
        ("Журнал заседаний уездной управы за 1880 г. // ГАСО. Ф. 12. Оп. 3. Д. 77.", 1880),
        ("Переписка о тифе за 1892–1893 гг. // ЦГИА РБ. Ф. 9. Оп. 1. Д. 15. Л. 2.", 1892),
        ("Листування з губернатором за 1905 р. // ДАХО. Ф. 3. Оп. 2. Спр. 41.", 1905),
    ],
)
@pytest.mark.parametrize("note", [True, False])
def test_archive_file_dated_by_its_title(text: str, year: int, note: bool) -> None:
    ref = parse_reference(text, [0], note=note)
    assert (ref.kind, ref.year) == (RefKind.UNKNOWN, year)


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        # a printed report titled by its year is dated by its imprint
        (
            "Отчёт губернской больницы за 1871 г. — Казань: Тип. университета, 1872. — 40 с.",
            RefKind.BOOK,
            1872,
        ),
    ],
)
def test_near_misses(text: str, kind: RefKind, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.kind, ref.year) == (kind, year)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("НА РТ. Ф. 977. Оп. Медицинский факультет. Д. 1527.", True),
        ("НА РТ. Ф. 977. Оп. 1. Д. 1527.", True),
        # a person's initial after the fonds is no inventory
        ("Ф. 977. Т. Иванов. Д. 3.", False),
    ],
)
def test_named_inventory(text: str, found: bool) -> None:
    assert archive_file(text) is found


@pytest.mark.parametrize("unit", ["за 1865 ", "1865 г. ", "1 "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: covered_year(unit * n + "x"), 200, 800) < 6
    assert growth(lambda n: archive_file("Ф. 1. Оп. Аа " + unit * n + "x"), 200, 800) < 6
