"""biblatex reference sections that each print their own list: ``refsection=chapter``
(``part``, ``section``; ``+`` forms), ``\\begin{refsection}`` environments and
``\\newrefsection``.  Over a ``.bib`` each section's list holds only the works cited in
it, in the style's order; a work cited in two sections is in both lists (one record, not a
duplicate).  One list at the end, or ``refsegment`` (which only marks stretches a list may
filter by), keeps one list of everything cited.  Small theses written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.analyse.duplicates import _one_record
from bibcheck.manuscript import parse_file
from bibcheck.model import FindingKind, Severity
from bibcheck.readers.latex.refsections import find_sections, heading_levels
from tests.test_regex_growth import assert_linear

BIB = r"""
@book{abbott1988, author = {Abbott, Andrew}, title = {The System of Professions},
  year = {1988}, publisher = {University of Chicago Press}}
@article{zeller2001, author = {Zeller, Maria}, title = {Guilds and Licences},
  journal = {Past and Present}, year = {2001}, volume = {170}, pages = {3--40}}
@book{mills1951, author = {Mills, C. Wright}, title = {White Collar}, year = {1951},
  publisher = {Oxford University Press}}
@book{baker2010, author = {Baker, Susan}, title = {Nursing Registers}, year = {2010},
  publisher = {Routledge}}
