"""LaTeX: hand-set bibliographies in ``hangparas``, single quotation marks (issue 11,
heldout11 22, 24).

* ``\\begin{hangparas}{1.5em}{1}`` and ``\\hangpara{2em}{1}``: the indent and the count are
  no text of the first entry; nor are ``adjustwidth``'s margins.
* `` `Title' `` is TeX's ‘Title’ (an apostrophe before a letter stays one).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

LIST = """\\documentclass{article}
\\begin{document}
Body text.
\\section*{Bibliography}
{env_open}
Lind, Petra. \\textit{Harbours of the Baltic}. Bergen: Sol, 2010.

Moss, Karen. ``Tides and Trade.'' \\textit{Maritime History} 12 (2019): 4--19.
{env_close}
\\end{document}
"""


@pytest.mark.parametrize(
    ("env_open", "env_close"),
    [
        ("\\begin{hangparas}{1.5em}{1}", "\\end{hangparas}"),
        ("\\begin{adjustwidth}{2em}{0pt}", "\\end{adjustwidth}"),
        ("\\hangpara{2em}{1}", ""),
    ],
    ids=["hangparas", "adjustwidth", "hangpara-command"],
)
def test_hanging_list_arguments_are_no_text(tmp_path: Path, env_open: str, env_close: str) -> None:
    tex = tmp_path / "list.tex"
    tex.write_text(
        LIST.replace("{env_open}", env_open).replace("{env_close}", env_close), encoding="utf-8"
    )
    doc = parse_file(tex)
    assert doc.literature
    first = doc.literature[0].reference
    assert first.raw.startswith("Lind, Petra")
    assert first.title == "Harbours of the Baltic"
    assert first.authors == ("Lind, Petra",)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Lind, `Harbours of the Baltic', 12.", "Lind, ‘Harbours of the Baltic’, 12."),
        ("Moss, `Hardy's Tides', 4.", "Moss, ‘Hardy's Tides’, 4."),
        ("the ``quoted'' word", "the “quoted” word"),
        ("Hardy's novels", "Hardy's novels"),
    ],
    ids=["single-quotes", "apostrophe-inside", "double-quotes", "apostrophe-only"],
)
def test_single_quotation_marks(tmp_path: Path, source: str, text: str) -> None:
    tex = tmp_path / "q.tex"
    tex.write_text(
        "\\documentclass{article}\n\\begin{document}\nBody.\\footnote{" + source + "}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    (note,) = parse_file(tex).footnotes
    assert " ".join(note.reference.raw.split()) == text
