"""Numbers in parentheses citing a numbered list with a Turkic locator written after its
number -- ``(4, 14–22-b.)``, ``(2, 8-бет)``, ``(3; 5, 7–9-betlar)`` -- are citations, as
the same locators in brackets are; a number in parentheses after a hyphenated word stays
what it was.  All examples are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.parennum import paren_citations
from tests.worksteps import work


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Tizim XIX asrda shakllangan (1, 14–22-b.).", [["1"]]),
        ("Бұл туралы жазылған (2, 8-бет).", [["2"]]),
        ("Tadqiqotlar buni tasdiqlaydi (3; 4, 7–9-betlar).", [["3", "4"]]),
        ("Manbada aytilgan (5, IV jild, 5–9-b.) va boshqalar.", [["5"]]),
        ("Kaynakta belirtilmiştir (2, 45 s.).", [["2"]]),
        ("Plain (3, p. 12) stays read.", [["3"]]),
        # near misses: no citation
        ("Jadval (1-jadval) ko'rsatadi.", []),
        ("A count 187 (31) is no citation.", []),
    ],
)
def test_suffixed_locator_in_parentheses(text: str, labels: list[list[str]]) -> None:
    assert [found for _, _, found in paren_citations(text, 6)] == labels


def test_document_citing_with_suffixed_locators_is_read(tmp_path: Path) -> None:
    doc = tmp_path / "maqom.txt"
    doc.write_text(
        "Maqomlar tarixi\n\n"
        "Tizim XIX asrda shakllangan (1, 14–22-b.). Buxoro an'anasi haqida\n"
        "boshqalar ham yozgan (2, 45-b.). Keyingi tadqiqotlar buni tasdiqlaydi (3; 4, 7–9-betlar).\n"
        "Birinchi muallif fikricha, ildizlar qadimiy (1, 30-b.).\n\n"
        "Adabiyotlar\n\n"
        "1. Aliyev A. Musiqa tarixi. Samarqand: Nashriyot, 1927. 72 b.\n"
        "2. Boboyev B. Meros haqida. Toshkent: Fan, 1978. 312 b.\n"
        "3. Valiyev V. Maqomot. Toshkent: Musiqa, 2004. 400 b.\n"
        "4. Gʻaniyev G. Xalq musiqasi. Toshkent: Fan, 1978. 238 b.\n",
        encoding="utf-8",
    )
    document = parse_file(doc)
    assert [(f.label, f.line) for f in document.footnotes] == [
        ("1", 3),
        ("2", 4),
        ("3", 4),
        ("4", 4),
    ]
    assert [entry.number for entry in document.literature] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    "unit",
    ["1, 2 ", "IV jild, ", "14–22 ", "(1, 14–22 "],
    ids=["numbers-and-spaces", "volumes-without-end", "ranges-without-suffix", "opened-often"],
)
def test_long_parentheses_grow_linearly(unit: str) -> None:
    paren_citations("(1, 14–22-b.)", 4)  # patterns compiled, uncounted
    small = work(paren_citations, "(1, " + unit * 500 + "-b.", 4, limit=10**9)
    large = work(paren_citations, "(1, " + unit * 2000 + "-b.", 4, limit=10**9)
    assert small is not None and large is not None
    assert large[0] <= 8 * small[0] + 200
