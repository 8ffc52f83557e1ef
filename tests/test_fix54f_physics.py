"""Fix 54f: hand-typed physics bibliographies (APS/AIP/IOP house styles) in LaTeX: a bold
volume after initials-first names and an abbreviated journal makes a title-less article
(:mod:`bibcheck.parse.references.physics`); an entry naming only an arXiv identifier is a
preprint with no title (:mod:`bibcheck.parse.references.eprint`); a ``\\cite`` inside a
``\\bibitem`` is a citation at its line (:mod:`bibcheck.readers.latex.itemcites`).  Own
fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.physics import physics_article
from bibcheck.readers.latex import read
from bibcheck.readers.latex.itemcites import cited_items
from tests.test_regex_growth import assert_linear

_DOC = (
    "\\documentclass[aps,prb]{{revtex4-2}}\n\\begin{{document}}\n"
    "Body text cites \\cite{{x}}.\n"
    "\\begin{{thebibliography}}{{9}}\n\\bibitem{{x}}\n{entry}\n\\end{{thebibliography}}\n"
    "\\end{{document}}\n"
)


def _entry(entry: str) -> tuple[object, ...]:
    doc = read(_DOC.format(entry=entry))
    (item,) = [n for n in doc.literature if n.label == "x"]
    ref = item.reference or parse_reference(item.text, (item.line,), detect_styles=True)
    return (ref.kind, ref.authors, ref.title, ref.host, ref.volume, ref.pages, ref.year)


A = RefKind.ARTICLE


@pytest.mark.parametrize(
    ("entry", "want"),
    [
        (
            "P. Ortega and W. Lindqvist, J. Appl. Phys. \\textbf{61}, 4410 (1987).",
            (A, ("P. Ortega", "W. Lindqvist"), None, "J. Appl. Phys.", "61", "4410", 1987),
        ),
        (
            "A. B. Varga, C. Nakamura, and D.-H. Oh, Phys. Rev. B \\textbf{92}, 075133 (2015).",
            (
                A,
                ("A. B. Varga", "C. Nakamura", "D.-H. Oh"),
                None,
                "Phys. Rev. B",
                "92",
                "075133",
                2015,
            ),
        ),
        (
            "R. Salo \\textit{et al.}, Nature (London) \\textbf{602}, 58 (2022).",
            (A, ("R. Salo",), None, "Nature (London)", "602", "58", 2022),
        ),
        (
            "T. Brandt, New J. Phys.: Fluids {\\bf 7}, 12LT03 (2009).",
            (A, ("T. Brandt",), None, "New J. Phys.: Fluids", "7", "12LT03", 2009),
        ),
        (  # AIP keeps a quoted title before the journal
            "M. Kowal, ``Spin waves in thin films,'' J. Chem. Phys. \\textbf{45}, 100 (1999).",
            (A, ("M. Kowal",), "Spin waves in thin films", "J. Chem. Phys.", "45", "100", 1999),
        ),
    ],
)
def test_physics_article(entry: str, want: tuple[object, ...]) -> None:
    assert _entry(entry) == want


@pytest.mark.parametrize(
    ("before", "bold", "after"),
    [
        # a book: a title and a publisher before, the bold run a volume of the series
        ("J. Ruiz, Many-Body Physics (Wiley, New York, 1990), Vol.", "2", "."),
        # bold text that is no volume
        ("K. Mori,", "Preliminary notes", "on lattice models, 2001."),
        # no page and year after the volume
        ("E. Ivanova, Phys. Lett. A", "12", "."),
        # no names before the journal
        ("Phys. Lett. A", "12", ", 34 (1999)."),
        # a family-first name ("Ivanova, E.") is no initials-first name of this style
        ("Ivanova, E., Phys. Lett. A", "12", ", 34 (1999)."),
    ],
)
def test_not_a_physics_article(before: str, bold: str, after: str) -> None:
    ref = parse_reference(f"{before} {bold}{after}", (1,))
    assert physics_article(ref, before, bold, after) is None


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        ("B. Lund and S. Oda, arXiv:2311.04567 [hep-th].", None, RefKind.ARTICLE),
        ("M. Fischer, arXiv:cond-mat/0407123.", None, RefKind.ARTICLE),
        # a title before the identifier stays
        ("M. Fischer, Ordered phases of dimers, arXiv:2101.00001.", "x", None),
    ],
)
def test_eprint_only(text: str, title: str | None, kind: RefKind | None) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    if title is None:
        assert ref.title is None and ref.kind is kind
        assert ref.authors
    else:
        assert ref.title is not None and "Ordered phases" in ref.title


_WITH_CITE = (
    "\\documentclass{revtex4-2}\n\\begin{document}\n"  # 1-2
    "Text \\cite{a,sup}.\n"  # 3
    "\\begin{thebibliography}{9}\n"  # 4
    "\\bibitem{a} A. Ruiz, Phys. Rev. E \\textbf{3}, 5 (2001).\n"  # 5
    "\\bibitem{sup} See Supplemental Material at \\url{http://example.org/sm} for the\n"  # 6
    "derivation, which includes Refs.~\\cite{b,c}.\n"  # 7
    "\\bibitem{b} B. Chen, Phys. Rev. E \\textbf{4}, 6 (2002).\n"  # 8
    "\\bibitem{c} C. Diaz, Phys. Rev. E \\textbf{5}, 7 (2003).\n"  # 9
    "\\end{thebibliography}\n\\end{document}\n"
)


def test_cite_inside_bibitem_is_a_citation_at_its_line() -> None:
    doc = read(_WITH_CITE)
    got = sorted((m.label, m.line) for m in doc.markers)
    assert got == [("a", 3), ("b", 7), ("c", 7), ("sup", 3)]


def test_bibitems_without_cite_add_nothing() -> None:
    text = _WITH_CITE.replace("which includes Refs.~\\cite{b,c}", "see the text")
    text = text.replace("Text \\cite{a,sup}", "Text \\cite{a,sup,b,c}")
    got = sorted((m.label, m.line) for m in read(text).markers)
    assert got == [("a", 3), ("b", 3), ("c", 3), ("sup", 3)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("\\bibitem{k} see \\cite{z}.\n", 1),
        ("\\bibitem{k} no citation here.\n", 0),
        ("\\bibitem[Lee(2001)]{k} as in Ref.~\\onlinecite{z}.\n", 1),
    ],
)
def test_cited_items(text: str, want: int) -> None:
    assert len(cited_items(text, [0], [(0, len(text))])) == want


Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "A. " * (n // 3), id="initials"),
    pytest.param(lambda n: "A. Bc, " * (n // 7), id="names"),
    pytest.param(lambda n: "J. Phys. " * (n // 9), id="journal-words"),
    pytest.param(lambda n: "1 (" * (n // 3), id="numbers"),
    pytest.param(lambda n: "\\cite{" * (n // 6), id="cites"),
]


@pytest.mark.parametrize("line", LINES)
def test_physics_article_is_linear(line: Line) -> None:
    ref = parse_reference("A. Bc, J. Phys. 1, 2 (2000).", (1,))
    assert_linear(lambda text: physics_article(ref, text, "12", text + " (2001)"), line)


@pytest.mark.parametrize("line", LINES)
def test_eprint_is_linear(line: Line) -> None:
    assert_linear(lambda text: parse_reference(f"A. Bc, arXiv:{text}", (1,)), line)


@pytest.mark.parametrize("line", LINES)
def test_cited_items_is_linear(line: Line) -> None:
    assert_linear(
        lambda text: cited_items(f"\\bibitem{{k}} {text}", [0], [(0, len(text) + 13)]), line
    )
