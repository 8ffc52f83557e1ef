"""A note naming a call number that an archival entry of the bibliography lists cites that
entry: ``SALS, DD/X/12/4, fol. 2`` is a document of the collection the entry ``Somerset
Archives and Local Studies. Parish records. DD/X/12/1–9; DD/X/40/3.`` lists.  It is no
``missing-literature-entry``, and the archive named its own way in the note (an
abbreviation, a short form) is no author mismatch."""

from __future__ import annotations

import pytest

from bibcheck.analyse.consistency import mismatch_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references.callnumbers import CallNumber, call_numbers

CHAPTER = """# Parish relief

Relief was given weekly.[^1] Some paid it back.[^2] The vestry met monthly.[^3]
Printed guides said the same.[^4]

[^1]: {first}
[^2]: {second}
[^3]: {third}
[^4]: Hannah Lowe, *Poor Relief in the Parish* (Bristol: Avon Press, 2009), 41.

## Bibliography

- {archive}
- Lowe, Hannah. *Poor Relief in the Parish*. Bristol: Avon Press, 2009.
"""

CASES = {
    "county-record-office": (
        "Somerset Archives and Local Studies, Taunton. Parish of Wiveliscombe records. DD/X/12/1–9 "
        "(overseers' accounts, 1790–1834); DD/X/40/3 (vestry minutes, 1801–22).",
        "SALS, DD/X/12/4, fol. 2r.",
        "Ibid., DD/X/12/7, fols. 3v–5r.",
        "SALS Taunton, DD/X/40/3, Wiveliscombe vestry minutes, 1801–22, passim.",
    ),
    "national-archives": (
        "The National Archives, Kew. Foreign Office correspondence, FO 371/12340–12349.",
        "TNA, FO 371/12344, Consul to Foreign Office, 3 May 1927.",
        "Of forty dispatches, only six mention relief: FO 371/12340–12349.",
        "TNA, FO 371/12347/8, minute by the Under-Secretary.",
    ),
}


@pytest.mark.parametrize("name", list(CASES), ids=list(CASES))
def test_notes_naming_a_listed_call_number_cite_the_archival_entry(name: str) -> None:
    archive, first, second, third = CASES[name]
    text = CHAPTER.format(archive=archive, first=first, second=second, third=third)
    doc = parse_bytes(text.encode(), "chapter.md")
    missing = [a.footnote for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING]
    assert missing == []
    uncited = [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert uncited == []
    archival = doc.literature[0].number
    tied = {fn.label: fn.literature.number if fn.literature else None for fn in doc.footnotes}
    assert tied["1"] == archival
    # a note the reader takes for an aside ("Of forty dispatches ...: FO 371/...") cites
    # the entry without a tie of its own; a citation note is tied to it
    assert all(
        tied[fn.label] == archival
        for fn in doc.footnotes
        if fn.label in ("2", "3") and fn.reference.kind is not RefKind.COMMENTARY
    )
    assert mismatch_findings(doc) == []


ASIDES = """# Parish relief

Relief was given weekly.[^1] Printed guides said the same.[^2]

[^1]: My count from DD/X/12/1–9; the vestry minutes agree.
[^2]: Hannah Lowe, *Poor Relief in the Parish* (Bristol: Avon Press, 2009), 41.

## Bibliography

- Somerset Archives and Local Studies, Taunton. Parish records. DD/X/12/1–9.
- Lowe, Hannah. *Poor Relief in the Parish*. Bristol: Avon Press, 2009.
"""


def test_an_aside_naming_a_listed_call_number_cites_the_archival_entry() -> None:
    doc = parse_bytes(ASIDES.encode(), "chapter.md")
    uncited = [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert uncited == []


def test_a_call_number_no_entry_lists_is_still_missing() -> None:
    archive, _, _, _ = CASES["county-record-office"]
    text = CHAPTER.format(
        archive=archive,
        first="SALS, DD/X/12/4, fol. 2r.",
        second="Hannah Lowe, *Poor Relief in the Parish*, 44.",
        third="Jane Hart, *Vestries and Their Clerks* (Leeds: Moor Press, 2015), 12.",
    )
    doc = parse_bytes(text.encode(), "chapter.md")
    missing = [a.footnote for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING]
    assert missing == ["3"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("SALS, DD/X/12/4, fol. 2r.", [CallNumber("DD/X/12/", 4, 4)]),
        (
            "records DD/X/12/1–9; DD/X/40/3",
            [CallNumber("DD/X/12/", 1, 9), CallNumber("DD/X/40/", 3, 3)],
        ),
        ("TNA, FO 371/12344, f. 3", [CallNumber("FO 371/", 12344, 12344)]),
        ("dated 12/05/1927, pp. 3–5", []),
        ("see chapter 4, 1812–27", []),
    ],
    ids=["item", "run-and-item", "series-space", "date", "page-range"],
)
def test_call_numbers(text: str, found: list[CallNumber]) -> None:
    assert call_numbers(text) == found


@pytest.mark.parametrize(
    ("listed", "cited", "covers"),
    [
        (CallNumber("DD/X/12/", 1, 9), CallNumber("DD/X/12/", 4, 4), True),
        (CallNumber("DD/X/12/", 1, 9), CallNumber("DD/X/12/", 1, 9), True),
        (CallNumber("DD/X/12/", 1, 9), CallNumber("DD/X/12/", 10, 10), False),
        (CallNumber("DD/X/40/", 3, 3), CallNumber("DD/X/40/3/", 2, 2), True),
        (CallNumber("DD/X/40/", 3, 3), CallNumber("DD/X/41/", 3, 3), False),
    ],
    ids=["in-run", "same-run", "past-run", "piece-of-item", "other-series"],
)
def test_covers(listed: CallNumber, cited: CallNumber, covers: bool) -> None:
    assert listed.covers(cited) is covers
