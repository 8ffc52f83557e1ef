"""fix73h: the comma imprint ``Place, Publisher, Year`` of Romance-language humanities notes
after a chapter's volume or a multi-volume work's volume (:mod:`.romance_imprint`).

Examples written for these tests in the shapes Italian, Spanish, Portuguese and French
notes use (names in full, natural order or inverted)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

# (text, title, host, year, publisher, place, pages)
CHAPTERS = [
    (
        "Chiara Lodi, «Il coro nella tragedia lirica», in Studi sul melodramma, a cura di"
        " Paolo Fabbri, Bologna, il Mulino, 2004, pp. 55-80.",
        "Il coro nella tragedia lirica",
        "Studi sul melodramma",
        2004,
        "il Mulino",
        "Bologna",
        "55-80",
    ),
    (
        "Lodi, Chiara, «Il coro nella tragedia lirica», in Studi sul melodramma, a cura di"
        " Paolo Fabbri, Bologna, il Mulino, 2004, pp. 55-80.",
        "Il coro nella tragedia lirica",
        "Studi sul melodramma",
        2004,
        "il Mulino",
        "Bologna",
        "55-80",
    ),
    # a congress's place and year in the proceedings' title: the imprint's year is the year
    (
        "Marco Neri, «La scena del Seicento», in Il teatro barocco. Atti del convegno (Parma,"
        " 1998), a cura di Luca Sala, Firenze, Olschki, 2001, pp. 9-31.",
        "La scena del Seicento",
        "Il teatro barocco. Atti del convegno (Parma, 1998)",
        2001,
        "Olschki",
        "Firenze",
        "9-31",
    ),
    # the volume in italics, as a reader marks it; the volume of a set cited after the year
    (
        "Sara Conti, «Il libretto come testo», in *Dizionario dell'opera italiana*, a cura di"
        " Pietro Gallo, Roma, Carocci, 1997, vol. 2, pp. 310-318.",
        "Il libretto come testo",
        "Dizionario dell'opera italiana",
        1997,
        "Carocci",
        "Roma",
        "310-318",
    ),
    (
        "Elena Vidal, «La zarzuela en Madrid», en Historia del teatro lírico, ed. de Juan"
        " Romero, Madrid, Cátedra, 2008, pp. 101-130.",
        "La zarzuela en Madrid",
        "Historia del teatro lírico",
        2008,
        "Cátedra",
        "Madrid",
        "101-130",
    ),
    (
        "Ana Costa, «A ópera em Lisboa», em Estudos de música, org. Rui Matos, Lisboa,"
        " Colibri, 2011, pp. 33-58.",
        "A ópera em Lisboa",
        "Estudos de música",
        2011,
        "Colibri",
        "Lisboa",
        "33-58",
    ),
    (
        "Claire Martin, « L'opéra à Lyon », dans Histoire de la scène lyrique, dir. Paul"
        " Mercier, Paris, Fayard, 2010, p. 77-95.",
        "L'opéra à Lyon",
        "Histoire de la scène lyrique",
        2010,
        "Fayard",
        "Paris",
        "77-95",
    ),
    # no editors named
    (
        "Giulio Ferri, «Le scene dipinte», in Il teatro e la città, Torino, Einaudi, 1989.",
        "Le scene dipinte",
        "Il teatro e la città",
        1989,
        "Einaudi",
        "Torino",
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "host", "year", "publisher", "place", "pages"), CHAPTERS)
def test_chapter_in_volume_with_comma_imprint(
    text: str,
    title: str,
    host: str,
    year: int,
    publisher: str,
    place: str,
    pages: str | None,
) -> None:
    for note in (True, False):
        ref = parse_reference(text, (1,), detect_styles=True, note=note)
        assert ref.kind is RefKind.CHAPTER
        assert ref.title == title
        assert ref.host == host
        assert ref.year == year
        assert ref.publisher == publisher
        assert ref.place == place
        assert ref.pages == pages


# not this shape: a journal in guillemets after "in", a journal with its numbers, a book
# whose imprint names no known place, a chapter in Chicago's parenthesised imprint
NOT_CHAPTERS = [
    "Marco Neri, «La scena del Seicento», in «Rivista italiana di musicologia», 33, 1998,"
    " pp. 9-31.",
    "Marco Neri, «La scena del Seicento», «Studi musicali», 12 (1983), pp. 9-31.",
    "Marco Neri, «La scena del Seicento», in Il teatro barocco, Valdoria, Olschki, 2001.",
    'John Smith, "Opera in London," in Opera Studies, ed. Mary Jones (London: Routledge,'
    " 2001), 45-60.",
    "Marco Neri (a cura di), «La scena», in Il teatro, Firenze, Olschki, 2001.",
]


@pytest.mark.parametrize("text", NOT_CHAPTERS)
def test_chapter_parser_leaves_other_shapes(text: str) -> None:
    from bibcheck.parse.references import romance_imprint  # (new in fix73h)

    assert romance_imprint.chapter(text) is None


def test_journal_in_guillemets_stays_an_article() -> None:
    ref = parse_reference(NOT_CHAPTERS[0], (1,), detect_styles=True, note=True)
    assert ref.kind is RefKind.ARTICLE
    assert ref.year == 1998


# a book whose pages cited (a range) made a serial reading take its imprint for a journal:
# (text, title, year, publisher, place)
BOOKS = [
    (
        "Mario Rossi, La musica a Venezia, Firenze, Olschki, 1983, pp. 47-52.",
        "La musica a Venezia",
        1983,
        "Olschki",
        "Firenze",
    ),
    (
        "Anna Bruni, Storia della musica, Torino, Einaudi, 1991, pp. 200-245.",
        "Storia della musica",
        1991,
        "Einaudi",
        "Torino",
    ),
    # the volume's number and its own title after the work's
    (
        "Anna Bruni, Storia della musica, vol. 3, Il Novecento, Torino, Einaudi, 1991,"
        " pp. 200-245.",
        "Storia della musica",
        1991,
        "Einaudi",
        "Torino",
    ),
    (
        "Anna Bruni, *Storia della musica*, vol. 3, *Il Novecento*, Torino, Einaudi, 1991,"
        " pp. 200-245.",
        "Storia della musica",
        1991,
        "Einaudi",
        "Torino",
    ),
    # the volume of the set cited after the year
    (
        "Anna Bruni, Storia della musica, Torino, Einaudi, 1991, vol. 3, pp. 200-245.",
        "Storia della musica",
        1991,
        "Einaudi",
        "Torino",
    ),
    (
        "Paul Grant, A History of the Symphony, vol. 2, The Romantics, Oxford, Clarendon,"
        " 1984, pp. 77-90.",
        "A History of the Symphony",
        1984,
        "Clarendon",
        "Oxford",
    ),
    (
        "Luis Pardo, Historia de la música española, Madrid, Alianza, 1983, págs. 12-40.",
        "Historia de la música española",
        1983,
        "Alianza",
        "Madrid",
    ),
]


@pytest.mark.parametrize(("text", "title", "year", "publisher", "place"), BOOKS)
def test_book_with_page_range_is_no_article(
    text: str, title: str, year: int, publisher: str, place: str
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert ref.kind is RefKind.BOOK
    assert ref.title == title
    assert ref.year == year
    assert ref.host is None
    assert ref.publisher == publisher
    assert ref.place == place


# the serial reading's "journal" and what it is
HOSTS = [
    ("Firenze, Olschki", RefKind.BOOK, None),
    ("vol. 2, Il Settecento, Milano, Ricordi", RefKind.BOOK, None),
    ("t. III, Paris, Fayard", RefKind.BOOK, None),
    (
        "in Studi verdiani, a cura di Anna Neri, Parma, Istituto Nazionale",
        RefKind.CHAPTER,
        "Studi verdiani",
    ),
    ("Studi musicali", None, None),  # a journal
    ("Rivista musicale, Milano", None, None),  # a journal and its place
    ("Milano, Roma", None, None),  # two places, no publisher
    ("Rivista, Firenze, Olschki, 12", None, None),
]


@pytest.mark.parametrize(("host", "kind", "book"), HOSTS)
def test_imprint_reading_of_a_serial_host(
    host: str, kind: RefKind | None, book: str | None
) -> None:
    from bibcheck.parse.references import romance_imprint  # (new in fix73h)

    base = parse_reference("Anna Bruni, Titolo, 1991.", (1,), detect_styles=True)
    got = romance_imprint.imprint_reading(base, "Titolo", host, "4-9")
    if kind is None:
        assert got is None
        return
    assert got is not None
    assert got.kind is kind
    assert got.host == book
    assert got.pages == "4-9"


# a book's statements (editor, librettist, translator) between its title and its comma
# imprint: a book, whether or not pages cited follow (text, title, year, publisher, place)
STATED = [
    (
        "Giuseppe Verdi, *Aida*, libretto di Antonio Ghislanzoni, Milano, Ricordi, 1872.",
        "Aida",
        1872,
        "Ricordi",
        "Milano",
    ),
    (
        "Gaetano Donizetti, *Don Pasquale*, libretto di Giovanni Ruffini, a cura di Anna"
        " Neri, Milano, Ricordi, 1995, pp. 12-30.",
        "Don Pasquale",
        1995,
        "Ricordi",
        "Milano",
    ),
    (
        "*Lettere di Giacomo Puccini*, a cura di Marco Bassi, Firenze, Olschki, 1958, pp. 45-47.",
        "Lettere di Giacomo Puccini",
        1958,
        "Olschki",
        "Firenze",
    ),
    (
        "Lope de Vega, *Fuenteovejuna*, ed. de Juan Romero, Madrid, Cátedra, 1999, págs. 45-50.",
        "Fuenteovejuna",
        1999,
        "Cátedra",
        "Madrid",
    ),
]


@pytest.mark.parametrize(("text", "title", "year", "publisher", "place"), STATED)
def test_book_with_statements_before_comma_imprint(
    text: str, title: str, year: int, publisher: str, place: str
) -> None:
    from bibcheck.parse.references.italic_note import italic_reference

    for note in (True, False):
        ref = italic_reference(
            text.replace("*", ""), text, (1,), note=note, title_run=True, keep_same=not note
        )
        assert ref.kind is RefKind.BOOK
        assert ref.title == title
        assert ref.year == year
        assert ref.host is None
        assert ref.publisher == publisher
        assert ref.place == place


def test_quoted_title_with_statement_is_no_book() -> None:
    # (a quoted title is a part's: the rule leaves it to the others)
    ref = parse_reference(
        "Marco Neri, «La scena», libretto di Anna Bruni, Milano, Ricordi, 1980.",
        (1,),
        detect_styles=True,
        note=True,
    )
    assert ref.kind is not RefKind.BOOK
