"""Notes of their own: a minipage's footnotes (LaTeX's mpfootnote) and a REVTeX table's
table notes are lettered series that neither step the document's footnote counter nor
collide with its footnotes."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C

REVTEX = "\\documentclass[aps,reprint]{revtex4-2}\n"
ARTICLE = "\\documentclass{article}\n"


def labels(preamble: str, body: str) -> tuple[list[tuple[str, list[int]]], set[C]]:
    text = preamble + "\\begin{document}\n" + body + "\n\\end{document}\n"
    doc = parse_bytes(text.encode(), "paper.tex")
    notes = [(f.label, sorted(m.line for m in f.markers)) for f in doc.footnotes]
    return notes, {a.code for a in doc.all_anomalies()}


CASES = [
    (
        "revtex-table-footnotes",
        REVTEX,
        "Text.\\footnote{A body note.}\n"
        "\\begin{table}\n\\begin{tabular}{ll}\n"
        "Left\\footnote{Note a.} & Right\\footnote{Note b.}\\\\\n"
        "\\end{tabular}\n\\end{table}\n"
        "More.\\footnote{Second body note.}",
        [("1", [3]), ("table1.a", [6]), ("table1.b", [6]), ("2", [9])],
    ),
    (
        "revtex-marks-and-texts-in-two-tables",
        REVTEX,
        "One.\\footnote{Body one.} Two.\\footnote{Body two.}\n"
        "\\begin{table*}\n\\begin{tabular}{ll}\n"
        "Sn\\footnotemark[1] & Pb\\footnotemark[2]\\\\\n"
        "Ca\\footnotemark[1] & x\\\\\n"
        "\\end{tabular}\n"
        "\\footnotetext[1]{Shared note.}\n\\footnotetext[2]{Other note.}\n"
        "\\end{table*}\n"
        "\\begin{table}\nC\\footnote{Restarts at a.}\n\\end{table}",
        [
            ("1", [3]),
            ("2", [3]),
            ("table1.a", [6, 7]),
            ("table1.b", [6]),
            ("table2.a", [13]),
        ],
    ),
    (
        "minipage-in-any-class",
        ARTICLE,
        "Before.\\footnote{Body one.}\n"
        "\\begin{minipage}{0.5\\textwidth}\nBoxed\\footnote{Boxed note.} text.\n\\end{minipage}\n"
        "After.\\footnote{Body two.}",
        [("1", [3]), ("minipage1.a", [5]), ("2", [7])],
    ),
    (
        # outside REVTeX a table's \footnotemark / \footnotetext use the document's counter
        "article-table-idiom-unchanged",
        ARTICLE,
        "\\begin{table}\n\\begin{tabular}{l}\nA\\footnotemark\\\\\n\\end{tabular}\n\\end{table}\n"
        "\\footnotetext{Below the table.}\nLater.\\footnote{Next.}",
        [("1", [5]), ("2", [9])],
    ),
]


@pytest.mark.parametrize(
    ("preamble", "body", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_local_note_series(preamble: str, body: str, want: list[tuple[str, list[int]]]) -> None:
    notes, codes = labels(preamble, body)
    assert sorted(notes) == sorted(want)
    assert C.DUPLICATE_DEFINITION not in codes
    assert C.NUMBERING_GAP not in codes
