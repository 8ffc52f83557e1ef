"""A chapter's host named by its editors reads the same whatever the mark's language
(fix76k): the note readers of :mod:`.german`, :mod:`.italian_notes`, :mod:`.french_notes`,
:mod:`.chicago`, :mod:`.polish_notes` and :mod:`.polish_plain` take the editors' marks from
the one table of :mod:`bibcheck.parse.references.role_marks` (``in: K. Müller (hrsg.):
Buch``, ``in A. Bianchi (cur.), Libro``, ``dans M. Dupont et P. Martin (éds), Livre``,
``en L. García (comp.), Libro``, ``w: J. Nowak (red.), Księga``), so a mark known to one
reader is known to all; the host is the book after the editors, and the chapter's pages
are read.  Every note is written for this test."""

from __future__ import annotations

import re

import pytest

from bibcheck.parse.references import parse_reference, role_marks

# (note, host, pages, language) -- each mark one of these readers did not know before
_ROWS = [
    # German: lower-case "hrsg.", the Dutch "reds.", the Polish "red. nauk."
    (
        "Anna Roth, Die Burg am Fluss, in: Karl Müller (hrsg.): Burgen im Harz, Halle 1999, S. 12–30.",
        "Burgen im Harz",
        "12–30",
        "de",
    ),
    (
        "Anna Roth, Die Burg am Fluss, in: Karl Müller (toim.): Burgen im Harz, Halle 1999, S. 4–9.",
        "Burgen im Harz",
        "4–9",
        "de",
    ),
    # Italian: the Latin "cur." (curavit), the Hungarian "szerk."
    (
        "M. Rossi, Il porto di Ancona, in A. Bianchi (cur.), Porti d'Italia, Bologna, Il Mulino, "
        "1999, pp. 12-30.",
        "Porti d'Italia",
        "12-30",
        "it",
    ),
    (
        "M. Rossi, Il porto di Ancona, in A. Bianchi (comp.), Porti d'Italia, Bologna, Il Mulino, "
        "1999, pp. 31-40.",
        "Porti d'Italia",
        "31-40",
        "it",
    ),
    # French: "éds" with no full stop, the Italian "a cura di"
    (
        "Jean Petit, « Le port de Brest », dans M. Dupont et P. Martin (éds), Les ports bretons, "
        "Rennes, PUR, 2005, p. 12-30.",
        "Les ports bretons",
        "12-30",
        "fr",
    ),
    (
        "Jean Petit, « Le port de Brest », dans M. Dupont (a cura di), Les ports bretons, Rennes, "
        "PUR, 2005, p. 41-50.",
        "Les ports bretons",
        "41-50",
        "fr",
    ),
    # Spanish: "comp." (compilador), "comps."
    (
        "Juan Pérez, «El puerto de Vigo», en L. García (comp.), Los puertos gallegos, Madrid, "
        "Alianza, 2005, pp. 12-30.",
        "Los puertos gallegos",
        "12-30",
        "es",
    ),
    (
        "Juan Pérez, «El puerto de Vigo», en L. García y M. Ruiz (comps.), Los puertos gallegos, "
        "Madrid, Alianza, 2005, pp. 51-60.",
        "Los puertos gallegos",
        "51-60",
        "es",
    ),
    # Polish: the host after its editors, italic or not ("red.", "oprac.", "red. nauk.")
    (
        "J. Kowalski, Port w Gdyni, w: J. Nowak (red.), Księga portów, Warszawa 2005, s. 12-30.",
        "Księga portów",
        "12–30",
        "pl",
    ),
    (
        "J. Kowalski, *Port w Gdyni*, [w:] J. Nowak (red. nauk.), *Księga portów*, Warszawa 2005, "
        "s. 61-70.",
        "Księga portów",
        "61–70",
        "pl",
    ),
    (
        "J. Kowalski, Port w Gdyni, w: J. Nowak (oprac.), Księga portów, Warszawa 2005, s. 7-9.",
        "Księga portów",
        "7–9",
        "pl",
    ),
    # Portuguese: "org." (organizador), "orgs."
    (
        "Rui Matos, «O porto de Aveiro», em A. Souza (org.), Os portos do Norte, Lisboa, Cosmos, "
        "2005, pp. 12-30.",
        "Os portos do Norte",
        "12-30",
        "pt",
    ),
    (
        "Rui Matos, «O porto de Aveiro», em A. Souza e P. Lima (orgs.), Os portos do Norte, "
        "Lisboa, Cosmos, 2005, pp. 71-80.",
        "Os portos do Norte",
        "71-80",
        "pt",
    ),
]


@pytest.mark.parametrize(("note", "host", "pages", "language"), _ROWS)
def test_host_after_its_editors(note: str, host: str, pages: str, language: str) -> None:
    ref = parse_reference(note, (1,), detect_styles=False, note=True)
    assert (ref.kind.value, ref.host, ref.pages) == ("chapter", host, pages), language


def test_six_languages() -> None:
    assert len({row[3] for row in _ROWS}) >= 6


# the host's editors taken off before its title, any mark of the table
_PAST = [
    ("J. Nowak (red.), Księga, Warszawa 2005", "Księga, Warszawa 2005"),
    ("Torin Alter, Sven Walter (eds.), Book, Oxford 2007", "Book, Oxford 2007"),
    ("A. Bianchi (a c. di), Libro, Roma 1990", "Libro, Roma 1990"),
    ("Π. Νικολάου (επιμ.), Βιβλίο, Αθήνα 2001", "Βιβλίο, Αθήνα 2001"),
    # guards: no editors first, a parenthesis that is no mark, a title in italics
    ("Księga, Warszawa 2005", "Księga, Warszawa 2005"),
    ("J. Nowak (1999), Księga", "J. Nowak (1999), Księga"),
    ("*Księga (red.)*, Warszawa", "*Księga (red.)*, Warszawa"),
]


@pytest.mark.parametrize(("host", "book"), _PAST)
def test_past_editors(host: str, book: str) -> None:
    assert role_marks.past_editors(host) == book


# the marks this round adds to the table, read like the others
@pytest.mark.parametrize("mark", ["Bearb", "red. nauk", "oprac", "a c. di", "cur", "επιμ"])
def test_new_marks(mark: str) -> None:
    pattern = re.compile(rf"^{role_marks.MARK}$")
    assert pattern.match(f"({mark}.)") and pattern.match(f"({mark})")
