"""Fix 56c: link macros of a thesis's own class (``\\newcommand\\weblink[2]{\\emph{\\href
{#1}{#2}}}`` in ``mythesis.cls``) and command pairs ``\\cmd{URL}{text}`` defined nowhere at
hand are read like ``\\href``, so URL and link text do not run together; two list entries
for two page ranges of one book each take the notes on their pages; an explanatory note
that links a document in its sentence is not compared as a title; a Pandoc/Quarto fenced
div's attributes (``::: {layout="[60,40]"}``) are no numeric citations.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, FindingKind, ParsedDocument, Reference
from bibcheck.parse.matching import pages_agree
from bibcheck.parse.prosenote import links_in_prose
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.sameness import pages_apart
from bibcheck.readers.evidence import in_attributes
from bibcheck.readers.latex.linkargs import url_then_text
from bibcheck.readers.latex.macros import Macro, find_macros, is_link_macro
from tests.test_regex_growth import assert_linear

# -- 1. link macros --------------------------------------------------------------------

CLASS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{mythesis}
\LoadClass{report}
\RequirePackage{hyperref}
\newcommand\weblink[2]{\emph{\href{#1}{#2}}}
\DeclareRobustCommand{\codelink}[2]{\href{#1}{\texttt{#2}}}
\newcommand{\plainaddr}[1]{\url{#1}}
\newcommand\shout[1]{LOUD}
\renewcommand\maketitle{\begin{titlepage}\@title\end{titlepage}}
"""

THESIS = r"""\documentclass{mythesis}
\def\site#1#2{\href{#1}{#2}}
\begin{document}
LINE
\end{document}
"""


def _claims(doc: ParsedDocument) -> list[str]:
    return [m.claim.text for fn in doc.footnotes for m in fn.markers if m.claim is not None]


def _thesis(tmp_path: Path, line: str, with_class: bool = True) -> ParsedDocument:
    if with_class:
        (tmp_path / "mythesis.cls").write_text(CLASS, encoding="utf-8")
    main = tmp_path / "thesis.tex"
    main.write_text(THESIS.replace("LINE", line), encoding="utf-8")
    return parse_file(main)


@pytest.mark.parametrize(
    ("line", "claim", "note_url"),
    [
        (
            r"Servers run \weblink{https://salt.example.org/docs}{Salt} daily.\footnote{A note.}",
            "Servers run Salt daily.",
            None,
        ),
        (
            r"We chose it.\footnote{See \codelink{https://pkg.example.org/detect}{detect}.}",
            "We chose it.",
            "https://pkg.example.org/detect",
        ),
        (
            r"Read more.\footnote{See \site{https://docs.example.com/x}{the X guide}.}",
            "Read more.",
            "https://docs.example.com/x",
        ),
        (  # defined nowhere at hand (a package of the distribution): read like \href
            r"Try \extlink{https://tool.example.net/}{the tool} first.\footnote{A note.}",
            "Try the tool first.",
            None,
        ),
        (  # a class macro that prints no link is not taken: its argument is read as text
            r"It said \shout{quietly} so.\footnote{A note.}",
            "It said quietly so.",
            None,
        ),
    ],
)
def test_link_macros_are_read_like_href(
    tmp_path: Path, line: str, claim: str, note_url: str | None
) -> None:
    doc = _thesis(tmp_path, line)
    assert _claims(doc) == [claim]
    assert doc.footnotes[0].reference.url == note_url


def test_class_link_macro_without_the_class_glues_nothing_known(tmp_path: Path) -> None:
    # without its class the macro is unknown, yet its {URL}{text} pair is still a link
    doc = _thesis(
        tmp_path, r"Servers run \weblink{https://s.example.org/}{Salt}.\footnote{N.}", False
    )
    assert _claims(doc) == ["Servers run Salt."]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"\emph{\href{#1}{#2}}", True),
        (r"\url{#1}", True),
        (r"\nolinkurl{#1}", True),
        (r"\emph{#1}", False),
        (r"\hrefstyle{#1}", False),  # another command's name only begins alike
        (r"\urldef{#1}", False),
    ],
)
def test_is_link_macro(body: str, expected: bool) -> None:
    assert is_link_macro(Macro("m", ("m",), body)) is expected


def test_only_link_macros_are_taken_from_classes() -> None:
    macros = find_macros([r"\newcommand\mine[1]{#1}"], [CLASS])
    assert {"weblink", "codelink", "plainaddr", "mine"} <= set(macros.defined)
    assert "shout" not in macros.defined and "maketitle" not in macros.defined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{https://a.example.org/x}{text}", True),
        ("{http://a.example.org/a\\_b\\#c} {text}", True),
        ("{www.example.org}\n  {text}", True),
        ("{https://a.example.org/x} and more", False),  # one argument only
        ("{not an address}{text}", False),
        ("{https://a.example.org/x y}{text}", False),  # a space: no address
        ("{https://a.example.org/x}\n\n{text}", False),  # a paragraph between
    ],
)
def test_url_then_text(text: str, expected: bool) -> None:
    assert url_then_text(text, 0, len(text)) is expected


