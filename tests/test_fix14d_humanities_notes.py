"""Notes and bibliographies of the humanities styles (Chicago, German, French, Bluebook) in
the languages and shapes real manuscripts use (fixtures written for these tests)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import bibliographic
from bibcheck.parse.references.repeat import Repeat, find_repeats


def _note(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [1], detect_styles=True, note=True)


# "and" in Malay, Indonesian, Tagalog; a one-word name inside a list of names
AND_WORDS = [
    (
        'Budi Santoso, Sutrisno, dan Dewi Lestari, "Tanah Ulayat di Sumatra Barat", '
        "*Jurnal Agraria* 7, no. 2 (2015): 40-61.",
        ("Budi Santoso", "Sutrisno", "Dewi Lestari"),
        "Tanah Ulayat di Sumatra Barat",
        RefKind.ARTICLE,
    ),
    (
        "Ahmad Fauzi dan Rina Hartati, *Sejarah Desa Pesisir* (Surabaya: Airlangga, 2010), "
        "hlm. 14.",
        ("Ahmad Fauzi", "Rina Hartati"),
        "Sejarah Desa Pesisir",
        RefKind.BOOK,
    ),
    (
        "Jose Dizon at Maria Reyes, *Kasaysayan ng Bayan* (Manila: Anvil, 1999), 22.",
        ("Jose Dizon", "Maria Reyes"),
        "Kasaysayan ng Bayan",
        RefKind.BOOK,
    ),
    (
        'Nur Hidayah, Parman, Sukarni, dan Eko Prasetyo, "Hak Komunal", *Jurnal Hukum* 3, '
        "no. 1 (2019): 1-20.",
        ("Nur Hidayah", "Parman", "Sukarni", "Eko Prasetyo"),
        "Hak Komunal",
        RefKind.ARTICLE,
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "kind"),
    AND_WORDS,
    ids=["dan-mononym", "dan-two", "tagalog-at", "two-mononyms"],
)
def test_and_in_malay_indonesian_tagalog_notes(
    text: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = _note(text)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)


# initials written close together after a given name
GLUED = [
    (
        "Siti R.A. Wulandari, *Hukum Tanah Adat* (Bandung: Alumni, 2004), hlm. 9.",
        ("Siti R.A. Wulandari",),
        "Hukum Tanah Adat",
    ),
    (
        "Thomas J.K. Marlowe, *Parish and Manor* (London: Methuen, 1961), 88.",
        ("Thomas J.K. Marlowe",),
        "Parish and Manor",
    ),
    (
        "Anna B.-C. Lindt, *Die Weser* (Bremen: Temmen, 1995), 3.",
        ("Anna B.-C. Lindt",),
        "Die Weser",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), GLUED, ids=["two", "english", "hyphen"])
def test_glued_initials_after_a_given_name(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = _note(text)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, RefKind.BOOK)


# "Ibid." set in italics, as Latin words often are
ITALIC_IBID = [
    ("*Ibid.*, hlm. 117.", "117"),
    ("_Ibid._, 45.", "45"),
    ("*Ibid*., p. 3.", "3"),
    ("*Ebd.*, S. 12.", "12"),
]


@pytest.mark.parametrize(
    ("text", "locator"), ITALIC_IBID, ids=["stars", "underscores", "period-outside", "ebd"]
)
def test_an_italic_ibid_repeats_the_previous_note(text: str, locator: str) -> None:
    notes = ["Karl Brand, *Zollbuch* (Stade: Pape, 1931), 4.", text]
    assert bibliographic(text)
    assert find_repeats(notes, ["1", "2"])[-1] == Repeat("ibid", 0, locator)


def _entry(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [1], detect_styles=True)


# Chicago bibliography entries: a place with its state, a publisher with an initial, a
# database and the body that keeps it
BIBLIOGRAPHY = [
    (
        "———. Harbours of the North: A History. Berkeley, CA: University of California "
        "Press, 2004.",
        (),
        "Harbours of the North: A History",
        "Berkeley, CA",
    ),
    (
        "———. The Salt Roads. Toronto, ON: Dundurn Group, 1999.",
        (),
        "The Salt Roads",
        "Toronto, ON",
    ),
    (
        "Harrow, Edmund Giles. Letters from the Fens. London: Thomas W. Norris, 1889.",
        ("Harrow, Edmund Giles",),
        "Letters from the Fens",
        "London",
    ),
    (
        "Pellew, Agnes Mary. Old Ballads Retold. Edinburgh: W. & R. Chambers, 1902.",
        ("Pellew, Agnes Mary",),
        "Old Ballads Retold",
        "Edinburgh",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "place"),
    BIBLIOGRAPHY,
    ids=["dash-state", "dash-province", "publisher-initial", "publisher-initials"],
)
def test_chicago_bibliography_books(
    text: str, authors: tuple[str, ...], title: str, place: str
) -> None:
    ref = _entry(text)
    assert (ref.authors, ref.title, ref.place, ref.kind) == (authors, title, place, RefKind.BOOK)


DATABASES = [
    (
        "English Short Title Catalogue. British Library. Accessed 2 May 2023.",
        "English Short Title Catalogue",
    ),
    (
        "Digital Vatican Manuscripts. Vatican Apostolic Library. Accessed June 5, 2022.",
        "Digital Vatican Manuscripts",
    ),
]


@pytest.mark.parametrize(("text", "title"), DATABASES, ids=["estc", "library"])
def test_a_database_and_its_host_has_no_author(text: str, title: str) -> None:
    ref = _entry(text)
    assert (ref.authors, ref.title) == ((), title)


# Notes: the facts after a title in parentheses, a volume and its own title, a later work
# of a note introduced by a clause in lower case
NOTES = [
    (
        "Figures from the lists printed in Jahrbuch des Hydrographischen Dienstes (St. Gallen, "
        "1901–1920).",
        (),
        "Jahrbuch des Hydrographischen Dienstes",
    ),
    (
        "Marta Quell, ed., Acta synodalia, vol. 3, Synodi Pragenses, 1380, 1381 (Prague: "
        "Academia, 1977), 12.",
        ("Marta Quell",),
        "Acta synodalia",
    ),
    (
        "Paul Orr, ed., Regesta diocesana, Bd. 2, Die Neuzeit (Köln: Böhlau, 1980), 4.",
        ("Paul Orr",),
        "Regesta diocesana",
    ),
    (
        "and for Saxony by Karl Rupp, Die sächsische Bibel (Leipzig: Teubner, 1961), 14–20.",
        ("Karl Rupp",),
        "Die sächsische Bibel",
    ),
    (
        "and in France by Anne Roche, La Bible des pauvres (Paris: Cerf, 1990), 3.",
        ("Anne Roche",),
        "La Bible des pauvres",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    NOTES,
    ids=["facts-saint", "volume-titled", "band-titled", "lower-case-by", "lower-case-in-by"],
)
def test_note_titles(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = _note(text)
    assert (ref.authors, ref.title) == (authors, title)


# German notes citing an edited source with no author: the editor's mark, the host of a
# chapter and the volume's mark end the title
GERMAN = [
    (
        "Urkundenbuch des Klosters Ebstorf, hg. von Karl Lenz, Bd. 2, Hildesheim 1911, S. 40.",
        "Urkundenbuch des Klosters Ebstorf",
        1911,
    ),
    (
        "Stadtrechnungen von Uelzen, hrsg. von Otto Feld, Celle 1930, S. 8.",
        "Stadtrechnungen von Uelzen",
        1930,
    ),
    (
        "Die Chronik des Hermann Lange, in: Quellen zur Geschichte Bremens, hg. von Ina Wulf, "
        "Bremen 1925, S. 101.",
        "Die Chronik des Hermann Lange",
        1925,
    ),
    (
        "Vgl. Landtagsakten, Abt. 3, Bd. 1, bearb. von Jens Ohm, Kiel 1950, S. 7.",
        "Landtagsakten",
        1950,
    ),
    (
        "Kämmereiregister, Abt. 1, hg. von Eva Moor, Rostock 1901, S. 3.",
        "Kämmereiregister",
        1901,
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "year"),
    GERMAN,
    ids=["hg-von", "hrsg-von", "in-host", "abt-bd-bearb", "abt-hg"],
)
def test_german_edited_sources(text: str, title: str, year: int) -> None:
    ref = _note(text)
    assert (ref.authors, ref.title, ref.year) == ((), title, year)


# A filing before a commission: the italics end the title, the docket number is no part of
# it, and the filing's day is no part of the publisher
FILINGS = [
    (
        "Appalachian Power Company, *2022 Integrated Resource Plan*, Case No. PUE-2022-00051 "
        "(Virginia State Corporation Commission, Oct. 3, 2022), 12.",
        "2022 Integrated Resource Plan",
        "Virginia State Corporation Commission",
    ),
    (
        "Southwestern Public Service, _Long-Term Load Forecast_, Docket No. 51234 "
        "(Public Utility Commission of Texas, March 9, 2021), 4–7.",
        "Long-Term Load Forecast",
        "Public Utility Commission of Texas",
    ),
]


FILINGS += [
    # (the italics gone, as a plain-text reading has it: the number is no page)
    (
        "Appalachian Power Company, 2022 Integrated Resource Plan, Docket No. 4410 "
        "(Virginia State Corporation Commission, Oct. 3, 2022), 12.",
        "2022 Integrated Resource Plan",
        "Virginia State Corporation Commission",
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "publisher"), FILINGS, ids=["case-no", "docket-no", "plain-docket"]
)
def test_a_filing_title_ends_with_its_italics(text: str, title: str, publisher: str) -> None:
    ref = _note(text)
    assert (ref.title, ref.publisher) == (title, publisher)


# German Wikipedia: the italic title ends where the italics close, a volume and the
# publisher after it; a short note names its author and year only
WIKI_GERMAN = [
    (
        "Karl Brandt: *Brücken im Harz. Bauten und Strecken 1860–1960.* Band 3. Wachholtz, "
        "Kiel 2011, S. 40–42.",
        ("Karl Brandt",),
        "Brücken im Harz. Bauten und Strecken 1860–1960",
        "Wachholtz",
    ),
    (
        "Eva Moser: Die Weserbahn. Band 1. Beck, München 1999, S. 3.",
        ("Eva Moser",),
        "Die Weserbahn",
        "Beck",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "publisher"), WIKI_GERMAN, ids=["italic", "band"]
)
def test_german_wikipedia_titles(
    text: str, authors: tuple[str, ...], title: str, publisher: str
) -> None:
    ref = _note(text)
    assert (ref.authors, ref.title, ref.publisher) == (authors, title, publisher)


SHORT_AUTHOR_YEAR = [
    ("Brandt 2011, S. 41.", ("Brandt",), 2011),
    ("Lind und Roth 1999, 12.", ("Lind", "Roth"), 1999),
    ("Haas et al. 2010: 4", ("Haas",), 2010),
    ("Moor 2001a, p. 7.", ("Moor",), 2001),
]


@pytest.mark.parametrize(
    ("text", "authors", "year"), SHORT_AUTHOR_YEAR, ids=["german", "two", "et-al", "letter"]
)
def test_a_short_author_year_note_names_its_author(
    text: str, authors: tuple[str, ...], year: int
) -> None:
    ref = _note(text)
    assert (ref.authors, ref.year) == (authors, year)


# French notes: an italic book title then place, publisher and year with commas; an article
# whose quoted title holds an italic name, its journal with "vol." and "n°"
FRENCH = [
    (
        "Jeanne Roux, *Les galères de Toulon : une histoire*, Toulon, Éditions du Lau, 1992, "
        "p. 12-14.",
        RefKind.BOOK,
        "Les galères de Toulon: une histoire",
        None,
        "Éditions du Lau",
    ),
    (
        "Marc Aubert, *Le port de Sète*, Montpellier, Presses universitaires de la "
        "Méditerranée, 2008, p. 7.",
        RefKind.BOOK,
        "Le port de Sète",
        None,
        "Presses universitaires de la Méditerranée",
    ),
    (
        "Luca Neri, *La via del sale*, Torino, Einaudi, 1978, p. 33.",
        RefKind.BOOK,
        "La via del sale",
        None,
        "Einaudi",
    ),
    (
        "Claire Vidal, « Le *Saint-Esprit* et la quarantaine de Toulon », *Annales du Midi*, "
        "vol. 101, n° 186, 1989, p. 155-170.",
        RefKind.ARTICLE,
        "Le Saint-Esprit et la quarantaine de Toulon",
        "Annales du Midi",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "kind", "title", "journal", "publisher"),
    FRENCH,
    ids=["editions", "presses", "italian-publisher", "article-vol-n"],
)
def test_french_note_kinds(
    text: str, kind: RefKind, title: str, journal: str | None, publisher: str | None
) -> None:
    ref = _note(text)
    assert (ref.kind, ref.title, ref.host, ref.publisher) == (kind, title, journal, publisher)


# A short note naming the part of a book its author wrote
PARTS = [
    ("Weller, introduction to *Canticles*, xii–xv.", ("Weller",), "Canticles"),
    ("Hart, preface to *Collected Poems*, ix–xi.", ("Hart",), "Collected Poems"),
    ("Lund, afterword to *Songs of the Fens*, 301–305.", ("Lund",), "Songs of the Fens"),
]


@pytest.mark.parametrize(("text", "authors", "title"), PARTS, ids=["intro", "preface", "after"])
def test_a_short_note_to_a_part_of_a_book(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = _note(text)
    assert (ref.kind is RefKind.COMMENTARY, ref.authors, ref.title) == (False, authors, title)


# A clause of prose before the citation: "agrees with", "..., and it was taken up by", a
# compound given name after it
LEAD_INS = [
    (
        "This reading agrees with Mary K. Holt, Salt and Empire (Oxford: Clarendon Press, 1988), "
        "40–42, who dates the change later.",
        ("Mary K. Holt",),
        "Salt and Empire",
    ),
    (
        "The claim goes back to the older apologists, and it was taken up by Hans-Jürgen Rode, "
        "“Die Bibel im Konzil,” Historisches Jahrbuch 90 (1970): 1–30.",
        ("Hans-Jürgen Rode",),
        "Die Bibel im Konzil",
    ),
    (
        "Several editors took this line, but it was refuted by Jean-Luc Marchand, “Les "
        "traductions de Louvain,” Revue d’histoire 12 (1991): 5–9.",
        ("Jean-Luc Marchand",),
        "Les traductions de Louvain",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title"), LEAD_INS, ids=["agrees-with", "and-by", "but-by"]
)
def test_a_clause_of_prose_before_the_citation(
    text: str, authors: tuple[str, ...], title: str
) -> None:
    ref = _note(text)
    assert (ref.authors, ref.title) == (authors, title)


# A short note whose page is followed by what the page holds, in parentheses
SHORT_WITH_REMARK = [
    "Holt, Decrees, 2:797 (session 25, decree on the Index).",
    "Holt, *Decrees*, 14 (the preface).",
]


@pytest.mark.parametrize("text", SHORT_WITH_REMARK, ids=["plain", "italic"])
def test_a_short_note_with_a_remark_repeats_the_full_note(text: str) -> None:
    notes = ["Mary K. Holt, ed., *Decrees of the Councils* (London: Sheed, 1990), 3.", text]
    assert bibliographic(text)
    rep = find_repeats(notes, ["1", "2"])[-1]
    assert rep is not None and (rep.kind, rep.target) == ("short", 0)


# Author-date: a corporate author whose first word is one letter
CORPORATE_AD = [
    (
        "R Core Team. 2021. *R: A Language and Environment*. Vienna: R Foundation.",
        ("R Core Team",),
        "R: A Language and Environment",
        2021,
    ),
    (
        "X Project Group. 2019. The X Window System Manual. Cambridge, MA: MIT Press.",
        ("X Project Group",),
        "The X Window System Manual",
        2019,
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"), CORPORATE_AD, ids=["r-core", "x-group"]
)
def test_a_corporate_author_date_entry(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = _entry(text)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)


# A full note with an italic title and its facts without parentheses, a volume between
BARE_FACTS = [
    (
        "Anna P. Quist and Lars H. Berg, *The Survey of the Fens*, vol. 2, London: Fenland "
        "Society, 1890, p. 4.",
        ("Anna P. Quist", "Lars H. Berg"),
        "Fenland Society",
    ),
    (
        "Anna P. Quist, *The Survey of the Fens*, vol. III, Boston, MA: Hale & Co., 1890, 7.",
        ("Anna P. Quist",),
        "Hale & Co",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "publisher"), BARE_FACTS, ids=["two-authors-vol", "state-roman-vol"]
)
def test_an_italic_title_and_bare_facts_is_a_book(
    text: str, authors: tuple[str, ...], publisher: str
) -> None:
    ref = _note(text)
    assert (ref.kind, ref.authors, ref.title, ref.publisher) == (
        RefKind.BOOK,
        authors,
        "The Survey of the Fens",
        publisher,
    )
