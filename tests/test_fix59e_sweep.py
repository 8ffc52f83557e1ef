"""Round-59 sweep of public documents: patterns real writers use that were misread.

* a wiki citation template's scheme-relative ``url=//host/path`` is an address;
* an Org ``#+BIBLIOGRAPHY: refs plain limit:t`` (ox-bibtex) names refs.bib, not a style;
* a MyST directive's caption argument (``:::{table} Caption {cite:t}`key```, the same in
  a backtick fence) is text whose citations are read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.readers.mask import mask
from bibcheck.readers.mystfence import colon_argument
from bibcheck.readers.orgbibkw import keyword_files
from bibcheck.urls import with_scheme

# --------------------------------------------------------------------------
# scheme-relative addresses
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("//tracker.example.org/show?id=12", "https://tracker.example.org/show?id=12"),
        ("  //docs.example.net/guide/", "  https://docs.example.net/guide/"),
        ("//example.org", "https://example.org"),
        ("//files.example.org:8080/a.pdf", "https://files.example.org:8080/a.pdf"),
        # negatives: a comment, a host without a dot, a path, an address with its scheme
        ("// to be checked", "// to be checked"),
        ("//intranet/page", "//intranet/page"),
        ("///srv/data", "///srv/data"),
        ("http://example.org/x", "http://example.org/x"),
        ("see //example.org", "see //example.org"),
    ],
)
def test_with_scheme(value: str, expected: str) -> None:
    assert with_scheme(value) == expected


def _template(**params: str) -> CiteTemplate:
    values = {k.replace("_", "-"): v for k, v in params.items()}
    return CiteTemplate("cite web", values, {k: 4 for k in values}, "{{cite web ...}}", 4, 4)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("//releases.example.org/notes/2.0/", "https://releases.example.org/notes/2.0/"),
        ("https://releases.example.org/notes/", "https://releases.example.org/notes/"),
    ],
)
def test_template_scheme_relative_url(url: str, expected: str) -> None:
    ref = cite_reference(_template(url=url, title="Release notes", access_date="2020-01-02"))
    assert ref.url == expected
    assert C.URL_INVALID not in {a.code for a in ref.anomalies}


def test_template_scheme_relative_archive() -> None:
    ref = cite_reference(
        _template(
            url="https://old.example.org/a",
            title="Old page",
            archive_url="//web.archive.org/web/2015/https://old.example.org/a",
        )
    )
    assert ref.archive_url == "https://web.archive.org/web/2015/https://old.example.org/a"


def test_template_url_without_host_stays_invalid() -> None:
    ref = cite_reference(_template(url="// none yet", title="A page"))
    assert ref.url is None
    assert C.URL_INVALID in {a.code for a in ref.anomalies}


# --------------------------------------------------------------------------
# Org #+BIBLIOGRAPHY: (org-cite and ox-bibtex)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("refs.bib", ["refs.bib"]),
        ("../shared/library.bib", ["../shared/library.bib"]),
        ('"My Library.bib"', ["My Library.bib"]),
        ("data/works.json", ["data/works.json"]),
        # ox-bibtex: files without .bib, a style, options
        ("thesis plain", ["thesis.bib"]),
        ("thesis alpha limit:t", ["thesis.bib"]),
        ("chapters,extra unsrt option:-d", ["chapters.bib", "extra.bib"]),
        ("papers.bib apalike", ["papers.bib"]),
        ("a.bib b.bib", ["a.bib", "b.bib"]),
        ("", []),
        ("limit:t", []),
    ],
)
def test_keyword_files(value: str, expected: list[str]) -> None:
    assert keyword_files(value) == expected


_BIB = (
    "@book{lee2015, author={Lee, Ada}, title={Interpreters Explained}, year={2015},"
    " publisher={Press}}\n"
    "@article{roy2018, author={Roy, Ben}, title={Hooks in Practice}, journal={J. Soft.},"
    " year={2018}, volume={3}, pages={1--9}}\n"
)


def test_org_ox_bibtex_keyword(tmp_path: Path) -> None:
    (tmp_path / "sources.bib").write_text(_BIB, encoding="utf-8")
    doc = tmp_path / "thesis.org"
    doc.write_text(
        "#+TITLE: A thesis\n\n* Introduction\n"
        "Interpreters are well known [[cite:lee2015][lee2015]], and so are hooks\n"
        "cite:roy2018.\n\n#+BIBLIOGRAPHY: sources plain limit:t\n",
        encoding="utf-8",
    )
    parsed = parse_file(doc)
    codes = {a.code for a in parsed.anomalies}
    assert C.BIBLIOGRAPHY_UNREADABLE not in codes
    assert C.CITATION_KEY_MISSING not in codes
    assert sorted(e.reference.title or "" for e in parsed.literature) == [
        "Hooks in Practice",
        "Interpreters Explained",
    ]


# --------------------------------------------------------------------------
# MyST directive arguments
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (":::{table} Ages after {cite:t}`ng2004`", "Ages after {cite:t}`ng2004`"),
        ("::::{admonition} A note on units", "A note on units"),
        (":::{dropdown}   Details  ", "Details"),
        # negatives: no argument, a figure's image, a code directive, a plain div
        (":::{note}", None),
        (":::{figure} images/plot.png", None),
        (":::{code-block} python", None),
        ("::: {.callout-note}", None),
        (":::", None),
    ],
)
def test_colon_argument(line: str, expected: str | None) -> None:
    span = colon_argument(line)
    assert (line[span[0] : span[1]] if span else None) == expected


def test_colon_fence_line_opens_no_literal_block() -> None:
    text = "Text.\n\n:::\n\n   Indented words stay.\n"
    assert "Indented words stay." in mask(text, latex=False)
    rst = "Example::\n\n   code here\n"
    assert "code here" not in mask(rst, latex=False)


_MYST_BIB = (
    "@book{ng2004, author={Ng, Wei}, title={Magnetic Minerals}, year={2004},"
    " publisher={Press}}\n"
    "@book{ortiz2011, author={Ortiz, Ana}, title={Field Methods}, year={2011},"
    " publisher={Press}}\n"
    "@book{park1999, author={Park, Jin}, title={Polar Wander}, year={1999},"
    " publisher={Press}}\n"
)


def test_myst_directive_captions(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(_MYST_BIB, encoding="utf-8")
    (tmp_path / "myst.yml").write_text(
        "version: 1\nproject:\n  bibliography:\n    - refs.bib\n", encoding="utf-8"
    )
    doc = tmp_path / "chapter.md"
    doc.write_text(
        "# Minerals\n\nGrains align {cite:p}`park1999`.\n\n"
        ":::{table} Properties summarised by {cite:t}`ng2004`.\n:name: tab-props\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n:::\n\n"
        "```{table} Sites sampled by {cite:t}`ortiz2011`\n| x | y |\n|---|---|\n"
        "| 3 | 4 |\n```\n\n"
        ":::{figure} images/grains.png\nGrains under the microscope.\n:::\n",
        encoding="utf-8",
    )
    parsed = parse_file(doc)
    assert C.UNREAD_REGION not in {a.code for a in parsed.anomalies}
    assert sorted((m.label, m.line) for f in parsed.footnotes for m in f.markers) == [
        ("ng2004", 5),
        ("ortiz2011", 13),
        ("park1999", 3),
    ]


# --------------------------------------------------------------------------
# the refusal's hint leaves out the bibliography already read
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "beside", "says"),
    [
        (
            ["book.bib"],
            ["book.bib"],
            "none of its 3 cited keys has an entry in book.bib, and a bibliography it names"
            " could not be read (give the file with --bibliography FILE)",
        ),
        (
            ["book.bib"],
            ["Book.bib", "extra.bib"],
            "(give the file with --bibliography extra.bib; extra.bib next to it may be the one)",
        ),
        (
            [],
            ["refs.bib"],
            "its bibliography could not be read, so none of its 3 cited keys has an entry"
            " (give the file with --bibliography refs.bib; refs.bib next to it may be the one)",
        ),
    ],
)
def test_bibliography_hint(read: list[str], beside: list[str], says: str) -> None:
    from bibcheck.cli.commands import bibliography_hint

    assert says in bibliography_hint(3, read, beside)


def test_refusal_names_no_file_already_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bibcheck.cli import main

    (tmp_path / "cited.bib").write_text(
        "@book{kept, title={Kept Work}, year={2001}}\n", encoding="utf-8"
    )
    chapter = tmp_path / "chapter.Rmd"
    chapter.write_text(
        "---\ntitle: Tools\nbibliography: [cited.bib, generated.bib]\n---\n\n"
        "The packages [@R-alpha; @R-beta] help.\n",
        encoding="utf-8",
    )
    assert main(["ingest", "--db", str(tmp_path / "s.db"), str(chapter)]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "has an entry in cited.bib" in err
    assert "--bibliography cited.bib" not in err
