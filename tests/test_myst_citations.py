"""MyST Markdown (Jupyter Book; Sphinx with myst-parser) cites with Sphinx's roles:
{cite}`a,b`, {cite:p}`a`, {cite:t}`a`, {footcite}`a`.  Read as Pandoc citations, the keys
resolved in the .bib files Jupyter Book's _config.yml names (bibtex_bibfiles), or given
with --bibliography.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

BIB = (
    "@book{knuth84, author={Knuth, Donald}, title={The TeXbook}, year={1984},"
    " publisher={Addison-Wesley}}\n"
    "@article{lamport94, author={Lamport, Leslie}, title={LaTeX: A document preparation"
    " system}, journal={TUGboat}, year={1994}}\n"
)
PAGE = (
    "# Introduction\n\nTypesetting has a long history {cite}`knuth84,lamport94`, and LaTeX\n"
    "made it easy {cite:p}`lamport94`. As {cite:t}`knuth84` put it, beauty matters.\n\n"
    "Inline code `{cite}` is shown, not cited.\n\n```{bibliography}\n```\n"
)


@pytest.mark.parametrize("where", ["jupyter-book-config", "option"])
def test_myst_roles_cite_bib_entries(tmp_path: Path, where: str) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "intro.md"
    page.write_text(PAGE, encoding="utf-8")
    bibs: list[Path] = []
    if where == "jupyter-book-config":
        (tmp_path / "_config.yml").write_text(
            "title: A book\nbibtex_bibfiles:\n  - refs.bib\n", encoding="utf-8"
        )
    else:
        bibs = [tmp_path / "refs.bib"]
    doc = parse_file(page, bibliography=bibs)
    assert doc.reader == "pandoc-markdown"
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("knuth84", 3), ("knuth84", 4), ("lamport94", 3), ("lamport94", 4)]
    assert {f.label: f.reference.title for f in doc.footnotes} == {
        "knuth84": "The TeXbook",
        "lamport94": "LaTeX: A document preparation system",
    }
    assert C.CITATION_KEY_MISSING not in {a.code for a in doc.all_anomalies()}


def test_a_myst_page_about_citations_is_markdown_not_org(tmp_path: Path) -> None:
    # the role shown in a double-backtick code span is no citation; the page is no Org file
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = tmp_path / "citations.md"
    page.write_text(
        "# Citations\n\n* The citation `` {cite:p}`knuth84` `` gives {cite:p}`knuth84`\n"
        "* The citation `` {cite:t}`knuth84` `` gives {cite:t}`knuth84`\n",
        encoding="utf-8",
    )
    doc = parse_file(page, bibliography=[tmp_path / "refs.bib"])
    assert doc.reader == "pandoc-markdown"
    assert sorted((m.label, m.line) for f in doc.footnotes for m in f.markers) == [
        ("knuth84", 3),
        ("knuth84", 4),
    ]
