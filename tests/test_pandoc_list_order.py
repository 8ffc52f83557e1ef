"""The order of the list Pandoc, R Markdown and Quarto print from a bibliography file:
that of the CSL style ``csl:`` names (Pandoc's default, Chicago author-date, when none
is named: by author, year, title); through LaTeX (``citation_package:``,
``cite-method:``) that of ``biblio-style:``; numbered by first citation for a journal
template's ``cite-style: number``; a style file not there whose name nobody knows is
taken as author-date (a numeric name: citation order).  Every
text here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

BIB = """\
@article{zhou2001, author={Zhou, Wen}, title={Karst Springs of Guilin}, journal={Hydrogeology Journal}, year={2001}}
@book{moreau2005, author={Moreau, Claire}, title={Caves and Their Waters}, publisher={Belin}, year={2005}}
@article{abara2010, author={Abara, Kemi}, title={Dye Tracing in Limestone}, journal={Ground Water}, year={2010}}
"""
CITED = ["Karst Springs of Guilin", "Caves and Their Waters", "Dye Tracing in Limestone"]
BY_AUTHOR = ["Dye Tracing in Limestone", "Caves and Their Waters", "Karst Springs of Guilin"]

BODY = """\
# Karst water

Springs in tower karst respond within hours [@zhou2001]. Older surveys mapped the
galleries first [@moreau2005, p. 12], and tracer tests later joined them up [@abara2010].

# References {.unnumbered}

::: {#refs}
:::
"""
CSL_NUMERIC = """\
<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Lab numeric</title></info>
  <citation><layout><text variable="citation-number"/></layout></citation>
  <bibliography>
    <layout><text variable="citation-number"/></layout>
  </bibliography>
</style>
"""


def _front(*lines: str) -> str:
    return "---\n" + "\n".join(["title: Karst water", "bibliography: refs.bib", *lines]) + "\n---\n"


@pytest.mark.parametrize(
    ("name", "front", "files", "want"),
    [
        # no csl: Pandoc's default style (Chicago author-date) sorts by author
        ("paper.md", _front(), {}, BY_AUTHOR),
        ("paper.md", _front("csl: apa.csl"), {}, BY_AUTHOR),
        ("paper.md", _front("csl: ieee.csl"), {}, CITED),
        ("paper.md", _front("csl: https://www.zotero.org/styles/nature"), {}, CITED),
        ("paper.md", _front("csl: lab.csl"), {"lab.csl": CSL_NUMERIC}, CITED),
        # not known, not there: taken as author-date, the order assumed said (fix72f)
        ("paper.md", _front("csl: house-style.csl"), {}, BY_AUTHOR),
        ("paper.md", _front("csl: house-numeric.csl"), {}, CITED),  # a numeric name
        # R Markdown rendered through natbib/biblatex: the biblio-style's order
        (
            "paper.Rmd",
            _front("output:", "  pdf_document:", "    citation_package: natbib"),
            {},
            BY_AUTHOR,  # natbib's default plainnat
        ),
        (
            "paper.Rmd",
            _front(
                "biblio-style: unsrtnat",
                "output:",
                "  pdf_document:",
                "    citation_package: natbib",
            ),
            {},
            CITED,
        ),
        ("paper.qmd", _front("cite-method: biblatex"), {}, BY_AUTHOR),  # biblatex's nty
        ("paper.qmd", _front("cite-method: biblatex", "biblio-style: ieee"), {}, CITED),
        # a Quarto journal template's numbered citations
        ("paper.qmd", _front("format:", "  elsevier-pdf:", "    cite-style: number"), {}, CITED),
        (
            "paper.qmd",
            _front("format:", "  elsevier-pdf:", "    cite-style: authoryear"),
            {},
            BY_AUTHOR,
        ),
    ],
)
def test_pandoc_list_printed_in_the_style_order(
    tmp_path: Path, name: str, front: str, files: dict[str, str], want: list[str]
) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    for file, text in files.items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    doc = tmp_path / name
    doc.write_text(front + "\n" + BODY, encoding="utf-8")
    parsed = parse_file(doc)
    assert parsed.reader == "pandoc-markdown"
    assert [e.reference.title for e in parsed.literature if e.reference] == want
    cited = {n.label: n.reference.title for n in parsed.footnotes if n.reference is not None}
    assert cited["moreau2005"] == "Caves and Their Waters"


QUARTO_PROJECT = """\
project:
  type: book
book:
  chapters: [index.qmd, karst.qmd]
bibliography: refs.bib
"""


@pytest.mark.parametrize(
    ("project_extra", "chapter_front", "want"),
    [
        ("", "", BY_AUTHOR),  # the project names no csl: Pandoc's default
        ("csl: ieee.csl\n", "", CITED),  # the project's style
        ("csl: ieee.csl\n", "---\ncsl: apa.csl\n---\n", BY_AUTHOR),  # the chapter's own wins
    ],
)
def test_quarto_chapter_takes_the_project_style(
    tmp_path: Path, project_extra: str, chapter_front: str, want: list[str]
) -> None:
    (tmp_path / "_quarto.yml").write_text(QUARTO_PROJECT + project_extra, encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    doc = tmp_path / "karst.qmd"
    doc.write_text(chapter_front + BODY, encoding="utf-8")
    parsed = parse_file(doc)
    assert [e.reference.title for e in parsed.literature if e.reference] == want


def test_jupyter_book_keeps_citation_order(tmp_path: Path) -> None:
    """A Jupyter Book chapter (its ``_config.yml`` names the files for Sphinx): not
    Pandoc's list, its order is not changed."""
    (tmp_path / "_config.yml").write_text("title: Karst\nbibtex_bibfiles:\n  - refs.bib\n")
    (tmp_path / "_toc.yml").write_text("format: jb-book\nroot: karst\n")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    doc = tmp_path / "karst.md"
    doc.write_text(
        "# Karst water\n\nSprings respond within hours {cite}`zhou2001`. Surveys mapped "
        "galleries {cite}`moreau2005`, tracers joined them {cite}`abara2010`.\n\n"
        "```{bibliography}\n```\n",
        encoding="utf-8",
    )
    parsed = parse_file(doc)
    assert [e.reference.title for e in parsed.literature if e.reference] == CITED
