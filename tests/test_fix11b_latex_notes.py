"""LaTeX: a footnote citing two keys, hand-set bibliographies in ``hangparas``, single
quotation marks (issue 11, heldout11 17, 22, 24).

* ``\\footnote{see \\cite[ch.~2]{a}; but compare \\cite{b}.}``: each key is cited, and the
  note is tied to its first work (as a note citing several works in words is).
* ``\\begin{hangparas}{1.5em}{1}`` and ``\\hangpara{2em}{1}``: the indent and the count are
  no text of the first entry; nor are ``adjustwidth``'s margins.
* `` `Title' `` is TeX's ‘Title’ (an apostrophe before a letter stays one).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

BIB = """@book{lind2010, author={Lind, Petra}, title={Harbours of the Baltic}, publisher={Sol},
  address={Bergen}, year=2010}
@article{moss2019, author={Moss, Karen}, title={Tides and Trade}, journal={Maritime History},
  volume=12, year=2019, pages={4--19}}
"""


def _doc(tmp_path: Path, body: str) -> tuple[Path, str]:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    tex = tmp_path / "paper.tex"
    tex.write_text(
        "\\documentclass{article}\n\\begin{document}\n" + body + "\n\\bibliography{refs}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    return tex, body


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Text.\\footnote{See \\cite[ch.~2]{lind2010}; but compare \\cite{moss2019}.}",
            "Harbours of the Baltic",
        ),
        (
            "Text.\\footnote{On ports, \\cite[45]{moss2019}; and, for the Hansa, "
            "\\cite{lind2010}.}",
            "Tides and Trade",
        ),
    ],
    ids=["first-of-two", "first-with-page"],
)
def test_note_citing_two_keys_is_tied_to_the_first(tmp_path: Path, body: str, title: str) -> None:
    tex, _ = _doc(tmp_path, body)
    doc = parse_file(tex)
    (note,) = [fn for fn in doc.footnotes if fn.label == "1"]
    assert note.reference.title == title
    cited = {fn.label for fn in doc.footnotes}
    assert {"lind2010", "moss2019"} <= cited


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
