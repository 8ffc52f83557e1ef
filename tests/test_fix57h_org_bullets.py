"""fix57h: a plain-text file's wrapped ``* `` bullets are no Org headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers import choose, org
from bibcheck.readers.orgheadings import heading_lines, wrapped_bullet

_LONG = "* Fewer than half of the coastal towns we surveyed publish their flood plans"


@pytest.mark.parametrize(
    ("line", "following", "want"),
    [
        (_LONG, "  online, and most of those are out of date [2].", True),
        (_LONG, "\tin a form anyone could find [4][5].", True),
        ("* Housing waits", "  Tenants wait longest in the private sector [7].", False),
        ("* The audit covers 2019 to 2024 and every district in the region.", "  [3]", True),
        (_LONG, "", False),  # a sentence heading with a blank line after it
        (_LONG, "  :PROPERTIES:", False),  # a drawer under a heading
        (_LONG, "  #+begin_quote", False),
        (_LONG, "  - a list item under it", False),
        (_LONG, "  | a | table |", False),
        ("* Introduction", "  Body text indented under its heading, Org style [1].", False),
        ("** Methods and data", "   The survey ran in two waves [2].", False),
        ("Plain text line that is long enough to count as a sentence here", "  more", False),
    ],
)
def test_wrapped_bullet(line: str, following: str, want: bool) -> None:
    assert wrapped_bullet(line, following) is want


_BRIEF = """\
COASTAL FLOOD PLANS: A SHORT BRIEF
----------------------------------

KEY POINTS

* Fewer than half of the coastal towns we surveyed publish their flood plans
  online, and most of those are out of date [1][2].
* Councils that share an engineer with a neighbour update their plans twice as
  often as those that do not [3].
* We recommend a national register of plans with a review date for each one,
  published in a form residents can read [2].

1. BACKGROUND

Flood plans are a statutory duty [1]. Few are read [3].

REFERENCES

[1] Marsh, T. (2019). Coastal duties. Journal of Shore Policy, 4(2), 10-19.
[2] Fenwick, A. and Hale, R. (2021). Plans nobody reads. Local Government Review, 12, 33-40.
[3] Osei, K. (2022). Shared engineers. Coastal Management, 8(1), 1-12.
"""

_ORG = """\
* Introduction
  Cover crops raise soil carbon in most trials [1].

* Methods
  We pooled the field trials [2].

* References
1. Marsh, T. (2019). Soil duties. Journal of Soils, 4(2), 10-19.
2. Osei, K. (2022). Pooled trials. Field Crops, 8(1), 1-12.
"""


def test_heading_lines_counts_titles_not_bullets() -> None:
    assert heading_lines(_BRIEF.split("\n")) == 0
    assert heading_lines(_ORG.split("\n")) == 3


def test_brief_with_bullets_is_not_org() -> None:
    assert org.score(_BRIEF) == 0.0


def test_org_numeric_document_still_org() -> None:
    assert org.score(_ORG) == 0.8


def test_brief_is_read_as_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(_BRIEF, encoding="utf-8")
    choice = choose(str(path), _BRIEF)
    assert choice.reader.name == "plain-text"


_NOTEBOOK = """\
#+TITLE: Chapter 3

* Methods
Funnel plots were drawn as usual.[fn:1]

* Footnotes

[fn:1] The plots follow cite:lee2020funnel; see also https://tools.example.org/funnel.html.

bibliography:refs.bib
bibliographystyle:unsrtnat
"""


def test_footnote_ends_before_document_commands(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@article{lee2020funnel, author={Lee, Ann}, title={Funnel plots}, journal={J. Meta},"
        " year={2020}}\n",
        encoding="utf-8",
    )
    path = tmp_path / "chapter.org"
    path.write_text(_NOTEBOOK, encoding="utf-8")
    doc = parse_file(str(path))
    note = next(fn for fn in doc.footnotes if fn.label == "1")
    assert "bibliography" not in note.reference.raw
    assert note.reference.raw.endswith("funnel.html.")
