"""fix55c: a written reference list in an appendix, a translation environment or a part
of its own (a translated or reprinted paper's ``References``) belongs to that part when
the document has a list of its own elsewhere: cited inside the part, never uncited
against the main text; its findings name its file.  ``$^{[1]}$`` cites a written list."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.latex.partlists import part_items, part_spans

BIB = """\
@book{okafor2011, author={Chidi Okafor}, title={Harbour Cities}, publisher={Lagos Press},
  year={2011}}
@article{lind2019, author={Maja Lind}, title={Port labour}, journal={Maritime Review},
  volume={4}, pages={1--9}, year={2019}}
"""

MAIN = """\
\\documentclass{report}
\\begin{document}
\\chapter{Introduction}
Harbour cities grew fast~\\cite{okafor2011}. Labour changed too~\\cite{lind2019}.
\\bibliographystyle{plain}
\\bibliography{refs}
OPEN
\\input{paper}
CLOSE
\\end{document}
"""

PAPER = """\
\\chapter{The original paper}
Docks were rebuilt after the war CITE and cranes came later.

\\section*{References}
\\begin{enumerate}
\\item Berger T. Docks and Cranes. Hamburg: Elbe Verlag, 1961.
\\item Noor A, Vale P. Cargo in Transit. London: Quay Press, 1974.
\\item Ruiz E. The Modern Port. Madrid: Puerto, 1988.
\\end{enumerate}
"""


def _document(tmp_path: Path, opening: str, closing: str, cite: str) -> ParsedDocument:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    main = MAIN.replace("OPEN", opening).replace("CLOSE", closing)
    (tmp_path / "main.tex").write_text(main, encoding="utf-8")
    (tmp_path / "paper.tex").write_text(PAPER.replace("CITE", cite), encoding="utf-8")
    return parse_file(tmp_path / "main.tex")


def _uncited(doc: ParsedDocument) -> list[int]:
    return sorted(a.line or 0 for a in doc.anomalies if a.code is C.LITERATURE_UNCITED)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("\\appendix", ""),
        ("\\begin{appendix}", "\\end{appendix}"),
        ("\\begin{appendices}", "\\end{appendices}"),
        ("\\begin{translation}", "\\end{translation}"),
        ("\\part{Translated paper}", ""),
    ],
)
@pytest.mark.parametrize(
    ("cite", "cited"),
    [
        ("", []),
        ("[1, 3]", ["[1]", "[3]"]),
        ("$^{[2]}$", ["[2]"]),  # a hand-set numeric superscript
    ],
)
def test_a_parts_list_is_the_parts(
    tmp_path: Path, opening: str, closing: str, cite: str, cited: list[str]
) -> None:
    doc = _document(tmp_path, opening, closing, cite)
    assert _uncited(doc) == []  # not uncited against the main text
    numbered = sorted({m.label for fn in doc.footnotes for m in fn.markers} - {"okafor2011"})
    assert numbered == sorted([*cited, "lind2019"])
    for fn in doc.footnotes:
        if fn.label.startswith("["):
            assert fn.markers[0].file == "paper.tex"  # cited in the part, at its file
    listed = [e for e in doc.literature if e.line >= 6]
    assert {e.file for e in listed if e.file} == {"paper.tex"}


def test_the_documents_only_list_in_an_appendix_stays_its_list(tmp_path: Path) -> None:
    """No .bib and no other list: the written list after \\appendix is the document's, and
    an entry nothing cites is uncited (with its file)."""
    main = (
        "\\documentclass{article}\n\\begin{document}\n"
        "Docks were rebuilt [1]. Cargo moved [2].\n\\appendix\n\\input{paper}\n"
        "\\end{document}\n"
    )
    (tmp_path / "main.tex").write_text(main, encoding="utf-8")
    paper = PAPER.replace("\\chapter{The original paper}", "\\section{Data}")
    (tmp_path / "paper.tex").write_text(paper.replace("CITE", ""), encoding="utf-8")
    doc = parse_file(tmp_path / "main.tex")
    uncited = [a for a in doc.anomalies if a.code is C.LITERATURE_UNCITED]
    assert [a.line for a in uncited] == [8]
    entry = next(e for e in doc.literature if e.number == 3)
    assert entry.file == "paper.tex"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("a \\appendix b", [(2, 13)]),
        ("a \\appendix b \\backmatter c", [(2, 14)]),
        ("x \\begin{appendices} y \\end{appendices} z", [(2, 23)]),
        ("\\part{A} x \\part{B} y", [(0, 11), (11, 21)]),
        # look-alikes: no appendix, no part
        ("\\appendixname and \\partname, \\parts", []),
        ("\\begin{appendixfigure} x \\end{appendixfigure}", []),
    ],
)
def test_part_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert part_spans(text, 0, len(text)) == spans


@pytest.mark.parametrize(
    ("items", "own", "expected"),
    [
        ([20, 25], True, {0, 1}),  # in the appendix, the document has its .bib
        ([20, 25], False, set()),  # the only list: the document's
        ([5, 20], False, {1}),  # another written list before the appendix
        ([5, 8], True, set()),  # before the appendix: the document's
    ],
)
def test_part_items(items: list[int], own: bool, expected: set[int]) -> None:
    text = "body text \\appendix appendix text here"
    assert part_items(text, 0, len(text), items, own) == expected


@pytest.mark.parametrize("unit", ["\\part{", "\\appendix", "\\begin{appendix}", "\\backmatter "])
def test_part_spans_stay_linear(unit: str) -> None:
    from tests.test_regex_growth import assert_linear

    assert_linear(
        lambda line: part_spans(line, 0, len(line)), lambda n: (unit * (n // len(unit) + 1))[:n]
    )
