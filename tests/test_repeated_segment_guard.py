"""Corpus lines with a segment repeated are read in time linear in the repeats (round 80).

A sentinel over real shapes (tests/repeated_segments.py): a stable sample of the corpora's
reference-like lines -- those whose hash starts ``00`` and whose next digit is below 8, about
one line in 500, the same lines however the corpora grow but for new ones -- each read as a
note and as a list entry with its middle and its last segment repeated 4 and 16 times.  Four
times the repeats must cost less than :data:`MOST` times the work (linear work costs at most 4
times, quadratic up to 16), and 16 repeats must stay under :data:`LIMIT` steps (an exponential
pattern runs past it: round 80's ``title_first`` took tens of millions of steps at 12
repeats).  ``benchmarks/repeated_segments.py`` runs the same over every corpus line.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from tests.repeated_segments import Line, corpus_lines, growth, segments

MOST = 8.0
# an ordinary line with 16 repeats takes some tens of thousands of steps
LIMIT = 300_000
FEW, MANY = 4, 16

_SAMPLE = [line for line in corpus_lines() if line.digest[:2] == "00" and line.digest[2] < "8"]


def test_the_sample_is_taken() -> None:
    assert len(_SAMPLE) >= 20


@pytest.mark.parametrize("line", _SAMPLE, ids=[line.place for line in _SAMPLE])
@pytest.mark.parametrize("note", [False, True], ids=["list", "note"])
def test_repeats_cost_linear_work(line: Line, note: bool) -> None:
    parse_reference("Smith J. Title. Journal 2019;1:2.", [0], note=note)  # compiled, uncounted
    for segment in segments(line.text):
        found = growth(line.text, segment, note, FEW, MANY, LIMIT)
        assert found is not None, f"{MANY} repeats of {segment!r} ran past {LIMIT} steps"
        assert found < MOST, f"{MANY} repeats of {segment!r} cost {found:.1f} times {FEW}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hansen K. Tides. Oslo, 2001.", ("Oslo,", "2001.")),
        ("Hansen K, 2001", ("2001",)),
        ("A, B. C; D: E.", ("C;", "E.")),
    ],
)
def test_segments(text: str, expected: tuple[str, ...]) -> None:
    assert segments(text) == expected
