"""Citations in the optional arguments of figure and list macros are read (subfig's
``\\subfloat[caption]{...}``, ``\\subcaption``, ``\\subcaptionbox``, ``\\item[...]``,
an environment's ``[...]``, an unknown command's option holding a citation); a short
copy (``\\caption[short]{long}``, ``\\section[short]{long}``) is not counted twice; and
an argument the reader skips that holds a citation is reported, never dropped in silence."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, ParsedDocument

BIB = """@book{oak2001, author={Oak, Ada}, title={Tree rings}, publisher={Kew}, year=2001}
@book{elm2005, author={Elm, Bo}, title={Bark beetles}, publisher={Kew}, year=2005}
@book{ash2010, author={Ash, Cy}, title={Leaf litter}, publisher={Kew}, year=2010}
"""


def ingest(tmp_path: Path, body: str, package: str = "subfig") -> ParsedDocument:
    (tmp_path / "trees.bib").write_text(BIB, encoding="utf-8")
    tex = tmp_path / "thesis.tex"
    tex.write_text(
        f"\\documentclass{{report}}\n\\usepackage{{{package}}}\n\\begin{{document}}\n"
        f"{body}\n\\bibliographystyle{{plain}}\n\\bibliography{{trees}}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    return parse_file(tex)


def cited(doc: ParsedDocument) -> list[str]:
    found = [m.label for f in doc.footnotes for m in f.markers]
    return sorted(found + [m.label for m in doc.stray_markers])


def unread(doc: ParsedDocument) -> list[str]:
    return [a.message for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]


FIGURE = "\\begin{{figure}}[htbp]\n{}\n\\end{{figure}}"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (FIGURE.format("\\subfloat[Rings \\cite{oak2001}]{\\includegraphics{a}}\n"
                       "\\subfloat[Beetles \\cite{elm2005}]{\\includegraphics{b}}\n"
                       "\\caption{Both \\cite{ash2010}}"), ["ash2010", "elm2005", "oak2001"]),
        (FIGURE.format("\\subfloat[Rings][Rings of old oaks \\cite{oak2001}]{\\includegraphics{a}}"),
         ["oak2001"]),
        (FIGURE.format("\\subfigure[Beetle galleries \\citep{elm2005}]{\\includegraphics{b}}"),
         ["elm2005"]),
        (FIGURE.format("\\begin{subfigure}{0.4\\textwidth}\\includegraphics{a}\n"
                       "\\subcaption{Litter \\cite{ash2010}}\\end{subfigure}"), ["ash2010"]),
        (FIGURE.format("\\subcaptionbox{Rings \\cite{oak2001}}{\\includegraphics{a}}"),
         ["oak2001"]),
        ("\\begin{description}\n\\item[Rings \\cite{oak2001}] dated.\n"
         "\\item[Beetles] after \\cite{elm2005}.\n\\end{description}", ["elm2005", "oak2001"]),
        ("\\begin{itemize}\\item[{\\cite[p.~3]{ash2010}}] litter.\\end{itemize}", ["ash2010"]),
        ("\\newtheorem{theorem}{Theorem}\n\\begin{theorem}[\\cite{elm2005}]Beetles spread."
         "\\end{theorem}", ["elm2005"]),
        ("\\mybox[as in \\cite{oak2001}]{Rings are yearly.}", ["oak2001"]),
    ],
    ids=["subfloat-three", "subfloat-list-entry-and-caption", "subfigure-package",
         "subcaption", "subcaptionbox", "item-label", "item-braced-label", "theorem-option",
         "unknown-command-option"],
)  # fmt: skip
def test_citations_in_optional_arguments_are_read(
    tmp_path: Path, body: str, expected: list[str]
) -> None:
    doc = ingest(tmp_path, body, package="subcaption" if "subcaption" in body else "subfig")
    assert cited(doc) == expected
    assert not unread(doc)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (FIGURE.format("\\includegraphics{a}\\caption[Rings \\cite{oak2001}]"
                       "{Rings of oaks \\cite{oak2001}}"), ["oak2001"]),
        ("\\section[Beetles \\cite{elm2005}]{Bark beetles \\cite{elm2005}}\nText.", ["elm2005"]),
        (FIGURE.format("\\subfloat[Rings \\cite{oak2001}][Rings of oaks \\cite{oak2001}]"
                       "{\\includegraphics{a}}"), ["oak2001"]),
        ("Rings.\\footnote[7]{See \\cite{oak2001}.}", ["7", "oak2001"]),
    ],
    ids=["caption-short-copy", "section-short-copy", "subfloat-list-copy", "footnote-number"],
)  # fmt: skip
def test_short_copies_are_not_counted_twice(tmp_path: Path, body: str, expected: list[str]) -> None:
    doc = ingest(tmp_path, body)
    assert cited(doc) == expected
    assert not unread(doc)


@pytest.mark.parametrize(
    ("body", "command"),
    [
        (FIGURE.format("\\includegraphics{a}\\caption[Rings \\cite{oak2001}]{Rings of oaks}"),
         "\\caption"),
        ("\\section[Beetles \\cite{elm2005}]{Bark beetles}\nText.", "\\section"),
        ("\\title{Trees}\\author{Ada \\thanks{After \\cite{ash2010}}}", "\\author"),
        ("\\textcolor{red \\cite{elm2005}}{Beetles.}", "\\textcolor"),
        ("\\begin{tabular}{l \\cite{oak2001}}x\\end{tabular}", "\\begin{tabular}"),
    ],
    ids=["caption-short-only", "section-short-only", "dropped-argument", "skipped-argument",
         "environment-argument"],
)  # fmt: skip
def test_a_skipped_citation_is_reported_with_its_line(
    tmp_path: Path, body: str, command: str
) -> None:
    doc = ingest(tmp_path, body + "\n\nTrees grow \\cite{oak2001}.")
    found = [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]
    assert len(found) == 1 and found[0].message.startswith(command), found
    assert found[0].line == 4 + body[: body.index("\\cite")].count("\n")


def test_definitions_holding_citations_are_not_reported(tmp_path: Path) -> None:
    doc = ingest(
        tmp_path,
        "\\newcommand{\\rings}{\\cite{oak2001}}\\addcontentsline{toc}{chapter}{X \\cite{elm2005}}"
        "\nRings \\rings.",
    )
    assert cited(doc) == ["oak2001"]
    assert not unread(doc)
