"""A comma-style note (``Family I. I., Title, …``) whose book imprint is followed by the cited
page (``…, Наука, Москва, 1998, с. 7``) is a book, not an article in a "journal" named after
the place; the GOST imprint after a full stop (``…, Title. М.: Наука, 1998, с. 7``) is read
too.  Articles with their journal, year and numbers stay articles.  All examples are
invented."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.initials_after import parse


@pytest.mark.parametrize(
    ("line", "title", "publisher", "place", "year", "pages"),
    [
        (
            "Сидоров К. Л., Сады и виноградники края, Наука, Москва, 1998, с. 7.",
            "Сады и виноградники края",
            "Наука",
            "Москва",
            1998,
            "7",
        ),
        (
            "Сидоров К. Л., Петренко А. Б., Очерки хлопководства, Колос, Москва, 1987, с. 112–114.",
            "Очерки хлопководства",
            "Колос",
            "Москва",
            1987,
            "112–114",
        ),
        (
            "Rossi M., Storia dei vigneti, Einaudi, Torino, 1998, p. 45.",
            "Storia dei vigneti",
            "Einaudi",
            "Torino",
            1998,
            "45",
        ),
        (
            "Сидоров К. Л., Сады и виноградники края. М.: Наука, 1998, с. 7.",
            "Сады и виноградники края",
            "Наука",
            "М.",
            1998,
            "7",
        ),
        (
            "Сидоров К. Л., Сады и виноградники края. Киев: Урожай, 1979.",
            "Сады и виноградники края",
            "Урожай",
            "Киев",
            1979,
            None,
        ),
    ],
)
def test_comma_note_book_with_page(
    line: str, title: str, publisher: str, place: str, year: int, pages: str | None
) -> None:
    fields = parse(line.rstrip("."))
    assert fields is not None
    assert fields.book
    assert fields.year is not None
    got = (fields.title, fields.publisher, fields.place, fields.year.year, fields.pages)
    assert got == (title, publisher, place, year, pages)
    ref = parse_reference(line, [0], detect_styles=True)
    assert (ref.kind, ref.title, ref.publisher) == (RefKind.BOOK, title, publisher)


@pytest.mark.parametrize(
    ("line", "title", "journal"),
    [
        # near misses: a journal, its year, then volume and pages stay an article
        (
            "Сидоров К. Л., Орошение хлопчатника, Вопросы экономики, 2015, т. 5, с. 10–20.",
            "Орошение хлопчатника",
            "Вопросы экономики",
        ),
        (
            "Kowalski J., Uprawa winorośli, Roczniki Nauk Rolniczych, 2009, t. 12, s. 33–41.",
            "Uprawa winorośli",
            "Roczniki Nauk Rolniczych",
        ),
    ],
)
def test_comma_note_article_stays(line: str, title: str, journal: str) -> None:
    ref = parse_reference(line, [0], detect_styles=True)
    assert (ref.kind, ref.title, ref.host) == (RefKind.ARTICLE, title, journal)
