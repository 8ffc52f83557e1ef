"""A file the preamble inputs that is not in the project (``\\input{glyphtounicode}``,
shipped with pdfTeX; a local settings file left out) holds no cited text: a file the
TeX distribution ships is no finding at all, any other missing preamble file an info
``include-preamble-absent``; a missing file in the body (a chapter) stays the
``include-unreadable`` coverage gap.  The rule needs no TeX installation."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Severity
from bibcheck.parse.coverage import coverage
from bibcheck.readers.latex.texdist import is_distribution_file

_CODES = (C.INCLUDE_UNREADABLE, C.INCLUDE_PREAMBLE_ABSENT)
BODY = "Text \\cite{a}.\n\\begin{thebibliography}{1}\n\\bibitem{a} A. Author. A Title. 2020.\n"
BODY += "\\end{thebibliography}\n"


@pytest.mark.parametrize(
    ("files", "codes"),
    [
        # pdfTeX's glyph table, with and without .tex, the cmr variant, TeX syntax
        ({"p.tex": "\\documentclass{article}\n\\input{glyphtounicode}\n\\pdfgentounicode=1\n"}, []),
        ({"p.tex": "\\documentclass{article}\n\\input{glyphtounicode.tex}\n"}, []),
        ({"p.tex": "\\documentclass{book}\n\\input glyphtounicode-cmr.tex\n"}, []),
        # a package file input by name (its extension says it is TeX machinery)
        ({"p.tex": "\\documentclass{article}\n\\input{t2aenc.def}\n"}, []),
        # in a settings file the preamble inputs (a thesis template's common/packages)
        (
            {
                "p.tex": "\\documentclass{report}\n\\input{common/packages}\n",
                "common/packages.tex": "\\usepackage{cmap}\n\\input{glyphtounicode}\n"
                "\\input{glyphtounicode-ntx.tex}\n",
            },
            [],
        ),
        # a project file of the preamble that is absent: an info, not a gap
        (
            {"p.tex": "\\documentclass{article}\n\\input{localsettings}\n"},
            [C.INCLUDE_PREAMBLE_ABSENT],
        ),
        (
            {
                "p.tex": "\\documentclass{article}\n\\input{setup/all}\n",
                "setup/all.tex": "\\input{setup/colours}\n",
            },
            [C.INCLUDE_PREAMBLE_ABSENT],
        ),
    ],
)
def test_preamble_inputs_not_in_the_project(
    tmp_path: Path, files: dict[str, str], codes: list[C]
) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(
            text + ("\\begin{document}\n" + BODY if name == "p.tex" else "")
        )
    doc = parse_file(tmp_path / "p.tex")
    assert [a.code for a in doc.all_anomalies() if a.code in _CODES] == codes
    assert coverage(doc).not_read.get("include-unreadable", 0) == 0
    severities = {f.severity for f in anomaly_findings(doc) if f.kind.value == "coverage-gap"}
    assert severities <= {Severity.INFO}


@pytest.mark.parametrize(
    ("main", "chapter"),
    [
        # a chapter input in the body, absent
        ("\\documentclass{book}\n\\begin{document}\n\\input{chapters/intro}\n" + BODY, None),
        ("\\documentclass{book}\n\\begin{document}\n\\include{chapters/intro}\n" + BODY, None),
        # the body begins in a file the main file inputs; what follows it is body
        (
            "\\documentclass{book}\n\\input{front}\n\\input{chapters/intro}\n" + BODY,
            ("front.tex", "\\begin{document}\n\\maketitle\n"),
        ),
        # a chapter that inputs a missing section
        (
            "\\documentclass{book}\n\\begin{document}\n\\input{chapters/one}\n" + BODY,
            ("chapters/one.tex", "\\input{chapters/intro}\n"),
        ),
    ],
)
def test_a_missing_body_input_stays_a_gap(
    tmp_path: Path, main: str, chapter: tuple[str, str] | None
) -> None:
    if chapter is not None:
        (tmp_path / chapter[0]).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / chapter[0]).write_text(chapter[1])
    (tmp_path / "p.tex").write_text(main + "\\end{document}\n")
    doc = parse_file(tmp_path / "p.tex")
    assert [a.code for a in doc.all_anomalies() if a.code in _CODES] == [C.INCLUDE_UNREADABLE]
    assert coverage(doc).not_read.get("include-unreadable", 0) == 1


def test_a_chapter_read_alone_is_body(tmp_path: Path) -> None:
    (tmp_path / "ch.tex").write_text("\\chapter{One}\n\\input{sections/missing}\nText.\n")
    doc = parse_file(tmp_path / "ch.tex")
    assert C.INCLUDE_UNREADABLE in [a.code for a in doc.all_anomalies()]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("glyphtounicode", True),
        ("glyphtounicode.tex", True),
        ("glyphtounicode-cmr", True),
        ("epsf", True),
        ("amssym.def", True),
        ("t1enc.def", True),
        ("mythesis.cls", True),
        ("babel-local.ldf", True),
        ("chapters/intro", False),
        ("preamble", False),
        ("glyphs", False),
        ("", False),
        ("macros.tex", False),
    ],
)
def test_is_distribution_file(name: str, expected: bool) -> None:
    assert is_distribution_file(name) is expected
