r"""Fix 58b (2): LaTeX citation keys named by a macro.

A macro the document defines with no arguments and a key as its body
(``\newcommand{\mainref}{berg2004}``, ``\def\keyb{hale2011}``, a macro naming such a
macro) is expanded as TeX expands it: ``\cite{\mainref}`` cites ``berg2004``.  Any other
(undefined, taking arguments, looping, not a key) is said once per macro with why; and a
document whose only citations are such is refused (exit 2) with what was found -- the
macros, how many citations name each -- not the bare "found nothing".

Own fixtures: an invented paper on harbour ledgers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.cli import ExitCode, main
from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.readers.latex.macrokeys import (
    ARGUMENTS,
    LOOP,
    MIXED,
    NOT_A_KEY,
    UNDEFINED,
    resolved_keys,
)
from bibcheck.readers.latex.macros import Macro

DEFINED = {
    "mainref": Macro("mainref", (), "berg2004"),
    "both": Macro("both", (), " berg2004, hale2011 "),
    "alias": Macro("alias", (), "\\mainref"),
    "keyof": Macro("keyof", ("m",), "#1"),
    "loopa": Macro("loopa", (), "\\loopb"),
    "loopb": Macro("loopb", (), "\\loopa"),
    "styled": Macro("styled", (), "\\textbf{berg2004}"),
}

RESOLVED = [
    # (key argument, text after expansion, macros left with why)
    pytest.param("\\mainref", "berg2004", {}, id="newcommand"),
    pytest.param("hale2011, \\mainref", "hale2011,berg2004", {}, id="beside-a-key"),
    pytest.param(" \\mainref{} ", "berg2004", {}, id="empty-group"),
    pytest.param("\\both", "berg2004, hale2011", {}, id="two-keys"),
    pytest.param("\\alias", "berg2004", {}, id="macro-naming-a-macro"),
    pytest.param("\\nowhere", "\\nowhere", {"nowhere": UNDEFINED}, id="undefined"),
    pytest.param("\\keyof{berg}", "\\keyof{berg}", {"keyof": ARGUMENTS}, id="arguments"),
    pytest.param("\\keyof", "\\keyof", {"keyof": ARGUMENTS}, id="arguments-none-given"),
    pytest.param("\\loopa", "\\loopa", {"loopa": LOOP}, id="loop"),
    pytest.param("\\styled", "\\styled", {"styled": NOT_A_KEY}, id="not-a-key"),
    pytest.param("pre\\mainref", "pre\\mainref", {"mainref": MIXED}, id="mixed"),
    pytest.param("berg2004", "berg2004", {}, id="no-macro"),
]


@pytest.mark.parametrize(("text", "want", "left"), RESOLVED)
def test_resolved_keys(text: str, want: str, left: dict[str, str]) -> None:
    found = resolved_keys(text, DEFINED.get)
    assert found.text.replace(" ", "") == want.replace(" ", "")
    assert found.left == left


BIB = """@book{berg2004, author={Berg, Anna}, title={The Customs House and Its Books},
  publisher={Verso}, address={London}, year={2004}}
@book{hale2011, author={Hale, Thomas}, title={Clerks of the Port},
  publisher={Clarendon Press}, address={Oxford}, year={2011}}
"""

ONLY_MACROS = r"""\documentclass{article}
\newcommand{\mainref}{berg2004}
\newcommand\otherref{hale2011}
\def\both{berg2004,hale2011}
\begin{document}
The ledgers were read as trade records \cite{\mainref}. Later work saw the clerks
\citep{\otherref}, and both again \cite{\both}.
\bibliography{refs}
\end{document}
"""

UNRESOLVED = r"""\documentclass{article}
\newcommand{\keyof}[1]{#1}
\def\loopa{\loopb}
\def\loopb{\loopa}
\begin{document}
The ledgers were read as trade records \cite{\keyof{berg2004}}. Later work saw the
clerks \cite{\loopa}, and again \citep{\undefinedkey} and \cite{\undefinedkey}.
\bibliography{refs}
\end{document}
"""


def _paper(tmp_path: Path, text: str) -> Path:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "paper.tex"
    path.write_text(text, encoding="utf-8")
    return path


def test_macros_with_keys_are_cited(tmp_path: Path) -> None:
    doc = parse_file(_paper(tmp_path, ONLY_MACROS))
    assert sorted(e.label for e in doc.literature) == ["berg2004", "hale2011"]
    by_number = {e.number: e.label for e in doc.literature}
    cited = [by_number[fn.literature.number] for fn in doc.footnotes if fn.literature]
    assert sorted(cited) == ["berg2004", "hale2011"]
    assert all(fn.literature and fn.literature.method == "key" for fn in doc.footnotes)
    assert [a for a in doc.anomalies if "by the macro" in a.message] == []


def test_only_unresolved_macros_refused_with_what_was_found(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        parse_file(_paper(tmp_path, UNRESOLVED))
    message = str(caught.value)
    assert "found nothing it reads" in message
    assert (
        "1 citation names its key by the macro \\keyof (first at line 6): bibcheck expands "
        "a macro in a citation's key only where its definition is a key, and it takes "
        "arguments" in message
    )
    assert "by the macro \\loopa (first at line 7)" in message and LOOP in message
    assert "2 citations name their key by the macro \\undefinedkey (first at line 7)" in message
    assert UNDEFINED in message


def test_cli_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "b.db")
    assert main(["ingest", "--db", db, str(_paper(tmp_path, UNRESOLVED))]) == ExitCode.INPUT
    assert "\\undefinedkey" in capsys.readouterr().err
    assert main(["ingest", "--db", db, str(_paper(tmp_path, ONLY_MACROS))]) == ExitCode.OK


def test_mixed_resolved_and_unread(tmp_path: Path) -> None:
    """Beside a key it resolves, a macro it cannot is said once, with why."""
    text = ONLY_MACROS.replace(r"\cite{\both}", r"\cite{\both, \nowhere}")
    doc = parse_file(_paper(tmp_path, text))
    said = [a.message for a in doc.anomalies if "by the macro" in a.message]
    assert len(said) == 1
    assert said[0].startswith("1 citation names its key by the macro \\nowhere (first at line 7)")
    assert UNDEFINED in said[0]