"""

BODY_CHAPTERS = r"""\chapter{Professions}
Jurisdiction is contested \parencite{zeller2001}, as the classic account has it
\parencite{abbott1988}.
\printbibliography[heading=subbibliography]
\chapter{Clerks}
Office work grew \parencite{mills1951}; compare \textcite{abbott1988}.
\printbibliography[heading=subbibliography]
"""

BODY_ENVS = r"""\section{One}
\begin{refsection}
Registers \parencite{baker2010} and guilds \parencite{zeller2001}.
\printbibliography[heading=subbibliography]
\end{refsection}
\section{Two}
\begin{refsection}
Clerks \parencite{mills1951}; registers again \parencite{baker2010}.
\printbibliography[heading=subbibliography]
\end{refsection}
"""

BODY_BY_SECTION = r"""\chapter{Professions}
Jurisdiction \parencite{zeller2001} and \parencite{abbott1988}.
\chapter{Clerks}
Office work \parencite{mills1951}.
\chapter*{Bibliography}
\bibbysection[heading=subbibliography]
"""

BODY_ONE_LIST = r"""\chapter{Professions}
Jurisdiction \parencite{zeller2001} and \parencite{abbott1988}.
\chapter{Clerks}
Office work \parencite{mills1951}; compare \textcite{abbott1988}.
\printbibliography
"""

BODY_SEGMENTS = r"""\chapter{Professions}
\begin{refsegment}
Jurisdiction \parencite{zeller2001} and \parencite{abbott1988}.
\end{refsegment}
\chapter{Clerks}
\begin{refsegment}
Office work \parencite{mills1951}; compare \textcite{abbott1988}.
\end{refsegment}
\printbibliography
"""


def _titles(tmp_path: Path, option: str, body: str) -> list[str]:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    main = tmp_path / "thesis.tex"
    main.write_text(
        "\\documentclass{report}\n"
        f"\\usepackage[style=authoryear{option},backend=biber]{{biblatex}}\n"
        "\\addbibresource{refs.bib}\n\\begin{document}\n" + body + "\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(main)
    return [e.reference.title or "" for e in doc.literature]


@pytest.mark.parametrize(
    ("option", "body", "want"),
    [
        # one list per chapter, each sorted by name, a work of both chapters in both
        (
            ",refsection=chapter",
            BODY_CHAPTERS,
            ["The System of Professions", "Guilds and Licences"]
            + ["The System of Professions", "White Collar"],
        ),
        # explicit environments, no package option
        (
            "",
            BODY_ENVS,
            ["Nursing Registers", "Guilds and Licences", "Nursing Registers", "White Collar"],
        ),
        # \bibbysection prints every section's list in turn
        (
            ",refsection=chapter",
            BODY_BY_SECTION,
            ["The System of Professions", "Guilds and Licences", "White Collar"],
        ),
        # negative: refsection=chapter but one list at the end: one list of all cited
        (
            ",refsection=chapter",
            BODY_ONE_LIST,
            ["The System of Professions", "White Collar", "Guilds and Licences"],
        ),
        # negative: refsegments only mark stretches: one list
        (
            "",
            BODY_SEGMENTS,
            ["The System of Professions", "White Collar", "Guilds and Licences"],
        ),
        # negative: \printbibliography per chapter without refsection=: LaTeX prints the
        # whole list each time; bibcheck reads one list
        (
            "",
            BODY_CHAPTERS,
            ["The System of Professions", "White Collar", "Guilds and Licences"],
        ),
    ],
)
def test_lists_per_section(tmp_path: Path, option: str, body: str, want: list[str]) -> None:
    assert _titles(tmp_path, option, body) == want


def test_shared_work_is_no_duplicate(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    main = tmp_path / "thesis.tex"
    main.write_text(
        "\\documentclass{report}\n"
        "\\usepackage[style=authoryear,refsection=chapter]{biblatex}\n"
        "\\addbibresource{refs.bib}\n\\begin{document}\n" + BODY_CHAPTERS + "\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(main)
    found = [f for f in analyse_document(doc, {}, {}) if f.kind is FindingKind.DUPLICATE_CITATION]
    assert found and all(f.severity is Severity.INFO for f in found)


CHAPTER_A = r"""\chapter{Professions}
Jurisdiction \citep{zeller2001} and \citep{abbott1988}.
\bibliographystyle{plainnat}
\bibliography{refs}
"""

CHAPTER_B = r"""\chapter{Clerks}
Office work \citep{mills1951}; compare \citet{abbott1988}.
\bibliographystyle{plainnat}
\bibliography{refs}
"""


@pytest.mark.parametrize(
    ("package", "root_list", "want"),
    [
        (
            "\\usepackage{natbib}\n\\usepackage[sectionbib]{chapterbib}\n",
            "",
            ["The System of Professions", "Guilds and Licences"]
            + ["The System of Professions", "White Collar"],
        ),
        # negative: no chapterbib: BibTeX makes one list
        (
            "\\usepackage{natbib}\n",
            "",
            ["The System of Professions", "White Collar", "Guilds and Licences"],
        ),
        # negative: the root prints a list of the whole book too: one list
        (
            "\\usepackage{natbib}\n\\usepackage{chapterbib}\n",
            "\\bibliography{refs}\n",
            ["The System of Professions", "White Collar", "Guilds and Licences"],
        ),
    ],
)
def test_chapterbib_over_bib(tmp_path: Path, package: str, root_list: str, want: list[str]) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "ch").mkdir()
    (tmp_path / "ch" / "a.tex").write_text(CHAPTER_A, encoding="utf-8")
    (tmp_path / "ch" / "b.tex").write_text(CHAPTER_B, encoding="utf-8")
    main = tmp_path / "book.tex"
    main.write_text(
        "\\documentclass{book}\n" + package + "\\begin{document}\n"
        "\\include{ch/a}\n\\include{ch/b}\n" + root_list + "\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(main)
    assert [e.reference.title for e in doc.literature] == want


def test_bibunits_putbib(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    main = tmp_path / "report.tex"
    main.write_text(
        "\\documentclass{report}\n\\usepackage{bibunits}\n\\defaultbibliography{refs}\n"
        "\\defaultbibliographystyle{plain}\n\\begin{document}\n"
        "\\begin{bibunit}\nGuilds \\cite{zeller2001}.\n\\putbib\n\\end{bibunit}\n"
        "\\begin{bibunit}\nClerks \\cite{mills1951} and guilds \\cite{zeller2001}.\n"
        "\\putbib\n\\end{bibunit}\n\\end{document}\n",
        encoding="utf-8",
    )
    # (the .bib given on the command line: bibunits' \defaultbibliography is not read)
    doc = parse_file(main, bibliography=[tmp_path / "refs.bib"])
    titles = [e.reference.title for e in doc.literature]
    assert titles == ["Guilds and Licences", "White Collar", "Guilds and Licences"]


@pytest.mark.parametrize(
    ("preamble", "want"),
    [
        ("\\usepackage[refsection=chapter]{biblatex}", ("chapter",)),
        ("\\usepackage[style=apa, refsection=section+]{biblatex}", ("part", "chapter", "section")),
        ("\\usepackage[refsegment=chapter]{biblatex}", ()),
        ("\\usepackage[refsection=none]{biblatex}", ()),
        ("\\usepackage[refsection=chapter]{natbib}", ()),
    ],
)
def test_heading_levels(preamble: str, want: tuple[str, ...]) -> None:
    assert heading_levels(preamble) == want


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("\\chapter{A}x\\printbibliography\\chapter{B}y\\printbibliography", 2),
        ("\\chapter{A}x\\chapter{B}y\\printbibliography", 0),  # one list: no sections
        ("\\newrefsection x\\printbibliography\\newrefsection y\\printbibliography", 2),
    ],
)
def test_find_sections(text: str, count: int) -> None:
    assert (
        len(find_sections(text, "\\usepackage[refsection=chapter]{biblatex}", 0, len(text)))
        == count
    )


@pytest.mark.parametrize(
    ("labels", "want"),
    [
        (["abbott1988", "abbott1988"], True),
        (["abbott1988", "mills1951"], False),
        (["3", "3"], False),  # a number written twice is no key
        (["", ""], False),
    ],
)
def test_one_record(labels: list[str], want: bool) -> None:
    assert _one_record(labels) is want


@pytest.mark.parametrize(
    "unit",
    [
        "\\begin{refsectio ",
        "\\printbibliographyx ",
        "\\newrefsections ",
        "\\chapterx \\end{refsection}",
    ],
)
def test_sections_linear(unit: str) -> None:
    preamble = "\\usepackage[refsection=chapter]{biblatex}"

    def line(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    assert_linear(lambda text: find_sections(text, preamble, 0, len(text)), line)


@pytest.mark.parametrize("unit", ["refsection = chapter ", "refsection=section+,", "[,"])
def test_levels_linear(unit: str) -> None:
    def line(n: int) -> str:
        body = (unit * (n // len(unit) + 1))[: n - 40]
        return "\\usepackage[" + body + "]{biblatex}"

    assert_linear(heading_levels, line)
