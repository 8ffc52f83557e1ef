"""A note citing a body's dated record -- the minutes, decision or resolution of a
committee, board or council -- is a report titled by its designation, no commentary; a
sentence about such a decision stays commentary."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

RECORDS = [
    (
        "Data Governance Committee, Harbourside Rugby Club, decision of 12 May 2026 (minute 7).",
        "Data Governance Committee, Harbourside Rugby Club, decision of 12 May 2026",
        2026,
    ),
    (
        "Board of Trustees, Riverside Museum, resolution of 3 March 2021.",
        "Board of Trustees, Riverside Museum, resolution of 3 March 2021",
        2021,
    ),
    (
        "Minutes of the Finance Committee, Westfield Council, 14 June 2019, item 4.",
        "Minutes of the Finance Committee, Westfield Council, 14 June 2019",
        2019,
    ),
    (
        "Ethics Subcommittee, Northgate University, minutes of the meeting of October 4, 2022.",
        "Ethics Subcommittee, Northgate University, minutes of the meeting of October 4, 2022",
        2022,
    ),
    (
        "Resolution of the Executive Board, Lakeside Hockey Association, 2024-02-09.",
        "Resolution of the Executive Board, Lakeside Hockey Association, 2024-02-09",
        2024,
    ),
    (
        "Research Ethics Committee, decision of 1 Sept. 2020.",
        "Research Ethics Committee, decision of 1 Sept. 2020",
        2020,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), RECORDS)
def test_body_record_note(text: str, title: str, year: int) -> None:
    from bibcheck.parse.references.body_record import dated_record  # (new in round 87)

    assert dated_record(text) == (title, year)
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is RefKind.REPORT
    assert ref.title == title
    assert ref.year == year
    assert ref.authors == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # sentences about a decision: commentary still
        ("The committee's decision of 12 May 2026 was later reversed.", RefKind.COMMENTARY),
        (
            "Data Governance Committee, Harbourside Rugby Club, decision of 12 May 2026, which"
            " the board later overturned.",
            RefKind.COMMENTARY,
        ),
        (
            "Consent was approved by the Data Governance Committee on 12 May 2026.",
            RefKind.COMMENTARY,
        ),
        # a book about committees: a book
        ("Smith, J., Committee Decisions in Sport (London: Routledge, 2019), 45.", RefKind.BOOK),
    ],
)
def test_body_record_near_misses(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).kind is kind
