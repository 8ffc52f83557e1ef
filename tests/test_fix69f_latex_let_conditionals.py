"""``\\iffalse``/``\\iftrue`` as an operand, not an opening: ``\\let\\ifgerman\\iffalse``
defines a conditional (a thesis template's language switch), and ``\\def\\ifhtml{\\iffalse}``
a macro whose body holds one.  Before round 69 each was read as an ``\\iffalse`` never
closed: the rest of the file was blanked (its citations unread) with a false warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.latex.blank import Definitions, blank

BIB = (
    "@book{lind2004, author = {Lind, Tova}, title = {Ledgers}, publisher = {Example Press},"
    " year = {2004}}\n"
    "@book{moreau2017, author = {Moreau, Paul}, title = {Tides}, publisher = {Example Press},"
    " year = {2017}}\n"
)

# (preamble lines, body, keys cited in live text)
CASES = [
    (
        "\\let\\ifgerman\\iffalse\n\\let\\ifenglish\\iftrue\n",
        "\\ifgerman Deutsch \\cite{moreau2017}.\\else English \\cite{lind2004}.\\fi\n",
        ["lind2004"],
    ),
    (
        "\\let\\ifdraft = \\iftrue\n",
        "\\ifdraft Draft \\cite{lind2004}.\\else Final \\cite{moreau2017}.\\fi\n",
        ["lind2004"],
    ),
    (
        "\\makeatletter\n\\@ifpackageloaded{tex4ht}{\n  \\def\\ifhtml{\\iftrue}\n}{\n"
        "  \\def\\ifhtml{\\iffalse}\n}\n\\makeatother\n",
        "Text \\cite{lind2004} and \\cite{moreau2017}.\n",
        ["lind2004", "moreau2017"],
    ),
    (
        "\\newcommand{\\ifprint}{\\iffalse}\n\\providecommand\\ifweb[1]{\\iftrue #1}\n",
        "Text \\cite{moreau2017}.\n",
        ["moreau2017"],
    ),
]


@pytest.mark.parametrize(
    ("preamble", "body", "want"), CASES, ids=["let-false", "let-equals-true", "def", "newcommand"]
)
def test_conditional_operands_open_nothing(
    tmp_path: Path, preamble: str, body: str, want: list[str]
) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "main.tex"
    path.write_text(
        "\\documentclass{article}\n"
        + preamble
        + "\\begin{document}\n"
        + body
        + "\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert not [a for a in doc.anomalies if a.code is C.UNREAD_REGION]
    assert sorted({fn.label for fn in doc.footnotes}) == want


@pytest.mark.parametrize(
    ("text", "live"),
    [
        ("\\let\\ifa\\iffalse\n\\ifa hidden\\fi shown", ["shown"]),
        ("\\let\\ifa\\iftrue\n\\ifa shown\\else hidden\\fi", ["shown"]),
        ("\\iffalse \\let\\ifb\\iftrue hidden \\fi shown", ["shown"]),
        ("\\def\\ifc{\\iffalse} shown", ["shown"]),
    ],
    ids=["alias-false", "alias-true", "let-inside-iffalse", "def-body"],
)
def test_blank(text: str, live: list[str]) -> None:
    out = blank(text, Definitions())
    assert not out.anomalies
    assert "hidden" not in out.text
    assert all(word in out.text for word in live)
