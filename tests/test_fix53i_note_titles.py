"""Fix round 53, helper i: the title of a typed note is the cited work's formatted title.

* a quoted parenthetical after a citation (``("I think …")``, ``(quoting …)``,
  ``(relying on …)``), a short-form tag (``(Board Op.)``) is no title: the italic run
  before it, the case the note cites or the head of ``Title, 12 Reporter 222 (Year)`` is;
* prose that introduces a case (``In Doe v. Roe``, ``The Court's ruling in Doe v. Roe``)
  is no part of the case's name (``In re Estate of …`` is a name of its own);
* an italic run (``*Title*``) in a discursive note is the work it cites, not the prose
  the note opens with nor an unmarked phrase after the run;
* a code section's, article's or paragraph's number (``§ 1983``, ``Art. 1998``) is no year;
* LaTeX notes pass their ``\\emph``/``\\textit`` runs to the parsers as ``*…*``.

Own fixtures, written in the patterns legal and humanities notes use.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.note_title import (
    corrected_note,
    italic_runs,
    provision_number,
    title_in_parenthetical,
)
from bibcheck.readers.latex.italics import marked_italics
from tests.test_regex_growth import assert_linear


def _note(text: str) -> tuple[str | None, int | None]:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    return ref.title, ref.year


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        pytest.param(
            "*Evening Briefing with Governor Ana Lutz*, Channel Nine (Mar. 3, 2014)"
            " (“We will not raise the levy this year.”).",
            "Evening Briefing with Governor Ana Lutz",
            2014,
            id="quoted-parenthetical-italic",
        ),
        pytest.param(
            "*See, e.g., Morning Desk Weekly*, Radio North (Oct. 2, 2012)"
            ' ("I have always liked the harbour plan.").',
            "Morning Desk Weekly",
            2012,
            id="signal-inside-italic-run",
        ),
        pytest.param(
            "*Whether a Mayor May Be Sued While in Office*, 31 Op. Bd. Legal Couns. 140"
            " (2007) (Board Op.).",
            "Whether a Mayor May Be Sued While in Office",
            2007,
            id="short-form-tag",
        ),
        pytest.param(
            "Whether a Mayor May Be Sued While in Office, 31 Op. Bd. Legal Couns. 140"
            " (2007) (Board Op.).",
            "Whether a Mayor May Be Sued While in Office",
            2007,
            id="short-form-tag-unmarked",
        ),
        pytest.param(
            "Board Op. at 151 n.12 (“The council may go on collecting records while the"
            " term lasts”).",
            None,
            None,
            id="short-form-quote-no-title",
        ),
        pytest.param(
            "In *Harlow v. Brennan*, 512 U.S. 44, 51 (1994), the Court read the clause narrowly.",
            "Harlow v. Brennan",
            1994,
            id="case-after-in",
        ),
        pytest.param(
            "The Court's ruling in *Ostrow v. Cade*, 140 S. Ct. 900 (2020), does not"
            " support a narrower reading.",
            "Ostrow v. Cade",
            2020,
            id="case-after-prose",
        ),
        pytest.param(
            "All quotations from the plays follow *The Collected Plays of Thomas Ardley*,"
            " ed. M. Price (Oxford: Clarendon, 1988).",
            "The Collected Plays of Thomas Ardley",
            1988,
            id="prose-lead-italic",
        ),
        pytest.param(
            "*See* 42 U.S.C. § 1983; *Pryor v. Welles*, 401 U.S. 77, 80 (1971).",
            None,
            # the note's first authority is the statute, which gives no year (§ 1983 is
            # none); the case's 1971 is another work's (fix54g reads the statute alone)
            None,
            id="section-number-no-year",
        ),
        pytest.param(
            "18 U.S.C. § 1505 (prohibiting obstruction of proceedings).",
            # a code section without a popular name has no title (fix54g: none expected,
            # so no "no title" anomaly); its section is no year
            None,
            None,
            id="section-only-no-year",
        ),
        pytest.param(
            "Lakeside Cnty. Dist. Att'y's Off., Report on the Death of J. R. in Custody on"
            " May 2, 2019, at 14 & n.6 (2019) (footnote omitted).",
            "Report on the Death of J. R. in Custody on May 2, 2019",
            2019,
            id="issuing-office-and-pin",
        ),
        pytest.param(
            "U.S. Dep't of Agric., Field Guide to Orchard Pests, at 4 (2016).",
            "Field Guide to Orchard Pests",
            2016,
            id="department-office",
        ),
        pytest.param(
            "See part 2, n. 9, and Greaves, *Country Houses of Kent*, 88.",
            "Country Houses of Kent",
            None,
            id="author-closing-the-prose",
        ),
        # negative cases: look-alikes the rules must leave alone
        pytest.param(
            "Ann Lee and Tom Ward, “Shared Code and Its Limits: Lessons for Research"
            " Policy,” *Research Policy* 31, no. 4 (2002): 101–19.",
            "Shared Code and Its Limits: Lessons for Research Policy",
            2002,
            id="quoted-title-ending-in-the-journal-name",
        ),
        pytest.param(
            "Visitor numbers in the region in 2021. *Regional Statistics Office*. URL:"
            " https://stats.example.org/visitors/2021.html (accessed 3.4.2022).",
            "Visitor numbers in the region in 2021",
            2021,
            id="sentence-case-title-then-italic-issuer",
        ),
        pytest.param(
            "Ley 3/2019, de 8 de marzo, de aguas y riberas. *Boletín Oficial del Estado*,"
            " núm. 60, de 9 de marzo de 2019.",
            "Ley 3/2019, de 8 de marzo, de aguas y riberas",
            2019,
            id="act-then-italic-gazette",
        ),
        pytest.param(
            "In re Estate of Maddox, 120 A.3d 55, 58 (Pa. 2015) (quoting the will).",
            "In re Estate of Maddox",
            2015,
            id="in-re-is-a-name",
        ),
        pytest.param(
            "Laura Kemp, “Harbour Towns and Their Tides,” *Coastal History Review* 14"
            " (2003): 22–41.",
            "Harbour Towns and Their Tides",
            2003,
            id="quoted-article-before-italic-journal",
        ),
        pytest.param(
            "Laura Kemp, *Harbour Towns* (London: Faber, 1999), 45 (describing the quay).",
            "Harbour Towns",
            1999,
            id="italic-title-kept",
        ),
        pytest.param(
            "The word *fortuna imperii* comes from Livy. See Ruth Hale. *Fortune and the"
            " State*. London, 1990.",
            "Fortune and the State",
            1990,
            id="italic-term-is-no-title",
        ),
        pytest.param(
            "Max Roe, (Re)reading the Archive (Leeds: Moor Press, 2016), 3.",
            "(Re)reading the Archive",
            2016,
            id="title-opening-with-bracket-is-not-a-tag",
        ),
    ],
)
def test_note_title(text: str, title: str | None, year: int | None) -> None:
    assert _note(text) == (title, year)


@pytest.mark.parametrize(
    ("text", "title", "opened"),
    [
        pytest.param('*Work*, Net (2015) ("I like it").', "I like it", 17, id="quote"),
        pytest.param("*Work*, 3 Op. 4 (2001) (Op. Tag).", "(Op. Tag)", 21, id="tag"),
        pytest.param(
            "Work, 3 Rep. 4 (2001) (relying on, inter alia, X v. Y).",
            "(relying on, inter alia, X v. Y",
            22,
            id="explanation",
        ),
        pytest.param("Work (London, 2001).", "London", None, id="imprint-no"),
        pytest.param("(Re)thinking Tides, 2001.", "(Re)thinking Tides", None, id="bracket-title"),
        pytest.param('("A quoted note alone").', "A quoted note alone", None, id="note-is-quote"),
        pytest.param("Smith, Tides (Rise and Fall) 3.", "Rise and Fall", None, id="subtitle-no"),
    ],
)
def test_title_in_parenthetical(text: str, title: str, opened: int | None) -> None:
    assert title_in_parenthetical(text, title) == opened


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        pytest.param("See 42 U.S.C. § 1983.", "1983", True, id="section"),
        pytest.param("Civil Code, Art. 1998.", "1998", True, id="article"),
        pytest.param("Report ¶ 2001 (2005).", "2001", True, id="paragraph"),
        pytest.param("42 U.S.C. § 1983 (1994 ed.).", "1994", False, id="edition-year"),
        pytest.param("Smith, Tides (1983).", "1983", False, id="plain-year"),
        pytest.param("Section 1983 (1871); see 1871 Act.", "1871", False, id="act-year"),
    ],
)
def test_provision_number(text: str, year: str, expected: bool) -> None:
    assert provision_number(text, year) is expected


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        pytest.param("*See, e.g.*, Doe, *Tides*, 4.", ["Tides"], id="signal-dropped"),
        pytest.param("*Id.* at 4; *supra* note 3.", [], id="short-forms"),
        pytest.param("*See, e.g., Harbour Talk*, Net.", ["Harbour Talk"], id="signal-inside"),
        pytest.param("*E.g.*, *inter alia*, *et al.*", [], id="latin"),
        pytest.param("2 * 3 * 4", [], id="arithmetic"),
    ],
)
def test_italic_runs(text: str, runs: list[str]) -> None:
    assert [run for _, run in italic_runs(text)] == runs


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        pytest.param("See Tides, Net", [(0, 3), (4, 9)], "*See* *Tides*, Net", id="two"),
        pytest.param("a  Tides  b", [(2, 9)], "a *Tides* b", id="spaces-outside"),
        pytest.param("a Tides b", [(2, 7), (2, 4)], "a *Tides* b", id="nested"),
        pytest.param("a   b", [(1, 4)], "a b", id="blank-run"),
        pytest.param("a b", [(2, 2)], "a b", id="empty"),
    ],
)
def test_marked_italics(text: str, spans: list[tuple[int, int]], expected: str) -> None:
    assert marked_italics(text, spans) == expected


LATEX = r"""\documentclass{article}
\begin{document}
The governor spoke.\footnote{\textit{Evening Briefing with Governor Ana Lutz}, Channel Nine (Mar.~3, 2014) (``We will not raise the levy this year.'').}
The board agreed.\footnote{\textit{Whether a Mayor May Be Sued While in Office}, 31~Op.\ Bd.\ Legal Couns.\ 140 (2007) (Board Op.).}
A court said so.\footnote{In \textit{Harlow~v.\ Brennan}, 512~U.S. 44, 51 (1994), the Court read the clause narrowly.}
Quoted here.\footnote{All quotations are cited from Thomas Ardley. \emph{The Collected Plays of Thomas Ardley}. Ed. M. Price. Oxford: Clarendon, 1988.}
An essay.\footnote{Laura Kemp. ``Harbour Towns and Their Tides.'' \emph{Coastal History Review} 14 (2003): 22--41.}
\end{document}
"""


def test_latex_notes_keep_their_italic_titles() -> None:
    doc = parse_bytes(LATEX.encode(), "notes.tex")
    titles = [(fn.reference.title, fn.reference.year) for fn in doc.footnotes]
    assert titles == [
        ("Evening Briefing with Governor Ana Lutz", 2014),
        ("Whether a Mayor May Be Sued While in Office", 2007),
        ("Harlow v. Brennan", 1994),
        ("The Collected Plays of Thomas Ardley", 1988),
        ("Harbour Towns and Their Tides", 2003),
    ]
    # the note's text is kept as written, without marks
    assert all("*" not in fn.reference.raw for fn in doc.footnotes)


Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "(" * n, id="open-brackets"),
    pytest.param(lambda n: "*a " * (n // 3), id="stars"),
    pytest.param(lambda n: "In A v. B " * (n // 10), id="cases"),
    pytest.param(lambda n: "§ 1983 " * (n // 7), id="sections"),
    pytest.param(lambda n: "Aa, 1 B 2 (" * (n // 11), id="reporters"),
]


def _corrected(text: str, title: str) -> Reference:
    ref = Reference(text, 1, 1, title=title, year=1983, year_raw="1983")
    return corrected_note(ref, f"*A B* {text} (“a quote”) § 1983")


@pytest.mark.parametrize("line", LINES)
def test_note_title_is_linear(line: Line) -> None:
    assert_linear(lambda text: _corrected(text, text), line)
    assert_linear(lambda text: _corrected(text, "a quote"), line)
