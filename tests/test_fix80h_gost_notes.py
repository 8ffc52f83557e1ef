"""GOST notes (round 80): a title that opens with a person's initials after the author's
two ("Иванов И. И. А. С. Пушкин в Одессе"); an archive file's title quoted right after its
number; a programme or strategy approved by an act (``report``, its title whole); a second
place and publisher after " ; " in one imprint (no second work).  Invented examples, Russian,
Ukrainian, Belarusian and Bulgarian."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import split_heading_authors
from bibcheck.parse.references.several import work_spans


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Соколов Д. В. А. С. Попов и радио. Годы поиска. — М. : Наука, 1988. — С. 4.",
            ("Соколов Д. В.",),
            "А. С. Попов и радио. Годы поиска",
        ),
        (
            "Петренко О. В. Т. Г. Шевченко в Петербурзі. — К. : Либідь, 2001. — С. 9.",
            ("Петренко О. В.",),
            "Т. Г. Шевченко в Петербурзі",
        ),
        (
            "Орлов А. А., Белов Б. Б. С. М. Киров и Ленинград. — Л. : Лениздат, 1980. — 200 с.",
            ("Орлов А. А.", "Белов Б. Б."),
            "С. М. Киров и Ленинград",
        ),
        # (near-misses: two or three initials are the author's own)
        (
            "Соколов Д. В. Попов и радио. — М. : Наука, 1988. — С. 4.",
            ("Соколов Д. В.",),
            "Попов и радио",
        ),
        (
            "Tolman J. R. R. Harbours of the North. — London : Cass, 1990. — P. 5.",
            ("Tolman J. R. R.",),
            "Harbours of the North",
        ),
    ],
)
def test_title_opening_with_initials(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.authors == authors
    assert ref.title == title


def test_heading_split_keeps_the_title_initials() -> None:
    assert split_heading_authors("Соколов Д. В. А. С. Попов и радио", single=True) == (
        ("Соколов Д. В.",),
        "А. С. Попов и радио",
    )


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "РГАНТД. Ф. 12. Оп. 4. Д. 77 «Отчёт о испытаниях двигателя РД-9». 1961. Л. 3–9.",
            "Отчёт о испытаниях двигателя РД-9",
            1961,
        ),
        (
            "ГАРФ. Ф. 5. Оп. 2. Д. 71 «Переписка с главком». 1948. 30 л.",
            "Переписка с главком",
            1948,
        ),
        (
            "ЦДАВО України. Ф. 12. Оп. 3. Спр. 40 «Листування з трестом». 1951. Арк. 4.",
            "Листування з трестом",
            1951,
        ),
    ],
)
def test_archive_file_with_quoted_title(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is RefKind.UNKNOWN


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Государственная программа Российской Федерации «Развитие судостроения» : утв. "
            "постановлением Правительства Рос. Федерации от 12 мая 2031 г. № 77.",
            "Государственная программа Российской Федерации «Развитие судостроения»",
            2031,
        ),
        (
            "Стратегия развития речного транспорта : утв. распоряжением Правительства Рос. "
            "Федерации от 3 июня 2030 г. № 11-р.",
            "Стратегия развития речного транспорта",
            2030,
        ),
        (
            "Державна програма «Річковий флот» : затв. постановою Кабінету Міністрів України "
            "від 4 трав. 2029 р. № 21.",
            "Державна програма «Річковий флот»",
            2029,
        ),
        # (the act itself, as before)
        (
            "О морских портах : федер. закон Рос. Федерации от 8 нояб. 2007 г. № 261-ФЗ.",
            "О морских портах",
            2007,
        ),
    ],
)
def test_approved_programme(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.kind is RefKind.REPORT
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "works"),
    [
        (
            "Grant P. Lunar Landers. — Berlin : Springer ; New York : Praxis, 2009. — P. 8.",
            0,
        ),
        ("Орлов А. А. Порты. — М. : Наука ; СПб. : Питер, 2007. — С. 88.", 0),
        ("Петров П. Пристанища. — София : Просвета ; Варна : Славянка, 1999. — С. 3.", 0),
        # (near-misses: two works parted by " ; " stay two)
        (
            "Орлов А. А. Порты. — М. : Наука, 2007. — С. 88 ; Белов Б. Б. Доки. — М. : Мир, "
            "2001. — С. 5.",
            2,
        ),
        (
            "Grant P. Ports. — London : Cass, 2007. — P. 8 ; Jones A. Docks : a history. — "
            "Oxford : OUP, 2001.",
            2,
        ),
    ],
)
def test_second_place_is_no_second_work(text: str, works: int) -> None:
    assert len(work_spans(text)) == works


def test_year_after_two_places() -> None:
    ref = parse_reference(
        "Grant P. Lunar Landers. — Berlin : Springer ; New York : Praxis, 2009. — P. 8.",
        [0],
        note=True,
    )
    assert ref.year == 2009
