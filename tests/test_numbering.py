"""Footnote numbering checks, one case per kind of defect."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import RawMarker, RawNote
from bibcheck.parse.numbering import check_numbering


def markers(*labels: str) -> list[RawMarker]:
    return [RawMarker(label, i + 1, 1, 0, 0) for i, label in enumerate(labels)]


def notes(*labels: str) -> list[RawNote]:
    return [RawNote(label, "ref", 100 + i, 100 + i) for i, label in enumerate(labels)]


@pytest.mark.parametrize(
    ("marks", "defs", "expected"),
    [
        pytest.param(("1", "2", "3"), ("1", "2", "3"), [], id="clean"),
        pytest.param(("1", "2"), ("1",), [(C.MARKER_WITHOUT_DEFINITION, "2")], id="no-definition"),
        pytest.param(("1",), ("1", "2"), [(C.DEFINITION_WITHOUT_MARKER, "2")], id="no-marker"),
        pytest.param(
            ("1", "2"), ("1", "2", "2"), [(C.DUPLICATE_DEFINITION, "2")], id="defined-twice"
        ),
        pytest.param(("1", "2", "2"), ("1", "2"), [(C.DUPLICATE_MARKER, "2")], id="marker-twice"),
        pytest.param(("1", "3"), ("1", "3"), [(C.NUMBERING_GAP, "2")], id="gap"),
        pytest.param(
            ("1", "3", "2"), ("1", "2", "3"), [(C.NUMBERING_OUT_OF_ORDER, "2")], id="out-of-order"
        ),
        pytest.param(("a", "b"), ("a", "b"), [], id="named-labels-have-no-gaps"),
    ],
)
def test_numbering(
    marks: tuple[str, ...], defs: tuple[str, ...], expected: list[tuple[C, str]]
) -> None:
    found = check_numbering(markers(*marks), notes(*defs))
    assert [(a.code, a.footnote) for a in found] == expected
    assert all(a.message for a in found)


def test_repeated_numeric_citation_is_not_a_defect_where_markers_are_reusable() -> None:
    marks, defs = markers("1", "2", "2"), notes("1", "2")
    assert [a.code for a in check_numbering(marks, defs)] == [C.DUPLICATE_MARKER]
    assert check_numbering(marks, defs, markers_reusable=True) == []


def test_plain_text_reader_cites_a_source_twice_without_complaint() -> None:
    from bibcheck.manuscript import parse_bytes

    text = (
        b"Trade grew [1]. It grew again [2]. As said before [1].\n\nReferences\n\n"
        b"1. Smith, J. (2020). Trade. Journal of Trade, 1(2), 3-4.\n"
        b"2. Doe, A. (2021). More trade. Journal of Trade, 2(1), 5-6.\n"
    )
    doc = parse_bytes(text, "paper.txt")
    assert doc.reader == "plain-text"
    assert C.DUPLICATE_MARKER not in {a.code for a in doc.all_anomalies()}


def test_a_run_of_missing_numbers_is_one_anomaly() -> None:
    found = check_numbering(markers("1", "2", "99999"), notes("1", "2", "99999"))
    gaps = [a for a in found if a.code is C.NUMBERING_GAP]
    assert len(gaps) == 1 and "3-99998" in gaps[0].message


def test_an_absurd_label_does_not_exhaust_memory() -> None:
    found = check_numbering(markers("1", "99999999999999"), notes("1", "99999999999999"))
    assert [a.code for a in found] == [C.NUMBERING_GAP]
