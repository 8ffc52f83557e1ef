"""fix69m: three entry shapes read wrongly by commas or by sentences.

* ``Histoire de la France, dir. Jean Favier, Paris, Fayard, 1984.``: a collective book under
  its title, its editor after the title by the language's word (``dir.``, ``hrsg. von``,
  ``a cura di``, ``ed. by``, ``red.``, ``coord.``), then the imprint: the title is the words
  before the editor, no authors, place and publisher after the name, a book.  A film credit
  (``L'Atalante, dir. Jean Vigo, 1934.``: the name, then only a year) stays a film.
* ``Cléo de 5 à 7. Réalisé par Agnès Varda. Ciné-Tamaris, 1962.``: a film whose director's
  credit closes its own sentence, in French, Italian, Spanish, German, Polish, Czech and
  English: its title, the director its author, the studio, the year, ``web``.
* ``Città del Vaticano, Biblioteca Apostolica Vaticana, Vat. lat. 1960.``: a manuscript whose
  shelfmark names the library's collection, no manuscript word: ``unknown``, no title, no
  year from the number.

Every entry was written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

_COLLECTIONS = [
    # (entry, title, place, publisher, year)
    ("Histoire de la Bretagne, dir. Yves Le Roux, Rennes, Ouest-France, 1986.",
     "Histoire de la Bretagne", "Rennes", "Ouest-France", 1986),
    ("Geschichte Frankens, hrsg. von Karl Baumann, Würzburg, Echter, 1977.",
     "Geschichte Frankens", "Würzburg", "Echter", 1977),
    ("Storia di Genova, a cura di Paolo Ferri, Genova, Marietti, 1993.",
     "Storia di Genova", "Genova", "Marietti", 1993),
    ("A History of the Fens, ed. by Hugh Carter, Cambridge, Fenland Press, 1998.",
     "A History of the Fens", "Cambridge", "Fenland Press", 1998),
    ("Dzieje Pomorza, red. Tomasz Wiśniewski, Gdańsk, Wydawnictwo Morskie, 2004.",
     "Dzieje Pomorza", "Gdańsk", "Wydawnictwo Morskie", 2004),
    ("Historia de Castilla, coord. Lucía Gómez Ruiz, Valladolid: Ámbito, 2001.",
     "Historia de Castilla", "Valladolid", "Ámbito", 2001),
    ("Les villes du Nord, dir. Anne Morel et Paul Lenoir, Lille, Presses du Nord, 2010.",
     "Les villes du Nord", "Lille", "Presses du Nord", 2010),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "place", "publisher", "year"), _COLLECTIONS)
def test_collective_book_under_its_title(
    text: str, title: str, place: str, publisher: str, year: int
) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.kind, ref.authors, ref.title) == (RefKind.BOOK, (), title)
    assert (ref.place, ref.publisher, ref.year) == (place, publisher, year)


_FILMS = [
    # (entry, title, director, studio, year)
    ("Les Plages du Sud. Réalisé par Marie Delorme. Films du Levant, 1971.",
     "Les Plages du Sud", "Marie Delorme", "Films du Levant", 1971),
    ("Il fiume lento. Regia di Carlo Bassani. Lux Nova, 1958.",
     "Il fiume lento", "Carlo Bassani", "Lux Nova", 1958),
    ("El puerto. Dirigida por Elena Ruiz. Estudios Sur, 1983.",
     "El puerto", "Elena Ruiz", "Estudios Sur", 1983),
    ("Das stille Tal. Regie: Hanna Vogt. Nordfilm, 1964.",
     "Das stille Tal", "Hanna Vogt", "Nordfilm", 1964),
    ("Cisza nad rzeką. Reżyseria: Piotr Zalewski. Zespół Filmowy Kadr, 1975.",
     "Cisza nad rzeką", "Piotr Zalewski", "Zespół Filmowy Kadr", 1975),
    ("Tichá řeka. Režie: Jana Horáková. Filmové studio Barrandov, 1969.",
     "Tichá řeka", "Jana Horáková", "Filmové studio Barrandov", 1969),
    ("The Quiet Harbour. Directed by Ruth Ellery. Harbour Films, 1952.",
     "The Quiet Harbour", "Ruth Ellery", "Harbour Films", 1952),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "director", "studio", "year"), _FILMS)
def test_film_credit_in_its_own_sentence(
    text: str, title: str, director: str, studio: str, year: int
) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.kind, ref.authors, ref.title) == (RefKind.WEB, (director,), title)
    assert (ref.publisher, ref.year) == (studio, year)


_MANUSCRIPTS = [
    "Città del Vaticano, Biblioteca Apostolica Vaticana, Vat. lat. 1960.",
    "Città del Vaticano, Biblioteca Apostolica Vaticana, Pal. lat. 1071, fol. 12r.",
    "Città del Vaticano, Biblioteca Apostolica Vaticana, Reg. lat. 1283.",
    "München, Bayerische Staatsbibliothek, Clm 1824.",
    "München, Bayerische Staatsbibliothek, Cgm 1651, fol. 3v.",
    "London, British Library, Harley 1766.",
    "London, British Library, Cotton Nero A.x.",
    "London, British Library, Royal 2 B vii.",
    "Oxford, Bodleian Library, Laud Misc. 1708.",
]


@pytest.mark.parametrize("text", _MANUSCRIPTS)
def test_collection_shelfmark(text: str) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.kind, ref.authors, ref.title, ref.year) == (RefKind.UNKNOWN, (), None, None)
    assert (ref.place, ref.publisher) == (None, None)


def test_collection_shelfmark_after_a_title() -> None:
    ref = parse_reference("Psalterium cum glossa (Clm 1862). Digitalisat.", (1,))
    assert ref.title == "Psalterium cum glossa"
    assert (ref.kind, ref.year) == (RefKind.UNKNOWN, None)
