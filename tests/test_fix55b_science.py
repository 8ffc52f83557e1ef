"""Fix 55b: science house styles (Cell Press and kin) -- a title's second sentence, a
book's ``(Place: Publisher)``, preprints as articles, statistical software as ``web``;
titles compared with superscript and subscript digits as digits.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.text import title_key

_CASES = [
    pytest.param(
        "Brandt, K., and Ito, M. (2004). Grid-like firing in the medial septum. A role for"
        " theta rhythm in spatial coding. J. Neurosci. *24*, 5512–5520.",
        "Grid-like firing in the medial septum. A role for theta rhythm in spatial coding",
        RefKind.ARTICLE,
        id="subtitle-after-full-stop",
    ),
    pytest.param(
        "Lowe, R.T., and Okafor, N. (2011). Timing in cortical circuits. Annu. Rev. Neurosci."
        " *34*, 101–120.",
        "Timing in cortical circuits",
        RefKind.ARTICLE,
        id="abbreviated-journal-no-subtitle",
    ),
    pytest.param(
        "Ngata, H., and Moss, P. (2018). Odour maps are stable. Proc. Natl. Acad. Sci. USA"
        " *115*, 880–885.",
        "Odour maps are stable",
        RefKind.ARTICLE,
        id="journal-of-abbreviations-after-prose",
    ),
    pytest.param(
        "Marr, D. (1982). Vision (San Francisco: W. H. Freeman).",
        "Vision",
        RefKind.BOOK,
        id="book-imprint-in-parentheses",
    ),
    pytest.param(
        "Chen, L., Patel, S., and Ruiz, D. (2021). Sparse coding of odour identity in piriform"
        " cortex. Preprint at bioRxiv, https://doi.org/10.1101/2021.03.04.433911.",
        "Sparse coding of odour identity in piriform cortex",
        RefKind.ARTICLE,
        id="biorxiv-preprint",
    ),
    pytest.param(
        "Okoro, T., and Haas, P. (2020). Wastewater surveillance of respiratory viruses."
        " medRxiv 2020.06.15.20131235.",
        "Wastewater surveillance of respiratory viruses",
        RefKind.ARTICLE,
        id="medrxiv-preprint",
    ),
    pytest.param(
        "Ward, J. (2019). arXiv: A Decade of Open Access (London: Routledge).",
        "arXiv: A Decade of Open Access",
        RefKind.BOOK,
        id="server-named-in-a-books-title",
    ),
    pytest.param(
        "R Core Team. *R: A Language and Environment for Statistical Computing* (R Foundation"
        " for Statistical Computing, 2022).",
        "R: A Language and Environment for Statistical Computing",
        RefKind.WEB,
        id="r-core-team",
    ),
    pytest.param(
        "StataCorp (2021). Stata Statistical Software: Release 17. College Station, TX:"
        " StataCorp LLC.",
        "Stata Statistical Software: Release 17",
        RefKind.WEB,
        id="stata",
    ),
    pytest.param(
        "Hadley, W. (2023). tidyr: Tidy Messy Data. R package version 1.3.0."
        " https://CRAN.R-project.org/package=tidyr",
        "tidyr: Tidy Messy Data",
        RefKind.WEB,
        id="r-package",
    ),
    pytest.param(
        "Moreau, P. (2016). R Programming for Ecologists (Oxford: Wiley).",
        "R Programming for Ecologists",
        RefKind.BOOK,
        id="book-about-r",
    ),
    pytest.param(
        "Hsieh, T.C., Ma, K.H., and Chao, A. (2016). iNEXT: an R package for rarefaction and"
        " extrapolation of species diversity. Methods Ecol. Evol. *7*, 1451–1456.",
        "iNEXT: an R package for rarefaction and extrapolation of species diversity",
        RefKind.ARTICLE,
        id="software-paper-in-a-journal",
    ),
]


@pytest.mark.parametrize(("entry", "title", "kind"), _CASES)
@pytest.mark.parametrize("note", [True, False])
def test_science_entries(entry: str, title: str, kind: RefKind, note: bool) -> None:
    ref = parse_reference(entry, [1], detect_styles=True, note=note)
    assert ref.title == title
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Permafrost at 1 km² resolution", "Permafrost at 1 km2 resolution", True),
        ("Winter CO₂ efflux", "Winter CO2 efflux", True),
        ("Attention in O(n²) memory", "Attention in O(n2) memory", True),
        ("Permafrost at 1 km² resolution", "Permafrost at 1 km resolution", False),
    ],
)
def test_title_key_script_digits(a: str, b: str, same: bool) -> None:
    assert (title_key(a) == title_key(b)) is same
