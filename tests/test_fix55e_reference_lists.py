"""Documents with several reference lists (fix round 55e): lists back to back ("Works
Cited" then "Works Consulted"), a numbered list closing each chapter with numbering
restarting, a bibliography split into parts under deeper headings, and annotated
bibliographies.  Every text here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import RefKind
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.readers import html, pandoc
from bibcheck.readers.annotatedhead import without_annotation
from bibcheck.readers.annotatedlist import comment_places
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.mdlistparts import goes_on, heading_level
from bibcheck.readers.mdlistparts import run_start as md_run_start
from bibcheck.readers.wordbody import literature_entries, literature_heading
from bibcheck.readers.wordlists import chapter_lists, part_of, run_sections, run_start
from tests.test_regex_growth import assert_linear


@dataclass(frozen=True)
class Para:
    """A word-processor paragraph as the readers see it."""

    number: int
    text: str
    heading: bool = False
    level: int | None = None
    list_number: int | None = None
    sups: list[tuple[int, int]] = field(default_factory=list)
    emphasised: bool = False

    def linked_text(self) -> tuple[str, list[str]]:
        return self.text, []


def doc(*rows: str) -> list[Para]:
    """Paragraphs from rows: ``# x`` a Heading 1, ``## x`` a Heading 2, else body text."""
    out = []
    for k, row in enumerate(rows, 1):
        if row.startswith("#"):
            level = len(row) - len(row.lstrip("#"))
            out.append(Para(k, row.lstrip("# "), heading=True, level=level))
        else:
            out.append(Para(k, row))
    return out


BACK_TO_BACK = doc(
    "# The mills of the valley",
    "Water power shaped the valley's towns long before steam.",
    "# Works Cited",
    "Ashdown, Ruth. Mills and Millers. Leeds: Brook Press, 1988.",
    "Carrow, Neil. River Law in England. London: Halden, 1971.",
    "# Works Consulted",
    "Dunmore, Iris. Wheels of Stone. York: Minster Books, 2001.",
)
NOTES_THEN_LIST = doc(
    "# Mills",
    "Text of the chapter.",
    "# Notes",
    "See the survey of 1910 for the figures.",
    "# Bibliography",
    "Ashdown, Ruth. Mills and Millers. Leeds: Brook Press, 1988.",
)
PARTS_NUMBERED = doc(
    "# Results",
    "Body text.",
    "# References",
    "1. Ashdown R. Mills. 1988.",
    "2. Carrow N. River law. 1971.",
    "# Further Reading",
    "1. Dunmore I. Wheels of stone. 2001.",
)
FURTHER_UNNUMBERED = doc(
    "# Results",
    "Body text [1].",
    "# References",
    "1. Ashdown R. Mills. 1988.",
    "# Further Reading",
    "Dunmore, Iris. Wheels of Stone. York: Minster Books, 2001.",
)


@pytest.mark.parametrize(
    ("paras", "first", "sections"),
    [
        (BACK_TO_BACK, 2, [(2, 5), (5, 7)]),  # both lists, in printed order
        (NOTES_THEN_LIST, 4, [(4, 6)]),  # "Notes" names no list: the run is one list
        (PARTS_NUMBERED, 2, [(2, 5)]),  # a numbered list restarting after a numbered one
        (FURTHER_UNNUMBERED, 2, [(2, 4), (4, 6)]),  # an unnumbered one after a numbered one
    ],
)
def test_lists_back_to_back(paras: list[Para], first: int, sections: list[tuple[int, int]]) -> None:
    assert literature_heading(paras) == first
    assert run_sections(paras, first) == sections


def test_every_list_of_the_run_is_read() -> None:
    entries, _ = literature_entries(BACK_TO_BACK, literature_heading(BACK_TO_BACK) or 0)
    assert [e.label for e in entries] == ["1", "2", "3"]
    assert [e.text.split(",")[0] for e in entries] == ["Ashdown", "Carrow", "Dunmore"]


def test_run_start_stops_at_a_heading_over_nothing() -> None:
    paras = doc("# Contents", "# Works Cited", "Ashdown, Ruth. Mills. 1988.")
    assert run_start(paras, 1) == 1


