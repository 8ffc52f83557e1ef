"""Chicago notes read by every reader (fix16d): a short note resolved to the later work of a
note citing two, when a joining phrase stands before that work's author."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

TWO_WORKS_JOINED = [
    (
        # Spanish: "; y, para León, <given> <surnames>, “Title”"
        "[^1]: Véase Tomás Herrera Gil, *Los puertos secos de Castilla* (Madrid: Marcial Pons,"
        " 1999); y, para Galicia, Rosa María Vidal Lago, “Aduanas y contrabando en el"
        " Miño”, *Hispania* 51 (2006): 77-102.\n"
        "[^2]: Vidal Lago, “Aduanas y contrabando”, 80-81.\n",
        "Vidal Lago",
        ("Aduanas y contrabando en el Miño", 2006),
    ),
    (
        # English: "; and, for Wales, <given> <surname>, *Title*"
        "[^1]: See Alan Ford, *Drovers of the North* (Leeds: Maney, 1977); and, for Wales,"
        " Gwen Pryce, *Cattle Roads of Wales* (Cardiff: University of Wales Press, 1984).\n"
        "[^2]: Pryce, *Cattle Roads*, 12.\n",
        "Pryce",
        ("Cattle Roads of Wales", 1984),
    ),
    (
        # the first work's author named: still the first work
        "[^1]: See Alan Ford, *Drovers of the North* (Leeds: Maney, 1977); and, for Wales,"
        " Gwen Pryce, *Cattle Roads of Wales* (Cardiff: University of Wales Press, 1984).\n"
        "[^2]: Ford, *Drovers*, 3.\n",
        "Ford",
        ("Drovers of the North", 1977),
    ),
]


@pytest.mark.parametrize(
    ("notes", "author", "work"), TWO_WORKS_JOINED, ids=["es-y-para", "en-and-for", "first-work"]
)
def test_a_short_note_takes_the_work_its_author_wrote(
    notes: str, author: str, work: tuple[str, int]
) -> None:
    doc = parse_bytes(f"# Drove roads\n\nText.[^1] More.[^2]\n\n{notes}".encode(), "notes.md")
    ref = doc.footnotes[1].reference
    assert any(author in a for a in ref.authors), ref.authors
    assert (ref.title, ref.year) == work
