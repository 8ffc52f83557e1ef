"""fix78r: a dictionary cited at its headword, ``[n, s.v. word]``, is a numeric citation.

Scholarship in every European language cites a dictionary or lexicon at its entry, "under
the word" (``s.v.``, ``s. v.``, ``s.vv.``, ``sub voce``), not at a page; the bracketed
citation ``[7, s.v. headword]`` names list entry 7.  When the line breaks after ``s.v.``
the citation still counts once, at the line where it opens.  (The examples are this
file's own.)
"""

from __future__ import annotations

import re

import pytest

from bibcheck.readers import plaintext
from bibcheck.readers.numlabels import expand
from bibcheck.readers.plaintext import MARKER, join_ranges

# (citation, its numbers or None when it is no citation)
_MARKERS = [
    ("[7, s.v. casă]", ["7"]),
    ("[7, s. v. Abendmahl]", ["7"]),
    ("[12, s.v. a-și]", ["12"]),
    ("[4, sub voce lumen]", ["4"]),
    ("[4, sub verbo lex regia]", ["4"]),
    ("[9, s.v. l'arbre]", ["9"]),
    ("[2, s.v. Κύριος]", ["2"]),
    ("[2, s.v. слово]", ["2"]),
    ("[5, s.v.]", None),  # (no headword)
    ("[5, s.v. 12]", None),  # (a number is no headword)
    ("[5, p. 12]", ["5"]),  # (the page places as before)
]


@pytest.mark.parametrize(("text", "numbers"), _MARKERS)
def test_headword_place(text: str, numbers: list[str] | None) -> None:
    m = MARKER.fullmatch(text)
    assert (expand(m.group("label")) if m else None) == numbers


# (two lines, the first line after the join, the second)
_WRAPS = [
    (
        ["see the thesaurus [7, s.v.", "casă] and its sources"],
        "see the thesaurus [7, s.v. casă]",
        " and its sources",
    ),
    (
        ["as in [12, s. v.", "Abendmahl] and elsewhere"],
        "as in [12, s. v. Abendmahl]",
        " and elsewhere",
    ),
    (
        ["the entry [3, sub voce", "lumen]."],
        "the entry [3, sub voce lumen]",
        ".",
    ),
]


@pytest.mark.parametrize(("lines", "first", "second"), _WRAPS)
def test_wrapped_headword_citation_joins_on_its_first_line(
    lines: list[str], first: str, second: str
) -> None:
    assert join_ranges(lines) == [first, second]


_DOC = """Raport

Forma veche apare în glosar [1] și în dicționarul academic [2, s.v.
casă], iar varianta regională în atlas [3, p. 14].

Bibliografie

[1]  Ionescu P. Glosar de termeni vechi. Iași: Editura Exemplu; 1990.
[2]  Popa A. Dicționar de exemple. București: Editura Model; 2001.
[3]  Marin D. Atlas de forme. Cluj-Napoca: Presa Test; 2010.
"""


def test_reader_finds_the_wrapped_headword_citation_at_its_line() -> None:
    raw = plaintext.read(_DOC)
    found = sorted((m.label, m.line) for m in raw.markers)
    assert found == [("1", 3), ("2", 3), ("3", 4)]
    assert not re.search(r"s\.v\.", raw.literature[1].text)