# -- 2. two entries for two parts of one book -----------------------------------------

PARTS_BIB = r"""
@inbook{Hale2015a, author = {Hale, Ruth}, title = {Kinetic Theory of Dilute Gases},
  chapter = {3}, pages = {41--48}, year = {2015}, publisher = {Clarendon Press}}
@inbook{Hale2015b, author = {Hale, Ruth}, title = {Kinetic Theory of Dilute Gases},
  chapter = {4}, pages = {52--60}, year = {2015}, publisher = {Clarendon Press}}
"""

PARTS_TEX = r"""\documentclass{book}
\begin{document}
Collisions conserve momentum.\footnote{See \cite{Hale2015a}.}
The mean free path follows.\footnote{See \cite{Hale2015b}.}
\bibliographystyle{plain}
\bibliography{refs}
\end{document}
"""


def test_entries_for_two_page_ranges_of_one_book(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(PARTS_BIB, encoding="utf-8")
    main = tmp_path / "book.tex"
    main.write_text(PARTS_TEX, encoding="utf-8")
    doc = parse_file(main)
    linked = {fn.label: fn.literature.number for fn in doc.footnotes if fn.literature}
    assert linked["1"] != linked["2"]
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.LITERATURE_PAGES_DIFFER not in codes


@pytest.mark.parametrize(
    ("second", "duplicate"),
    [
        ("pages = {52--60}", False),  # another chapter of the book: its own entry
        ("pages = {41--48}", True),  # the same pages: one passage listed twice
        ("note = {no pages}", True),  # nothing parts them
    ],
)
def test_parts_of_one_book_are_no_duplicates(tmp_path: Path, second: str, duplicate: bool) -> None:
    bib = PARTS_BIB.replace("pages = {52--60}", second)
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    main = tmp_path / "book.tex"
    main.write_text(PARTS_TEX, encoding="utf-8")
    doc = parse_file(main)
    kinds = {f.kind for f in analyse_document(doc, {}, {})}
    assert (FindingKind.DUPLICATE_CITATION in kinds) is duplicate


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("61–63", "65–70", True),
        ("61--63", "65-70", True),
        ("61–66", "65–70", False),  # they meet
        ("61", "65–70", False),  # a single page (often the first alone) says nothing
        ("338–45", "350–60", False),  # an abbreviated end is not read here
        (None, "65–70", False),
    ],
)
def test_pages_apart(a: str | None, b: str | None, apart: bool) -> None:
    assert pages_apart(a, b) is apart


def _pages(pages: str | None) -> Reference:
    return Reference(raw="x", line=1, end_line=1, title="T", pages=pages)


@pytest.mark.parametrize(
    ("cited", "span", "expected"),
    [
        ("55", "52–60", True),
        ("52–60", "52–60", True),
        ("44", "52–60", False),
        (None, "52–60", False),  # no pages: no agreement to prefer
        ("44", None, False),
    ],
)
def test_pages_agree(cited: str | None, span: str | None, expected: bool) -> None:
    assert pages_agree(_pages(cited), _pages(span)) is expected


# -- 3. a note that links a document in its sentence ----------------------------------


def _note(text: str) -> Reference:
    return parse_reference(text, (1,), note=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The message names used in this chapter come from RFC 5681 "
            "<https://www.rfc-editor.org/rfc/rfc5681>, which defines congestion control.",
            True,
        ),
        (
            "Die Bezeichnungen stammen aus der Norm <https://norm.example.de/din-1505>, "
            "die das Format der Titelangaben festlegt.",
            True,
        ),
        (  # a title and its access date: no sentence goes on after the link
            "Congestion Control Explained <https://www.rfc-editor.org/rfc/rfc5681>, "
            "accessed 3 May 2020.",
            False,
        ),
        ("Congestion Control Explained <https://www.rfc-editor.org/rfc/rfc5681>.", False),
        (  # an author and a year: a citation
            "Allman, M. TCP Congestion Control, 2009 <https://www.rfc-editor.org/rfc/rfc5681>, "
            "see section two.",
            False,
        ),
    ],
)
def test_links_in_prose(text: str, expected: bool) -> None:
    assert links_in_prose(_note(text)) is expected


NOTE_BIB = r"""
@techreport{rfc5681, author = {Allman, Mark}, title = {TCP Congestion Control},
  type = {RFC}, number = 5681, year = {2009},
  url = {https://www.rfc-editor.org/rfc/rfc5681}}
"""

