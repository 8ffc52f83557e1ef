"""Org: what never reaches the export is no text of the paper.  Subtrees tagged with an
exclude tag (``:noexport:``, or the ``#+EXCLUDE_TAGS:`` of the file), ``COMMENT``
subtrees, ``# comment`` lines and comment blocks hold no citation -- in the Org reader
and in the LaTeX reader when it reads an Org paper written with raw ``\\cite{}``.  An Org
file has no LaTeX preamble (the exporter writes it): an ``\\input`` of a missing file in
a ``#+BEGIN_EXPORT latex`` block is not "in the preamble"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.readers import latex, org
from bibcheck.readers.orgexclude import (
    commented,
    exclude_tags,
    heading,
    looks_like_org,
    unexported,
    unexported_lines,
)
from tests.test_regex_growth import assert_linear

BIB = """\
@article{dongarra2003,
  author = {Dongarra, Jack}, title = {The LINPACK Benchmark}, year = {2003},
  journal = {Concurrency}}
@article{casanova2014,
  author = {Casanova, Henri}, title = {Versatile Simulations}, year = {2014},
  journal = {JPDC}}
@book{hockney1996,
  author = {Hockney, Roger}, title = {The Science of Computer Benchmarking},
  year = {1996}, publisher = {SIAM}}
"""


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a :noexport: subtree runs to the next heading of its level or above
        ("* A\nx\n** B :noexport:\ny\n*** C\nz\n** D\nw\n", {2, 3, 4, 5}),
        # one tag of several
        ("* A :draft:noexport:\nx\n* B\ny\n", {0, 1}),
        # COMMENT headings, with a TODO keyword and a priority before it
        ("* COMMENT Old\nx\n* New\ny\n", {0, 1}),
        ("** TODO [#A] COMMENT Old\nx\n** New\n", {0, 1}),
        # comment lines and blocks
        ("text\n# a comment\n#+BEGIN_COMMENT\nx\n#+END_COMMENT\nmore\n", {1, 2, 3, 4}),
        # the file's own exclude tags replace the default
        ("#+EXCLUDE_TAGS: private\n* A :private:\nx\n* B :noexport:\ny\n", {1, 2}),
        # look-alikes: a COMMENTARY heading, a tag named like it, a #+keyword, #1
        ("* COMMENTARY\nx\n* B :noexporting:\ny\n#+TITLE: T\n#1 arg\n", set()),
    ],
)  # fmt: skip
def test_unexported_lines(text: str, gone: set[int]) -> None:
    assert unexported_lines(text.split("\n")) == gone


@pytest.mark.parametrize(
    ("words", "want"),
    [
        ("COMMENT Draft", True),
        ("COMMENT", True),
        ("DONE COMMENT Draft", True),
        ("COMMENTS on the draft", False),
        ("A COMMENT in the middle", False),
    ],
)
def test_commented(words: str, want: bool) -> None:
    assert commented(words) is want


def test_heading_and_tags() -> None:
    head = heading("*** Hidden part    :noexport:ignore:")
    assert head is not None
    assert (head.level, head.words, head.tags) == (3, "Hidden part", {"noexport", "ignore"})
    assert heading("**bold** text") is None
    assert exclude_tags("#+EXPORT_EXCLUDE_TAGS: a b\n") == {"a", "b"}
    assert exclude_tags("no keyword") == {"noexport"}


@pytest.mark.parametrize(
    ("name", "text", "want"),
    [
        ("paper.org", "plain", True),
        ("paper.txt", "#+TITLE: A\n#+LATEX_CLASS: article\n", True),
        ("paper.tex", "\\documentclass{article}\n% #+TITLE in a comment\n", False),
    ],
)
def test_looks_like_org(name: str, text: str, want: bool) -> None:
    assert looks_like_org(name, text) is want


PAPER = """\
#+TITLE: Emulating a Benchmark
#+LATEX_CLASS: IEEEtran
#+LATEX: \\bibliographystyle{{IEEEtran}}

