"""LaTeX forms a real-document sweep found misread: apacite's ``<prenote>`` on every
citation command, amsrefs ``biblist`` bibliographies, citations inside macros that print
their argument as code (``\\detokenize``), and Markdown posts whose only LaTeX is shown
in code blocks (no LaTeX document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers.latex import score_at
from bibcheck.readers.latex.amsrefs import fields_of, read_biblists

BIB = """@article{moss1998, author={Moss, Ina}, title={Peat and carbon}, journal={Soil}, year=1998}
@book{fenn2004, author={Fenn, Oskar}, title={Bogs of the north}, publisher={Lund}, year=2004}
@article{reed2011, author={Reed, Pia}, title={Sedge cover}, journal={Flora}, year=2011}
"""


def ingest(tmp_path: Path, body: str, preamble: str = "") -> ParsedDocument:
    """A document whose body starts at line 4."""
    (tmp_path / "lit.bib").write_text(BIB, encoding="utf-8")
    tex = tmp_path / "paper.tex"
    tex.write_text(
        "\\documentclass{article}\n\\usepackage{apacite}" + preamble + "\n\\begin{document}\n"
        + body + "\n\\bibliography{lit}\n\\end{document}\n",
        encoding="utf-8",
    )  # fmt: skip
    return parse_file(tex)


def cited(doc: ParsedDocument) -> list[str]:
    found = [m.label for f in doc.footnotes for m in f.markers]
    return sorted(found + [m.label for m in doc.stray_markers])


# -- apacite's <prenote> ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Peat stores carbon \\cite<e.g.,>{moss1998}.", ["moss1998"]),
        ("Bogs spread \\cite<see>[p.~12]{fenn2004, reed2011}.", ["fenn2004", "reed2011"]),
        ("\\citeA<as in>[ch.~2]{fenn2004} found this.", ["fenn2004"]),
        ("Sedges grow \\citeNP<cf.>{reed2011}; so \\citeyearNP<but see>{moss1998}.",
         ["moss1998", "reed2011"]),
        ("Both \\citep<e.g.,>[p.~3]{moss1998} and \\shortcite <also>{reed2011}.",
         ["moss1998", "reed2011"]),
        ("Many \\cites<see>[4]{moss1998}[9]{fenn2004}.", ["fenn2004", "moss1998"]),
    ],
    ids=["cite", "cite-pre-post-two-keys", "citeA", "citeNP-citeyearNP", "citep-shortcite-space",
         "multicite"],
)  # fmt: skip
def test_angle_prenote_keeps_the_keys(tmp_path: Path, body: str, expected: list[str]) -> None:
    doc = ingest(tmp_path, body)
    assert cited(doc) == expected
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_KEY_MISSING]


def test_angle_prenote_leaves_the_claim_clean(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "Sedges outgrow moss \\cite<see>[p.~4]{reed2011}.")
    claims = [m.claim for f in doc.footnotes for m in f.markers] + [
        m.claim for m in doc.stray_markers
    ]
    assert claims and all(c and c.text == "Sedges outgrow moss" for c in claims)


def test_angle_prenote_page_is_the_locator(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "Text.\\footnote{As in \\cite<see>[p.~7]{fenn2004}.}")
    ref = doc.footnotes[0].reference
    assert "see" in ref.raw and ref.year == 2004 and ref.pages == "7"


# -- \cite printed as code ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("preamble", "body"),
    [
        ("\\newcommand*{\\code}[1]{\\detokenize\\expandafter{\\string#1}}",
         "Write \\code{\\cite{nosuchkey}} to cite."),
        ("\\newcommand{\\code}[1]{\\texttt{\\detokenize{#1}}}",
         "Write \\code{\\cite{nosuchkey}} to cite."),
        ("", "Write \\texttt{\\detokenize{\\cite{nosuchkey}}} to cite."),
        ("", "Write \\texttt{\\string\\cite\\{nosuchkey\\}} to cite."),
        ("", "Write \\verb|\\cite{nosuchkey}| to cite."),
    ],
    ids=["detokenize-expandafter-macro", "texttt-detokenize-macro", "detokenize-inline",
         "string", "verb"],
)  # fmt: skip
def test_cite_printed_as_code_is_no_citation(tmp_path: Path, preamble: str, body: str) -> None:
    doc = ingest(tmp_path, body + " A real one \\cite{moss1998}.", "\n" + preamble)
    assert cited(doc) == ["moss1998"]
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_KEY_MISSING]


# -- amsrefs -----------------------------------------------------------------------------

AMSREFS = """\\documentclass{amsart}
\\usepackage{amsrefs}
\\begin{document}
Lattices tile the plane \\cite{Berg2003}, as do others \\cite{Lund1999}.
\\begin{bibdiv}
\\begin{biblist}
\\bib{Berg2003}{article}{
   author={Berg, Anna},
   author={Holm, Nils},
   title={Tilings by {L}attices},
   journal={J. Geom.},
   volume={12},
   date={2003},
   pages={1--20},
   doi={10.1000/jg.2003.1},
}
\\bib{Lund1999}{book}{
   author={Lund, Erik},
   title={Planes},
   publisher={Norra Press},
   address={Lund},
   date={1999-05},
}
\\bib*{proc}{proceedings}{
   title={A meeting},
}
\\end{biblist}
\\end{bibdiv}
\\end{document}
"""


def test_amsrefs_biblist_is_the_bibliography(tmp_path: Path) -> None:
    tex = tmp_path / "lattice.tex"
    tex.write_text(AMSREFS, encoding="utf-8")
    doc = parse_file(tex)
    assert cited(doc) == ["Berg2003", "Lund1999"]
    refs = {e.label: e.reference for e in doc.literature}
    berg = refs["Berg2003"]
    assert len(berg.authors) == 2 and "Holm" in berg.authors[1]
    assert berg.title == "Tilings by Lattices"
    assert (berg.year, berg.volume, berg.doi) == (2003, "12", "10.1000/jg.2003.1")
    assert refs["Lund1999"].year == 1999 and refs["Lund1999"].publisher == "Norra Press"
    assert [e.line for e in doc.literature] == [7, 17]
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.CITATION_KEY_MISSING not in codes
    assert any("bib*{proc}" in a.message for a in doc.all_anomalies())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("author={A, B}, title={T}", [("author", "A, B"), ("title", "T")]),
        ("\n  author={A}, \n author={B},\n", [("author", "A"), ("author", "B")]),
        ("title={Nested {B}races}, pages={1--2}", [("title", "Nested {B}races"), ("pages", "1--2")]),
        ("title={Unclosed", []),
        ("", []),
    ],
    ids=["two", "repeated-author", "nested-braces", "unclosed", "empty"],
)  # fmt: skip
def test_amsrefs_fields(body: str, expected: list[tuple[str, str]]) -> None:
    assert fields_of(body) == expected


def test_amsrefs_lines_and_skipped() -> None:
    found = read_biblists(AMSREFS)
    lines = found.bibtex.split("\n")
    assert lines[6].startswith("@article{Berg2003,") and lines[16].startswith("@book{Lund1999,")
    assert found.skipped == (("proc", 24),)
    assert not read_biblists("\\bib{x}{book}{title={Outside any list}}").found


# -- Markdown showing LaTeX ----------------------------------------------------------------

INDENTED = """title: Notes
date: 2022-01-01

