"""LaTeX citations: every command family, where they stand, and the macros that wrap them.

Each case is a small body (with a .bib written next to it) and the markers it must give,
as (label, line, column): the line and column are those of the command in the source.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument

BIB = """@article{smith2020, author={Smith, John}, title={Trade and Growth}, journal={J. Trade},
  year=2020, pages={1--10}}
@book{lee2018, author={Lee, Kim}, title={Dry Ports}, publisher={Routledge}, year=2018}
@online{web2021, title={Port statistics}, url={https://stats.example.org/ports}, year=2021}
"""
HEAD = "\\documentclass{article}\n\\usepackage{natbib}\n\\bibliography{refs}\n"


def ingest(tmp_path: Path, body: str, preamble: str = "") -> ParsedDocument:
    """The document with ``body`` placed so that its first line is line 5 of the file."""
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "macros.sty").write_text(preamble, encoding="utf-8")
    uses = "\\usepackage{macros}" if preamble else ""
    tex = tmp_path / "paper.tex"
    tex.write_text(
        HEAD.replace("\n\\bib", uses + "\n\\bib")
        + "\\begin{document}\n"
        + body
        + "\n\\end{document}\n"
    )
    return parse_file(tex)


def markers(doc: ParsedDocument) -> list[tuple[str, int, int]]:
    found = [(m.label, m.line, m.column) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line, m.column) for m in doc.stray_markers]
    return sorted(found, key=lambda x: (x[1], x[2], x[0]))


# body line 1 is file line 5 (macros are defined in a local package, macros.sty)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Trade grew \\cite{smith2020}.", [("smith2020", 5, 12)], id="cite"),
        pytest.param("As \\citet{lee2018} shows.", [("lee2018", 5, 4)], id="citet"),
        pytest.param(
            "Grew \\citep[see][p.~4]{smith2020}.", [("smith2020", 5, 6)], id="citep-pre-post"
        ),
        pytest.param(
            "Grew \\citealp*{smith2020,lee2018}.",
            [("lee2018", 5, 6), ("smith2020", 5, 6)],
            id="citealp-star-two-keys",
        ),
        pytest.param("\\Citet{lee2018} wrote it.", [("lee2018", 5, 1)], id="capitalised"),
        pytest.param(
            "By \\citeauthor{lee2018} in \\citeyear{lee2018}.",
            [("lee2018", 5, 4), ("lee2018", 5, 28)],
            id="citeauthor-citeyear",
        ),
        pytest.param("Grew \\parencite[45]{smith2020}.", [("smith2020", 5, 6)], id="parencite"),
        pytest.param("\\textcite{lee2018} shows.", [("lee2018", 5, 1)], id="textcite"),
        pytest.param("Grew \\autocite{smith2020}.", [("smith2020", 5, 6)], id="autocite"),
        pytest.param("Grew \\smartcite{smith2020}.", [("smith2020", 5, 6)], id="smartcite"),
        pytest.param("Grew\\supercite{smith2020}.", [("smith2020", 5, 5)], id="supercite"),
        pytest.param("See \\fullcite{lee2018}.", [("lee2018", 5, 5)], id="fullcite"),
        pytest.param("Grew \\citen{smith2020}.", [("smith2020", 5, 6)], id="citen"),
        pytest.param("As \\inlinecite{lee2018} says.", [("lee2018", 5, 4)], id="inlinecite"),
        pytest.param("Grew \\citenum{smith2020}.", [("smith2020", 5, 6)], id="citenum"),
        pytest.param(
            "Grew \\cites(See)(and more)[12]{smith2020}[ch.~2]{lee2018} fast.",
            [("lee2018", 5, 6), ("smith2020", 5, 6)],
            id="multicite",
        ),
        pytest.param(
            "Grew \\parencites{smith2020}{lee2018}.",
            [("lee2018", 5, 6), ("smith2020", 5, 6)],
            id="parencites",
        ),
        pytest.param("Grew \\volcite{2}[45]{lee2018}.", [("lee2018", 5, 6)], id="volcite"),
        pytest.param("Grew \\nocite{lee2018}.", [], id="nocite-is-no-marker"),
        pytest.param(
            "\\section{Trade after \\citet{lee2018}}\nText.",
            [("lee2018", 5, 22)],
            id="in-section-title",
        ),
        pytest.param(
            "\\begin{figure}\n\\caption[Short]{A map \\citep{web2021}.}\n\\end{figure}",
            [("web2021", 6, 23)],
            id="in-caption",
        ),
        pytest.param(
            "\\begin{tabular}{ll}\nPorts & 12 \\cite{web2021} \\\\\n\\end{tabular}",
            [("web2021", 6, 12)],
            id="in-table",
        ),
        pytest.param(
            "Grew \\cite{smith2020,\n  lee2018}.",
            [("lee2018", 5, 6), ("smith2020", 5, 6)],
            id="keys-over-two-lines",
        ),
        pytest.param("Grew \\cite{ghost}.", [("ghost", 5, 6)], id="missing-key-still-a-marker"),
        pytest.param(
            "No cite: \\verb|\\cite{lee2018}| and \\% \\cite{x}",
            [("x", 5, 39)],
            id="verb-and-escaped-percent",
        ),
    ],
)
def test_citation_commands(tmp_path: Path, body: str, expected: list[tuple[str, int, int]]) -> None:
    assert markers(ingest(tmp_path, body)) == expected


def test_a_cited_key_takes_its_entry_and_nocite_makes_it_literature(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "Grew \\citep[p.~4]{smith2020}.\n\\nocite{lee2018}")
    smith = next(f for f in doc.footnotes if f.label == "smith2020")
    assert (smith.reference.title, smith.reference.year) == ("Trade and Growth", 2020)
    assert smith.reference.raw == "\\citep[p.~4]{smith2020}"
    assert [e.label for e in doc.literature] == ["smith2020", "lee2018"]


def test_missing_key_is_said(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "Grew \\cite{ghost}.\n\nAnd \\footnote{See \\cite{nowhere}.}")
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("ghost", 5), ("nowhere", 7)]
    assert "refs.bib" in missing[0].message


MACROS = r"""\newcommand{\mycite}[2][]{\parencite[#1]{#2}}
\newcommand*\seeref[1]{see \citet{#1}}
\renewcommand{\vec}[1]{\mathbf{#1}}
\DeclareRobustCommand{\robust}[1]{\cite{#1}}
\def\oldstyle#1{\citep{#1}}
\NewDocumentCommand{\xcite}{s o m}{\IfBooleanTF{#1}{\citeauthor{#3}}{\IfNoValueTF{#2}{\citep{#3}}{\citep[#2]{#3}}}}
\let\mycitep\citep
\newcommand{\both}[2]{\cite{#1} and \cite{#2}}
\newcommand{\etal}{et al.}
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Grew \\mycite[p.~4]{smith2020}.", [("smith2020", 5, 6)], id="newcommand-optional"
        ),
        pytest.param("Grew \\mycite{smith2020}.", [("smith2020", 5, 6)], id="newcommand-default"),
        pytest.param("Grew, \\seeref{lee2018}.", [("lee2018", 5, 7)], id="newcommand-star"),
        pytest.param("Grew \\robust{lee2018}.", [("lee2018", 5, 6)], id="DeclareRobustCommand"),
        pytest.param("Grew \\oldstyle{lee2018}.", [("lee2018", 5, 6)], id="def"),
        pytest.param("Grew \\xcite[p. 3]{lee2018}.", [("lee2018", 5, 6)], id="xparse-optional"),
        pytest.param("By \\xcite*{lee2018}.", [("lee2018", 5, 4)], id="xparse-star"),
        pytest.param("Grew \\mycitep{smith2020}.", [("smith2020", 5, 6)], id="let-alias"),
        pytest.param(
            "Grew \\both{smith2020}{lee2018}.",
            [("lee2018", 5, 6), ("smith2020", 5, 6)],
            id="two-cites",
        ),
    ],
)
def test_macros_wrapping_citations(
    tmp_path: Path, body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert markers(ingest(tmp_path, body, MACROS)) == expected


def test_macro_text_reads_into_the_claim(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "Smith \\etal{} found growth \\cite{smith2020}.", MACROS)
    claim = doc.footnotes[0].markers[0].claim
    assert claim is not None and claim.text == "Smith et al. found growth"


def test_macro_that_expands_forever_is_bounded(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "Loop \\loopy{} \\cite{lee2018}.", "\\def\\loopy{\\loopy x}\n")
    assert markers(doc) == [("lee2018", 5, 15)]  # the rest of the paragraph is read
    assert C.LIMIT_REACHED in {a.code for a in doc.all_anomalies()}


def test_unknown_citation_command_is_said_not_dropped(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "Grew \\mycustomcite{notakey}. And \\othercite{lee2018}.")
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert len(unread) == 1 and "\\mycustomcite" in unread[0].message
    assert markers(doc) == [("lee2018", 5, 34)]  # all its keys are entries: read as a citation


def test_footnotes_marks_and_texts(tmp_path: Path) -> None:
    body = (
        "A claim.\\footnote{First note.}\n"
        "A table\\footnotemark{} and another\\footnotemark.\n"
        "\\footnotetext[2]{Second, by number.}\n"
        "\\footnotetext{Third, the current counter.}\n"
        "Cited\\footcite[12]{lee2018} in a footnote.\n"
        "Explicit\\footnote[9]{Ninth by hand.}."
    )
    doc = ingest(tmp_path, body)
    notes = {f.label: f for f in doc.footnotes}
    assert [(m.label, m.line) for m in (m for f in doc.footnotes for m in f.markers)] == [
        ("1", 5), ("2", 6), ("3", 6), ("4", 9), ("9", 10),
    ]  # fmt: skip
    assert notes["2"].reference.raw == "Second, by number." and notes["2"].line == 7
    assert notes["3"].reference.raw == "Third, the current counter."
    assert (notes["4"].reference.title, notes["4"].reference.pages) == ("Dry Ports", "12")


def test_single_cite_in_a_footnote_takes_the_entry(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "Grew.\\footnote{See \\cite[p.~7]{smith2020}.}")
    note = doc.footnotes[0]
    assert (note.label, note.reference.title, note.reference.pages) == (
        "1",
        "Trade and Growth",
        "7",
    )
    assert note.literature is not None and note.literature.number == 1
