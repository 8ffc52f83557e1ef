"""A place in the cited work written after its number, as Turkic languages write it, read in
every reader that reads numeric bracket citations: Uzbek, Kazakh and Kyrgyz pages after a
hyphen (``[4, 14–22-b.]``, ``[2, 8-бет]``), a leaf (``[6, 12–15-v.]``), a volume
(``[5, IV jild, 5–9-b.]``), Turkish ordinals (``[7, 2. cilt, 45. s.]``) and a page word after
the number in Turkish, Azerbaijani and Russian (``[3, 45 s.]``, ``[2, 45 с.]``).  A bare
letter after a number is no place (it letters an entry).  All examples are invented."""

from __future__ import annotations

import pytest

from bibcheck.readers.evidence import citation_evidence
from bibcheck.readers.numlabels import expand
from bibcheck.readers.pdfnumeric import citations
from bibcheck.readers.plaintext import numeric_citations
from tests.test_regex_growth import assert_linear

_CASES = [
    pytest.param("[4, 21–30-b.]", ["4"], id="uz-page-range"),
    pytest.param("[9, 75-b.; 11]", ["9", "11"], id="uz-page-then-number"),
    pytest.param("[12, 33–35-b.; 6, III jild, 8–12-b.]", ["12", "6"], id="uz-volume-then-page"),
    pytest.param("[14, 7–9-v.]", ["14"], id="uz-leaves"),
    pytest.param("[6, 3-varaq]", ["6"], id="uz-varaq-written"),
    pytest.param("[1, 9-sahifa; 4]", ["1", "4"], id="uz-sahifa"),
    pytest.param("[2, 61-бет]", ["2"], id="kk-bet-written"),
    pytest.param("[3, 18-б.]", ["3"], id="kk-ky-b-abbreviated"),
    pytest.param("[5, 2-том, 140-бет]", ["5"], id="kk-volume-page"),
    pytest.param("[8, 27-bet]", ["8"], id="ky-latin-bet"),
    pytest.param("[7, 2. cilt, 45. s.]", ["7"], id="tr-ordinals"),
    pytest.param("[3, 88 s.]", ["3"], id="tr-page-after"),
    pytest.param("[8, 12-15 səh.]", ["8"], id="az-page-after"),
    pytest.param("[2, 57 с.]", ["2"], id="ru-page-after"),
]
# (near misses: numbers only, a bare letter, a year, a word with no full stop)
_NEAR = [
    pytest.param("[2, 5]", ["2", "5"], id="two-numbers"),
    pytest.param("[3, 4-6]", ["3", "4", "5", "6"], id="range"),
    pytest.param("[1, p. 12; 3]", ["1", "3"], id="page-word-first"),
]
_NOT = [
    pytest.param("[2, 5b]", id="lettered"),
    pytest.param("[2, 5 b]", id="bare-letter"),
    pytest.param("[2, 5-b]", id="bare-letter-hyphen"),
    pytest.param("[1, 2019 yil]", id="year-word"),
    pytest.param("[3, 4 and 5]", id="prose"),
]


@pytest.mark.parametrize(("bracket", "labels"), _CASES + _NEAR)
def test_plain_text(bracket: str, labels: list[str]) -> None:
    assert numeric_citations(f"as shown {bracket}.") == [(9, 9 + len(bracket), labels)]


@pytest.mark.parametrize(("bracket", "labels"), _CASES + _NEAR)
def test_pdf_text(bracket: str, labels: list[str]) -> None:
    assert citations(f"as shown {bracket}.") == [(9, 9 + len(bracket), labels)]


@pytest.mark.parametrize(("bracket", "labels"), _CASES + _NEAR)
def test_expand(bracket: str, labels: list[str]) -> None:
    assert expand(bracket[1:-1]) == labels


@pytest.mark.parametrize("bracket", _NOT)
def test_not_a_place(bracket: str) -> None:
    assert numeric_citations(f"as shown {bracket}.") == []
    assert citations(f"as shown {bracket}.") == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("as in [4, 21–30-b.] and [9, 75-b.; 11] and [2, 61-бет]", 3),
        ("as in [4, p. 21] and [9]", 2),
    ],
)
def test_evidence_counts_suffixed_places(text: str, count: int) -> None:
    numeric = [e for e in citation_evidence(text) if e.what.startswith("numeric")]
    assert (numeric[0].count if numeric else 0) == count


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(numeric_citations, lambda n: "[1, 2-3 " * (n // 8), id="plain-open"),
        pytest.param(numeric_citations, lambda n: "[1, 2-b.; 3, " * (n // 13), id="plain-places"),
        pytest.param(citations, lambda n: "[1, IV " * (n // 7), id="pdf-roman"),
        pytest.param(citations, lambda n: "[1, 2. 3. 4 " * (n // 12), id="pdf-ordinals"),
        pytest.param(citation_evidence, lambda n: "[1, 2-3-b" * (n // 9), id="evidence"),
    ],
)
def test_linear(call: object, line: object) -> None:
    assert_linear(call, line)  # type: ignore[arg-type]
