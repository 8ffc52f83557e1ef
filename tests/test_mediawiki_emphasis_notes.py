"""A free-text MediaWiki note marks its title with ''italics'' (or '''bold''', as Hebrew
Wikipedia does): the title is the emphasised span, and a note in a script without capitals
reads the comma facts after it (``, Place: Publisher, Year``, ``In: *Book*``,
``*Journal* 35 (2002)``) as a book, a chapter or an article."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind


def _note(ref: str) -> tuple[str | None, int | None, str, tuple[str, ...]]:
    page = f"'''Nahal''' is a river.<ref>{ref}</ref>\n\n== References ==\n<references/>\n"
    (note,) = parse_bytes(page.encode(), "page.wiki").footnotes
    r = note.reference
    return r.title, r.year, r.kind.value, r.authors


@pytest.mark.parametrize(
    ("ref", "title", "year", "kind", "authors"),
    [
        pytest.param("דוד שרון, '''ערי החוף: מבט היסטורי''', חיפה: פרדס, 1987, עמ' 40–44.",
                     "ערי החוף: מבט היסטורי", 1987, "book", ("דוד שרון",), id="hebrew-bold-book"),
        pytest.param("דוד שרון, '''ערי החוף''', כרך ב, חיפה: פרדס, 1987, עמ' 40.",
                     "ערי החוף", 1987, "book", ("דוד שרון",), id="hebrew-volume-book"),
        pytest.param('רינה אלון, "טחנות הקמח בשרון", בתוך: \'\'\'ספר השרון\'\'\', '
                     "תל אביב: עם עובד, 1976, עמ' 12–30.",
                     "טחנות הקמח בשרון", 1976, "chapter", ("רינה אלון",), id="hebrew-chapter"),
        pytest.param("רינה אלון, \"טחנות הקמח בשרון\", '''אופקים בגאוגרפיה''' 41 (1995), "
                     "עמ' 5–19.",
                     "טחנות הקמח בשרון", 1995, "article", ("רינה אלון",), id="hebrew-article"),
        pytest.param("خالد العمري، ''الري القديم في الأردن''، إربد: دار الكندي، ١٩٩١، ص ٤٥.",
                     "الري القديم في الأردن", 1991, "book", ("خالد العمري",),
                     id="arabic-italic-book"),
        pytest.param("خالد العمري، \"الأفلاج\"، في: ''دراسات في التراث''، عمّان: دار الشروق، "
                     "٢٠٠٤، ص ١٠-٢٠.",
                     "الأفلاج", 2004, "chapter", ("خالد العمري",), id="arabic-chapter"),
    ],
)  # fmt: skip
def test_emphasised_title_and_comma_facts(
    ref: str, title: str, year: int, kind: str, authors: tuple[str, ...]
) -> None:
    assert _note(ref) == (title, year, kind, authors)


def test_italic_title_of_a_latin_note() -> None:
    title, year, _, _ = _note("Ann Reed, ''Rivers of the Coast'' (London: Verso, 1998), 12.")
    assert (title, year) == ("Rivers of the Coast", 1998)


def test_emphasis_stays_out_of_prose_text() -> None:
    page = "The ''river'' runs.<ref>See ''Reed'' for more.</ref>\n<references/>\n"
    doc = parse_bytes(page.encode(), "page.wiki")
    assert doc.footnotes[0].reference.kind is RefKind.COMMENTARY