CHAPTER_LISTS = doc(
    "# 1. Sources of the river",
    "The spring rises under the moor [1]. Flow doubles in winter [2].",
    "## Irodalom",
    "1. Ashdown R.: Mills. Leeds, 1988.",
    "2. Carrow N.: River law. London, 1971.",
    "# 2. The lower course",
    "The estuary silts up [1].",
    "## Irodalom",
    "1. Dunmore I.: Wheels of stone. York, 2001.",
)
STEPS_UNDER_METHOD = doc(
    "# 1. Method",
    "We sampled the river as follows.",
    "## Steps",
    "1. Take the sample at dawn.",
    "2. Cool it at once.",
    "# 2. Results",
    "The samples agree [1].",
    "## References",
    "1. Dunmore I.: Wheels of stone. York, 2001.",
)
ONE_LIST_TWO_PARTS = doc(
    "# Text",
    "Body [1].",
    "# Irodalom",
    "1. Ashdown R.: Mills. Leeds, 1988.",
    "# Literatura",
    "1. Dunmore I.: Wheels of stone. York, 2001.",
)


@pytest.mark.parametrize(
    ("paras", "parts"),
    [
        (CHAPTER_LISTS, [2, 7]),
        (STEPS_UNDER_METHOD, []),  # "Steps" names no list: one list only
        (ONE_LIST_TWO_PARTS, []),  # no chapter text between the two lists
    ],
)
def test_chapter_lists(paras: list[Para], parts: list[int]) -> None:
    last = literature_heading(paras)
    assert last is not None
    assert chapter_lists(paras, last) == parts


@pytest.mark.parametrize(("line", "part"), [(1, 1), (2, 1), (4, 2), (7, 2), (9, 2)])
def test_part_of_a_line(line: int, part: int) -> None:
    assert part_of([3, 8], line) == part


@pytest.mark.parametrize(
    ("line", "level"), [("# A", 1), ("### Primary sources", 3), ("Text", None), ("#tag", None)]
)
def test_heading_level(line: str, level: int | None) -> None:
    assert heading_level(line) == level


MD_PARTS = [
    "# Bibliography",  # 0
    "",
    "## Primary sources",  # 2
    "Water Act 1989 (c. 15). London: HMSO.",
    "## Secondary literature",  # 4
    "Ashdown, R. (1988) *Mills and Millers*. Leeds: Brook Press.",
    "# Appendix",  # 6
    "The questionnaire.",
]


@pytest.mark.parametrize(
    ("heading", "at", "expected"),
    [
        (0, 2, True),  # a deeper heading is a part of the list
        (0, 4, True),
        (0, 6, False),  # "# Appendix": the list ends
    ],
)
def test_markdown_parts(heading: int, at: int, expected: bool) -> None:
    assert goes_on(MD_PARTS, heading, at) is expected


def test_markdown_run_back_to_back() -> None:
    lines = ["# Works Cited", "", "Ashdown, R. (1988) Mills.", "# Works Consulted", "Dunmore."]
    assert md_run_start(lines, 3) == 0
    lines = ["# Notes", "", "A note.", "# References", "Dunmore."]
    assert md_run_start(lines, 3) == 3


PANDOC_SPLIT = """\
---
title: Mill ponds
---

# Why ponds matter

Ponds store water for dry months.[^1] The act set the rules.[^2]

[^1]: Ashdown (1988), p. 12.
[^2]: Water Act 1989, s. 3.

# Bibliography

## Primary sources

Water Act 1989 (c. 15). London: HMSO.

## Secondary literature

Ashdown, R. (1988) *Mills and Millers of the Calder*. Leeds: Brook Press.

Carrow, N. (1971) *River Law in England*. London: Halden.

## Further reading

Dunmore, I. (2001) *Wheels of Stone*. York: Minster Books.
"""