NOTE_TEX = r"""\documentclass{article}
\begin{document}
Senders slow down.\footnote{NOTE}
Windows shrink \cite{rfc5681}.
\bibliographystyle{plain}
\bibliography{refs}
\end{document}
"""


@pytest.mark.parametrize(
    ("note", "differs"),
    [
        (
            r"The state names used here come from \href{https://www.rfc-editor.org/rfc/rfc5681}"
            r"{RFC~5681}, which defines the algorithm.",
            False,
        ),
        (
            r"\href{https://www.rfc-editor.org/rfc/rfc5681\#section-3}{RFC 5681 recommends}, "
            r"that the window is halved after a loss.",
            False,
        ),
        # a note that names another title for the linked document is still compared
        (r"Queue Management Handbook, \url{https://www.rfc-editor.org/rfc/rfc5681}.", True),
    ],
)
def test_prose_note_is_no_title(tmp_path: Path, note: str, differs: bool) -> None:
    (tmp_path / "refs.bib").write_text(NOTE_BIB, encoding="utf-8")
    main = tmp_path / "paper.tex"
    main.write_text(NOTE_TEX.replace("NOTE", note), encoding="utf-8")
    codes = [a.code for a in parse_file(main).all_anomalies()]
    assert (AnomalyCode.LITERATURE_TITLE_DIFFERS in codes) is differs


# -- 4. fenced div attributes -----------------------------------------------------------

QMD_BIB = r"""
@article{ito2020, author = {Ito, Ken}, title = {Sparse Attributions}, year = {2020},
  journal = {Machine Learning}}
"""


def _qmd(tmp_path: Path, body: str) -> ParsedDocument:
    (tmp_path / "refs.bib").write_text(QMD_BIB, encoding="utf-8")
    doc = tmp_path / "chapter.qmd"
    doc.write_text(f"---\ntitle: Ch\nbibliography: refs.bib\n---\n\n{body}", encoding="utf-8")
    return parse_file(doc)


DIVS = """Attributions are sparse [@ito2020].

::: {layout="[70,30]"}
![One](one.png)

![Two](two.png)
:::

:::: {.columns}
::: {.column width="45%"}
Left.
:::
::::

![Grid](grid.png){layout-ncol=2 layout="[[1,1],[1]]"}
"""

NUMBERS = """Attributions are sparse [@ito2020].

Earlier studies [3] and later ones [4, 5] agree, as do others [6].
"""


@pytest.mark.parametrize(("body", "unread"), [(DIVS, False), (NUMBERS, True)])
def test_fenced_div_attributes_are_no_citations(tmp_path: Path, body: str, unread: bool) -> None:
    codes = [a.code for a in _qmd(tmp_path, body).all_anomalies()]
    assert (AnomalyCode.UNREAD_REGION in codes) is unread


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('::: {layout="[60,40]"}', True),
        (':::: {.columns layout="[1,2]"}', True),
        ('![x](x.png){layout="[[1,1],[1]]"}', True),
        ("Earlier studies [3] agree.", False),
        ('He wrote "see [3]" there.', False),  # a quotation, no attribute value
    ],
)
def test_in_attributes(line: str, expected: bool) -> None:
    at = line.index("[", line.index("[") + 1 if line.startswith("!") else 0)
    assert in_attributes(line, 0, at) is expected


LINES: list[Callable[[int], str]] = [
    lambda n: '="' * (n // 2),
    lambda n: "= " * (n // 2),
    lambda n: ":" * n,
]


@pytest.mark.parametrize("line", LINES)
def test_in_attributes_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: in_attributes(text + "[1]", 0, len(text)), line)


@pytest.mark.parametrize(
    "line", [lambda n: "{https://" + "a" * n, lambda n: "{www." + "\\_" * (n // 2)]
)
def test_url_then_text_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: url_then_text(text, 0, len(text)), line)


@pytest.mark.parametrize("line", [lambda n: "a <https://x.org/> b " * (n // 20)])
def test_links_in_prose_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: links_in_prose(_note(text)), line)


@pytest.mark.parametrize(("second", "duplicate"), [("52--60", False), ("41--48", True)])
def test_bib_file_parts_of_one_book(tmp_path: Path, second: str, duplicate: bool) -> None:
    # a .bib read as the document: the same book's DOI on two chapters' entries
    bib = PARTS_BIB.replace("pages = {52--60}", f"pages = {{{second}}}").replace(
        "publisher = {Clarendon Press}}", "publisher = {Clarendon Press}, doi = {10.5555/kt.1}}"
    )
    path = tmp_path / "parts.bib"
    path.write_text(bib, encoding="utf-8")
    codes = {a.code for a in parse_file(path).all_anomalies()}
    assert (AnomalyCode.LITERATURE_DUPLICATE_ENTRY in codes) is duplicate
