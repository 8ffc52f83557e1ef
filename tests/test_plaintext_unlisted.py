"""A number cited in the body with no entry in the numbered reference list cites a work
missing from the list (``missing-literature-entry``), not a footnote without definition."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, FindingKind
from bibcheck.readers.plaintext import read

LIST = "".join(f"{n}. Author{n} A., Work number {n}, City 19{70 + n}.\n" for n in range(1, 5))


@pytest.mark.parametrize(
    ("body", "missing"),
    [
        pytest.param("All four agree [1-4].", [], id="all-listed"),
        pytest.param("One more [5].", [("5", 3)], id="one-past-the-end"),
        pytest.param("Two [2, 9] and again [9].", [("9", 3)], id="once-per-number"),
        pytest.param("See [3, s. 7; 12].", [("12", 3)], id="after-a-locator"),
        pytest.param("Far [4]\nand farther [6-7].", [("6", 4), ("7", 4)], id="range"),
    ],
)
def test_cited_number_without_entry(body: str, missing: list[tuple[str, int]]) -> None:
    text = f"Lecture\n\n{body}\n\nBibliography\n\n{LIST}"
    got = [
        (a.footnote, a.line)
        for a in read(text).anomalies
        if a.code is AnomalyCode.CITATION_KEY_MISSING
    ]
    assert got == missing


def test_reported_as_missing_literature_entry_only() -> None:
    text = f"Lecture\n\nThe first [1] and a lost one [7].\n\nBibliography\n\n{LIST}"
    doc = parse_bytes(text.encode(), "/tmp/lecture.txt")
    kinds = {(f.kind, f.lines) for f in analyse_document(doc, {}, {})}
    assert (FindingKind.MISSING_LITERATURE_ENTRY, (3,)) in kinds
    assert not any(kind is FindingKind.FOOTNOTE_NUMBERING for kind, _ in kinds)
