"""fix70d: manuscripts cited by library and shelfmark without a city, a shelfmark in
parentheses after a title, and films by their director's credit.

* ``Bayerische Staatsbibliothek, Clm 14000.``: a national library named without its city;
  the shelfmark is no title, its number no year or volume, the work the manuscript
  (``unknown``, as tests/corpus/README.md files archival sources).
* ``Liber floridus (Vat. lat. 1862).``: the shelfmark's stops end no title, its number is
  no year.
* ``Medea. Directed by X, Studio, 1969.`` (MLA's comma form) as ``Medea. Directed by X.
  Studio, 1969.``: the director is the author; Chicago's ``X, dir. Title.`` and the French
  and German ``X (réal.).``, ``X (Regie).`` too; a film is ``web``.

Every entry was written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

# (entry: a manuscript by its library, no city, and its shelfmark)
_CITYLESS = [
    "Biblioteca Apostolica Vaticana, Pal. lat. 1071.",
    "Bayerische Staatsbibliothek, Clm 14000.",
    "British Library, Add MS 12345.",
    "Bibliothèque nationale de France, ms. lat. 8878.",
    "Österreichische Nationalbibliothek, Cod. 2554.",
    "Bodleian Library, MS Digby 23, fol. 4r.",
    "Staatsbibliothek zu Berlin, Ms. germ. fol. 282.",
    "Biblioteca Apostolica Vaticana, Vat. lat. 3225, f. 12v.",
    "Národní knihovna České republiky, sign. XXIII F 45.",
    "Biblioteka Narodowa, Rps BOZ 8, k. 3.",
    "BAV, Reg. lat. 316.",
]


@pytest.mark.parametrize("text", _CITYLESS)
def test_library_and_shelfmark_without_city(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.authors, ref.title, ref.year, ref.volume) == (
        RefKind.UNKNOWN,
        (),
        None,
        None,
        None,
    )


# (entry, title): the shelfmark in parentheses after the title, with stops and numbers
_TITLED = [
    ("Liber floridus (Vat. lat. 1862).", "Liber floridus"),
    ("De arte venandi cum avibus (Pal. lat. 1071).", "De arte venandi cum avibus"),
    ("Sachsenspiegel (Cod. Pal. germ. 164).", "Sachsenspiegel"),
    ("Codex Manesse (Cod. Pal. germ. 848).", "Codex Manesse"),
    ("Evangeliář (Ms. lat. 1975).", "Evangeliář"),
    ("Chansonnier (ms. fr. 1596).", "Chansonnier"),
]


@pytest.mark.parametrize(("text", "title"), _TITLED)
def test_title_before_shelfmark(text: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.authors, ref.title, ref.year) == (RefKind.UNKNOWN, (), title, None)


def test_printed_facsimile_keeps_its_imprint() -> None:
    ref = parse_reference(
        "Gerhard, Anna. Der Sachsenspiegel (Cod. Pal. germ. 1864). Heidelberg: Winter, 2001.",
        [1],
        detect_styles=True,
    )
    assert (ref.kind, ref.title, ref.year) == (RefKind.BOOK, "Der Sachsenspiegel", 2001)


# (entry, director, title, year, studio): a film, web, its director the author
_FILMS = [
    # MLA 9, the comma form and the full-stop form
    ("Medea. Directed by Pier Paolo Pasolini, San Marco, 1969.",
     "Pier Paolo Pasolini", "Medea", 1969, "San Marco"),
    ("Stalker. Directed by Andrei Tarkovsky, Mosfilm, 1979.",
     "Andrei Tarkovsky", "Stalker", 1979, "Mosfilm"),
    ("Stalker. Directed by Andrei Tarkovsky, 1979.", "Andrei Tarkovsky", "Stalker", 1979, None),
    ("Alien. Directed by Ridley Scott, 20th Century Fox, 1979.",
     "Ridley Scott", "Alien", 1979, "20th Century Fox"),
    # MLA 8's "Dir."
    ("Stalker. Dir. Andrei Tarkovsky, Mosfilm, 1979.",
     "Andrei Tarkovsky", "Stalker", 1979, "Mosfilm"),
    ("Stalker. Dir. Andrei Tarkovsky. Mosfilm, 1979.",
     "Andrei Tarkovsky", "Stalker", 1979, "Mosfilm"),
    # German, French, Italian in the comma form
    ("Der Himmel über Berlin. Regie: Wim Wenders, Road Movies, 1987.",
     "Wim Wenders", "Der Himmel über Berlin", 1987, "Road Movies"),
    ("Le Mépris. Réalisé par Jean-Luc Godard, Rome Paris Films, 1963.",
     "Jean-Luc Godard", "Le Mépris", 1963, "Rome Paris Films"),
    ("Il deserto rosso. Regia di Michelangelo Antonioni, Film Duemila, 1964.",
     "Michelangelo Antonioni", "Il deserto rosso", 1964, "Film Duemila"),
    # Chicago: the director heads the entry, "dir."
    ("Pasolini, Pier Paolo, dir. Medea. San Marco, 1969.",
     "Pasolini, Pier Paolo", "Medea", 1969, "San Marco"),
    ("Hitchcock, Alfred, director. Psycho. Shamley Productions, 1960.",
     "Hitchcock, Alfred", "Psycho", 1960, "Shamley Productions"),
    # French and German lists: the credit in parentheses after the names
    ("Godard, Jean-Luc (réal.). Le Mépris. Rome Paris Films, 1963.",
     "Godard, Jean-Luc", "Le Mépris", 1963, "Rome Paris Films"),
    ("Wenders, Wim (Regie). Der Himmel über Berlin. Road Movies, 1987.",
     "Wenders, Wim", "Der Himmel über Berlin", 1987, "Road Movies"),
    ("Fellini, Federico (regia). La strada. Ponti-De Laurentiis, 1954.",
     "Fellini, Federico", "La strada", 1954, "Ponti-De Laurentiis"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "director", "title", "year", "studio"), _FILMS)
def test_film_by_its_director(
    text: str, director: str, title: str, year: int, studio: str | None
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.authors, ref.title, ref.year) == (RefKind.WEB, (director,), title, year)
    assert ref.publisher == studio
