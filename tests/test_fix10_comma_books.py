"""Books in the Romance comma form: ``Author, Title, Place, Publisher, Year[, pp. x-y].``

The names may be written family name first with initials (``Rossi G.M.``, Italian lists);
the title may hold commas of its own and the years a life covers; the number of volumes
(``2 voll.``, ``3 vols.``) is no part of the title; a range of years gives its first; the
pages a note cites after the year do not make the place and publisher a journal.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "kind"),
    [
        pytest.param(
            "L. Bianchi, Storia delle corporazioni artigiane in Toscana, Firenze, "
            "Firenze University Press, 2004, pp. 33-58.",
            ("L. Bianchi",),
            "Storia delle corporazioni artigiane in Toscana",
            2004,
            RefKind.BOOK,
            id="note-pages-after-the-year-italian",
        ),
        pytest.param(
            "J. Martín, Historia de los gremios en Castilla, Madrid, Ediciones Akal, 1987, "
            "pp. 101-120.",
            ("J. Martín",),
            "Historia de los gremios en Castilla",
            1987,
            RefKind.BOOK,
            id="note-pages-after-the-year-spanish",
        ),
        pytest.param(
            "Rossi G.M., Mercanti, banchieri, notai. Studi sulla società fiorentina, Bologna, "
            "Il Mulino, 1999.",
            ("Rossi G.M.",),
            "Mercanti, banchieri, notai. Studi sulla società fiorentina",
            1999,
            RefKind.BOOK,
            id="family-name-then-initials-title-with-commas",
        ),
        pytest.param(
            "Verdi A., Il vescovo Carlo Bascapè (1550-1615), 3 voll., Milano, "
            "Edizioni Studium, 1971-1975.",
            ("Verdi A.",),
            "Il vescovo Carlo Bascapè (1550-1615)",
            1971,
            RefKind.BOOK,
            id="life-dates-in-title-volumes-and-year-range",
        ),
        pytest.param(
            "Dupont M., Les confréries du Midi, 2 vols., Toulouse, Presses Universitaires "
            "du Midi, 1980-1982.",
            ("Dupont M.",),
            "Les confréries du Midi",
            1980,
            RefKind.BOOK,
            id="french-volumes",
        ),
    ],
)
def test_comma_form_book(
    text: str, authors: tuple[str, ...], title: str, year: int, kind: RefKind
) -> None:
    for detect in (True, False):
        ref = parse_reference(text, [1], detect_styles=detect, note=not detect)
        assert ref.authors == authors
        assert ref.title == title
        assert ref.year == year
        assert ref.kind is kind
