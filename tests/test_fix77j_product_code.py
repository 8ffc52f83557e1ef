"""fix77j: a data product's or a database's code in parentheses closing its title.

The code is the title's (no publisher, no imprint fact), and a title closing with a
product's underscored code names a data product, ``web`` (tests/corpus/README.md: datasets
are ``web``).  Also Galician bodies' words (``Consellería``, ``Concello``), whose yearbooks
are their reports.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, product_code


@pytest.mark.parametrize(
    ("remainder", "want"),
    [
        ("(GLOBAL_MULTIYEAR_PHY_001_030).", ("(GLOBAL_MULTIYEAR_PHY_001_030)", "")),
        (
            "(ARCTIC_ANALYSIS_SEAICE_011_001). Mercator Ocean.",
            ("(ARCTIC_ANALYSIS_SEAICE_011_001)", "Mercator Ocean."),
        ),
        ("(LandStatDB).", ("(LandStatDB)", "")),
        # (an edition, a report number, a topic's acronym, a plain word: no code)
        ("(2nd ed.). Publisher.", None),
        ("(Report No. 12). Agency.", None),
        ("(COVID-19). Publisher.", None),
        ("(Summary).", None),
        ("(PHY_001).", None),
    ],
)
def test_code_after_title(remainder: str, want: tuple[str, str] | None) -> None:
    assert product_code.code_after_title(remainder) == want


@pytest.mark.parametrize(
    ("entry", "title", "kind", "authors"),
    [
        (
            "Copernicus Marine Service (2023). *Global Ocean Physics Reanalysis* "
            "(GLOBAL_MULTIYEAR_PHY_001_030). <https://doi.org/10.48670/moi-00021>",
            "Global Ocean Physics Reanalysis (GLOBAL_MULTIYEAR_PHY_001_030)",
            RefKind.WEB,
            ("Copernicus Marine Service",),
        ),
        (
            "Copernicus Marine Service (2022). *Arctic Ocean Sea Ice Analysis* "
            "(ARCTIC_ANALYSIS_SEAICE_011_001). Mercator Ocean International. "
            "https://doi.org/10.48670/moi-00123",
            "Arctic Ocean Sea Ice Analysis (ARCTIC_ANALYSIS_SEAICE_011_001)",
            RefKind.WEB,
            ("Copernicus Marine Service",),
        ),
        (
            "Statistics Office (2022). *Fish landings by port, 1990–2021* (LandStatDB). "
            "<https://example.org/landings> (accessed 3 March 2024)",
            "Fish landings by port, 1990–2021 (LandStatDB)",
            RefKind.WEB,
            ("Statistics Office",),
        ),
        (
            # (Vancouver: the body's name with stops, the code's digits no imprint fact)
            "E.U. Copernicus Marine Service Information. Arctic Ocean Sea Ice Analysis "
            "(ARCTIC_ANALYSIS_SEAICE_011_001) [dataset]. 2022. doi:10.48670/moi-00123",
            "Arctic Ocean Sea Ice Analysis (ARCTIC_ANALYSIS_SEAICE_011_001)",
            RefKind.WEB,
            ("E.U. Copernicus Marine Service Information",),
        ),
        (
            # (Galician bodies: a yearbook is their report)
            "Concello de Vigo (2021). *Anuario estatístico municipal 2020*. Vigo: Concello "
            "de Vigo.",
            "Anuario estatístico municipal 2020",
            RefKind.REPORT,
            ("Concello de Vigo",),
        ),
        (
            "Consellería do Medio Rural (2022). *Anuario de estatística agraria 2020*. "
            "Santiago de Compostela: Xunta de Galicia.",
            "Anuario de estatística agraria 2020",
            RefKind.REPORT,
            ("Consellería do Medio Rural",),
        ),
    ],
)
def test_product_entry(entry: str, title: str, kind: RefKind, authors: tuple[str, ...]) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.title == title
    assert ref.kind is kind
    assert ref.authors == authors
    assert ref.publisher != title[title.rfind("(") :]


@pytest.mark.parametrize(
    ("entry", "title", "kind"),
    [
        # (a book with an edition after its title keeps its publisher and kind)
        (
            "Lind, K. (2019). *Fjord ecology* (2nd ed.). Harbour Press.",
            "Fjord ecology",
            RefKind.BOOK,
        ),
        # (a person's book on a program whose name has a capital inside: no code in
        # parentheses, left as read)
        (
            "Lind, K. (2019). *Working with FishStat*. Harbour Press.",
            "Working with FishStat",
            RefKind.BOOK,
        ),
    ],
)
def test_left_as_read(entry: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.title == title
    assert ref.kind is kind
