"""Front matter is configuration, and one inline note is a Pandoc document (sweep 18).

- A ``bibliography:`` key in YAML front matter with the files listed under it is no
  reference list: no ``unread-region`` for it.
- A file whose only note is one inline ``^[...]`` note is read (one footnote), and a
  refusal names inline notes when it meets them.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.common import front_matter_end, reference_lists
from bibcheck.readers.evidence import citation_evidence, describe
from bibcheck.readers.mask import mask


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


FRONT_LIST = dedent(
    """
    ---
    title: 'A Book'
    bibliography:
      - one.bib
      - two.bib
    {more}---

    Text that cites [@known].
    """
)


@pytest.mark.parametrize(
    ("lines", "end"),
    [
        (["---", "title: T", "---", "Text"], 3),
        (["---", "title: T", "...", "Text"], 3),
        (["---", "", "Text", "---"], 0),  # a rule, not metadata
        (["Text", "---", "title: T", "---"], 0),  # not at the top
        (["---", "title: T", "never closed"], 0),
        (["---", "# from the template", "title: T", "---", "Text"], 4),  # a YAML comment
        (["---", "#  one", "# two", "bibliography: a.bib", "..."], 5),
        (["---", "# A heading", "", "Text: more", "---"], 0),  # a rule, then Markdown
        (["---", "# only comments", "---"], 0),
        (["---", "", "title: T", "---"], 0),  # Pandoc: no blank line after the opening
    ],
    ids=[
        "dashes",
        "dots",
        "rule",
        "not-top",
        "unclosed",
        "comment-first",
        "comments-first",
        "rule-then-heading",
        "comments-only",
        "blank-after-opening",
    ],
)
def test_front_matter_end(lines: list[str], end: int) -> None:
    assert front_matter_end(lines) == end


@pytest.mark.parametrize(
    ("more", "unread"),
    [
        ("", 0),
        ("references:\n  - id: x\n", 0),  # pandoc's inline references are front matter too
    ],
    ids=["bibliography-list", "references-key"],
)
def test_bibliography_list_in_front_matter_is_no_unread_region(more: str, unread: int) -> None:
    text = FRONT_LIST.replace("{more}", more)
    assert reference_lists(mask(text).splitlines()) == []
    doc = parse_bytes(text.encode(), "chapter.Rmd")
    codes = [a.code for a in doc.all_anomalies()]
    assert codes.count(AnomalyCode.UNREAD_REGION) == unread


def test_a_list_under_a_bibliography_heading_in_the_body_is_still_found() -> None:
    text = FRONT_LIST.replace("{more}", "") + "\n# Bibliography\n\n- one.bib\n- two.bib\n"
    [region] = reference_lists(mask(text).splitlines())
    assert (region.heading, region.items) == ("Bibliography", 2)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ch.Rmd", "Values outside become NA.^[Both steps can be combined in one call.]\n"),
        ("ch.qmd", "---\ntitle: T\n---\n\nA sentence.^[A note that cites nothing.]\n\nMore.\n"),
        ("ch.md", "A sentence.^[Ein Hinweis über etwas.]\n\nMore text here.\n"),
        ("ch.Rmd", "A line.^[See the `crop()` help page for the details.]\n"),
    ],
    ids=["rmd", "qmd-front-matter", "md-non-ascii", "code-in-note"],
)
def test_one_inline_note_is_read(name: str, text: str) -> None:
    doc = parse_bytes(text.encode(), name)
    assert doc.reader == "pandoc-markdown"
    assert [f.label for f in doc.footnotes] == ["^1"]
    assert [len(f.markers) for f in doc.footnotes] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "The series grows as 2^[n+1] and more.\n",  # an exponent, no words
        "Nothing cites here at all.\n",
    ],
    ids=["exponent", "plain"],
)
def test_no_prose_note_is_still_refused(text: str) -> None:
    with pytest.raises(InputError, match="no footnote markers"):
        parse_bytes(text.encode(), "ch.Rmd")


def test_evidence_names_an_inline_note() -> None:
    text = "A claim.^[A note with words in it.]\n"
    assert "1 Pandoc inline notes ^[text] (from line 1)" in describe(citation_evidence(mask(text)))


def test_commented_front_matter_names_the_bibliography(tmp_path: Path) -> None:
    """An R Markdown template's YAML starting with a comment (rticles, JOSS) still names
    its bibliography: the keys are found in it, not reported missing."""
    (tmp_path / "refs.bib").write_text(
        "@article{a, author={Doe, Jane}, title={A title}, journal={J}, year={2020}}\n"
    )
    text = "---\n# Example from the journal's template\ntitle: Demo\nbibliography: refs.bib\n---\n\nA claim [@a].\n"
    path = tmp_path / "paper.Rmd"
    path.write_text(text)
    doc = parse_bytes(text.encode(), str(path))
    assert doc.title == "Demo"
    assert [e.reference.title for e in doc.literature] == ["A title"]