* Introduction
The benchmark\\cite{{dongarra2003}} ranks machines.
# An older sentence citing\\cite{{hockney1996}}.

#+BEGIN_EXPORT latex
\\begin{{figure}}\\input{{figures/results.tex}}\\end{{figure}}
#+END_EXPORT

* Validation
Simulation\\cite{{casanova2014}} helps.
** Hidden comparison                                      :noexport:
As measured\\cite{{hockney1996}}.
* Emacs setup                                             :noexport:
# eval: (add-to-list 'org-latex-classes '("x" "\\\\documentclass{{x}}"))
#+LATEX: \\bibliography{{refs}}
{tail}"""


def _latex(tmp_path: Path, tail: str = "") -> tuple[list[str], list[C]]:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    text = PAPER.format(tail=tail).replace("#+LATEX: \\bibliography{refs}\n", "")
    text += "\n* Bib :ignore:\n#+LATEX: \\bibliography{refs}\n"
    path = tmp_path / "paper.org"
    path.write_text(text, encoding="utf-8")
    doc = latex.read_at(text, str(path))
    return sorted({m.label for m in doc.markers}), [a.code for a in doc.anomalies]


def test_latex_reader_skips_unexported(tmp_path: Path) -> None:
    labels, codes = _latex(tmp_path)
    assert labels == ["casanova2014", "dongarra2003"]
    assert C.INCLUDE_PREAMBLE_ABSENT not in codes
    assert C.INCLUDE_UNREADABLE in codes  # the figure's file is missing: said so


def test_latex_file_keeps_its_preamble(tmp_path: Path) -> None:
    """A .tex file (no Org) still has a preamble: an absent \\input there is told apart."""
    text = (
        "\\documentclass{article}\n\\input{macros}\n\\begin{document}\n"
        "# not an Org comment\\cite{a}\n\\end{document}\n"
    )
    path = tmp_path / "paper.tex"
    path.write_text(text, encoding="utf-8")
    doc = latex.read_at(text, str(path))
    assert C.INCLUDE_PREAMBLE_ABSENT in [a.code for a in doc.anomalies]
    assert [m.label for m in doc.markers] == ["a"]


ORG = """\
#+EXCLUDE_TAGS: private
* Notes
See [cite:@dongarra2003].
* TODO COMMENT Scratch
See [cite:@casanova2014].
* Private aside :private:
See [cite:@hockney1996].
* Public :noexport:
See [cite:@casanova2014].

#+print_bibliography:
"""


def test_org_reader_follows_exclude_tags(tmp_path: Path) -> None:
    """The Org reader: COMMENT after a TODO keyword, and the file's own exclude tags
    (which replace noexport)."""
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    text = "#+bibliography: refs.bib\n" + ORG
    path = tmp_path / "notes.org"
    path.write_text(text, encoding="utf-8")
    doc = org.read_opts(text, str(path), org.ReadOptions())
    assert sorted({m.label for m in doc.markers}) == ["casanova2014", "dongarra2003"]
    assert [m.line for m in doc.markers if m.label == "casanova2014"] == [10]


def test_unexported_keeps_lines() -> None:
    text = "* A :noexport:\nx\ny\n* B\nz"
    assert unexported(text) == "              \n \n \n* B\nz"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "* " + "a:" * (n // 2), id="tag-like"),
        pytest.param(lambda n: "*" * n + " x", id="stars"),
        pytest.param(lambda n: "* " + ":a" * (n // 2) + " x", id="tags-unclosed"),
        pytest.param(lambda n: "#+EXCLUDE_TAGS: " + "a " * (n // 2), id="keyword"),
        pytest.param(lambda n: "** TODO " + "COMMENT " * (n // 8), id="comment-words"),
    ],
)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: (unexported(text), looks_like_org("", text)), line)
