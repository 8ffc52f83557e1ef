"""LaTeX footnote numbers as printed: counter arithmetic, restarts per chapter or section,
and citations written inside footnotes (each a citation of its key, where it stands)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.latex.counters import FootnoteCounter, Reset, integer, reset_of

BIB = """@book{hale1998, author={Hale, Ruth}, title={Salt Roads}, publisher={Norn}, year=1998}
@article{ortiz2011, author={Ortiz, Ana}, title={Tolls and Bridges}, journal={J. Roads},
  year=2011}
@misc{atlas2020, title={Road Atlas Data}, url={https://atlas.example.net/data}, year=2020}
"""


def ingest(tmp_path: Path, body: str, cls: str = "article", preamble: str = "") -> ParsedDocument:
    """A document whose body starts at line 4 of the file."""
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    tex = tmp_path / "doc.tex"
    tex.write_text(
        f"\\documentclass{{{cls}}}{preamble}\n\\bibliography{{refs}}\n\\begin{{document}}\n"
        + body
        + "\n\\end{document}\n",
        encoding="utf-8",
    )
    return parse_file(tex)


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda x: (x[1], x[0]))


def numbering(doc: ParsedDocument) -> set[C]:
    codes = {
        C.MARKER_WITHOUT_DEFINITION,
        C.DEFINITION_WITHOUT_MARKER,
        C.DUPLICATE_DEFINITION,
        C.DUPLICATE_MARKER,
        C.NUMBERING_GAP,
        C.NUMBERING_OUT_OF_ORDER,
    }
    return {a.code for a in doc.all_anomalies()} & codes


# -- the counter alone ---------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("3", 3), (" -2 ", -2), ("+1", 1), ("\\value{footnote}-1", None), ("x", None), ("", None)],
    ids=["plain", "negative-spaced", "plus", "expression", "word", "empty"],
)
def test_integer(value: str, expected: int | None) -> None:
    assert integer(value) == expected


@pytest.mark.parametrize(
    ("preambles", "expected"),
    [
        (["\\documentclass{article}"], Reset()),
        (["\\documentclass[12pt]{report}"], Reset("chapter")),
        (["\\documentclass[a4paper]{scrbook}"], Reset("chapter")),
        (["\\documentclass{memoir}"], Reset("chapter")),
        (["\\documentclass{book}\n\\counterwithout{footnote}{chapter}"], Reset()),
        (["\\documentclass{report}\n\\counterwithout*{footnote}{chapter}"], Reset()),
        (["\\documentclass{article}\n\\counterwithin{footnote}{section}"], Reset("section", True)),
        (["\\documentclass{article}\n\\counterwithin*{footnote}{section}"], Reset("section")),
        (["\\documentclass{article}\n\\numberwithin{footnote}{section}"], Reset("section", True)),
        (["\\documentclass{article}\n\\@addtoreset{footnote}{section}"], Reset("section")),
        (["\\documentclass{report}\n\\@removefromreset{footnote}{chapter}"], Reset()),
        (["\\documentclass{book}", "\\documentclass[../main]{subfiles}"], Reset("chapter")),
    ],
    ids=[
        "article",
        "report",
        "koma-book",
        "memoir",
        "counterwithout",
        "counterwithout-star",
        "counterwithin-shown",
        "counterwithin-star",
        "numberwithin",
        "addtoreset",
        "removefromreset",
        "subfile-takes-parent-class",
    ],
)
def test_reset_of(preambles: list[str], expected: Reset) -> None:
    assert reset_of(*preambles) == expected


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ([("step",), ("step",), ("text",)], ["1", "2", "2"]),
        ([("step",), ("given", "9"), ("step",)], ["1", "9", "2"]),
        (
            [("step",), ("step",), ("step",), ("addtocounter", -2), ("text",), ("stepcounter",),
             ("text",), ("stepcounter",), ("text",), ("step",)],
            ["1", "2", "3", "1", "2", "3", "4"],
        ),
        ([("setcounter", 10), ("step",), ("addtocounter", 5), ("step",)], ["11", "17"]),
    ],
    ids=["text-uses-current", "given-leaves-counter", "table-idiom", "set-and-add"],
)  # fmt: skip
def test_counter_arithmetic(steps: list[tuple[object, ...]], expected: list[str]) -> None:
    counter = FootnoteCounter()
    labels: list[str] = []
    for op, *args in steps:
        if op == "step":
            labels.append(counter.step())
        elif op == "text":
            labels.append(counter.current())
        elif op == "given":
            labels.append(counter.given(str(args[0])))
        else:
            value = args[0] if args else None
            assert counter.change(str(op), "footnote", value if isinstance(value, int) else None)
    assert labels == expected


# -- documents ------------------------------------------------------------------

TABLE = r"""Several rulings.
\begin{tabular}{ll}
First & yes\footnotemark\\
Second & no\footnotemark\\
Third & yes\footnotemark\\
\end{tabular}
\addtocounter{footnote}{-2}
\footnotetext{First case, 2001.}
\stepcounter{footnote}
\footnotetext{Second case, 2004.}
\stepcounter{footnote}\footnotetext{Third case, 2009.}
After the table.\footnote{Fourth note.}"""

MINUS_ONE = r"""A claim.\footnotemark{} Another claim.\footnotemark
\addtocounter{footnote}{-1}\footnotetext{For the first.}
\addtocounter{footnote}{1}\footnotetext{For the second.}
Then.\footnote{Third.}"""

TABLEFOOTNOTE = r"""Before.\footnote{One.}
\begin{tabular}{ll}
Row & cell\tablefootnote{In the table, see \cite{ortiz2011}.}\\
\end{tabular}
After.\footnote{Three.}"""

SET = r"""Before.\footnote{One.}
\setcounter{footnote}{6}
After.\footnote{Seven.} And.\footnote[2]{Given two.} Then.\footnote{Eight.}"""


@pytest.mark.parametrize(
    ("body", "expected", "texts"),
    [
        (
            TABLE,
            [("1", 6), ("2", 7), ("3", 8), ("4", 15)],
            {"1": "First case, 2001.", "3": "Third case, 2009.", "4": "Fourth note."},
        ),
        (
            MINUS_ONE,
            [("1", 4), ("2", 4), ("3", 7)],
            {"1": "For the first.", "2": "For the second."},
        ),
        (
            SET,
            [("1", 4), ("2", 6), ("7", 6), ("8", 6)],
            {"7": "Seven.", "2": "Given two.", "8": "Eight."},
        ),
        (
            TABLEFOOTNOTE,
            [("1", 4), ("2", 6), ("ortiz2011", 6), ("3", 8)],
            {"1": "One.", "3": "Three."},
        ),
    ],
    ids=["three-marks-in-a-table", "minus-one-plus-one", "setcounter-and-given", "tablefootnote"],
)
def test_footnote_counter_in_documents(
    tmp_path: Path, body: str, expected: list[tuple[str, int]], texts: dict[str, str]
) -> None:
    doc = ingest(tmp_path, body)
    assert markers(doc) == expected
    notes = {f.label: f.reference.raw for f in doc.footnotes}
    assert {label: notes[label] for label in texts} == texts
    assert not numbering(doc) - {C.NUMBERING_OUT_OF_ORDER}  # [2] given by hand after 7


def test_a_counter_value_that_cannot_be_followed_is_said(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "A.\\footnote{One.}\n\\setcounter{footnote}{\\value{page}}\nB.")
    unread = [a for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    assert len(unread) == 1 and unread[0].line == 5 and "footnote counter" in unread[0].message


CHAPTERS = r"""\chapter{One}
Alpha.\footnote{First of one.} Beta.\footnote{Second of one.}
\chapter*{Interlude}
Gamma.\footnote{Continues one.}
\chapter{Two}
Delta.\footnote{First of two.}
\appendix
\chapter{Tables}
Epsilon.\footnote{First of the appendix.}"""


@pytest.mark.parametrize(
    ("cls", "preamble", "expected"),
    [
        ("report", "", [("1.1", 5), ("1.2", 5), ("1.3", 7), ("2.1", 9), ("A.1", 12)]),
        ("scrbook", "", [("1.1", 5), ("1.2", 5), ("1.3", 7), ("2.1", 9), ("A.1", 12)]),
        (
            "book",
            "\\counterwithout{footnote}{chapter}",
            [("1", 5), ("2", 5), ("3", 7), ("4", 9), ("5", 12)],
        ),
    ],
    ids=["report-restarts", "koma-restarts", "counterwithout-continues"],
)
def test_footnotes_restart_per_chapter(
    tmp_path: Path, cls: str, preamble: str, expected: list[tuple[str, int]]
) -> None:
    doc = ingest(tmp_path, CHAPTERS, cls, preamble)
    assert markers(doc) == expected
    assert not numbering(doc)


def test_one_chapter_with_footnotes_keeps_the_printed_numbers(tmp_path: Path) -> None:
    body = (
        "\\chapter{One}\nNo notes here.\n\\chapter{Two}\nA.\\footnote{First.} "
        "B.\\footnote{Second.}\n\\chapter{Three}\nNone either."
    )
    doc = ingest(tmp_path, body, "report")
    assert markers(doc) == [("1", 7), ("2", 7)]


def test_front_matter_chapters_do_not_restart(tmp_path: Path) -> None:
    body = (
        "\\frontmatter\n\\chapter{Preface}\nP.\\footnote{Preface note.}\n\\mainmatter\n"
        "\\chapter{Start}\nS.\\footnote{Main note.}\n\\chapter{Next}\nN.\\footnote{Next note.}"
    )
    doc = ingest(tmp_path, body, "book")
    # the preface is chapter 0 of the counter: its note restarts with chapter 1
    assert markers(doc) == [("0.1", 6), ("1.1", 9), ("2.1", 11)]


def test_counterwithin_section_prints_the_section(tmp_path: Path) -> None:
    body = "\\section{A}\nX.\\footnote{One.}\n\\section{B}\nY.\\footnote{Two.} Z.\\footnote{Three.}"
    doc = ingest(tmp_path, body, "article", "\n\\counterwithin{footnote}{section}")
    assert markers(doc) == [("1.1", 6), ("2.1", 8), ("2.2", 8)]


# -- citations inside footnotes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Roads.\\footnote{See \\cite{hale1998}, p.~4.}",
            [("1", 4), ("hale1998", 4)],
            id="single-cite",
        ),
        pytest.param(
            "Roads.\\footnote{As \\textcite[12]{hale1998} argues;\ncompare \\citet{ortiz2011}.}",
            [("1", 4), ("hale1998", 4), ("ortiz2011", 5)],
            id="two-cites-two-lines",
        ),
        pytest.param(
            "Roads.\\footnote{%\nData from \\cite{atlas2020,ortiz2011}.}",
            [("1", 4), ("atlas2020", 5), ("ortiz2011", 5)],
            id="comment-then-two-keys",
        ),
        pytest.param(
            "Roads\\footnotemark.\n\\footnotetext{After \\parencite{ortiz2011}.}",
            [("1", 4), ("ortiz2011", 5)],
            id="footnotetext",
        ),
        pytest.param(
            "Roads.\\footnote{Outer \\cite{hale1998}\\footnote{inner \\cite{ortiz2011}}.}",
            [("1", 4), ("hale1998", 4), ("ortiz2011", 4)],
            id="nested-note",
        ),
        pytest.param(
            "Roads.\\footnote{Only words, no citation.} And \\cite{hale1998}.",
            [("1", 4), ("hale1998", 4)],
            id="no-cite-inside",
        ),
    ],
)
def test_citations_inside_footnotes_are_citations(
    tmp_path: Path, body: str, expected: list[tuple[str, int]]
) -> None:
    doc = ingest(tmp_path, body)
    assert markers(doc) == expected
    cited = {f.label: f for f in doc.footnotes}
    for label, _ in expected:
        if not label.isdigit():
            assert cited[label].reference is not None and cited[label].reference.year


@pytest.mark.parametrize(
    ("body", "kind", "title"),
    [
        ("R.\\footnote{See \\cite{hale1998}; compare \\cite[9]{ortiz2011}.}", "book",
         "Salt Roads"),
        ("R.\\footnote{\\cite[9]{ortiz2011}; on tolls see also \\cite{hale1998}.}", "article",
         "Tolls and Bridges"),
        ("R.\\footnote{As \\citeauthor{hale1998} \\parencite*[7]{hale1998} says.}", "book",
         "Salt Roads"),
        ("R.\\footnote{See \\cite{hale1998} and \\cite{nowhere2000}.}", None, None),
    ],
    ids=["two-works-the-first", "two-works-the-first-with-pages", "one-work-twice",
         "a-key-without-entry"],
)  # fmt: skip
def test_what_a_citing_footnote_is(
    tmp_path: Path, body: str, kind: str | None, title: str | None
) -> None:
    doc = ingest(tmp_path, body)
    note = next(f for f in doc.footnotes if f.label == "1")
    if kind is not None:
        assert (note.reference.kind.value, note.reference.title) == (kind, title)
        if kind == "article":  # the pages of the citation that stands for the note
            assert note.reference.pages == "9"
    else:
        assert note.reference.kind.value != "commentary"


def test_a_footnote_citing_one_work_keeps_its_entry(tmp_path: Path) -> None:
    doc = ingest(tmp_path, "Roads.\\footnote{See \\cite[p.~4]{hale1998}.}")
    note = next(f for f in doc.footnotes if f.label == "1")
    assert (note.reference.title, note.reference.pages) == ("Salt Roads", "4")
    assert [e.label for e in doc.literature] == ["hale1998"]
    assert not [a for a in doc.all_anomalies() if a.code is C.LITERATURE_UNCITED]
