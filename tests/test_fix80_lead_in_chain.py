"""A note whose every sentence reads as a lead-in to the next is read in linear time (round 80).

A note's lead-in ("See also, e.g., …") is blanked and the note read again from its work.  In a
paragraph of prose with a quoted word and a citation in every sentence -- a Chinese thesis's
``港口管理不是行政行为，而是“许可”；\\citet[12]{zhao2018}则更强调。`` repeated -- each reading
found one more sentence of lead-in, and read the rest of the note again: time the square of
its length (16 sentences of a real line: 4 s; 64: 51 s), found by the fuzz of corpus lines
with a repeated segment (tests/repeated_segments.py).  At most three lead-ins are now
blanked one after another; the note is read as it stands after them.  Counted in steps.
"""

from __future__ import annotations

import functools

import pytest

from bibcheck.parse.references import parse_reference
from tests.growth import growth

_NOTE = functools.partial(parse_reference, line_starts=[0], note=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "港口管理不是行政行为，而是“许可”；\\citet[12]{zhao2018}则更强调。",
        "关于港口的历史，\\citet{li2019gang}认为港口管理不是行政行为，而是“许可”；"
        "\\citet{zhao2018}则更强调。",
        "港の管理は行政行為ではなく“許可”である；\\citet[12]{sato2018}はさらに強調する。",
    ],
    ids=["zh-locator", "zh-two-cites", "ja"],
)
def test_a_paragraph_of_lead_ins_reads_in_linear_time(sentence: str) -> None:
    # four times the sentences: 1.4-1.6 times the work now (the chain of lead-ins: 5.8-6.6)
    assert growth(lambda n: _NOTE((sentence + " ") * n), 8, 32) < 3


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("See also, e.g., Jane Brightwater, Harbour Works (Oxford, 2001), 12.", "Harbour Works"),
        ("See, for a wider view, Jane Brightwater, Harbour Works (Oxford, 2001).", "Harbour Works"),
        ("Cf. also Jane Brightwater, Harbour Works (Oxford, 2001), 12.", "Harbour Works"),
    ],
)
def test_lead_ins_still_blanked(text: str, title: str) -> None:
    ref = _NOTE(text)
    assert ref.title == title
    assert ref.year == 2001
