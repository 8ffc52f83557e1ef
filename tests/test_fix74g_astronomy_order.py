"""Fix 74g: the BibTeX styles of astronomy's journals sort their lists by author.

``aasjournal`` (AASTeX), ``aa`` (A&A), ``mnras`` and their kin are custom-bib (merlin
``ay,nat``) author-year styles with reversed names: the list is sorted by the names
(family, given-name initials), the year, then the title without "A"/"An"/"The".  The
orders expected here are those BibTeX 0.99d (TeX Live 2022) printed for the same
entries with a ``merlin.mbs`` style made with ``ay,nat,nm-rev1`` (own fixtures; TeX is
not needed to run the tests).  Before, such a style was not known and the list was
read in citation order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RawNote
from bibcheck.readers.astrobst import astronomy_key, astronomy_style, initials
from bibcheck.readers.bibtex import read_bib, to_reference
from bibcheck.readers.bstorder import BstEntry
from bibcheck.readers.listorder import CITED, bst_sort, ordered, tex_sort


@pytest.mark.parametrize(
    ("style", "want"),
    [
        ("aasjournal", True),
        ("aasjournalv7", True),
        ("aa", True),
        ("aa_url", True),
        ("mnras", True),
        ("mn2e", True),
        ("apj", True),
        ("aj", True),
        ("pasa-mnras", True),
        ("icarus", True),
        ("AASJournal", True),
        ("aaai-named", False),  # an AI conference's style, not A&A's
        ("abbrv", False),
        ("ajl", False),  # not an astronomy style
        ("unsrt", False),
        ("alpha", False),
    ],
)
def test_astronomy_style(style: str, want: bool) -> None:
    assert astronomy_style(style) is want


@pytest.mark.parametrize(
    ("style", "astronomy"),
    [
        ("aasjournal", True),
        ("aasjournal.bst", True),
        ("styles/mnras", True),
        ("aa", True),
        ("unsrtnat", False),
        ("plainnat", False),
    ],
)
def test_bst_sort_knows_the_family(style: str, astronomy: bool) -> None:
    sort = bst_sort(style)
    assert sort is not None
    assert (not sort.cited) is (astronomy or style == "plainnat")
    if astronomy:
        assert [p.value for p in sort.parts] == ["bst-astronomy"]


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("Jo", "J"),
        ("J. A.", "J A"),
        ("Jean-Luc", "J L"),
        ("Jan Lars", "J L"),
        ("Ann~Marie", "A M"),
        ("", ""),
    ],
)
def test_initials(given: str, want: str) -> None:
    assert initials(given) == want


@pytest.mark.parametrize(
    ("entry", "want"),
    [
        (BstEntry("k", ("Moss, Jo",), "2001", "Albedo maps"), "moss  j    2001    albedo maps"),
        (
            BstEntry("k", ("van der Berg, Ulla",), "2004", "The Halo"),
            "van der berg  u    2004    halo",
        ),
        (BstEntry("k", ("Moss, Jr., Jo",), "1997", "Gas"), "moss  j  jr    1997    gas"),
        (
            BstEntry("k", ("Ek, B.",), "1997", "Hot comets", others=True),
            "ek  b   zzzzz    1997    hot comets",
        ),
        (
            BstEntry("k", ("Kepler Collaboration", "Ames, Tor"), "2019", "Yields"),
            "kepler collaboration   ames  t    2019    yields",
        ),
        (BstEntry("k", (), "1999", "Catalogue", key_field="BSC"), "bsc    1999    catalogue"),
    ],
)
def test_astronomy_key(entry: BstEntry, want: str) -> None:
    assert astronomy_key(entry) == want


def _entries(bib: str) -> dict[str, RawNote]:
    records, _ = read_bib(bib)
    return {
        r.key: RawNote(r.key, r.raw, r.line, r.end_line, reference=to_reference(r), key=True)
        for r in records
    }


# entries in the shape ADS exports ({Family}, Given; double-braced titles)
ADS = r"""
@ARTICLE{ek2001, author = {{Ek}, Bo}, title = "{Dust in the outer belt}", journal = {\icarus}, year = 2001}
@ARTICLE{ek1999, author = {{Ek}, Bo and {Lund}, Per}, title = "{Cold comets}", journal = {\aj}, year = 1999}
@ARTICLE{ek1995, author = {{Ek}, Bo and {Aho}, Kim and {Moe}, Lars}, title = "{Warm comets}", journal = {\apj}, year = 1995}
@ARTICLE{ek1997, author = {{Ek}, B. and others}, title = "{Hot comets}", journal = {\apj}, year = 1997}
@ARTICLE{berg2004, author = {{van der Berg}, Ulla}, title = "{Halo stars}", journal = {\aap}, year = 2004}
@ARTICLE{bolt2010, author = {{Bolt}, Nils}, title = "{The Zodiacal light}", journal = {\mnras}, year = 2010}
@ARTICLE{bolt2010b, author = {{Bolt}, Nils}, title = "{Apsidal motion}", journal = {\mnras}, year = 2010}
@ARTICLE{bolt2008, author = {{Bolt}, Nils}, title = "{Zeta stars}", journal = {\mnras}, year = 2008}
@ARTICLE{kepler2019, author = {{Kepler Collaboration} and {Ames}, Tor}, title = "{Planet yields}", journal = {\aj}, year = 2019}
@ARTICLE{durak2015, author = {{\v{D}}urak, Jan and {Ek}, Bo}, title = "{Spin states}", journal = {\icarus}, year = 2015}
@ARTICLE{dunn2016, author = {{Dunn}, Ola}, title = "{Spin poles}", journal = {\icarus}, year = 2016}
@SOFTWARE{vega2021, author = {{Vega}, Rosa and {Ek}, Bo}, title = {skyfit: fitting sky backgrounds}, year = 2021, publisher = {Zenodo}, version = {2.1.0}}
@INCOLLECTION{aho2002, author = {{Aho}, Kim}, title = "{Photometry of small bodies}", booktitle = {Minor Bodies III}, editor = {{Moe}, L.}, publisher = {Lund University Press}, year = 2002}
@MISC{catalog1999, title = {Bright Star Catalogue}, key = {Catalogue}, year = 1999}
"""
# the same family name with given names that differ (sorted by initials, not in full)
INITIALS = r"""
@article{i1, author={Moss, Jo}, title={Albedo maps}, year={2001}, journal={J}}
@article{i2, author={Moss, J. A.}, title={Binary pairs}, year={2000}, journal={J}}
@article{i3, author={Moss, Jean-Luc}, title={Crater counts}, year={1999}, journal={J}}
@article{i4, author={Moss, Jan Lars}, title={Dust tails}, year={2003}, journal={J}}
@article{i5, author={Moss, Karin}, title={The Early belt}, year={1998}, journal={J}}
@article{i6, author={Moss, Karin}, title={Faint comets}, year={1998}, journal={J}}
@article{i7, author={Moss, Jr., Jo}, title={Gas giants}, year={1997}, journal={J}}
"""


@pytest.mark.parametrize(
    ("bib", "style", "want"),
    [
        (
            ADS,
            "aasjournal",
            "aho2002 bolt2008 bolt2010b bolt2010 catalog1999 dunn2016 durak2015 ek2001 ek1995"
            " ek1999 ek1997 kepler2019 berg2004 vega2021",
        ),
        (
            ADS,
            "mnras",
            "aho2002 bolt2008 bolt2010b bolt2010 catalog1999 dunn2016 durak2015 ek2001 ek1995"
            " ek1999 ek1997 kepler2019 berg2004 vega2021",
        ),
        (INITIALS, "aa", "i1 i7 i2 i3 i4 i5 i6"),
    ],
)
def test_order_as_bibtex_prints(bib: str, style: str, want: str) -> None:
    entries = _entries(bib)
    sort = bst_sort(style)
    assert sort is not None
    assert " ".join(ordered(list(reversed(entries)), entries, sort)) == want


def test_tex_sort_of_an_aastex_manuscript() -> None:
    tex = (
        "\\documentclass[twocolumn]{aastex631}\n\\begin{document}\n"
        "\\bibliography{refs}{}\n\\bibliographystyle{aasjournal}\n\\end{document}\n"
    )
    assert tex_sort(tex) != CITED
    assert tex_sort(tex.replace("aasjournal", "unsrtnat")) == CITED


def test_aastex_document_order(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        '@ARTICLE{zorn2012, author = {{Zorn}, Ida}, title = "{Light curves}",'
        " journal = {\\apj}, year = 2012}\n"
        '@ARTICLE{aho2019, author = {{Aho}, Kim and {Zorn}, Ida}, title = "{Spin rates}",'
        " journal = {\\aj}, year = 2019}\n"
        '@ARTICLE{moss2015, author = {{Moss}, Jo}, title = "{Phase curves}",'
        " journal = {\\icarus}, year = 2015}\n",
        encoding="utf-8",
    )
    path = tmp_path / "paper.tex"
    path.write_text(
        "\\documentclass{aastex631}\n\\begin{document}\n"
        "Curves \\citep{zorn2012}, phases \\citep{moss2015} and spins \\citet{aho2019}.\n"
        "\\bibliography{refs}{}\n\\bibliographystyle{aasjournal}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    years = [e.reference.year for e in doc.literature if e.reference is not None]
    assert years == [2019, 2015, 2012]