A short post about [natbib](https://ctan.org/pkg/natbib).

    \\documentclass{article}
    \\begin{document}
    A claim \\citep{one}.
    \\bibliography{refs}
    \\end{document}

The end.
"""
FENCED = (
    INDENTED.replace("    \\", "\\")
    .replace("\n\\documentclass", "\n```latex\n\\documentclass")
    .replace("\\end{document}\n", "\\end{document}\n```\n")
)


@pytest.mark.parametrize(
    ("name", "text", "at_most"),
    [
        ("post.md", INDENTED, 0.0),
        ("post.md", FENCED, 0.0),
        ("post.txt", INDENTED, 0.0),
        ("notes.md", "Raw TeX in prose \\cite{one} and more.\n", 0.3),
    ],
    ids=["indented-md", "fenced-md", "indented-txt", "md-prose-cite"],
)
def test_latex_shown_in_markdown_code_scores_low(name: str, text: str, at_most: float) -> None:
    assert score_at(text, name) <= at_most


@pytest.mark.parametrize(
    ("name", "text", "at_least"),
    [
        ("paper.tex", "\\documentclass{article}\n\\begin{document}\n    Indented \\cite{a}.\n", 0.95),
        ("chapter.tex", "\\section{One}\n\n    Indented text \\cite{a}.\n", 0.95),
        ("paper.md", "\\documentclass{article}\n\\begin{document}\nText \\cite{a}.\n", 0.95),
    ],
    ids=["tex-indented-body", "tex-chapter-indented", "md-holding-a-document"],
)  # fmt: skip
def test_latex_source_still_scores(name: str, text: str, at_least: float) -> None:
    assert score_at(text, name) >= at_least
