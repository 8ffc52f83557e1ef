"""fix73h: a recording closed by its count of discs is web (:mod:`.media_kind`); a music
edition's arrangement between its title and its imprint, and a year supplied in brackets,
leave a printed score a book though a digitised copy's link follows
(:mod:`.printed_imprint`).  An inverted name's entry is read with its italics marked, as
the word-processor readers give it (its plain text has no title this form can end).

Examples written for these tests in the shapes music bibliographies and notes use."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.italic_note import italic_reference


def _read(text: str, *, note: bool) -> Reference:
    """``text`` read as a reader that sees its italics (``*…*``) reads a note or an entry."""
    plain = text.replace("*", "")
    return italic_reference(plain, text, (1,), note=note, title_run=True, keep_same=not note)


RECORDINGS = [
    "Gaetano Donizetti, Lucia di Lammermoor, Anna Berti, Carlo Rota, Orchestra del Teatro"
    " Regio, direttore Paolo Landi, Cetra LPC 1240-1242, 1954, 3 LP.",
    "Bellini, Vincenzo, *Norma*, Coro e Orchestra della RAI, direttore Mario Gatti, Fonit,"
    " 1961, 3 dischi.",
    "Richard Strauss, Elektra, Vienna Philharmonic, conductor Hans Adler, Decca, 1998, 2 CD.",
    "Hector Berlioz, Les Troyens, Orchestre de Paris, dir. Jean Roux, Erato, 1990, 4 CDs.",
]


@pytest.mark.parametrize("text", RECORDINGS)
def test_recording_closed_by_disc_count_is_web(text: str) -> None:
    for note in (True, False):
        ref = _read(text, note=note)
        assert ref.kind is RefKind.WEB


NOT_RECORDINGS = [
    # a book with the count of its volumes, a CD-ROM's publication, an article
    ("Anna Bruni, Storia della musica, Torino, Einaudi, 1991, 3 voll.", RefKind.BOOK),
    ("Marco Neri, «Il disco in Italia», «Studi musicali», 12 (1983), pp. 9-31.", RefKind.ARTICLE),
]


@pytest.mark.parametrize(("text", "kind"), NOT_RECORDINGS)
def test_no_disc_count_keeps_the_kind(text: str, kind: RefKind) -> None:
    assert _read(text, note=True).kind is kind


# (text, year, place, publisher)
SCORES = [
    (
        "Gioachino Rossini, Otello, riduzione per canto e pianoforte, Milano, Ricordi,"
        " [1860], https://imslp.org/wiki/Otello_(Rossini,_Gioachino).",
        1860,
        "Milano",
        "Ricordi",
    ),
    (
        "Rossini, Gioachino, *Otello*, riduzione per canto e pianoforte, Milano, Ricordi,"
        " [1860], facsimile in IMSLP, https://imslp.org/wiki/Otello_(Rossini,_Gioachino).",
        1860,
        "Milano",
        "Ricordi",
    ),
    (
        "Charles Gounod, Faust, partition chant et piano, Paris, Choudens, 1860,"
        " https://imslp.org/wiki/Faust_(Gounod,_Charles).",
        1860,
        "Paris",
        "Choudens",
    ),
    (
        "Giuseppe Verdi, Macbeth, vocal score, London, Boosey, [1870],"
        " https://example.org/scores/macbeth.",
        1870,
        "London",
        "Boosey",
    ),
]


@pytest.mark.parametrize(("text", "year", "place", "publisher"), SCORES)
def test_printed_score_with_link_is_a_book(
    text: str, year: int, place: str, publisher: str
) -> None:
    for note in (True, False):
        ref = _read(text, note=note)
        assert ref.kind is RefKind.BOOK
        assert ref.year == year
        assert ref.place == place
        assert ref.publisher == publisher
