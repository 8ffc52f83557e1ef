"""Notes that cite the way classicists and law reviews do: the first work is the note's.

* publication facts as place and year in parentheses (``(Leipzig 1932)``): the title ends
  there and that is the year, not a catalogue number after it (``nr. 1802``) nor a later
  work's year (``; cf. eiusdem … (Lund 1968)``);
* Latin lead-ins (``De scholiis uberius egit``, ``De forma nominis v.``) and the Italian
  ``si veda`` are no author and no title;
* a United States case's year is the one in its court parentheses, not a later
  authority's (``; accord …``) or a press release's after it.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


def _note(text: str) -> tuple[tuple[str, ...], str | None, int | None]:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    return ref.authors, ref.title, ref.year


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        pytest.param(
            "K. Berg, Die Handschriften des Varro (Leipzig 1932) nr. 1802.",
            ("K. Berg",),
            "Die Handschriften des Varro",
            1932,
            id="catalogue-number",
        ),
        pytest.param(
            "P. Lind, Studia Vergiliana (Lund 1961) 12–19; cf. eiusdem Studia Horatiana "
            "(Lund 1968) 4.",
            ("P. Lind",),
            "Studia Vergiliana",
            1961,
            id="eiusdem-later-work",
        ),
        pytest.param(
            "De scholiis uberius egit H. Ott, Scholia Bernensia (Basel 1950), quem sequor.",
            ("H. Ott",),
            "Scholia Bernensia",
            1950,
            id="latin-egit",
        ),
        pytest.param(
            "De forma nominis v. R. Weber, Lexicon Latinum, 2e éd. (Genève 1975) 40.",
            ("R. Weber",),
            "Lexicon Latinum",
            1975,
            id="latin-v",
        ),
        pytest.param(
            "De hac re vide G. Holm, Codices Upsalienses (Uppsala 1971) 8.",
            ("G. Holm",),
            "Codices Upsalienses",
            1971,
            id="latin-vide",
        ),
        pytest.param(
            "Sulla questione si veda M. Conti, Storia del porto (Genova 1988).",
            ("M. Conti",),
            "Storia del porto",
            1988,
            id="italian-si-veda",
        ),
    ],
)
def test_first_work_fields(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    assert _note(text) == (authors, title, year)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param(
            "Moreno v. Harbor Credit Co., 412 F.3d 77, 81 (2d Cir. 2005); accord Pike v. "
            "Lane, 88 F.4th 12, 15 (5th Cir. 2019).",
            2005,
            id="accord-later-case",
        ),
        pytest.param(
            "Reyes v. Keyline LLC, 600 F. Supp. 3d 40, 45–47 (D. Mass. 2022). The parties "
            "later settled. See Press Release, Keyline, Settlement (Nov. 3, 2023).",
            2022,
            id="press-release-after",
        ),
        pytest.param(
            "Ortiz v. Tenant Data Corp., No. 3:19-cv-221 (N.D. Ohio Mar. 3, 2020); see also "
            "Ortiz v. Tenant Data Corp., 9 F.4th 1 (6th Cir. 2021).",
            2020,
            id="docket-number",
        ),
        pytest.param(
            "In re Dockside Data, Inc., 515 F. Supp. 3d 90, 99 (D. Del. 2018) (citing Ames v. "
            "Boyd, 12 F.3d 4 (3d Cir. 1994)).",
            2018,
            id="in-re-citing-older",
        ),
    ],
)
def test_case_year_is_the_first_authority(text: str, year: int) -> None:
    assert _note(text)[2] == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param(
            "E. A. Lowe, Codices Latini Antiquiores, Oxford, 1966, nr. 1617.", 1966, id="ieee-nr"
        ),
        pytest.param("Catalogue of the Harbour Board Maps, 1952, Nr. 1750.", 1952, id="generic-Nr"),
        pytest.param("Town Survey of Leith, 1931, inv. 1899.", 1931, id="generic-inv"),
    ],
)
def test_catalogue_number_is_no_year(text: str, year: int) -> None:
    assert _note(text)[2] == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param("Kaartenverzameling van de haven, 1935, nr. 1821.", 1935, id="nr-dutch"),
        pytest.param("Fonds des cartes anciennes, 1938, n° 1764.", 1938, id="n-degree-french"),
        pytest.param("Catalogue of the Harbour Board Maps, 1952, Nr. 1750.", 1952, id="nr-caps"),
    ],
)
def test_number_after_abbreviation_is_no_trailing_year(text: str, year: int) -> None:
    # the title read as "1952, Nr. 1750" ends in a number the abbreviation makes a catalogue
    # number, not the work's year (trailing_year._GOVERNS)
    assert _note(text)[2] == year
