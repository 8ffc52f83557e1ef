"""A reference list under a heading in a language the readers do not know, found by its
shape; statutes with a chapter number after the year."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.chicago import unsigned_news
from bibcheck.readers.shapedlist import shaped_list_heading, unread_shaped_list


@dataclass(frozen=True)
class P:
    text: str
    heading: bool = False
    number: int = 0


_BODY = [
    P("Makala ya tatu", heading=True),
    P("Mwangi anaeleza historia ya bandari; Otieno na Kamau wanakubaliana naye."),
]
_ENTRIES = [
    P("Kamau, J. (2004) *Bandari za Pwani*. Nairobi: East Africa Press."),
    P('Mwangi, P. "Biashara ya Pwani." *Journal of Coastal History* 12, no. 2 (1998): 41–60.'),
    P("Otieno, R. (2011) *Miji ya Kale*. Mombasa: Pwani Publishers."),
]


@pytest.mark.parametrize(
    ("paras", "notes", "want"),
    [
        # a heading of unknown words over sorted entries the body names: the list
        ([*_BODY, P("Marejeo ya Kitabu", heading=True), *_ENTRIES], "", 2),
        # the works named only in the notes
        (
            [_BODY[0], P("Maneno tu."), P("Vyanzo", heading=True), *_ENTRIES],
            "Kamau, Bandari, 12. Otieno, Miji, 4.",
            2,
        ),
        # not in order of surname: no list
        ([*_BODY, P("Vyanzo", heading=True), *reversed(_ENTRIES)], "", None),
        # works the document never names: no list
        ([_BODY[0], P("Maneno tu."), P("Vyanzo", heading=True), *_ENTRIES], "", None),
        # two entries only: too few to tell
        ([*_BODY, P("Vyanzo", heading=True), *_ENTRIES[:2]], "", None),
        # body paragraphs under the last heading (no year, no parts): no list
        (
            [
                *_BODY,
                P("Hitimisho", heading=True),
                P("Kamau alisema bandari ni muhimu sana kwa uchumi wa pwani yote."),
                P("Mwangi alikubali na kuongeza mengi zaidi kuhusu biashara hiyo."),
                P("Otieno alifunga mjadala kwa maneno machache ya shukrani."),
            ],
            "",
            None,
        ),
        # a sentence as the last "heading": no list
        ([*_BODY, P("Hii ni sentensi.", heading=True), *_ENTRIES], "", None),
    ],
)
def test_shaped_list_heading(paras: list[P], notes: str, want: int | None) -> None:
    assert shaped_list_heading(paras, notes) == want


def test_unread_shaped_list_is_reported() -> None:
    paras = [*_BODY, P("Vyanzo", heading=True, number=3), *reversed(_ENTRIES)]
    anomaly = unread_shaped_list(paras, set())
    assert anomaly is not None and "Vyanzo" in anomaly.message and anomaly.line == 3
    assert unread_shaped_list(paras, {3}) is None
    assert unread_shaped_list([*_BODY, P("Hitimisho", heading=True), P("Asante.")], set()) is None


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Water Utilities Corporation Act, 1970 (Cap. 74:02), s. 9.",
            "Water Utilities Corporation Act",
            1970,
        ),
        ("Land Control Act, 1967 (Cap. 302).", "Land Control Act", 1967),
        ("The Companies Act, 2013.", "The Companies Act", 2013),
        ("Housing Act 1988 (c. 50), s. 21.", "Housing Act 1988", 1988),
        ("Housing Act 1988, s. 21.", "Housing Act 1988", 1988),
        (
            "Canada Business Corporations Act, RSC 1985, c C-44, s 122",
            "Canada Business Corporations Act",
            1985,
        ),
    ],
)
def test_statute_chapter_after_year(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.title, ref.year) == (title, year)


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        # an unsigned newspaper article, the periodical in italics or plain, any month's name
        ('"Harbour fees double," *Coast Herald*, 3 June 1958, 2.', "article", 1958),
        ('"Harbour fees double," Coast Herald, 3 Mwezi 1958, 2.', "article", 1958),
        ('"Harbour fees double," *Coast Herald*, June 3, 1958.', "article", 1958),
        # a note of running prose ending on a year after a word of prose: commentary
        (
            "Kazi ya uchimbaji inaendelea huko; nawashukuru wafanyakazi mwaka 2021.",
            "commentary",
            None,
        ),
    ],
)
def test_unsigned_news_and_prose_year(text: str, kind: str, year: int | None) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.kind.value, ref.year) == (kind, year)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"Harbour fees double," *Coast Herald*, 3 June 1958, 2.', True),
        ('"Harbour fees double," Coast Herald, June 3, 1958.', True),
        ('Ann Lee, "Harbour fees," *Journal of Ports* 4, no. 2 (1958): 3–9.', False),
        ('"Harbour fees," *Journal of Ports* 4, no. 2 (1958): 3–9.', False),
    ],
)
def test_unsigned_news(text: str, want: bool) -> None:
    assert unsigned_news(text) is want
