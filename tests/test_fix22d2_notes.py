"""Notes of humanities articles: a short author-date note with its page after a colon
(``Marais 1998:41``), a note that lists years in running prose, Belarusian lead-ins
(``Гл.:``, ``Падрабязней гл.:``), two works that share a main title but not a subtitle,
and a sentence saying where a resource is available online."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, LiteratureEntry, RefKind
from bibcheck.parse.matching import LiteratureIndex, other_subtitles
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.unlisted import availability_note, unlisted_work


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        ("Marais 1998:41–5.", ("Marais",), 1998),
        ("Venter 2013:7.", ("Venter",), 2013),
        ("Vgl. Botha 2011:112.", ("Botha",), 2011),
        ("See Lindqvist 1987: 33–40.", ("Lindqvist",), 1987),
        ("Smit and Kruger 2005:19.", ("Smit", "Kruger"), 2005),
        ("Olivier et al. 2016:204.", ("Olivier",), 2016),
    ],
    ids=["range", "page", "lead-in", "spaced", "two", "et-al"],
)
def test_author_date_note_with_colon(text: str, authors: tuple[str, ...], year: int) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert ref.kind is not RefKind.COMMENTARY
    assert ref.authors == authors
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        (
            "This estimate rests on a count of every notice across volumes 1904, 1911 and "
            "1918 (see table 3 in the online appendix).",
            True,
        ),
        ("Die telling dek die uitgawes 1921, 1926 en 1931 (sien die bylae).", True),
        ("Le relevé porte sur les années 1862, 1871 et 1880 (voir l'annexe).", True),
        # (after a name the years are an author's works)
        ("Weber 1905, 1920 and 1922.", False),
    ],
    ids=["english", "afrikaans", "french", "works"],
)
def test_years_listed_in_prose(text: str, commentary: bool) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert (ref.kind is RefKind.COMMENTARY) is commentary


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Гл.: Каваленка А. П. Кніжная культура Полацка. Мінск : Беларуская навука, "
            "2004. С. 17–20.",
            "Каваленка А. П.",
            "Кніжная культура Полацка",
        ),
        (
            "Падрабязней гл.: Лявонава Т. С. Гравюры віленскіх выданняў. Мінск : "
            "Выдавецтва БДУ, 1996. С. 88.",
            "Лявонава Т. С.",
            "Гравюры віленскіх выданняў",
        ),
        (
            "Гл. таксама: Мікуліч Р. Я. Друкары Нясвіжа. Мінск : Навука, 1999. 140 с.",
            "Мікуліч Р. Я.",
            "Друкары Нясвіжа",
        ),
        (
            "Пар.: Сапега Л. К. Кірыліца ў XVI стагоддзі. Гродна : ГрДУ, 2011. С. 5.",
            "Сапега Л. К.",
            "Кірыліца ў XVI стагоддзі",
        ),
    ],
    ids=["see", "in-detail-see", "see-also", "compare"],
)
def test_belarusian_lead_ins(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert ref.authors == (author,)
    assert ref.title == title


def _index(*entries: str) -> LiteratureIndex:
    return LiteratureIndex(
        [
            LiteratureEntry(n, 100 + n, parse_reference(text, (100 + n,)))
            for n, text in enumerate(entries, 1)
        ]
    )


@pytest.mark.parametrize(
    ("note", "entry", "tied"),
    [
        (
            "Wenceslas Hollar: A Digital Archive [Electronic resource] // Prague City Library. URL: "
            "https://hollar.example.org/",
            "Novák, Petr. Wenceslas Hollar: Collected Etchings. Prague: Academia, 2015.",
            False,
        ),
        (
            "Novák, Petr. Wenceslas Hollar: The Collected Etchings. Prague: Academia, 2015.",
            "Novák, Petr. Wenceslas Hollar: Collected Etchings. Prague: Academia, 2015.",
            True,
        ),
        (
            "Novák, Petr. Wenceslas Hollar. Prague: Academia, 2015.",
            "Novák, Petr. Wenceslas Hollar: Collected Etchings. Prague: Academia, 2015.",
            True,
        ),
    ],
    ids=["other-subtitle", "subtitle-reworded", "subtitle-left-out"],
)
def test_main_title_with_other_subtitle(note: str, entry: str, tied: bool) -> None:
    match = _index(entry).match(parse_reference(note, (1,)))
    assert (match is not None) is tied


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        ("Wenceslas Hollar: A Digital Archive", "Wenceslas Hollar: Collected Etchings", True),
        ("Wenceslas Hollar: The Collected Etchings", "Wenceslas Hollar: Collected Etchings", False),
        ("Wenceslas Hollar", "Wenceslas Hollar: Collected Etchings", False),
        ("Wenceslas Hollar, vol. 2, Sermons", "Wenceslas Hollar, vol. 1, Letters", False),
    ],
    ids=["other", "reworded", "one-only", "volumes"],
)
def test_other_subtitles(a: str, b: str, other: bool) -> None:
    assert other_subtitles(a, b) is other


@pytest.mark.parametrize(
    ("text", "available"),
    [
        (
            "The parish registers are available online through the county record office: "
            "Parish Registers Online <https://registers.example.org/>",
            True,
        ),
        ("The survey maps can be consulted online at https://maps.example.org/survey.", True),
        ("Die Protokolle sind online einsehbar unter https://protokolle.example.de/.", True),
        ("Les registres sont disponibles en ligne sur https://registres.example.fr/.", True),
        # (a work with its year and publisher is cited, not pointed to)
        (
            "Jane Roe, *Parish Life* (Leeds: Arrow, 1990), available at "
            "https://books.example.org/roe.",
            False,
        ),
        ("The registers are held at the county record office.", False),
    ],
    ids=["through", "consulted", "german", "french", "book", "no-address"],
)
def test_availability_note(text: str, available: bool) -> None:
    assert availability_note(text) is available
    assert unlisted_work(text) is available


DOC = """# Chapter

The registers survive.[^1] The parish grew.[^2] The vicar left.[^3]

[^1]: The parish registers are available online through the county record office: Parish
    Registers Online <https://registers.example.org/>. See also Jane Roe, *Parish Life*
    (Leeds: Arrow, 1990), 12–14.
[^2]: Jane Roe, *Parish Life* (Leeds: Arrow, 1990), 40.
[^3]: Tom Fell, *Vicars and Vestries* (York: Minster, 1977), 8.

## Bibliography

1. Roe, Jane. *Parish Life*. Leeds: Arrow, 1990.
"""


def test_no_missing_entry_for_where_a_resource_is_available() -> None:
    doc = parse_bytes(DOC.encode(), "chapter.md")
    missing = sorted(
        a.footnote or "" for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING
    )
    assert missing == ["3"]  # the book not in the list; not the online registers
