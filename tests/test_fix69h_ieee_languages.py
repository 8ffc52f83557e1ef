"""IEEE entries in the list's own language (fix round 69, h).

An engineering list in Polish, Czech or German keeps IEEE's shape and translates its words:
the quoted title with its comma inside the closing mark („Tytuł,” / “Title,”) and ``t.``,
``nr``, ``s.`` for vol., no., pp. (no humanities entry with a bare title between commas);
names joined by ``i``; a book's ``Title. City, Country: Publisher, Year``;
a report's word and number in the language (``Raport DM-3/2024``, ``Bericht B-190``,
``Zpráva 12/2022``), a body's short name right before ``Tech. Rep.``; a standard cited by
its title before an ASTM designation with its metric twin (``ASTM E8/E8M-22``) and a place
of city, state and country.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.standard_designation import standard_designation

_CASES = [
    (
        "A. Kamińska, „Pomiary ugięć przęseł stalowych wiaduktu,” Inżynieria i Budownictwo,"
        " t. 78, nr 3, s. 120–126, 2021.",
        ("A. Kamińska",),
        "Pomiary ugięć przęseł stalowych wiaduktu",
        RefKind.ARTICLE,
    ),
    (
        "P. Lindqvist, R. Okafor i T. Brandt, “Crack growth in welded stiffeners under"
        " variable loading,” Eng. Struct., t. 210, nr 2, s. 45–58, 2020.",
        ("P. Lindqvist", "R. Okafor", "T. Brandt"),
        "Crack growth in welded stiffeners under variable loading",
        RefKind.ARTICLE,
    ),
    (
        "M. Wróbel, Łożyska mostowe w praktyce. Kraków, Polska: Wydawnictwo Techniczne, 2014.",
        ("M. Wróbel",),
        "Łożyska mostowe w praktyce",
        RefKind.BOOK,
    ),
    (
        "H. Sato, “Fatigue of riveted connections in old railway bridges,” ECCS Tech. Rep."
        " TC6-14, Brussels, Belgium, 2018.",
        ("H. Sato",),
        "Fatigue of riveted connections in old railway bridges",
        RefKind.REPORT,
    ),
    (
        "Generalny Inspektorat Kolei, „Stan techniczny wiaduktów kolejowych w 2022 roku,”"
        " GIK, Warszawa, Raport R-7/2023, 2023.",
        ("Generalny Inspektorat Kolei",),
        "Stan techniczny wiaduktów kolejowych w 2022 roku",
        RefKind.REPORT,
    ),
    (
        "Landesamt für Brückenbau, „Zustand der Talbrücken 2021,“ LfB, Kassel, Bericht B-44, 2022.",
        ("Landesamt für Brückenbau",),
        "Zustand der Talbrücken 2021",
        RefKind.REPORT,
    ),
    (
        "Ústav silničních staveb, „Stav mostních ložisek,” ÚSS, Brno, Zpráva 8/2021, 2021.",
        ("Ústav silničních staveb",),
        "Stav mostních ložisek",
        RefKind.REPORT,
    ),
    (
        "Standard Specification for Carbon Structural Steel, ASTM A36/A36M-19, ASTM"
        " International, West Conshohocken, PA, USA, 2019.",
        (),
        "Standard Specification for Carbon Structural Steel",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "kind"), _CASES)
def test_ieee_in_the_lists_language(
    text: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)


@pytest.mark.parametrize("text", ["ASTM E8/E8M-22", "ASTM A36/A36M-19", "ASTM C150/C150M-2022"])
def test_astm_metric_twin_designation(text: str) -> None:
    assert standard_designation(text)
