"""A number's mark inside a title ("No. 5", "Nr. 12", "Vol. 3") is no sign that the title
abbreviates (the final stop stays only after an abbreviated journal's name); a person's work
titled after a law, its own subtitle after a colon, stays their book."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.shared import tidy

TIDY = [
    ("Commentary on Law No. 05/L-021 on Waters.", "Commentary on Law No. 05/L-021 on Waters"),
    ("The harbour works: Report Nr. 12 revisited.", "The harbour works: Report Nr. 12 revisited"),
    ("Notes on Vol. 3 of the survey.", "Notes on Vol. 3 of the survey"),
    # an abbreviated journal keeps its stop (near-misses: unchanged)
    ("J. Appl. Physiol.", "J. Appl. Physiol."),
    ("Bull. Soc. Géol. No. 5.", "Bull. Soc. Géol. No. 5."),
    ("Trans. Am. Fish. Soc.", "Trans. Am. Fish. Soc."),
    ("Plain title.", "Plain title"),
]


@pytest.mark.parametrize(("text", "expected"), TIDY)
def test_tidy(text: str, expected: str) -> None:
    assert tidy(text) == expected


# (entry, kind, title)
ENTRIES = [
    (
        "Berisha A, Krasniqi B. Commentary on Law No. 05/L-021 on Waters. Prishtina:"
        " Kolegji; 2020.",
        RefKind.BOOK,
        "Commentary on Law No. 05/L-021 on Waters",
    ),
    (
        "Berisha A. Law No. 05/L-021 on the Protection of Waters: a commentary. Prishtina:"
        " Kolegji; 2020.",
        RefKind.BOOK,
        "Law No. 05/L-021 on the Protection of Waters: a commentary",
    ),
    (
        "Smith J. Report No. 12 on the harbour works. London: Harbour Board; 1901.",
        None,
        "Report No. 12 on the harbour works",
    ),
    # the act itself, by no person: a report (near-miss, unchanged)
    (
        "Law No. 05/L-021 on the Protection of Waters. Official Gazette of the Republic of"
        " Kosovo, 2016.",
        RefKind.REPORT,
        "Law No. 05/L-021 on the Protection of Waters",
    ),
]


@pytest.mark.parametrize(("entry", "kind", "title"), ENTRIES)
def test_entry(entry: str, kind: RefKind | None, title: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.title == title
    if kind is not None:
        assert ref.kind is kind
