"""A link whose text wraps over lines still cites its address.

Markdown editors and writers hard-wrap prose, and a link's words wrap with it:
``a [review of the thermal regime of\\nrivers](https://doi.org/…)``.  The link is a
citation at the line where it starts (where a reader meets it), and its reference is the
whole link text with its address; the brackets and the address are no part of the
claim's text.  Reference-style links wrap the same way (``[survey of\\nforty towns][3]``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bibcheck.readers.mdlinks import read as read_links
from bibcheck.readers.mdlinks import score
from bibcheck.readers.reflinks import inline_references
from tests.test_regex_growth import assert_linear

DOI = "https://doi.org/10.1000/tides.2019.4"
PAGE = "https://harbours.example.org/ferries"


@pytest.mark.parametrize(
    ("body", "wanted"),
    [
        (  # the text breaks once
            f"A [survey of forty\nharbour towns]({PAGE}) found more ferries than expected.",
            [("L1", 3, PAGE)],
        ),
        (  # the text runs over three lines, with a title after the address
            f'Another [long study\nof the way tides\nshape quays]({DOI} "Tides") says so.',
            [("L1", 3, DOI)],
        ),
        (  # emphasis over the break
            f"As [*Mohr and\nLind*]({DOI}) showed, tides matter.",
            [("L1", 3, DOI)],
        ),
        (  # the address on the line after the bracket, as CommonMark allows
            f"The [ferry timetable](\n{PAGE}) lists them.",
            [("L1", 3, PAGE)],
        ),
        (  # a wrapped link, then an ordinary one to the same page on its end line
            f"A [survey of forty\nharbour towns]({PAGE}) and [again]({PAGE}) and [a\npaper]({DOI}).",
            [("L1", 3, PAGE), ("L1", 4, PAGE), ("L2", 4, DOI)],
        ),
        (  # a reference-style link whose text wraps
            f"A [survey of forty\nharbour towns][3] found more.\n\n[3]: {PAGE}",
            [("L1", 3, PAGE)],
        ),
    ],
    ids=["two-lines", "three-lines-title", "emphasis", "address-next-line", "mixed", "reference"],
)
def test_wrapped_link_cites_its_address(body: str, wanted: list[tuple[str, int, str]]) -> None:
    doc = read_links("# Harbours\n\n" + body + "\n")
    notes = {n.label: n.reference for n in doc.footnotes}
    assert [(m.label, m.line, getattr(notes[m.label], "url", None)) for m in doc.markers] == wanted
    # the reference is the one the link makes written on one line
    head, blank, tail = body.partition("\n\n")
    one_line = read_links(
        "# Harbours\n\n" + head.replace("\n", " ").replace("( ", "(") + blank + tail + "\n"
    )
    assert [(n.label, n.reference) for n in one_line.footnotes] == [
        (label, replace(ref, line=3, end_line=3) if ref else None) for label, ref in notes.items()
    ]


def test_wrapped_link_leaves_no_markup_in_the_claim() -> None:
    doc = read_links(f"# Harbours\n\nA [survey of forty\nharbour towns]({PAGE}) found more.\n")
    text = " ".join(b.text for b in doc.blocks)
    assert "survey of forty harbour towns found more" in text
    assert "](" not in text and "[" not in text


def test_paragraph_break_ends_a_link_text() -> None:
    # "[x" and "y](url)" in two paragraphs are no link (CommonMark); nor is "[" in a list
    doc = read_links(f"# H\n\nSee [the notes\n\nbelow]({PAGE}) and [this]({DOI}).\n")
    assert [(m.label, m.line) for m in doc.markers] == [("L1", 5)]


def test_long_lines_of_open_brackets_stay_linear() -> None:
    assert_linear(
        lambda lines: read_links("# H\n\n" + lines + f"\n[x]({PAGE})\n"),
        lambda n: "\n".join(["[a " * (n // 15)] * 5),
    )


def test_wrapped_links_count_for_the_reader_choice() -> None:
    two = f"# H\n\nA [survey of forty\nharbour towns]({PAGE}) and [a long\nstudy]({DOI}).\n"
    assert score(two) == score(two.replace("forty\n", "forty ").replace("long\n", "long "))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "A [survey of\nforty towns][3] and\n\n[3]: https://x.example/a",
            "forty towns](https://x.example/a) and",
        ),
        (
            "A [Survey Of\nForty Towns][] and\n\n[survey of forty towns]: https://x.example/a",
            "Forty Towns](https://x.example/a) and",
        ),
        (
            "A [survey of\nforty towns][9] and\n\n[3]: https://x.example/a",
            "forty towns][9] and",
        ),  # undefined
        (
            "A [survey of\n\nforty towns][3] and\n\n[3]: https://x.example/a",
            "forty towns][3] and",
        ),  # paragraphs
    ],
    ids=["full", "collapsed", "undefined", "paragraph-break"],
)
def test_wrapped_reference_links_are_written_inline(text: str, wanted: str) -> None:
    out = inline_references(text).split("\n")
    assert wanted in out
    assert len(out) == len(text.split("\n"))


def test_wrapped_reference_links_stay_linear() -> None:
    assert_linear(
        lambda lines: inline_references(lines + "\n\n[3]: https://x.example/a"),
        lambda n: "\n".join(["[a " * (n // 15)] * 5),
    )
