"""Romanian (and neighbouring) humanities notes, round 83 (fix83r): books in the comma form
with a long or house-named publisher, a rank before the author's name, a journal in the comma
form after "în", natural-order names joined by commas, an act's title before its gazette, a
church's own statute, and a page after its mark that is no year.

All examples are invented.
"""

from __future__ import annotations

import re

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import fields as f
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.chicago import _IN_JOURNAL_NUMBERED, _NOTE_AUTHOR
from bibcheck.parse.references.church_orders import _CHURCH, _HOSTED, _ORDER
from bibcheck.parse.references.rank_before_name import _RANKS, rank_end
from tests.growth import growth


def _read(text: str, note: bool = True):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True, note=note)


# --------------------------------------------------------------------------------------
# a book in the comma form: "Name, Title, [vol. II, ed. a III-a,] Place, Publisher, Year"
# --------------------------------------------------------------------------------------
_BOOKS = [
    # a publisher's name longer than sixty characters ("Editura Institutului …")
    (
        "Ioana Dragomir, Cronica mănăstirilor din Oltenia, vol. II, ed. a III-a, Craiova, "
        "Editura Institutului de Cercetări și Misiune al Mitropoliei Olteniei, 1997, p. 41–48.",
        "Cronica mănăstirilor din Oltenia",
        1997,
    ),
    (
        "Ioana Dragomir, Cronica mănăstirilor din Oltenia, Craiova, Editura Asociației "
        "Culturale și Misionare a Arhiepiscopiei Craiovei și Olteniei, 2001.",
        "Cronica mănăstirilor din Oltenia",
        2001,
    ),
    # a house known by its name alone, no word saying "publisher"
    (
        "Martin J. Holloway, Bishops and Commissars: The Church in Bulgaria, Basingstoke, "
        "Palgrave Macmillan, 2012, p. 9–14.",
        "Bishops and Commissars: The Church in Bulgaria",
        2012,
    ),
    (
        "Martin Holloway, Bishops and Commissars, Abingdon, Routledge, 2015, p. 3.",
        "Bishops and Commissars",
        2015,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), _BOOKS)
def test_comma_form_book(text: str, title: str, year: int) -> None:
    ref = _read(text)
    assert ref.kind is RefKind.BOOK
    assert ref.title == title
    assert ref.year == year
    assert ref.authors


# near-misses: an article in its journal and a chapter in a book stay what they are
def test_comma_form_near_misses() -> None:
    article = _read(
        "Ioana Dragomir, „Cronica mănăstirii”, în Mitropolia Olteniei, vol. 12, nr. 4, 1960, "
        "p. 200–214."
    )
    assert article.kind is RefKind.ARTICLE
    chapter = _read(
        "Ioana Dragomir, „Cronica mănăstirii”, în Vlad Mihu (coord.), Oltenia creștină, "
        "Craiova, Editura Universitaria, 2004, p. 11–30."
    )
    assert chapter.kind is RefKind.CHAPTER


# --------------------------------------------------------------------------------------
# a clergy or academic rank before the first author's name
# --------------------------------------------------------------------------------------
_RANKED = [
    (
        "Pr. Ilie Brădeanu, „Parohia și școala satului”, în Sorin Matei (coord.), Satul "
        "bănățean, Timișoara, Editura Eurostampa, 2016, p. 77–90.",
        "Ilie Brădeanu",
        RefKind.CHAPTER,
    ),
    (
        "Pr. prof. univ. dr. Ilie Brădeanu, Parohia și școala satului, Iași, Polirom, 2010.",
        "Ilie Brădeanu",
        RefKind.BOOK,
    ),
    (
        "Arhim. Teofil Lungu, Viața monahală la Putna, Suceava, Editura Mușatinii, 2003, p. 5.",
        "Teofil Lungu",
        RefKind.BOOK,
    ),
    (
        "Rev. Arthur Penrose, “The Vestry and the Town,” in Clara Boyd (ed.), Parish Life, "
        "Oxford, Oxford University Press, 1999, p. 12–30.",
        "Arthur Penrose",
        RefKind.CHAPTER,
    ),
]


