r"""Fix 57e (6): LaTeX citations whose key is a macro (``\cite{\keyberg}``) are said once
per macro, with a count and the first line -- not once per citation, and never silent.

Own fixtures: an invented paper on harbour ledgers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.latex.macrokeys import MacroKeys, macro_keys

KEYS = {
    r"\keyberg": ["keyberg"],
    r"berg2004, \mainref": ["mainref"],
    r" \keyA , \keyB ": ["keyA", "keyB"],
    r"\ref@x": ["ref@x"],
    "berg2004, hale2011": [],
    "": [],
}


@pytest.mark.parametrize(("text", "want"), KEYS.items())
def test_macro_keys(text: str, want: list[str]) -> None:
    assert macro_keys(text) == want


def test_counted_once_per_macro() -> None:
    seen = MacroKeys()
    for text, line in [(r"\keyberg", 3), (r"\keyhale", 4), (r"\keyberg", 5), (r"\keyberg", 9)]:
        seen.add(text, line)
    found = seen.anomalies()
    assert [(a.code, a.line) for a in found] == [
        (AnomalyCode.UNREAD_REGION, 3),
        (AnomalyCode.UNREAD_REGION, 4),
    ]
    assert found[0].message.startswith(r"3 citations name their key by the macro \keyberg")
    assert "(first at line 3)" in found[0].message
    assert found[1].message.startswith(r"1 citation names its key by the macro \keyhale")


DOC = r"""\documentclass{article}
\begin{document}
The ledgers were read as trade records \cite{\keyberg}. Later work saw the clerks
\cite{\keyhale}. The tides \cite{\keyberg} and more \cite{hale, \keyberg}.
Elsewhere \citep{\keyberg}.
\begin{thebibliography}{9}
\bibitem{berg} A. Berg, The Customs House, London: Verso, 2004.
\bibitem{hale} T. Hale, Clerks of the Port, Oxford: Clarendon, 2011.
\end{thebibliography}
\end{document}
"""


def test_document(tmp_path: Path) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(DOC, encoding="utf-8")
    parsed = parse_file(path)
    said = [a for a in parsed.anomalies if "by the macro" in a.message]
    assert [(a.line, a.message.split(" (")[0]) for a in said] == [
        (3, r"4 citations name their key by the macro \keyberg"),
        (4, r"1 citation names its key by the macro \keyhale"),
    ]
