"""Notes of history chapters that are citations, not commentary: parliamentary papers, and
short notes that end with a cross-reference."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import bibliographic
from bibcheck.parse.references.repeat import find_repeats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Second Report of the Commissioners for Fisheries, H.C. 1851 (1401), xxv, 12.", True),
        ("Returns relating to Workhouses, HC 1849–50 (213), l, 4.", True),
        ("Report of the Committee on Distress, H.L. 1852-3 (12), xxx.", True),
        ("Royal Commission on the Poor Laws, Report, Cd. 4499, 41.", True),
        ("The commissioners reported late, as they often did.", False),
        ("He was then the member for Cork and sat on the committee.", False),
    ],
    ids=["hc-session", "hc-range", "hl-session", "command-paper", "prose", "prose-2"],
)
def test_parliamentary_papers_are_bibliographic(text: str, expected: bool) -> None:
    assert bibliographic(text) is expected


def test_parliamentary_note_is_a_report() -> None:
    ref = parse_reference(
        "Final Report of the Commissioners of Public Works, H.C. 1849 (1099), xxiii, 5. "
        "Hereafter Public Works, Final Report.",
        (1,),
        detect_styles=True,
        note=True,
    )
    assert ref.kind is not RefKind.COMMENTARY
    assert ref.year == 1849


_FULL = "Ann Bell, *Hunger in the West: Mayo, 1846–50* (Dublin: Four Courts, 1996), 12–19."


@pytest.mark.parametrize(
    "note",
    [
        "This is argued at length by Bell, Hunger in the West, 141, and see n. 1 above.",
        "Bell, Hunger in the West, 141; cf. note 1 above.",
        "Bell, Hunger in the West, 141, and see nn. 1–2 above.",
    ],
    ids=["hand-over-then-see-n", "cf-note", "see-nn-range"],
)
def test_short_note_with_cross_reference(note: str) -> None:
    found = find_repeats([_FULL, note])[1]
    assert found is not None and found.target == 0 and found.locator == "141"