def test_pandoc_bibliography_in_parts() -> None:
    got = pandoc.read(PANDOC_SPLIT)
    assert [e.label for e in got.literature] == ["1", "2", "3", "4"]
    assert got.literature[0].text.startswith("Water Act 1989")
    assert got.literature[3].text.startswith("Dunmore")


@pytest.mark.parametrize(
    ("heading", "literature"),
    [
        ("## Annotated Bibliography", True),
        ("## Bibliografia comentada", True),
        ("## Bibliographie commentée", True),
        ("## Kommentierte Bibliographie", True),
        ("## Annotated examples", False),  # no list's name left
        ("## Comentada", False),
    ],
)
def test_annotated_headings(heading: str, literature: bool) -> None:
    assert is_literature_heading(heading) is literature


def test_without_annotation() -> None:
    assert without_annotation("annotated bibliography") == "bibliography"
    assert without_annotation("bibliografia comentada") == "bibliografia"
    assert without_annotation("bibliography") is None


@pytest.mark.parametrize(
    ("prose", "comments"),
    [
        ([False, True, False, True, False, False, False, True], {1, 3, 5, 7}),
        ([False, True, False, True], set()),  # too few pairs to be a pattern
        ([False, False, False, False, False, False], set()),  # a plain list
        ([False, True, True, True, False, True, False, True], set()),  # prose in an entry place
    ],
)
def test_comment_places(prose: list[bool], comments: set[int]) -> None:
    assert comment_places(prose) == comments


ANNOTATED_PAGE = """\
<html><body><article>
<h1>Mill ponds</h1>
<p>Ponds store water.<sup><a href="#n1" id="r1">1</a></sup></p>
<h2>Notes</h2>
<p id="n1"><a href="#r1">1</a>. Ashdown (1988), p. 12.</p>
<h2>Annotated Bibliography</h2>
<p>Ashdown, Ruth (1988). <em>Mills and Millers</em>. Leeds: Brook Press.</p>
<p>A survey of every mill on the river, with maps that are still the best there are.</p>
<p>Carrow, Neil (1971). <em>River Law in England</em>. London: Halden.</p>
<p>The standard account of the law on weirs and water rights, old but clear.</p>
<p>Dunmore, Iris (2001). <em>Wheels of Stone</em>. York: Minster Books.</p>
<p>Report on the 2019 restoration of two mills. Its plans are in the appendix.</p>
</article></body></html>
"""


def test_html_annotated_bibliography() -> None:
    got = html.read(ANNOTATED_PAGE)
    assert [e.text.split(",")[0] for e in got.literature] == ["Ashdown", "Carrow", "Dunmore"]


GROWTH = [
    pytest.param(lambda n: " " * n, id="spaces"),
    pytest.param(lambda n: "1" * n, id="digits"),
    pytest.param(lambda n: "[" * n, id="open-brackets"),
    pytest.param(lambda n: "#" * n, id="hashes"),
    pytest.param(lambda n: "annotated " * (n // 10), id="annotation-words"),
]


@pytest.mark.parametrize("line", GROWTH)
def test_list_helpers_stay_linear(line: Callable[[int], str]) -> None:
    def run(text: str) -> None:
        paras = [*doc("# Text", text, "# Works Cited", text, "# Works Consulted"), Para(6, text)]
        chapter_lists(paras, run_start(paras, 4))
        md_run_start([f"# {text}", text, "# References", text], 2)
        goes_on([f"# {text}", text, f"## {text}", text], 0, 2)
        is_literature_heading(f"# {text}")

    assert_linear(run, line)


@pytest.mark.parametrize(
    ("entry_type", "kind"),
    [
        ("legislation", RefKind.REPORT),  # a statute: a report by the corpus conventions
        ("jurisdiction", RefKind.REPORT),  # a court decision
        ("misc", RefKind.UNKNOWN),  # not every untyped entry is one
    ],
)
def test_legal_entry_types(entry_type: str, kind: RefKind) -> None:
    bib = f"@{entry_type}{{act1990,\n  title = {{Rivers Protection Act}},\n  year = {{1990}}\n}}\n"
    records, _ = read_bib(bib)
    assert to_reference(records[0]).kind is kind
