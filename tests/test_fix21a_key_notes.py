"""Fix 21 A1: a Pandoc, Org or AsciiDoc note whose text cites a work by key is that
citation, not a second citation of the work (no info ``duplicate-citation`` naming the
note and the key)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse.duplicates import duplicate_citation_findings
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, Severity

NOTE_BIB = """@book{varga1988,
  author = {Varga, Lili},
  title = {Ferry timetables of the Danube},
  publisher = {Corvina},
  year = {1988},
}

@article{holm2004,
  author = {Holm, Peder},
  title = {Harbour dues and their collectors},
  journal = {Maritime History Review},
  volume = {12},
  pages = {40--61},
  year = {2004},
}
"""


@pytest.mark.parametrize(
    ("name", "text", "repeated"),
    [
        (
            "footnote.md",
            "---\nbibliography: refs.bib\n---\n\nThe timetables changed yearly.[^1]\n\n"
            "[^1]: The dates are those printed in\n    @varga1988 [12--14].\n",
            [],
        ),
        (
            "inline.md",
            "---\nbibliography: refs.bib\n---\n\nDues were farmed out.^[As shown in "
            "[@holm2004, 45].]\n",
            [],
        ),
        (
            "body-and-note.md",
            "---\nbibliography: refs.bib\n---\n\nDues were farmed out [@holm2004; "
            "@varga1988].[^a]\n\n[^a]: On the collectors see @holm2004, 50.\n",
            [],
        ),
        (  # the key's repeats are one work's citations, as in the body
            "two-notes.md",
            "---\nbibliography: refs.bib\n---\n\nFirst.[^1] Second.[^2]\n\n"
            "[^1]: @varga1988 [3].\n[^2]: Again @varga1988 [9].\n",
            [],
        ),
        (  # two notes typing the work out are two citations of it
            "typed-notes.md",
            "The timetables changed.[^1] Again.[^2]\n\n"
            "[^1]: Lili Varga, *Ferry Timetables of the Danube* (Budapest: Corvina, 1988), 12.\n"
            "[^2]: Lili Varga, *Ferry Timetables of the Danube* (Budapest: Corvina, 1988), 19.\n",
            [["1", "2"]],
        ),
        (
            "note.org",
            "#+TITLE: Harbours\n\nDues were farmed out.[fn:1]\n\n* Notes\n\n"
            "[fn:1] On the collectors see [cite:@holm2004 p. 50].\n\n"
            "bibliography:refs.bib\n",
            [],
        ),
    ],
    ids=[
        "footnote",
        "inline-note",
        "cited-in-body-too",
        "two-notes",
        "typed-notes",
        "org-footnote",
    ],
)
def test_a_note_citing_by_key_is_no_second_citation(
    tmp_path: Path, name: str, text: str, repeated: list[list[str]]
) -> None:
    (tmp_path / "refs.bib").write_text(NOTE_BIB, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    doc = parse_file(tmp_path / name)
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    found = [f for f in duplicate_citation_findings(doc) if f.severity is Severity.INFO]
    assert [list(f.footnotes) for f in found] == repeated
