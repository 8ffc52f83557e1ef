"""GOST 7.1 / ДСТУ 8302 "other title information" naming the kind of work after " : "
(``: підручник``, ``: учебник для вузов``, ``: навч. посіб.``, ``: монографія``, ``: зб.
наук. пр.``, ``: textbook``) is no part of the title, and says the work is a book; with
GOST's area dashes or without, in a note or a list's entry.  A real subtitle stays; a
thesis's ``: дис. …`` stays a thesis.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import genre, parse_reference
from bibcheck.parse.references.genre import book_genre
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "Дорошенко Л. П. Аналітична хімія : підручник. Львів ; Київ : Оріяна, 2007. С. 88.",
            "Аналітична хімія",
            RefKind.BOOK,
        ),
        (
            "Захарова Е. И. Коллоидная химия : учебник для вузов. Москва : Юрайт, 2016. 350 с.",
            "Коллоидная химия",
            RefKind.BOOK,
        ),
        (
            "Захарова Е. И. Коллоидная химия : учеб. пособие. – М. : Юрайт, 2016. – 350 с.",
            "Коллоидная химия",
            RefKind.BOOK,
        ),
        (
            "Гребенюк О. Т. Хімія ґрунтів : навч. посіб. Одеса : Астропринт, 2013. 210 с.",
            "Хімія ґрунтів",
            RefKind.BOOK,
        ),
        (
            "Литвин С. Р. Оксидні каталізатори : монографія. Харків : Фоліо, 2019. 240 с.",
            "Оксидні каталізатори",
            RefKind.BOOK,
        ),
        (
            "Проблеми екології : зб. наук. пр. Дніпро : ДНУ, 2020. Вип. 4. 180 с.",
            "Проблеми екології",
            RefKind.BOOK,
        ),
        (
            "Nilsen K. Marine chemistry : textbook. Bergen : Fagbok, 2011. 420 p.",
            "Marine chemistry",
            RefKind.BOOK,
        ),
        (
            "Гуменюк В. О. Сорбенти на основі глин : дис. … канд. хім. наук : 02.00.11. "
            "Київ, 2014. 160 с.",
            "Сорбенти на основі глин",
            RefKind.THESIS,
        ),
        (
            "Литвин С. Р. Каталіз : історія і сучасність. Харків : Фоліо, 2019. 240 с.",
            "Каталіз : історія і сучасність",
            RefKind.BOOK,
        ),
    ],
    ids=[
        "uk-textbook",
        "ru-textbook",
        "ru-manual-dashed",
        "uk-manual",
        "uk-monograph",
        "uk-collection",
        "en-textbook",
        "uk-thesis",
        "real-subtitle",
    ],
)
def test_genre_is_no_title(text: str, title: str, kind: RefKind) -> None:
    for note in (False, True):
        for detect in (False, True):
            ref = parse_reference(text, (1,), detect_styles=detect, note=note)
            assert (ref.title, ref.kind) == (title, kind)


@pytest.mark.parametrize(
    ("title", "kind", "expected"),
    [
        ("Органічна хімія : підручник", RefKind.UNKNOWN, ("Органічна хімія", RefKind.BOOK)),
        ("Органічна хімія : підручник", RefKind.CHAPTER, ("Органічна хімія", RefKind.CHAPTER)),
        (": монографія", RefKind.UNKNOWN, (": монографія", RefKind.UNKNOWN)),
        ("Хімія : нариси", RefKind.UNKNOWN, ("Хімія : нариси", RefKind.UNKNOWN)),
    ],
    ids=["unknown-becomes-book", "kind-kept", "nothing-before", "no-genre"],
)
def test_book_genre(title: str, kind: RefKind, expected: tuple[str, RefKind]) -> None:
    ref = book_genre(Reference(raw=title, line=1, end_line=1, title=title, kind=kind))
    assert (ref.title, ref.kind) == expected


def test_genre_is_linear() -> None:
    assert_linear(lambda text: genre._BOOK_GENRE.search(text), lambda n: " : навчальн" * (n // 10))
    assert_linear(lambda text: genre._BOOK_GENRE.search(text), lambda n: " :" * (n // 2))
