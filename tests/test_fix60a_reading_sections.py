"""Fix 60a: one finder of further-reading sections (:mod:`bibcheck.readers.readingsection`)
for every caller: the Markdown further-reading heading (``## x`` or a bold line), the
second list below the references, and the sections of any format's headings."""

from __future__ import annotations

import pytest

from bibcheck.readers.listscope import SectionHead
from bibcheck.readers.readingsection import markdown_reading_sections, reading_sections

_Row = tuple[int, str, int, int, int | None, int | None]


def _rows(found: object) -> list[_Row]:
    return [
        (s.head, s.text, s.body.start, s.body.stop, s.first, s.last)
        for s in found  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a "##" heading: up to the next "##" heading; first/last lines with text
        (
            ["# T", "## References", "1. A", "## Further reading", "", "- B", "- C", ""],
            [(4, "further reading", 5, 9, 6, 7)],
        ),
        # a bold heading names a section but closes none ("**Books**" inside a list)
        (
            ["**Suggested reading**", "- B", "**Books**", "- C", "## Appendix", "x"],
            [(1, "suggested reading", 2, 5, 2, 4)],
        ),
        # two sections, each its own; the languages listscope knows
        (
            ["## Weiterführende Literatur", "- B", "## Pour aller plus loin", "- C"],
            [(1, "weiterführende literatur", 2, 3, 2, 2), (3, "pour aller plus loin", 4, 5, 4, 4)],
        ),
        (["## Lecturas adicionales", ""], [(1, "lecturas adicionales", 2, 3, None, None)]),
        # a reading word alone names no list
        (["## Further work", "- B"], []),
        (["Further reading", "- B"], []),  # no heading mark: no heading
    ],
)
def test_markdown_reading_sections(lines: list[str], expected: list[_Row]) -> None:
    assert _rows(markdown_reading_sections(lines)) == expected


_LINES = ["* Body", "text", "* Further reading", "- B", "** Books", "- C", "", "* Index", "x"]
_HEADS = [
    SectionHead(1, 1, "Body"),
    SectionHead(3, 1, "Further reading"),
    SectionHead(5, 2, "Books"),
    SectionHead(8, 1, "Index"),
]


@pytest.mark.parametrize(
    ("closers", "expected"),
    [
        (None, [(3, "Further reading", 4, 5, 4, 4)]),  # any heading closes it
        ([_HEADS[3]], [(3, "Further reading", 4, 8, 4, 6)]),  # only those given do
    ],
)
def test_reading_sections(closers: list[SectionHead] | None, expected: list[_Row]) -> None:
    assert _rows(reading_sections(_LINES, list(reversed(_HEADS)), closers)) == expected
