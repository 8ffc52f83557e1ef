"""An include the author made optional (``\\IfFileExists{x}{\\input{x}}{}``,
``\\InputIfFileExists{x}{}{}``) whose file is absent is skipped by LaTeX too: an info
``include-optional-absent``, never the ``include-unreadable`` coverage gap; an included
file that is there is read; an unguarded missing file stays a gap."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Severity
from bibcheck.parse.coverage import coverage
from bibcheck.readers.latex.source import _guarded
from tests.test_regex_growth import assert_linear

HEAD = "\\documentclass{article}\n"
BODY = "\\begin{document}\nText \\footnote{A. Author, \\emph{Book} (2001).}.\n\\end{document}\n"


@pytest.mark.parametrize(
    ("preamble", "codes"),
    [
        # the guard names the file the branch inputs (with or without .tex)
        (
            "\\IfFileExists{LocalSettings.tex}{\\input{LocalSettings.tex}}{}\n",
            [C.INCLUDE_OPTIONAL_ABSENT],
        ),
        (
            "\\IfFileExists{LocalSettings}{\\input{LocalSettings}}{\\relax}\n",
            [C.INCLUDE_OPTIONAL_ABSENT],
        ),
        # spaces and a line break between the arguments, \include, no else branch
        (
            "\\IfFileExists{./build/stamp.tex} {%\n  \\include{build/stamp}\n}\n",
            [C.INCLUDE_OPTIONAL_ABSENT],
        ),
        # the kernel's own optional input
        ("\\InputIfFileExists{site-config}{}{}\n", [C.INCLUDE_OPTIONAL_ABSENT]),
        # the else branch is not optional: its missing file is not skipped silently (in
        # the preamble an info include-preamble-absent, in the body a gap: see
        # test_fix32l_preamble_input.py and test_a_guard_that_exists_makes_the_branch_required)
        (
            "\\IfFileExists{mine.tex}{\\input{mine}}{\\input{fallback}}\n",
            [C.INCLUDE_OPTIONAL_ABSENT, C.INCLUDE_PREAMBLE_ABSENT],
        ),
        # no guard: not optional
        ("\\input{Generated.tex}\n", [C.INCLUDE_PREAMBLE_ABSENT]),
    ],
)
def test_optional_inputs(tmp_path: Path, preamble: str, codes: list[C]) -> None:
    (tmp_path / "p.tex").write_text(HEAD + preamble + BODY)
    doc = parse_file(tmp_path / "p.tex")
    found = [
        a.code
        for a in doc.all_anomalies()
        if a.code in (C.INCLUDE_OPTIONAL_ABSENT, C.INCLUDE_UNREADABLE, C.INCLUDE_PREAMBLE_ABSENT)
    ]
    assert found == codes
    gaps = codes.count(C.INCLUDE_UNREADABLE)
    assert coverage(doc).not_read.get("include-unreadable", 0) == gaps
    severities = [
        f.severity
        for f in anomaly_findings(doc)
        if ("anomaly", "include-optional-absent") in f.evidence
    ]
    assert severities == [Severity.INFO] * codes.count(C.INCLUDE_OPTIONAL_ABSENT)


def test_an_optional_input_that_is_there_is_read(tmp_path: Path) -> None:
    (tmp_path / "extra.tex").write_text("Extra text.\\footnote{B. Writer, \\emph{Essay} (1999).}\n")
    (tmp_path / "p.tex").write_text(
        HEAD + "\\begin{document}\n\\IfFileExists{extra.tex}{\\input{extra}}{}\n"
        "\\InputIfFileExists{extra}{}{}\n" + BODY.removeprefix("\\begin{document}\n")
    )
    doc = parse_file(tmp_path / "p.tex")
    assert len(doc.footnotes) == 3
    assert not [a for a in doc.all_anomalies() if "include" in a.code.value]


def test_a_guard_that_exists_makes_the_branch_required(tmp_path: Path) -> None:
    (tmp_path / "flag.cfg").write_text("x\n")
    # in the body, where a missing file is a gap (in the preamble it is an info)
    (tmp_path / "p.tex").write_text(
        HEAD
        + "\\begin{document}\n\\IfFileExists{flag.cfg}{\\input{missing}}{}\n"
        + BODY.removeprefix("\\begin{document}\n")
    )
    codes = [a.code for a in parse_file(tmp_path / "p.tex").all_anomalies()]
    assert C.INCLUDE_UNREADABLE in codes and C.INCLUDE_OPTIONAL_ABSENT not in codes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("\\IfFileExists{a.tex}{\\input{a}}{}", ["a.tex"]),
        ("\\IfFileExists {b}\n{x}{y} \\IfFileExists{c}{z}", ["b", "c"]),
        ("\\IfFileExists{a}", []),  # no branch
        ("\\IfFileExists{a} text", []),
        ("\\IfFileExistsNot{a}{b}", []),
        ("\\IfFileExists{unclosed{x}", []),
    ],
)
def test_guarded(text: str, names: list[str]) -> None:
    assert [g for _, _, g in _guarded(text, 0, len(text))] == names


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "\\IfFileExists{" * (n // 14),
        lambda n: "\\IfFileExists{a}" + " " * n,
        lambda n: "{" * n,
    ],
)
def test_guarded_is_linear_on_long_lines(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: _guarded(text, 0, len(text)), line)
