"""GOST-like notes without area dashes: a volume's own title belongs to the title; a place
and a year, or a page count, make a book."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

TITLES = [
    (
        "Петров А. Б. История края. Т. 3. Край в новое время. М.: Наука, 1970. С. 12.",
        "История края. Т. 3. Край в новое время",
    ),
    (
        "Орлова В. Г. Очерки истории. Кн. 2. Город и деревня. Казань: Книга, 1981.",
        "Очерки истории. Кн. 2. Город и деревня",
    ),
    # the volume without a title of its own: the imprint follows
    (
        "Сидоров Д. Е. Путешествие по реке. Т. 1. СПб.: Тип. Иванова, 1899. С. 5.",
        "Путешествие по реке",
    ),
    ("Сидоров Д. Е. Путешествие по реке. Т. 2. Якутск, 1957. 300 с.", "Путешествие по реке"),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_volume_title(text: str, title: str) -> None:
    assert parse_reference(text, [1], note=True).title == title


BOOKS = [
    "Петров А. Б. Словарь говоров. Вып. 2. Казань, 1931. С. 7.",
    "Орлова В. Г. Народные песни края. Чебоксары, 1968. С. 40–44.",
    "Сидоров Д. Е. Заметки о языке. 240 с. С. 18.",
    "Сидоров Д. Е. Заметки о языке. Якутск, 1990. 240 с.",
]


@pytest.mark.parametrize("text", BOOKS)
def test_place_and_year_make_a_book(text: str) -> None:
    assert parse_reference(text, [1], note=True).kind is RefKind.BOOK


def test_journal_stays_article() -> None:
    text = "Петров А. Б. Статья о языке // Вестник. 2001. № 4. С. 10–15."
    assert parse_reference(text, [1], note=True).kind is RefKind.ARTICLE
