"""Hungarian humanities notes (bibcheck.parse.references.hungarian_notes,
hungarian_order): ``Names: Title. Place, Publisher, Year, page.`` with the names family
name first joined by a dash, ``In:`` chapters, ``Journal Vol (Year), pages`` articles, the
short note ``Name: Title, page.`` and ``Uo.``, and a Hungarian name in a list entry of a
Hungarian work.  The examples are written for this test in those shapes."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats
from tests.test_regex_growth import assert_linear


def _module(name: str) -> ModuleType:
    # (imported in the tests that need them, so that each test fails on its own before the
    # modules exist)
    return importlib.import_module(f"bibcheck.parse.references.{name}")


# (name as written, the work is Hungarian, the name as stored)
NAMES = [
    ("Papp Zsolt", False, "Papp, Zsolt"),  # a given name only Hungarian spells so
    ("Fekete B. Tamás", False, "Fekete, B. Tamás"),  # an initial between
    ("Horváth-Kiss Eszter", False, "Horváth-Kiss, Eszter"),  # a hyphenated family name
    ("Bálint Gyula", False, "Bálint, Gyula"),  # a family name that is a given name too
    ("Gálfi Mózes", False, "Gálfi, Mózes"),
    ("Somogyi Aranka", True, "Somogyi, Aranka"),  # a given name not listed: the work's
    ("Somogyi Aranka", False, "Somogyi Aranka"),
    ("Peter Auer", True, "Peter Auer"),  # a foreign name in its own order
    ("J. C. Wells", True, "J. C. Wells"),
    ("Jan ter Horst", True, "Jan ter Horst"),
    ("László Nagy", True, "László Nagy"),  # a Hungarian name written in the other order
    ("Kovács T.", True, "Kovács T."),  # a family name and an initial: as written
]


@pytest.mark.parametrize(("name", "hungarian", "stored"), NAMES)
def test_names_in_hungarian_order_are_inverted(name: str, hungarian: bool, stored: str) -> None:
    assert _module("hungarian_order").read_names((name,), hungarian) == (stored,)


TITLES = [
    ("A székely nyelvjárások hangtana", True),
    ("Tájszavak gyűjtése", True),
    ("Szövegek és adatok", True),
    ("Falusi beszédből városi beszédbe", True),
    ("Dialect Contact", False),
    ("Die Mundarten des Burgenlandes", False),
    ("A cidade e as serras", False),
    ("Introducción a la dialectología", False),
    ("Suburban Speech in Modern Britain", False),
]


@pytest.mark.parametrize(("title", "hungarian"), TITLES)
def test_hungarian_title(title: str, hungarian: bool) -> None:
    assert _module("hungarian_order").hungarian_title(title) is hungarian


# (note, kind, authors, title, year, host, place, publisher, pages)
NOTES = [
    (
        "Kovács Ábel: A palóc nyelvjárás hangtana. Budapest, Tinta Könyvkiadó, 2004, 33–35.",
        RefKind.BOOK,
        ("Kovács, Ábel",),
        "A palóc nyelvjárás hangtana",
        2004,
        None,
        "Budapest",
        "Tinta Könyvkiadó",
        None,
    ),
    (
        "Nagy Erzsébet – Fekete B. Tamás: *Tájszavak a Szigetközből*. II. kötet. Győr, "
        "Hazánk Kiadó, 1988, 14. térkép.",
        RefKind.BOOK,
        ("Nagy, Erzsébet", "Fekete, B. Tamás"),
        "Tájszavak a Szigetközből",
        1988,
        None,
        "Győr",
        "Hazánk Kiadó",
        None,
    ),
    (
        "Farkas Ildikó: Az ö-zés földrajza. In: Balogh Lajos (szerk.): *Nyelvföldrajzi "
        "tanulmányok*. Debrecen, Debreceni Egyetem, 2010, 101–128, itt: 110.",
        RefKind.CHAPTER,
        ("Farkas, Ildikó",),
        "Az ö-zés földrajza",
        2010,
        "Nyelvföldrajzi tanulmányok",
        "Debrecen",
        "Debreceni Egyetem",
        "101–128",
    ),
    (
        "Vörös Katalin: Hangváltozás három nemzedéken át. *Nyelvtudományi Értesítő* 14 "
        "(2018), 77–96.",
        RefKind.ARTICLE,
        ("Vörös, Katalin",),
        "Hangváltozás három nemzedéken át",
        2018,
        "Nyelvtudományi Értesítő",
        None,
        None,
        "77–96",
    ),
    (
        "Peter Auer – Jürgen Erich Schmidt: Language and Space. 2. kiadás. Berlin, De "
        "Gruyter, 2010.",
        RefKind.BOOK,
        ("Peter Auer", "Jürgen Erich Schmidt"),
        "Language and Space",
        2010,
        None,
        "Berlin",
        "De Gruyter",
        None,
    ),
    (
        "Bodnár Kálmán (főszerk.): *Erdélyi helynévtár*. III. Sz–Zs. Kolozsvár, Erdélyi "
        "Múzeum-Egyesület, 1999, s. v. *Szentgyörgy*.",
        RefKind.BOOK,
        ("Bodnár, Kálmán",),
        "Erdélyi helynévtár",
        1999,
        None,
        "Kolozsvár",
        "Erdélyi Múzeum-Egyesület",
        None,
    ),
    (
        "Halmi Géza: Erdei utak és dűlők nevei. Tájkép Kiadó, Szeged, 2011, 45.",
        RefKind.BOOK,
        ("Halmi, Géza",),
        "Erdei utak és dűlők nevei",
        2011,
        None,
        "Szeged",
        "Tájkép Kiadó",
        None,
    ),
    (
        "Szekeres Anna: Nyelvjárási változók egy alföldi mezővárosban. Doktori értekezés. "
        "Debrecen, Debreceni Egyetem, 2016.",
        RefKind.THESIS,
        ("Szekeres, Anna",),
        "Nyelvjárási változók egy alföldi mezővárosban",
        2016,
        None,
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("note", "kind", "authors", "title", "year", "host", "place", "publisher", "pages"), NOTES
)
def test_hungarian_notes(
    note: str,
    kind: RefKind,
    authors: tuple[str, ...],
    title: str,
    year: int,
    host: str | None,
    place: str | None,
    publisher: str | None,
    pages: str | None,
) -> None:
    ref = parse_reference(note, (1,), detect_styles=True, note=True)
    assert (ref.kind, ref.authors, ref.title, ref.year) == (kind, authors, title, year)
    assert ref.host == host
    if place is not None:
        assert (ref.place, ref.publisher) == (place, publisher)
    if pages is not None:
        assert ref.pages == pages


def test_host_editors_of_a_chapter() -> None:
    ref = parse_reference(NOTES[2][0], (1,), detect_styles=True, note=True)
    assert ref.editors == ("Balogh, Lajos",)


def test_chief_editors_head_their_work() -> None:
    ref = parse_reference(NOTES[5][0], (1,), detect_styles=True, note=True)
    assert ref.editors == ("Bodnár, Kálmán",)


# (short note, full note it repeats: its index in _SEQUENCE, or None)
_SEQUENCE = [
    NOTES[0][0],
    "Uo., 40.",
    NOTES[1][0],
    NOTES[2][0],
    "Kovács: A palóc nyelvjárás hangtana, 12.",
    "Nagy – Fekete: *Tájszavak a Szigetközből*, 7–9.",
    "Farkas: Az ö-zés földrajza, 115–117.",
    "Kovács: Egy másik könyv, 12.",
    "Kovács 2004, 41.",  # the author-date short note
    "Nagy – Fekete 1988, 20–21.",
    "Farkas 2010, 120.",
    "Kovács: i. m. 50.",  # "idézett mű", op. cit., after a colon: the latest naming Kovács
    "Kovács 2005, 12.",  # no note names Kovács and 2005
    "Varga Ilona: Nyelvföldrajz. Budapest, Osiris, 1999, 3–5; vö. Tóth 2003, 8.",
    "Tóth 2003, 9.",  # Tóth 2003 is cited in passing only, in a note opening with Varga
]
SHORT = [
    (1, 0),
    (4, 0),
    (5, 2),
    (6, 3),
    (7, None),
    (8, 0),
    (9, 2),
    (10, 3),
    (11, 7),
    (12, None),
    (14, None),
]


@pytest.mark.parametrize(("index", "target"), SHORT)
def test_short_notes_find_their_full_note(index: int, target: int | None) -> None:
    found = find_repeats(_SEQUENCE)[index]
    assert (found.target if found is not None else None) == target


@pytest.mark.parametrize(
    "text",
    [
        "Kovács: A palóc nyelvjárás hangtana, 2004.",  # a year, no page
        "Kovács Ábel: A palóc nyelvjárás hangtana, 12.",  # a full name: no short note
        "Lásd erről: a fenti fejezet, 12.",  # prose
    ],
)
def test_colon_short_shape_guards(text: str) -> None:
    assert _module("hungarian_notes").COLON_SHORT.match(text) is None


@pytest.mark.parametrize(
    ("entry", "authors"),
    [
        ("Benkő Aladár 1962. A mai magyar tájszók. Budapest: Tankönyvkiadó.", ("Benkő, Aladár",)),
        (
            "Soltész Ferenc 1975. Erdélyi nyelvjárások szókincse. Kolozsvár: Kriterion.",
            ("Soltész, Ferenc",),
        ),
        ("Peter Auer 2005. Europe's Sociolinguistic Unity. Berlin: Mouton.", ("Peter Auer",)),
    ],
)
def test_list_entries_of_hungarian_works(entry: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert ref.authors == authors


def test_archive_tape_is_no_book() -> None:
    ref = parse_reference(
        "Néprajzi Gyűjtemény, Hangarchívum, GyHA 1975/31 (Szentes, férfi adatközlő), magnószalag.",
        (1,),
        detect_styles=True,
        note=True,
    )
    assert ref.kind is RefKind.UNKNOWN


_HTML = """<!DOCTYPE html>
<html lang="hu"><head><meta charset="utf-8"><title>Tájszavak nyomában</title></head>
<body><article>
<h1>Tájszavak nyomában</h1>
<p>A palóc hangtanról részletes leírás készült.<sup><a href="#n1" id="r1">1</a></sup>
Ugyanott a magánhangzókról is olvashatunk.<sup><a href="#n2" id="r2">2</a></sup>
Az ö-zés földrajzát külön tanulmány tárgyalja.<sup><a href="#n3" id="r3">3</a></sup>
A szigetközi szavakat kötetbe gyűjtötték.<sup><a href="#n4" id="r4">4</a></sup>
A palóc adatok ezt megerősítik.<sup><a href="#n5" id="r5">5</a></sup>
Az ö-zés határa is ismert.<sup><a href="#n6" id="r6">6</a></sup></p>
<section><h2>Jegyzetek</h2><ol>
<li id="n1">Kovács Ábel: <i>A palóc nyelvjárás hangtana</i>. Budapest, Tinta Könyvkiadó, 2004,
33–35. <a href="#r1">↩</a></li>
<li id="n2">Uo., 40. <a href="#r2">↩</a></li>
<li id="n3">Farkas Ildikó: Az ö-zés földrajza. In: Balogh Lajos (szerk.): <i>Nyelvföldrajzi
tanulmányok</i>. Debrecen, Debreceni Egyetem, 2010, 101–128, itt: 110. <a href="#r3">↩</a></li>
<li id="n4">Nagy Erzsébet – Fekete B. Tamás: <i>Tájszavak a Szigetközből</i>. Győr, Hazánk
Kiadó, 1988. <a href="#r4">↩</a></li>
<li id="n5">Kovács: <i>A palóc nyelvjárás hangtana</i>, 12. <a href="#r5">↩</a></li>
<li id="n6">Farkas: Az ö-zés földrajza, 115–117. <a href="#r6">↩</a></li>
</ol></section>
</article></body></html>
"""

# (label, kind, family names, title, year)
_EXPECTED = [
    ("1", RefKind.BOOK, ("Kovács, Ábel",), "A palóc nyelvjárás hangtana", 2004),
    ("2", RefKind.BOOK, ("Kovács, Ábel",), "A palóc nyelvjárás hangtana", 2004),
    ("3", RefKind.CHAPTER, ("Farkas, Ildikó",), "Az ö-zés földrajza", 2010),
    ("4", RefKind.BOOK, ("Nagy, Erzsébet", "Fekete, B. Tamás"), "Tájszavak a Szigetközből", 1988),
    ("5", RefKind.BOOK, ("Kovács, Ábel",), "A palóc nyelvjárás hangtana", 2004),
    ("6", RefKind.CHAPTER, ("Farkas, Ildikó",), "Az ö-zés földrajza", 2010),
]


def test_html_endnotes_end_to_end() -> None:
    doc = parse_bytes(_HTML.encode(), "/tmp/tajszavak.html")
    got = [
        (fn.label, fn.reference.kind, fn.reference.authors, fn.reference.title, fn.reference.year)
        for fn in doc.footnotes
    ]
    assert got == _EXPECTED


def _parse(text: str) -> object:
    return _module("hungarian_notes").parse(text)


def _short(text: str) -> object:
    return _module("hungarian_notes").COLON_SHORT.match(text)


def _title(text: str) -> object:
    return _module("hungarian_order").hungarian_title(text)


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(_parse, lambda n: "Kovács Ábel: " + "Aaa. Bbbb, " * (n // 11), id="sentences"),
        pytest.param(_parse, lambda n: "Kovács Ábel: Cím. " + "Pécs, xx " * (n // 9), id="places"),
        pytest.param(_parse, lambda n: "Ab Cd – " * (n // 8) + ": x", id="dashed-names"),
        pytest.param(_parse, lambda n: "Kovács Ábel: Cím. In: " + "Bb Cc – " * (n // 8),
                     id="host-names"),
        pytest.param(_parse, lambda n: "Kovács Ábel: Cím. " + "Aaa Bbb " * (n // 8) + "(2000)",
                     id="journal-words"),
        pytest.param(_short, lambda n: "Kovács: " + "a" * n + ", 12.", id="short-title"),
        pytest.param(_short, lambda n: "Kovács: " + "a, " * (n // 3), id="short-commas"),
        pytest.param(_title, lambda n: "a" * n, id="one-long-word"),
        pytest.param(_title, lambda n: "nyelvjárásaink " * (n // 15), id="endings"),
    ],
)  # fmt: skip
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
