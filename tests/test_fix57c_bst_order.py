"""Fix 57c: BibTeX's own sorting key for plain/abbrv and natbib's plainnat/abbrvnat, and
``\\bibitem`` labels holding brackets.

The orders expected here are those BibTeX 0.99d (TeX Live 2022) printed for the same
entries with ``\\citation{*}`` (own fixtures; TeX is not needed to run the tests):
plainnat sorts by all names (a work of three or more authors after the first author's
own and two-author works), year and citation key; plain by all names, year and title;
a name written in UTF-8 outside ASCII sorts after every ASCII name, a TeX accent
(``{\\'A}``) as its letter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, RawNote
from bibcheck.readers.bibtex import read_bib, to_reference
from bibcheck.readers.bstorder import BstEntry, bst_entry, bst_key, bst_names, bst_title, sortify
from bibcheck.readers.latex.scan import nested_bracket_end
from bibcheck.readers.listorder import bst_sort, ordered


@pytest.mark.parametrize(
    ("text", "literal", "want"),
    [
        ("Schlüter", "", "schluter"),  # from Schl{\"u}ter: the letter
        ("Schlüter", "Schlüter", "schlüter"),  # written in UTF-8: kept as it stands
        ("Jean-Marie", "", "jean marie"),
        ("O'Neil", "", "oneil"),
        ("Berg~Olsen", "", "berg olsen"),
        ("Straße", "", "strasse"),
        ("H. Brendan", "", "h brendan"),
        ("2019a", "", "2019a"),
    ],
)
def test_sortify(text: str, literal: str, want: str) -> None:
    assert sortify(text, literal) == want


@pytest.mark.parametrize(
    ("authors", "others", "natbib", "want"),
    [
        (("Berg, Hanna",), False, True, "berg  hanna"),
        (("van den Berg, Ulla",), False, True, "van den berg  ulla"),
        (("Berg, Jr., Hanna",), False, True, "berg  hanna  jr"),
        (("Berg, Hanna", "Lund, Per"), False, True, "berg  hanna   lund  per"),
        (
            ("Berg, Hanna", "Lund, Per", "Ek, Bo"),
            False,
            True,
            "berg  hanna   zz1998   lund  per   ek  bo",
        ),
        (("Berg, Hanna",), True, True, "berg  hanna   zzzzz"),
        (("Berg, Hanna", "Lund, Per", "Ek, Bo"), False, False, "berg  hanna   lund  per   ek  bo"),
        (("Berg, Hanna",), True, False, "berg  hanna   et al"),
        (("Waterboard North",), False, False, "waterboard north"),
    ],
)
def test_bst_names(authors: tuple[str, ...], others: bool, natbib: bool, want: str) -> None:
    assert bst_names(authors, "1998", natbib=natbib, others=others) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("The Harbour", "harbour"),
        ("An Atlas", "atlas"),
        ("A Fjord", "fjord"),
        ("the harbour", "the harbour"),  # BibTeX chops only "The " as written
        ("Another Bay", "another bay"),
    ],
)
def test_bst_title(title: str, want: str) -> None:
    assert bst_title(title) == want


@pytest.mark.parametrize(
    ("raw", "authors", "want"),
    [
        # an article edited, not written: by its key field (none: empty)
        ("@article{e1, editor={Lee, A.}, title={T}, year={2001}}", ("Lee, A.",), ("", "", "2001")),
        (
            "@book{e2, editor={Lee, A.}, title={T}, year={2001}}",
            ("Lee, A.",),
            ("Lee, A.", "", "2001"),
        ),
        ("@misc{e3, title={T}, key={Zeta}, year={2001}}", (), ("", "Zeta", "2001")),
        # a manual or proceedings with no names: by its organization, "The " chopped
        (
            "@manual{m1, organization={The Harbour Board}, title={T}, year={2001}}",
            (),
            ("", "Harbour Board", "2001"),
        ),
        # a crossref'd entry inherits its year
        (
            "@incollection{c1, author={Lee, A.}, crossref={c0}}",
            ("Lee, A.",),
            ("Lee, A.", "", "2001"),
        ),
        # a biblatex date alone gives BibTeX no year
        ("@article{e4, author={Lee, A.}, date={2001-04}}", ("Lee, A.",), ("Lee, A.", "", "")),
        (
            "@article{e5, Author = {Lee, A. and others}, YEAR = {{2001}}}",
            ("Lee, A.",),
            ("Lee, A.", "", "{2001}"),
        ),
    ],
)
def test_bst_entry(raw: str, authors: tuple[str, ...], want: tuple[str, str, str]) -> None:
    entry = bst_entry("k", raw, authors, "2001", "T")
    assert (", ".join(entry.authors), entry.key_field, entry.year) == want


def test_bst_entry_others() -> None:
    raw = "@article{e5, author = {Lee, A. and\n   others}, year = 2001}"
    entry = bst_entry("e5", raw, ("Lee, A.",), None, "T")
    assert entry.others and entry.year == "2001"
    assert bst_key(entry, natbib=True) == "lee  a   zzzzz    2001    e5"
    assert bst_key(BstEntry("k"), natbib=False) == "        "


def _entries(bib: str) -> dict[str, RawNote]:
    records, _ = read_bib(bib)
    return {
        r.key: RawNote(r.key, r.raw, r.line, r.end_line, reference=to_reference(r), key=True)
        for r in records
    }


SMITHS = """\
@book{s1, author={Smith, John}, title={Alpha}, year={2001}, publisher={P}}
@book{s2, author={Smith, John and Jones, Ann}, title={Beta}, year={2000}, publisher={P}}
@book{s3, author={Smith, John and Jones, Ann and Brown, Bob}, title={Gamma}, year={1999}, publisher={P}}
@book{s4, author={Smith, Adam}, title={Delta}, year={2005}, publisher={P}}
@article{s5, author={Smith, John}, title={Eps}, year={1990}, journal={J}}
@article{s6, author={Smith, Adam}, title={Zeta}, year={1980}, journal={J}}
@article{s7, author={Smith, John and Jones, Ann}, title={Eta}, year={1970}, journal={J}}
"""
BERGS = """\
@book{a1, author={Berg, Hanna}, title={The Harbour}, year={2003}, publisher={P}}
@article{a2, author={van den Berg, Ulla}, title={Dunes}, year={1999}, journal={J}}
@article{a3, author={Berg-Olsen, Kari}, title={Fjords}, year={1995}, journal={J}}
@article{a4, author={Berg, Hanna and others}, title={Tides}, year={2001}, journal={J}}
@article{a5, author={Berg, Hanna and Lund, Per}, title={Waves}, year={2001}, journal={J}}
@article{a6, author={Berg, Hanna and Lund, Per and Ek, Bo}, title={Reefs}, year={1998}, journal={J}}
@article{a7, author={Berg, Hanna and Aas, Tor and Ek, Bo}, title={Reefs II}, year={2000}, journal={J}}
@misc{a8, title={Anonymous Tract}, year={1990}}
@misc{a9, title={Keyed Tract}, key={Bergman}, year={1990}}
@book{a10, editor={Berg, Hanna}, title={An Edited Book}, year={2003}, publisher={P}}
@article{a11, author={Berg, Hanna}, title={A Harbour Note}, year={2003}, journal={J}}
@article{a12, author={B{\\"e}rg, Hanna}, title={Umlaut}, year={2002}, journal={J}}
@article{a13, author={Berg, Jr., Hanna}, title={Junior}, year={2002}, journal={J}}
"""
ACCENTS = """\
@article{u1, author={Álvarez, Rosa}, title={Lagoons}, year={2011}, journal={J}}
@article{u2, author={{\\'A}lvarez, Pilar}, title={Marshes}, year={2012}, journal={J}}
@article{u3, author={Zapata, Luis}, title={Estuaries}, year={2013}, journal={J}}
@article{u4, author={Alves, Rui}, title={Deltas}, year={2014}, journal={J}}
@book{u5, title={The Coastal Atlas}, key={Atlas}, year={2015}, publisher={P}}
@article{u6, author={Berg-Olsen, Kari}, title={Fjords}, year={1995}, journal={J}}
@article{u7, author={Berg, Kari}, title={A Fjord}, year={1995}, journal={J}}
@article{u8, author={Berg, Kari}, title={Bays}, year={1995}, journal={J}}
"""


@pytest.mark.parametrize(
    ("bib", "style", "want"),
    [
        (SMITHS, "plainnat", "s6 s4 s5 s1 s7 s2 s3"),
        (SMITHS, "abbrvnat", "s6 s4 s5 s1 s7 s2 s3"),
        (SMITHS, "plain", "s6 s4 s5 s1 s7 s2 s3"),
        (BERGS, "plainnat", "a8 a12 a1 a10 a11 a5 a6 a7 a4 a13 a3 a9 a2"),
        (BERGS, "plain", "a8 a12 a10 a1 a11 a7 a4 a5 a6 a13 a3 a9 a2"),
        (BERGS, "abbrv", "a8 a12 a10 a1 a11 a7 a4 a5 a6 a13 a3 a9 a2"),
        (ACCENTS, "plain", "u2 u4 u5 u8 u7 u6 u3 u1"),
        (ACCENTS, "plainnat", "u2 u4 u5 u7 u8 u6 u3 u1"),
    ],
)
def test_order_as_bibtex_prints(bib: str, style: str, want: str) -> None:
    entries = _entries(bib)
    sort = bst_sort(style)
    assert sort is not None
    assert " ".join(ordered(list(reversed(entries)), entries, sort)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("\\bibitem[Fei(1992 [1947])]{fei92} Fei", "[Fei(1992 [1947])]"),
        ("\\bibitem[Lee(2001 [1950])]\n  {lee01} Lee", "[Lee(2001 [1950])]"),
        # LaTeX's own reading stands: a plain label, a braced inner bracket
        ("\\bibitem[Lee(2001)]{lee01} Lee [1950]", None),
        ("\\bibitem[Lee(2001 {[1950]})]{lee01} Lee", None),
        ("\\bibitem[{Lee et al.}(2019a)Lee, Kim, and Park]{lee19} Lee", None),
        # neither reading is followed by a key
        ("\\bibitem[Lee [1950] Lee", None),
    ],
)
def test_nested_bracket_end(text: str, want: str | None) -> None:
    start = text.index("[")
    end = nested_bracket_end(text, start, len(text))
    assert (text[start:end] if end is not None else None) == want


def test_natbib_document_order(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@book{berg03, author={Berg, Hanna}, title={The Harbour}, year={2003}, publisher={P}}\n"
        "@book{berg98, author={Berg, Hanna and Lund, Per and Ek, Bo}, title={Reefs},"
        " year={1998}, publisher={P}}\n"
        "@book{bergk95, author={Berg, Kari}, title={Bays}, year={1995}, publisher={P}}\n"
        "@book{berg10, author={Berg, Hanna}, title={Waves}, year={2010}, publisher={P}}\n",
        encoding="utf-8",
    )
    path = tmp_path / "paper.tex"
    path.write_text(
        "\\documentclass{article}\n\\usepackage[round]{natbib}\n\\begin{document}\n"
        "Harbours \\citep{bergk95,berg98}, reefs \\citep{berg10} and \\citet{berg03}.\n"
        "\\bibliographystyle{plainnat}\n\\bibliography{refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    years = [e.reference.year for e in doc.literature if e.reference is not None]
    assert years == [2003, 2010, 1998, 1995]


def test_bibitem_label_with_brackets(tmp_path: Path) -> None:
    path = tmp_path / "paper.tex"
    path.write_text(
        "\\documentclass{article}\n\\usepackage[round]{natbib}\n\\begin{document}\n"
        "As \\citet{lee01} and \\citet{kim05} say.\n"
        "\\begin{thebibliography}{2}\n"
        "\\bibitem[Lee(2001 [1950])]{lee01} Lee, Min. 2001. \\textit{Harbours of the North}."
        " London: Verso.\n"
        "\\bibitem[Kim(2005)]{kim05} Kim, Do. 2005. \\textit{Tides}. London: Verso.\n"
        "\\end{thebibliography}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    refs = {e.label: e.reference for e in doc.literature}
    lee = refs["lee01"]
    assert lee is not None
    assert (lee.authors, lee.year, lee.title) == (("Lee, Min",), 2001, "Harbours of the North")
    damaged = [a for a in doc.all_anomalies() if a.code is AnomalyCode.DOCUMENT_DAMAGED]
    assert [a.line for a in damaged] == [6]
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_KEY_MISSING]
