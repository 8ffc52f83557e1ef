"""Fix 57e (4): German short forms in notes tied to the note they repeat.

``Ebd.`` / ``Ebda.`` / ``Ebenda`` (with or without a page: ``Ebd., S. 12.``, ``Ebda. S.12f.``,
``Ebd., Sp. 3.``), ``a.a.O.`` alone (the work of the note before) and after an author
(``Hale, a.a.O., S. 41.``), and short titles with a page written ``S.185`` (no space),
``S. 185 f.``, ``S.41ff.`` or a column ``Sp. 12`` repeat an earlier note, as ``Ibid.`` and
short notes do in other languages.

Own fixtures: invented notes on harbour ledgers.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references.repeat import find_repeats

FULL = [
    "Anna Berg, Das Zollhaus und seine Bücher, Berlin 2004, S. 12.",
    "Thomas Hale: Die Schreiber des Hafens. München 2011, S. 40.",
]

# (the note after FULL) -> (kind, the note it repeats, its locator); None: no repeat
CASES = {
    "Ebd.": ("ibid", 1, None),
    "Ebd., S. 14.": ("ibid", 1, "14"),
    "Ebda., S. 15.": ("ibid", 1, "15"),
    "Ebda.": ("ibid", 1, None),
    "Ebda. S.12f.": ("ibid", 1, "12"),
    "Ebd., Sp. 3.": ("ibid", 1, "3"),
    "Ebenda, S. 7.": ("ibid", 1, "7"),
    "Vgl. ebd., S. 9.": ("ibid", 1, "9"),
    "A.a.O., S. 42.": ("ibid", 1, "42"),
    "a.a.O. S. 3": ("ibid", 1, "3"),
    "Berg, a.a.O., S. 41.": ("op-cit", 0, "41"),
    "Berg, Zollhaus, S.185.": ("short", 0, "185"),
    "Berg: Zollhaus, S. 185 f.": ("short", 0, "185"),
    "Hale, Schreiber, S.41ff.": ("short", 1, "41"),
    "Hale: Schreiber, Sp. 12 f.": ("short", 1, "12"),
    "Berg, Das Zollhaus, Sp.12.": ("short", 0, "12"),
    "Vgl. Berg, Zollhaus, S.185–187.": ("short", 0, "185–187"),
    # a name that starts like one, and a new work
    "Ebdon, Karl: Häfen der Ostsee. Kiel 1999, S. 3.": None,
    "A. A. Ostrowski, Morskie porty, Gdańsk 1988, s. 4.": None,
}


@pytest.mark.parametrize(("note", "want"), CASES.items())
def test_german_repeat(note: str, want: tuple[str, int, str | None] | None) -> None:
    found = find_repeats([*FULL, note])[-1]
    got = None if found is None else (found.kind, found.target, found.locator)
    assert got == want


NOTES = [
    "Anna Berg, Das Zollhaus und seine Bücher, Berlin 2004, S. 12.",
    "Ebda., S. 15.",
    "Thomas Hale, Die Schreiber des Hafens, München 2011, S. 40.",
    "A.a.O., S. 42.",
    "Berg, Zollhaus, S.185.",
    "Ebda.",
]


def test_document_notes_take_the_work_they_repeat() -> None:
    text = "# Hafenbücher\n\n" + " ".join(f"Satz {k}.[^{k}]" for k in range(1, 7)) + "\n\n"
    text += "\n".join(f"[^{k}]: {n}" for k, n in enumerate(NOTES, 1)) + "\n"
    parsed = parse_bytes(text.encode(), "paper.md")
    titles = [f.reference.title for f in parsed.footnotes]
    berg, hale = titles[0], titles[2]
    assert berg is not None and "Zollhaus" in berg
    assert hale is not None and "Schreiber" in hale
    assert titles == [berg, berg, hale, hale, berg, berg]
    assert [f.reference.raw for f in parsed.footnotes] == NOTES  # (their own text kept)
