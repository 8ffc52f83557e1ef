"""The two rules for "each note a work of its own" in Markdown endnotes (fix 58a).

``_whole_works`` (a numbered list of sources: every note titled, no title twice) and
``_distinct_works`` (re-cited notes: a note with no title still a work, a title again in
another year another work) share one walk over the notes and differ only in the rule.
Notes are given already parsed, so the table says exactly what each rule sees.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RawNote, Reference, RefKind
from bibcheck.readers.supmarkdown import _distinct_works, _whole_works


def note(
    label: str,
    title: str | None,
    year: int | None = None,
    kind: RefKind = RefKind.ARTICLE,
    url: str | None = None,
) -> RawNote:
    ref = Reference(raw="x", line=1, end_line=1, kind=kind, title=title, year=year, url=url)
    return RawNote(label=label, text="x", line=1, end_line=1, reference=ref)


ASIDE = note("9", None, kind=RefKind.COMMENTARY)


@pytest.mark.parametrize(
    ("notes", "whole", "distinct"),
    [
        # two works, titled, different titles: both rules accept
        ([note("1", "Rivers", 2001), note("2", "Lakes", 2003)], True, True),
        # one note is not a list
        ([note("1", "Rivers", 2001)], False, False),
        # an aside among them: neither
        ([note("1", "Rivers", 2001), ASIDE], False, False),
        # a bare address, no title: still a work when re-cited, no whole work of a list
        (
            [note("1", "Rivers", 2001), note("2", None, url="https://example.org/data")],
            False,
            True,
        ),
        # a sentence no reference was read from: neither
        (
            [note("1", "Rivers", 2001), note("2", "Some words", kind=RefKind.UNKNOWN)],
            True,
            False,
        ),
        # the same title, another year (a preprint and its article): a work again only
        # when re-cited
        ([note("1", "Rivers", 2019), note("2", "rivers", 2021)], False, True),
        # the same title, the same year or none: a short note of it for both
        ([note("1", "Rivers", 2019), note("2", "Rivers ", 2019)], False, False),
        ([note("1", "Rivers", 2019), note("2", "Rivers")], False, False),
        # titles compared without case or spacing
        ([note("1", "Rivers  of Europe", 2019), note("2", "rivers of europe")], False, False),
    ],
)
def test_work_rules(notes: list[RawNote], whole: bool, distinct: bool) -> None:
    assert (_whole_works(notes), _distinct_works(notes)) == (whole, distinct)
