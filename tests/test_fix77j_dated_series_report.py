"""fix77j: a report series in parentheses after the imprint's year makes a report."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("entry", "kind", "title"),
    [
        (
            "Hansen K, editor. Havmiljø 2022. Aarhus: Aarhus Universitet; 2023. "
            "(Videnskabelig rapport fra DCE nr. 600).",
            RefKind.REPORT,
            "Havmiljø 2022",
        ),
        (
            "Lind K. Fjordens bundfauna. Juelsminde: Fjordcentret; 2021. (Togtrapporter nr. 9).",
            RefKind.REPORT,
            "Fjordens bundfauna",
        ),
        (
            "Smith J. Estuary survey. Bristol: Harbour Press; 2020. (Science report series; "
            "no. 12).",
            RefKind.REPORT,
            "Estuary survey",
        ),
        (
            "Dahl E. Sjøørret i Trøndelag. Trondheim: Fiskeforlaget; 2018. (Miljørapporter nr. 7).",
            RefKind.REPORT,
            "Sjøørret i Trøndelag",
        ),
        # (a publisher's book series names no report: left a book)
        (
            "Lund P. Fjord ecology. Oxford: Harbour Press; 2015. (Studies in Ecology; 12).",
            RefKind.BOOK,
            "Fjord ecology",
        ),
        (
            "Lund P. Reporting fjord ecology. Oxford: Harbour Press; 2015. (Studies in "
            "Ecology; 12).",
            RefKind.BOOK,
            "Reporting fjord ecology",
        ),
        # (the report word with no number after it: no numbered series)
        (
            "Lund P. Fjord ecology. Oxford: Harbour Press; 2015. (A report to the board).",
            RefKind.BOOK,
            "Fjord ecology",
        ),
    ],
)
def test_dated_series(entry: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.kind is kind
    assert ref.title == title
