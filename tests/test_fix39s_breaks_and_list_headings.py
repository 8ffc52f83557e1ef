"""Two rules of Markdown-like text found by a sweep of real documents.

* A note's definition between two paragraphs (``[^n]:`` in Pandoc Markdown, ``[fn:n]``
  in Org) is a paragraph break: the claim of a marker in the paragraph after it never
  runs back into the paragraph before, even when that paragraph ends without a full
  stop.  Only a paragraph that opens as no sentence does (a lower-case word, a comma)
  goes on with the sentence the definition cut.
* In the markdown-links reader a heading that names a list (``## Links``, ``## Sources``)
  over prose heads no reference list: its section is the body's and its links are read,
  and a numbered list of things that are no works (a shopping list) changes nothing.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.common import BlockCollector
from bibcheck.readers.mdlinks import read as read_links
from bibcheck.readers.plaintext import MARKER


def _claims(text: str, name: str) -> dict[str, str]:
    doc = parse_bytes(text.encode(), name)
    return {
        m.label: m.claim.text
        for m in (*doc.stray_markers, *(m for f in doc.footnotes for m in f.markers))
        if m.claim is not None
    }


_MD_BLOCK_NOTE = """# Field notes

The ferry runs twice a day in summer[^ferry]

[^ferry]:
    1. Morning boat
    2. Evening boat

Tides decide the winter timetable[^tide]

[^tide]: The harbour master sets it.
"""

_MD_INLINE_NOTE = """# Field notes

The ferry runs twice a day in summer[^ferry]

[^ferry]: Boats:
    1. Morning boat
    2. Evening boat

Tides decide the winter timetable[^tide]

[^tide]: The harbour master sets it.
"""

_MD_NO_BLANK = """# Field notes

The ferry runs twice a day in summer[^ferry]
[^ferry]: Two boats.

Tides decide the winter timetable[^tide]

[^tide]: The harbour master sets it.
"""

_MD_HEADING = """# Field notes

The ferry runs twice a day in summer[^ferry]

## Winter

Tides decide the winter timetable[^tide]

[^ferry]: Two boats.
[^tide]: The harbour master sets it.
"""

_MD_BLANK = """# Field notes

The ferry runs twice a day in summer[^ferry]

Tides decide the winter timetable[^tide]

[^ferry]: Two boats.
[^tide]: The harbour master sets it.
"""


@pytest.mark.parametrize(
    "text",
    [_MD_BLOCK_NOTE, _MD_INLINE_NOTE, _MD_NO_BLANK, _MD_HEADING, _MD_BLANK],
    ids=["block-note", "note-with-text", "note-no-blank", "heading", "blank-line"],
)
def test_a_break_ends_the_claim_in_pandoc_markdown(text: str) -> None:
    claims = _claims(text, "notes.md")
    assert claims["ferry"] == "The ferry runs twice a day in summer"
    assert claims["tide"] == "Tides decide the winter timetable"


_MD_GOES_ON = """# Field notes

The ferry runs twice a day in summer[^ferry] when

[^ferry]: Two boats.

the sea is calm, as the pilots say.[^calm]

[^calm]: The pilots' guide.
"""


def test_a_sentence_cut_by_a_note_goes_on_when_the_next_paragraph_is_no_sentence() -> None:
    claims = _claims(_MD_GOES_ON, "notes.md")
    assert claims["calm"].startswith("The ferry runs twice a day in summer")
    assert claims["calm"].endswith("the sea is calm, as the pilots say.")


def _paragraphs(events: list[tuple[str, str]]) -> list[str]:
    collector = BlockCollector(MARKER)
    for n, (kind, text) in enumerate(events, 1):
        if kind == "line":
            collector.line(n, text)
        elif kind == "blank":
            collector.blank()
        elif kind == "note":
            collector.note()
        elif kind == "interrupt":
            collector.interrupt()
    blocks, _, _ = collector.finish()
    return [b.text for b in blocks]


LONG = "word " * 60 + "and the harbour"


@pytest.mark.parametrize(
    ("events", "wanted"),
    [
        (  # a note between: two paragraphs, a capital opens the second
            [("line", "No stop here"), ("note", ""), ("line", "Another one.")],
            ["No stop here", "Another one."],
        ),
        (  # a long paragraph without a stop, a note, a capital: still two
            [("line", LONG), ("note", ""), ("line", "Another one.")],
            [LONG, "Another one."],
        ),
        (  # a lower-case word goes on with the sentence the note cut
            [("line", "No stop here"), ("note", ""), ("line", "and more.")],
            ["No stop here and more."],
        ),
        (  # a page artifact (PDF text) still lets the sentence go on
            [("line", "No stop here"), ("interrupt", ""), ("line", "Another one.")],
            ["No stop here Another one."],
        ),
        (  # a full stop ends it in any case
            [("line", "A stop here."), ("note", ""), ("line", "and more.")],
            ["A stop here.", "and more."],
        ),
    ],
    ids=["note", "long-note", "lower-case", "artifact", "stop"],
)
def test_collector_note_breaks(events: list[tuple[str, str]], wanted: list[str]) -> None:
    assert _paragraphs(events) == wanted


_LINKS = """# Guide

The [parser](https://example.org/parser) follows the [spec](https://example.org/spec),
see the [tutorial](https://example.org/tutorial).

## Shopping

1. carrots
1. celery

## {heading}

More is in the [attrs page](https://example.org/attrs) and the [lists spec](https://example.org/lists).
"""


@pytest.mark.parametrize("heading", ["Links", "Sources", "Further reading", "More", "References"])
def test_links_under_a_list_heading_over_prose_are_read(heading: str) -> None:
    doc = read_links(_LINKS.format(heading=heading))
    assert len(doc.markers) == 5
    assert not doc.literature
    assert {n.text for n in doc.footnotes} >= {
        "[attrs page](https://example.org/attrs)",
        "[lists spec](https://example.org/lists)",
    }


_REAL_LIST = """# Guide

The [parser](https://example.org/parser) follows the [spec](https://example.org/spec).

## Sources

1. [The parser book](https://example.org/parser), 2019.
2. [The spec](https://example.org/spec), 2021.

## Links

More is in the [attrs page](https://example.org/attrs).
"""


def test_an_earlier_list_heading_with_entries_is_the_list() -> None:
    doc = read_links(_REAL_LIST)
    assert [n.label for n in doc.literature] == ["1", "2"]
    assert [m.label for m in doc.markers] == ["1", "2"]
    # the section after the list is read: its link, matching no entry, is reported
    assert [(a.code.value, a.line) for a in doc.anomalies if "link" in a.code.value] == [
        ("link-not-cited", 12)
    ]


_AFTER_LIST = """# Guide

The [parser](https://example.org/parser) follows the [spec](https://example.org/spec).

## References

### Books

1. [The parser book](https://example.org/parser), 2019.
2. [The spec](https://example.org/spec), 2021.

## Appendix

The parser is described again in [1], and the spec in the [spec](https://example.org/spec).
"""


def test_the_sections_after_the_list_are_read() -> None:
    doc = read_links(_AFTER_LIST)
    assert [n.label for n in doc.literature] == ["1", "2"]
    found = sorted((m.line, m.label) for m in doc.markers)
    assert found == [(3, "1"), (3, "2"), (14, "1"), (14, "2")]
