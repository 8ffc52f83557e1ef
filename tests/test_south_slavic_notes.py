"""South Slavic (Serbian, Croatian, Bosnian, Montenegrin, Slovene) legal and humanities notes
and lists, in Cyrillic and in Latin script.

* a book note: ``Д. Петровић, Наслов књиге, Правни факултет, Ниш 2011, стр. 45 и даље.``
  (initials first, the title, the publisher in sentence case, the place and the year with no
  comma, the page ``стр.``/``str.`` and ``и даље``/``i dalje``/``и сл.``);
* a list entry: ``Петровић, Драган, Наслов, Правни факултет, Ниш 2011.`` (the name
  inverted);
* a statute by its official gazette: ``Закон о …, „Службени гласник РС”, бр. 12/2009 и
  5/2015`` (the title up to the gazette, the year the first number's);
* court decisions (``Пресуда … суда Рев 100/2014``, ``ECtHR, X v. Y, no. 1/05``) and statutes
  are no ``missing-literature-entry``;
* an acknowledgement naming a research project in quotes is commentary.

Own fixtures (:mod:`bibcheck.parse.references.italian_notes`, :mod:`.acts`,
:mod:`.civil_law`, :mod:`.commentary`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import acts, civil_law, commentary, italian_notes, parse_reference
from tests.test_regex_growth import assert_linear

B = RefKind.BOOK

# (note, authors, title, year, publisher, place, pages)
NOTES = [
    pytest.param(
        "Д. Петровић, Увод у облигационо право, Правни факултет, Ниш 2011, стр. 45 и даље.",
        ("Д. Петровић",),
        "Увод у облигационо право",
        2011,
        "Правни факултет",
        "Ниш",
        "45",
        id="sr-cyrl-faculty-i-dalje",
    ),
    pytest.param(
        "D. Petrović, Uvod u obligaciono pravo, Pravni fakultet, Niš 2011, str. 45 i dalje.",
        ("D. Petrović",),
        "Uvod u obligaciono pravo",
        2011,
        "Pravni fakultet",
        "Niš",
        "45",
        id="sr-latn-faculty-i-dalje",
    ),
    pytest.param(
        "Уп. М. Стевић Јанковић, Судска пракса и одговорност, Службени гласник, Београд 2017, "
        "стр. 12–19.",
        ("М. Стевић Јанковић",),
        "Судска пракса и одговорност",
        2017,
        "Службени гласник",
        "Београд",
        "12–19",
        id="sr-cyrl-two-family-names-gazette-publisher",
    ),
    pytest.param(
        "I. Kovačević Marić, Odgovornost liječnika, Narodne novine, Zagreb 2014, str. 7 i sl.",
        ("I. Kovačević Marić",),
        "Odgovornost liječnika",
        2014,
        "Narodne novine",
        "Zagreb",
        "7",
        id="hr-two-family-names-i-sl",
    ),
    pytest.param(
        "A. Hadžić, Stvarno pravo, Pravni fakultet, Novi Sad 2009, str. 3.",
        ("A. Hadžić",),
        "Stvarno pravo",
        2009,
        "Pravni fakultet",
        "Novi Sad",
        "3",
        id="place-starting-like-a-month",
    ),
    pytest.param(
        "K. Weber, Europäisches Arztrecht, Beck, München 2001, стр. 50–61.",
        ("K. Weber",),
        "Europäisches Arztrecht",
        2001,
        "Beck",
        "München",
        "50–61",
        id="latin-book-in-cyrillic-note",
    ),
]


@pytest.mark.parametrize("detect", [True, False], ids=["styles", "notes-only"])
@pytest.mark.parametrize(("note", "authors", "title", "year", "publisher", "place", "pages"), NOTES)
def test_book_notes(
    note: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    publisher: str,
    place: str,
    pages: str,
    detect: bool,
) -> None:
    ref = parse_reference(note, [1], detect_styles=detect, note=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    assert (ref.publisher, ref.place, ref.pages) == (publisher, place, pages)
    assert ref.kind is B


# (entry, authors, title, year, publisher)
ENTRIES = [
    pytest.param(
        "Петровић, Драган, Увод у облигационо право, Правни факултет, Ниш 2011.",
        ("Петровић, Драган",),
        "Увод у облигационо право",
        2011,
        "Правни факултет",
        id="sr-cyrl",
    ),
    pytest.param(
        "Stević Janković, Milica, Sudska praksa i odgovornost, Službeni glasnik, Beograd 2017.",
        ("Stević Janković, Milica",),
        "Sudska praksa i odgovornost",
        2017,
        "Službeni glasnik",
        id="sr-latn-two-family-names",
    ),
    pytest.param(
        "Weber, Klaus, Europäisches Arztrecht, Beck, München 2001.",
        ("Weber, Klaus",),
        "Europäisches Arztrecht",
        2001,
        "Beck",
        id="german-book-same-form",
    ),
    pytest.param(
        "Rossi, Mario, Il contratto di cura, Giuffrè, Milano 2015.",
        ("Rossi, Mario",),
        "Il contratto di cura",
        2015,
        "Giuffrè",
        id="italian-same-form",
    ),
]


@pytest.mark.parametrize(("entry", "authors", "title", "year", "publisher"), ENTRIES)
def test_list_entries(
    entry: str, authors: tuple[str, ...], title: str, year: int, publisher: str
) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert (ref.authors, ref.title, ref.year, ref.publisher) == (authors, title, year, publisher)
    assert ref.kind is B


@pytest.mark.parametrize(
    "entry",
    [
        "Petrović, Dragan, Pravo i praksa",  # no imprint
        "Petrović, Dragan, Pravo i praksa, u: Zbornik radova, Niš 2011.",  # no publisher
        "Petrović, Dragan, Pravo i praksa, Nepoznato mesto 2011.",  # unknown place alone
    ],
)
def test_inverted_needs_publisher_or_known_place(entry: str) -> None:
    assert italian_notes.inverted(entry) is None


# (statute, title, year)
STATUTES = [
    pytest.param(
        "Закон о здравственој заштити, „Службени гласник РС”, бр. 25/2019 и 92/2023, чл. 4.",
        "Закон о здравственој заштити",
        "2019",
        id="sr-cyrl-quoted-gazette",
    ),
    pytest.param(
        "Zakon o zdravstvenoj zaštiti, „Službeni glasnik RS”, br. 25/2019, čl. 4.",
        "Zakon o zdravstvenoj zaštiti",
        "2019",
        id="sr-latn-quoted-gazette",
    ),
    pytest.param(
        "Porodični zakon, Sl. glasnik RS, br. 18/05, 72/11.",
        "Porodični zakon",
        "2005",
        id="abbreviated-gazette-two-digit-year",
    ),
    pytest.param(
        "Zakon o obveznim odnosima, Narodne novine, br. 35/05, 41/08.",
        "Zakon o obveznim odnosima",
        "2005",
        id="hr-narodne-novine",
    ),
    pytest.param(
        "Obligacijski zakonik, Uradni list RS, št. 97/2007.",
        "Obligacijski zakonik",
        "2007",
        id="sl-uradni-list",
    ),
    pytest.param(
        "Zakon o parničnom postupku, Sl. list SFRJ, br. 4/77.",
        "Zakon o parničnom postupku",
        "1977",
        id="last-century",
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), STATUTES)
def test_statutes_by_gazette(text: str, title: str, year: str) -> None:
    assert acts.act(text) == (title, year)
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.title, ref.year) == (title, int(year))


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("Пресуда Врховног суда Србије Рев 100/2014 од 3. 2. 2015. године.", True),
        ("Presuda Apelacionog suda u Kragujevcu Gž 77/16 od 5. 5. 2016.", True),
        ("Rješenje Županijskog suda u Osijeku Gž-310/2018.", True),
        ("VKS, Rev 88/2020.", True),
        ("ECtHR, Petrov v. Bulgaria, no. 1234/06, 3. 4. 2010.", True),
        ("ЕСЉП, Петров против Бугарске, бр. 1234/06, 3. 4. 2010.", True),
        ("Закон о раду, „Службени гласник РС”, бр. 24/2005.", True),
        # literature about decisions and statutes is literature
        ("Д. Петровић, Судска пракса, Правни факултет, Ниш 2011, стр. 4.", False),
        ("M. Jović, „Presuda i pravni lek”, Pravni život 5 (2019), str. 7–20.", False),
    ],
)
def test_decisions_are_legal_sources(text: str, legal: bool) -> None:
    assert (civil_law.legal_source(text) or acts.act(text) is not None) is legal


@pytest.mark.parametrize(
    ("text", "is_commentary"),
    [
        (
            "Рад је настао у оквиру пројекта „Право и медицина у Србији данас” Правног "
            "факултета у Нишу. Захвалност дугујем колегама.",
            True,
        ),
        (
            "Rad je nastao u okviru projekta „Pravo i medicina u Srbiji danas” Pravnog "
            "fakulteta u Nišu.",
            True,
        ),
        ("This paper is part of the project “Law and Medicine in Europe Today”.", True),
        ("Der Beitrag entstand im Rahmen des Projekts „Recht und Medizin heute“.", True),
        # a quoted title that is a work's stays bibliographic
        ("Д. Петровић, „Право и медицина у Србији данас”, Зборник 3 (2018), стр. 4.", False),
    ],
)
def test_project_names_are_no_titles(text: str, is_commentary: bool) -> None:
    assert commentary.citation_start(text)[1] is is_commentary


Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Петровић, Драган, Т" + ", Ниш" * (n // 5), id="places"),
        pytest.param(lambda n: "Петровић, Драган, Т, Номос, Ниш 2011" + " и" * (n // 2), id="i"),
        pytest.param(lambda n: "Д. Петровић, Т" + ", стр. 4" * (n // 8), id="pages"),
    ],
)
def test_book_additions_are_linear(line: Line) -> None:
    assert_linear(italian_notes.parse, line)
    assert_linear(italian_notes.inverted, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Закон о" + " раду" * (n // 5), id="no-gazette"),
        pytest.param(lambda n: "Закон о раду, Службени гласник" + " РС" * (n // 3), id="gazette"),
        pytest.param(lambda n: "Пресуда" + " суда" * (n // 5) + " 1/20", id="court-words"),
        pytest.param(lambda n: "X v. Y" + ", no." * (n // 5), id="application"),
        pytest.param(lambda n: "у оквиру пројекта " * (n // 18) + "„X”", id="project"),
    ],
)
def test_legal_and_project_additions_are_linear(line: Line) -> None:
    assert_linear(acts.act, line)
    assert_linear(civil_law.legal_source, line)
    assert_linear(commentary.bibliographic, line)
