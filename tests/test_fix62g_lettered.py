"""Lettered reference numbers added in revision (``3a``): labels, ranges, plain-text lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.lettered import base, follows, is_lettered, label, sort_key
from bibcheck.readers.numlabels import expand


@pytest.mark.parametrize(
    ("text", "lettered", "number", "printed"),
    [
        ("3a", True, 3, "3a"),
        ("12b", True, 12, "12b"),
        ("03", False, 3, "3"),
        ("7", False, 7, "7"),
        ("007c", True, 7, "7c"),
    ],
)
def test_label_parts(text: str, lettered: bool, number: int, printed: str) -> None:
    assert is_lettered(text) is lettered
    assert base(text) == number
    assert label(text) == printed


@pytest.mark.parametrize(
    ("previous", "text", "expected"),
    [
        ("3", "3a", True),
        ("3a", "3b", True),
        ("3a", "4", True),
        ("3", "4", True),
        ("3", "3b", False),
        ("3a", "3c", False),
        ("2", "3a", False),
        ("3a", "5", False),
        ("3", "5", False),
    ],
)
def test_follows(previous: str, text: str, expected: bool) -> None:
    assert follows(previous, text) is expected


def test_sort_key_orders_letters_after_their_number() -> None:
    assert sorted(["4", "3a", "10", "3", "3b"], key=sort_key) == ["3", "3a", "3b", "4", "10"]


@pytest.mark.parametrize(
    ("cited", "labels"),
    [
        ("3a", ["3a"]),
        ("3a,4", ["3a", "4"]),
        ("3a, 4", ["3a", "4"]),
        ("2–3a", ["2", "3", "3a"]),
        ("3a-5", ["3a", "4", "5"]),
        ("3-3a", ["3", "3a"]),
        ("12b; 14", ["12b", "14"]),
        ("1-3", ["1", "2", "3"]),
    ],
)
def test_expand_lettered(cited: str, labels: list[str]) -> None:
    assert expand(cited) == labels


_DRAFT = """Draft v3 (refs renumbered after adding 2a)

Handover practice

Handover is where errors start [1]. A later survey agreed [2a], and an audit found the
same [2a,3]. Earlier work is older [1–2a].

References
1. Okafor T, Lindqvist M. Shift handover in surgical wards. J Nurs Stud. 2015;12(3):44-51.
2. Brandt H. Ward communication and error. Nurs Res. 2017;20(1):9-17.
2a. Quispe R, Dahl E. Handover audits in twelve wards. BMJ Qual. 2023;7(2):101-9.
3. Moreau S. Safety culture in nursing. Paris: Masson; 2012.
"""


def test_plain_text_lettered_entry_and_citations(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(_DRAFT, encoding="utf-8")
    doc = parse_file(path)
    assert [e.label for e in doc.literature] == ["1", "2", "2a", "3"]
    assert doc.literature[2].reference.authors[0].startswith("Quispe")
    assert [n.label for n in doc.footnotes] == ["1", "2a", "3", "2"]
    labels = {f.label: f.reference.title for f in doc.footnotes if f.reference}
    assert labels["2a"] == "Handover audits in twelve wards"
    assert labels["2"] == "Ward communication and error"
    codes = {a.code for a in doc.anomalies}
    assert AnomalyCode.NUMBERING_GAP not in codes
    assert AnomalyCode.NUMBERING_OUT_OF_ORDER not in codes
    assert AnomalyCode.LITERATURE_NUMBERING not in codes
    assert AnomalyCode.CITATION_KEY_MISSING not in codes
    assert AnomalyCode.LITERATURE_UNCITED not in codes


def test_uncited_lettered_entry_is_named_by_its_label(tmp_path: Path) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(_DRAFT.replace("[2a]", "[2]").replace("[2a,3]", "[3]").replace("–2a", "–2"))
    doc = parse_file(path)
    uncited = [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert [a.message for a in uncited] == ["literature entry 2a is cited by no footnote"]


def test_lettered_citation_without_lettered_list_is_no_citation(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    listed = [line for line in _DRAFT.split("\n") if not line.startswith("2a.")]
    path.write_text("\n".join(listed), encoding="utf-8")
    doc = parse_file(path)
    assert [e.label for e in doc.literature] == ["1", "2", "3"]
    assert [f.label for f in doc.footnotes] == ["1"]