@pytest.mark.parametrize(("text", "author", "kind"), _RANKED)
def test_rank_before_name(text: str, author: str, kind: RefKind) -> None:
    ref = _read(text)
    assert ref.authors == (author,)
    assert ref.kind is kind
    assert ref.raw == text


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Pr. Ilie Brădeanu, Titlu", 4),
        ("Pr. conf. dr. Ilie Brădeanu, Titlu", 14),
        ("ks. Jan Wolny, Tytuł", 4),
        # near-misses: a title, a place, a single initial, no rank
        ("Dr. Strangelove, or How I Learned", 0),
        ("Pr. Neamț și Secu în secolul XVIII", 0),
        ("P. Ion Vlad, Titlu", 0),
        ("Ilie Brădeanu, Titlu", 0),
    ],
)
def test_rank_end(text: str, end: int) -> None:
    assert rank_end(text) == end


# --------------------------------------------------------------------------------------
# a journal in the comma form after "în"/"in"/"dans": volume, issue, year each after a comma
# --------------------------------------------------------------------------------------
_JOURNALS = [
    (
        "Dan Olaru, „Schitul de la Râșca”, în Anuarul Facultății de Teologie, seria a II-a, "
        "vol. 8, nr. 2, 2011, p. 55–71.",
        "Anuarul Facultății de Teologie",
    ),
    (
        "Olaru, Dan, „Schitul de la Râșca”, în Revista Teologică, vol. 4, nr. 1, 1994, p. 9–20.",
        "Revista Teologică",
    ),
    (
        "Piero Landi, «La pieve di Santa Croce», in Rivista di storia locale, a. 21, n. 3, "
        "1987, pp. 211–230.",
        "Rivista di storia locale",
    ),
]


@pytest.mark.parametrize(("text", "journal"), _JOURNALS)
def test_comma_form_journal(text: str, journal: str) -> None:
    ref = _read(text)
    assert ref.kind is RefKind.ARTICLE
    assert ref.host == journal or journal in (ref.host or "")


def test_comma_form_journal_near_miss() -> None:
    # a volume of a book, a place and publisher after it, and no issue: a chapter
    chapter = _read(
        "Dan Olaru, „Schitul de la Râșca”, în Ana Grigore (coord.), Schituri moldovenești, "
        "vol. 2, Iași, Editura Trinitas, 2008, p. 55–71."
    )
    assert chapter.kind is RefKind.CHAPTER


# --------------------------------------------------------------------------------------
# natural-order names joined by commas alone before a quoted title
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Corina Stoica, Mihai Ene, „Parohiile ortodoxe după 1990”, în Sociologie "
            "Românească, vol. 9, nr. 2, 2011, p. 3–27.",
            ("Corina Stoica", "Mihai Ene"),
        ),
        (
            "Corina Stoica, Mihai Ene, Radu Pintea, „Parohiile ortodoxe”, în Sociologie "
            "Românească, vol. 9, nr. 2, 2011, p. 3–27.",
            ("Corina Stoica", "Mihai Ene", "Radu Pintea"),
        ),
    ],
)
def test_comma_joined_names(text: str, authors: tuple[str, ...]) -> None:
    assert _read(text).authors == authors


# --------------------------------------------------------------------------------------
# an act's title ends before the gazette it is printed in
# --------------------------------------------------------------------------------------
_ACTS = [
    (
        "Legea nr. 84/1995 privind învățământul, în Monitorul Oficial, nr. 167, 31 iulie 1995.",
        "Legea nr. 84/1995 privind învățământul",
    ),
    (
        "Decretul nr. 410/1959 pentru modificarea unor dispoziții, în Buletinul Oficial, "
        "nr. 32, 28 octombrie 1959.",
        None,  # (a gazette the lists do not name: the title is left as read)
    ),
    (
        "Hotărârea Guvernului nr. 52/2003 privind cultele, publicată în Monitorul Oficial al "
        "României, Partea I, nr. 60, 1 februarie 2003, art. 2.",
        "Hotărârea Guvernului nr. 52/2003 privind cultele",
    ),
    (
        "Legea nr. 125 din 11.05.2007 privind libertatea de conștiință, în Monitorul Oficial "
        "al Republicii Moldova, nr. 127, 2007.",
        "Legea nr. 125 din 11.05.2007 privind libertatea de conștiință",
    ),
]


@pytest.mark.parametrize(("text", "title"), _ACTS)
def test_act_title_before_gazette(text: str, title: str | None) -> None:
    ref = _read(text)
    assert ref.kind is RefKind.REPORT
    if title is not None:
        assert ref.title == title
    assert "Monitorul" not in (ref.title or "")


def test_act_near_misses() -> None:
    # a person's article about a law, printed in a journal: no act, no cut
    article = _read(
        "Ana Pop, „Legea cultelor și parohia”, în Revista de Drept Public, vol. 3, nr. 2, "
        "2009, p. 4–19."
    )
    assert article.kind is RefKind.ARTICLE
    assert article.authors == ("Ana Pop",)


