"""fix68n: geoscience and physics entry shapes.

The Copernicus/EGU comma form (``Oke, T. R. and Cleugh, H. A., Title, Bound.-Lay.
Meteorol., 39, 233–245, 1987.``, :mod:`bibcheck.parse.references.copernicus`); the older
AMS author-year form with no comma before the year (``Wagner, K. L. and Miller, J. R. 2000.
Title. J. Appl. Meteor. 39, 12–20.``, :mod:`bibcheck.parse.references.year_period`); an
APA head before an abbreviated journal with no comma before its volume (``J. Phys. Soc. Jpn.
70, 34–40``, :mod:`bibcheck.parse.references.apa`).  Each case is read through the
plain-text reader too.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.helpers import ArticleCase, assert_article_fields

# (entry, authors, title, journal, volume, pages, year)
CASES: list[ArticleCase] = [
    # Copernicus/EGU: names, title, journal, volume, pages, year, all parted by commas
    (
        "Oke, T. R. and Cleugh, H. A., Urban heat storage derived as energy balance "
        "residuals, Bound.-Lay. Meteorol., 39, 233–245, 1987.",
        ("Oke, T. R.", "Cleugh, H. A."),
        "Urban heat storage derived as energy balance residuals",
        "Bound.-Lay. Meteorol.",
        "39",
        "233–245",
        1987,
    ),
    (
        "Schneider, H.-J. und Vogel, K., Stadtklima im Wandel der Jahreszeiten, "
        "Meteorol. Z., 12, 301–315, 2003.",
        ("Schneider, H.-J.", "Vogel, K."),
        "Stadtklima im Wandel der Jahreszeiten",
        "Meteorol. Z.",
        "12",
        "301–315",
        2003,
    ),
    (
        "Lefèvre, J.-P., Bernard, M., et Rousseau, A., Variabilité des pluies en zone "
        "sahélienne, Ann. Geophys., 21, 1201–1212, 2003.",
        ("Lefèvre, J.-P.", "Bernard, M.", "Rousseau, A."),
        "Variabilité des pluies en zone sahélienne",
        "Ann. Geophys.",
        "21",
        "1201–1212",
        2003,
    ),
    (
        "Nakamura, H., Storm track variability over the western Pacific, "
        "J. Meteorol. Soc. Jpn., 70, C03012, 1992.",
        ("Nakamura, H.",),
        "Storm track variability over the western Pacific",
        "J. Meteorol. Soc. Jpn.",
        "70",
        "C03012",
        1992,
    ),
    # older AMS: inverted names, "and", no comma before the year
    (
        "Wagner, K. L. and Miller, J. R. 2000. Snow cover and surface albedo in the "
        "northern plains. J. Appl. Meteor. 39, 12–20.",
        ("Wagner, K. L.", "Miller, J. R."),
        "Snow cover and surface albedo in the northern plains",
        "J. Appl. Meteor.",
        "39",
        "12–20",
        2000,
    ),
    (
        "Yoshida, T. and Kimura, F. 1998. Sea breeze fronts over the Kanto plain. "
        "J. Meteor. Soc. Japan 76, 501–516.",
        ("Yoshida, T.", "Kimura, F."),
        "Sea breeze fronts over the Kanto plain",
        "J. Meteor. Soc. Japan",
        "76",
        "501–516",
        1998,
    ),
    (
        "Fischer, E. M. and Meier, U. 2007. Hitzewellen im Alpenraum. Meteorol. Z. 16, 41–52.",
        ("Fischer, E. M.", "Meier, U."),
        "Hitzewellen im Alpenraum",
        "Meteorol. Z.",
        "16",
        "41–52",
        2007,
    ),
    # APA head, abbreviated journal with no comma before the volume
    (
        "Tanaka, K. (2001). Spin ordering in layered cobaltates. J. Phys. Soc. Jpn. 70, 34–40.",
        ("Tanaka, K.",),
        "Spin ordering in layered cobaltates",
        "J. Phys. Soc. Jpn.",
        "70",
        "34–40",
        2001,
    ),
    (
        "Moreau, C., & Girard, L. (2012). Dynamique des glaciers alpins. Rev. Géogr. Alp. 100, "
        "55–71.",
        ("Moreau, C.", "Girard, L."),
        "Dynamique des glaciers alpins",
        "Rev. Géogr. Alp.",
        "100",
        "55–71",
        2012,
    ),
    (
        "Becker, W. (2015). Grundwasserneubildung in Norddeutschland. Z. Dtsch. Geol. Ges. "
        "166, 201–219.",
        ("Becker, W.",),
        "Grundwasserneubildung in Norddeutschland",
        "Z. Dtsch. Geol. Ges.",
        "166",
        "201–219",
        2015,
    ),
]


@pytest.mark.parametrize("case", CASES)
def test_entry_fields(case: ArticleCase) -> None:
    ref = parse_reference(case[0], [0], detect_styles=True)
    assert_article_fields(ref, case)
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize("case", CASES)
def test_plain_text_reader(case: ArticleCase) -> None:
    entry, authors, *_, year = case
    family = authors[0].split(",")[0]
    text = f"Heat moves ({family}, {year}).\n\nReferences\n\n{entry}\n"
    doc = parse_bytes(text.encode(), "/tmp/fix68n-heat.txt")
    [ref] = [e.reference for e in doc.literature]
    assert_article_fields(ref, case)
