"""fix62c: one heading key for every reader that looks a heading up in a word list."""

from __future__ import annotations

import pytest

from bibcheck.readers.common import LITERATURE_HEADINGS, is_reference_list_heading
from bibcheck.readers.common import heading_key as md_heading_key
from bibcheck.readers.headingkey import heading_key, section_heading_key
from bibcheck.readers.listscope import is_further_reading_heading
from bibcheck.readers.seealso import is_see_also_heading
from bibcheck.readers.wikireading import bare_literature_heading


@pytest.mark.parametrize(
    ("text", "marks", "key"),
    [
        ("References", " :.", "references"),
        ("  Works   Cited : ", " :.", "works cited"),
        ("Bibliografía.", " :.", "bibliografia"),  # (accents of Latin letters folded)
        ("ΒΙΒΛΙΟΓΡΑΦΙΑ", " :.", "βιβλιογραφια"),  # (and Greek)
        ("ΔΕΙΤΕ ΕΠΙΣΗΣ", " :.", "δειτε επισησ"),  # (case folded: the final sigma too)
        ("Литература:", " :.", "литература"),  # (Cyrillic keeps its marks)
        ("== Véase también ==", " =", "vease tambien"),
        ("== See also ==\n", " =:#*'", "see also"),  # (a mark behind a line end too)
        ("'''Literatur'''", " =:#*'", "literatur"),
        ("— Further reading —", " \t=#*:._-–—", "further reading"),
        ("**Quellen:**", " :.", "**quellen:**"),  # (only the marks asked for)
        ("", " :.", ""),
        (" : ", " :.", ""),
    ],
)
def test_heading_key(text: str, marks: str, key: str) -> None:
    assert heading_key(text, marks) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("References", "references"),
        ("5. References", "references"),
        ("5.2. Informative  References:", "informative references"),
        ("3) Literature", "literature"),
        ("2 Bibliography", "bibliography"),
        ("IV. Bibliography", "bibliography"),
        ("vii) bibliografia", "bibliografia"),
        ("4. iv. Quellen", "quellen"),
        ("iv.references", "references"),
        ("IV.", "iv"),  # (a roman numeral alone is kept: nothing after it)
        ("Civil cases", "civil cases"),  # (a word of roman letters is no numeral)
        ("Fußnoten", "fußnoten"),  # (lower case, as the vocabulary writes it)
        ("ΑΝΑΦΟΡΈΣ", "αναφορές"),
        ("Literaturverzeichnis ...", "literaturverzeichnis"),
        ("Bibliografía", "bibliografía"),  # (accents kept: the vocabulary folds them)
    ],
)
def test_section_heading_key(text: str, key: str) -> None:
    assert section_heading_key(text) == key


@pytest.mark.parametrize(
    "text",
    ["Αναφορές", "ΒΙΒΛΙΟΓΡΑΦΙΚΈΣ ΑΝΑΦΟΡΈΣ", "2. Literaturverzeichnis", "VI. Bibliografía"],
)
def test_section_keys_are_the_vocabulary_s(text: str) -> None:
    assert section_heading_key(text) in LITERATURE_HEADINGS


# -- the callers keep their answers ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("## 5.2. Informative References:", "informative references"),
        ("# References for Chapter 4", "references"),
        ("**Works Cited**", "works cited"),
        ("# VII) Bibliografia", "bibliografia"),
        ("Plain text", None),
    ],
)
def test_markdown_heading_key(line: str, key: str | None) -> None:
    assert md_heading_key(line) == key


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("References {-}", True),
        ("5. Literatur:", True),
        ("iv. Bibliography", True),
        ("Αναφορές", True),
        ("Introduction", False),
    ],
)
def test_reference_list_heading(text: str, listed: bool) -> None:
    assert is_reference_list_heading(text) is listed


@pytest.mark.parametrize(
    ("text", "answer"),
    [("== Siehe auch ==", True), ("See Also:", True), ("Seealso", False)],
)
def test_see_also(text: str, answer: bool) -> None:
    assert is_see_also_heading(text) is answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [("Further reading", True), ("— Weiterführende Literatur —", True), ("Results", False)],
)
def test_further_reading(text: str, answer: bool) -> None:
    assert is_further_reading_heading(text) is answer


@pytest.mark.parametrize(
    ("text", "answer"), [("== Literatur ==", True), ("'''Bibliographie'''", True), ("Werke", False)]
)
def test_bare_literature(text: str, answer: bool) -> None:
    assert bare_literature_heading(text) is answer
