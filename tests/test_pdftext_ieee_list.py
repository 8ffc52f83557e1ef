"""An IEEE two-column paper as pdftotext prints it: the ``R EFERENCES`` heading in small
capitals, a float of the other column between the heading and ``[1]``, ranges of two
brackets (``[2]–[4]``), an entry printed one word per line."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext, plaintext
from bibcheck.readers.columns import Row
from bibcheck.readers.pdfnumeric import citations, numeric_list


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("R EFERENCES", "REFERENCES", id="one-word"),
        pytest.param("W ORKS C ITED", "WORKS CITED", id="two-words"),
        pytest.param("II. R ELATED W ORK", "II. RELATED WORK", id="numbered"),
        pytest.param("References", "References", id="lower-case-kept"),
        pytest.param("A B TESTING", "A BTESTING", id="only-a-letter-before-capitals"),
    ],
)
def test_small_caps(line: str, expected: str) -> None:
    assert pdftext.small_caps(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("trees [3]–[6] are", [["3", "4", "5", "6"]], id="range"),
        pytest.param("trees [3]– [6] are", [["3", "4", "5", "6"]], id="typed-range"),
        pytest.param("nets [7], [9] and", [["7"], ["9"]], id="list"),
        pytest.param("in [2]-[2] only", [["2"], ["2"]], id="no-range-of-one"),
    ],
)
def test_bracket_ranges(line: str, expected: list[list[str]]) -> None:
    assert [numbers for _, _, numbers in citations(line)] == expected


def test_a_float_between_heading_and_list_stays_body_text() -> None:
    lines = [
        "R EFERENCES",
        "",
        "The encoder has two layers.",
        "TABLE II",
        "(3)",
        "[1] A. Roe, “A title,” IEEE Trans. X, 2001.",
        "[2] B. Poe, “Another,” in Proc. Y, 2002.",
    ]
    rows = [Row(i, line) for i, line in enumerate(lines)]
    found = numeric_list(rows, pdftext._numeric_heading)
    assert found is not None
    assert [e.label for e in found.entries] == ["1", "2"]
    assert found.taken == {0, 5, 6}


def _paper() -> str:
    head = "2024 IEEE Workshop on Imaginary Systems (WIS)"
    page1 = [
        head,
        "",
        "Sparse Kernels for Tiny Radios",
        "I. I NTRODUCTION",
        "Sparse models [1] save energy. Kernel methods [2]–[4] are",
        "cheap, while deep models [5] are not; pruning [6], [7] helps.",
        "II. M ETHOD",
        "We follow [3] and the range [2]– [4] again.",
        "R EFERENCES",
        "",
        "The kernel is computed per node.",
        "TABLE I",
        "",
        "[1] A. Roe, “Sparse models,” IEEE Trans. Signal Process., vol. 1, 2001.",
        "",
        "17",
    ]
    words = "C. Doe, “A long dataset title,” Zenodo, 2023. [Online]. Available:".split()
    words[0] = f"[7] {words[0]}"
    page2 = [
        head,
        "",
        "[2] B. Poe, “Kernels,” in Proc. ICML, 2002, pp. 1–9.",
        "[3] C. Moe, “Kernel trees,” Mach. Learn., vol. 3, 2003.",
        "[4] D. Lowe, “Fast kernels,” in Proc. NeurIPS, 2004.",
        "[5] E. Hale, “Deep radios,” IEEE Access, vol. 5, 2005.",
        "[6] F. Gale, “Pruning,” in Proc. ICLR, 2006.",
        *words,
        "https://example.org/data (accessed May 1, 2024).",
        "",
        "18",
    ]
    return "\n".join(page1) + "\n\f" + "\n".join(page2) + "\n\f"


def test_an_ieee_paper_is_read_by_its_list() -> None:
    text = _paper()
    assert plaintext.score(text) < 0.3
    assert pdftext.score(text) >= 0.3
    doc = pdftext.read(text)
    got = sorted((m.label, m.line) for m in doc.markers)
    assert got == sorted(
        [("1", 5), ("2", 5), ("3", 5), ("4", 5), ("5", 6), ("6", 6), ("7", 6), ("3", 8),
         ("2", 8), ("3", 8), ("4", 8)]
    )  # fmt: skip
    assert [e.label for e in doc.literature] == [str(n) for n in range(1, 8)]
    assert doc.literature[-1].text.replace("\n", " ").endswith("(accessed May 1, 2024).")
    assert any("kernel is computed" in b.text for b in doc.blocks)