# --------------------------------------------------------------------------------------
# a church's own statute or order: a report, its title whole
# --------------------------------------------------------------------------------------
_ORDERS = [
    (
        "Statutul pentru organizarea și funcționarea Bisericii Ortodoxe din Moldova, Chișinău, "
        "Editura Mitropoliei, 1995, art. 12.",
        "Statutul pentru organizarea și funcționarea Bisericii Ortodoxe din Moldova",
    ),
    (
        "Kirchenordnung der Evangelischen Landeskirche in Baden, Karlsruhe, 2007.",
        "Kirchenordnung der Evangelischen Landeskirche in Baden",
    ),
    (
        "Regulamentul de organizare a Bisericii Reformate, Cluj-Napoca, Editura Koinonia, 2010.",
        "Regulamentul de organizare a Bisericii Reformate",
    ),
]


@pytest.mark.parametrize(("text", "title"), _ORDERS)
def test_church_order(text: str, title: str) -> None:
    for note in (True, False):
        ref = _read(text, note=note)
        assert ref.kind is RefKind.REPORT
        assert ref.title == title
        assert ref.authors == ()


def test_church_order_near_misses() -> None:
    # a person's book about a statute, and a statute's study in a journal
    book = _read("Ion Vlaicu, Statutul Bisericii și statul, Iași, Polirom, 2003.")
    assert book.kind is RefKind.BOOK
    assert book.authors == ("Ion Vlaicu",)
    # a statute with no church named stays as read
    plain = _read("Statutul funcționarilor publici, București, Editura C.H. Beck, 2004.")
    assert plain.kind is not RefKind.REPORT or plain.title != "Statutul funcționarilor publici"


# --------------------------------------------------------------------------------------
# a page after its mark is no year
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Stoica, Ene, „Parohiile ortodoxe”, p. 1471.",
        "Stoica, „Parohiile ortodoxe”, pp. 1402–1410.",
        "Vlaicu, „Biskup”, s. 1388.",
    ],
)
def test_marked_page_is_no_year(text: str) -> None:
    ref = _read(text)
    assert ref.year is None
    assert not [a for a in ref.anomalies if "year" in a.message]


def test_marked_page_near_misses() -> None:
    assert f.year_tokens("Journal 12, 2001, p. 1475") == ["2001"]
    assert f.year_tokens("Title, Paris, 1475") == ["1475"]  # (a printed year stays)
    assert f.year_tokens("Title, Paris, 1998, pp. 1401–1410") == ["1998"]
    # (a capital "S." is an initial or a place's as often as a page: left alone)
    assert f.year_tokens("Lind, S. 2002. Title.") == ["2002"]
    assert f.year_tokens("Weber, Die Salinen, Halle a. S. 1901, S. 12.") == ["1901"]


# --------------------------------------------------------------------------------------
# linear time on long runs
# --------------------------------------------------------------------------------------
@pytest.mark.parametrize("unit", ["Pr. ", "Ab ", "A. ", "dr. Ion ", ", "])
def test_linear_rank(unit: str) -> None:
    assert growth(lambda n: _RANKS.match(unit * n + "Ion Pop, T"), 200, 800) < 6


@pytest.mark.parametrize("unit", ["Revista ", "vol. 1, ", "nr. 2, ", "a ", ", "])
def test_linear_journal(unit: str) -> None:
    assert growth(lambda n: _IN_JOURNAL_NUMBERED.match("în " + unit * n), 200, 800) < 6


@pytest.mark.parametrize("unit", ["Ana Pop, ", "Ana ", ", „", "A. Pop, "])
def test_linear_names(unit: str) -> None:
    assert growth(lambda n: _NOTE_AUTHOR.match(unit * n + "„T”"), 200, 800) < 6


@pytest.mark.parametrize("unit", ["p. 1475 ", "p.1 ", "S. ", "1475–"])
def test_linear_pages(unit: str) -> None:
    assert growth(lambda n: f.year_tokens(unit * n), 200, 800) < 6


@pytest.mark.parametrize("unit", ["Statutul ", "Bisericii ", ", în ", "Kirche, "])
def test_linear_orders(unit: str) -> None:
    def run(n: int) -> object:
        text = "Statutul " + unit * n
        return (_ORDER.match(text), _CHURCH.search(text), _HOSTED.search(text))

    assert growth(run, 200, 800) < 6


def test_patterns_compile() -> None:
    assert re.compile(_RANKS.pattern)
