"""Notes written the Hungarian way (``Family I.: Title. Place, Year, page.``, names joined
by dashes), Romanian notes whose opening quotes OT1 printed as two commas, chapters ``în``
a book, and OSCOLA notes whose year is their first authority's."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.names import family_names
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.oscola import authority_year


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "kind"),
    [
        pytest.param(
            "Bóna I.: A középső bronzkor Magyarországon. Budapest, 1975, 112.",
            ["bóna"],
            "A középső bronzkor Magyarországon",
            1975,
            RefKind.BOOK,
            id="book-place-comma-year",
        ),
        pytest.param(
            "Kiss V.: Halomsíros temetők. Archaeologiai Közlemények 41 (2012) 33–58.",
            ["kiss"],
            "Halomsíros temetők",
            2012,
            RefKind.ARTICLE,
            id="journal-volume-year",
        ),
        pytest.param(
            "Fischl, K. P. – Reményi, L.: Bronze Age tells of the Great Plain. In: Meller, H."
            " et al. (eds.): Tells in Europe. Halle, 2013, 70–95.",
            ["fischl", "reményi"],
            "Bronze Age tells of the Great Plain",
            2013,
            RefKind.CHAPTER,
            id="dash-joined-chapter",
        ),
        pytest.param(
            "Vö. Szathmári I.: Füzesabony-Öregdomb. Régészeti Füzetek II/9. Eger, 1988, 4.",
            ["szathmári"],
            "Füzesabony-Öregdomb",
            1988,
            RefKind.BOOK,
            id="lead-in-and-series",
        ),
        pytest.param(
            "Tóth Zs. – Kovács Gy. (szerk.): Tanulmányok. In: Kiss P. – Nagy L. (szerk.):"
            " Évkönyv. Pécs, 2005, 11–20.",
            ["tóth", "kovács"],
            "Tanulmányok",
            2005,
            RefKind.CHAPTER,
            id="digraph-initials-editors-in-host",
        ),
    ],
)
def test_hungarian_notes(
    text: str, authors: list[str], title: str, year: int, kind: RefKind
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert family_names(ref.authors) == authors
    assert (ref.title, ref.year, ref.kind) == (title, year, kind)


@pytest.mark.parametrize(
    ("text", "author", "title", "kind", "host"),
    [
        pytest.param(
            "Ana Popa, ,,Conştiinţa şi limbajul”, Revista de Filosofie, vol. 61, nr. 2,"
            " 2014, pp. 45–60.",
            "popa",
            "Conştiinţa şi limbajul",
            RefKind.ARTICLE,
            None,
            id="ro-article-two-commas",
        ),
        pytest.param(
            "Popa, Ana, ,,Minte şi corp”, în Ion Vasile (ed.), Filosofia minţii, Iaşi,"
            " Polirom, 2010, pp. 11–30.",
            "popa",
            "Minte şi corp",
            RefKind.CHAPTER,
            "Filosofia minţii",
            id="ro-chapter-in-editors-first",
        ),
        pytest.param(
            "Jan Kowalski, ,,Umysł i ciało”, w Anna Nowak (red.), Filozofia umysłu, Kraków,"
            " Universitas, 2008, s. 5–19.",
            "kowalski",
            "Umysł i ciało",
            RefKind.CHAPTER,
            "Filozofia umysłu",
            id="pl-chapter-w",
        ),
    ],
)
def test_ot1_opening_quote_and_chapters_in(
    text: str, author: str, title: str, kind: RefKind, host: str | None
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert family_names(ref.authors) == [author]
    assert (ref.title, ref.kind) == (title, kind)
    if host is not None:
        assert ref.host == host


@pytest.mark.parametrize(
    ("text", "year"),
    [
        pytest.param(
            "R (Hardy) v Mayor of Leeds [2016] EWHC 101 (Admin), [2017] 1 WLR 22 [4];"
            " R (Khan) v Leeds CC [2021] EWCA Civ 9.",
            "2016",
            id="several-cases",
        ),
        pytest.param(
            "R (Doyle) v Secretary of State for Health [2011] EWHC 2 (Admin), [2012] PTSR"
            " 1600 [31].",
            "2011",
            id="page-in-year-range",
        ),
        pytest.param(
            "R (Patel) v Home Office [2015] EWCA Civ 77, [2016] EqLR 12 [3] (Arden LJ).",
            "2015",
            id="parallel-report-of-later-year",
        ),
        pytest.param(
            "Local Government Act 1972, s 101; R (Ali) v Newham LBC [2012] EWHC 2970 (Admin).",
            "1972",
            id="statute-then-case",
        ),
        pytest.param(
            "Smith v Jones (1998) 45 BMLR 12 (QB) 15.",
            "1998",
            id="round-brackets-report",
        ),
        pytest.param(
            "Sandra Fredman, Discrimination Law (3rd edn, OUP 2022) 318.",
            None,
            id="book-is-no-authority",
        ),
        pytest.param(
            "United States v. Wong, 575 U.S. 402 (2015).",
            None,
            id="bluebook-case-left-alone",
        ),
    ],
)
def test_oscola_year_is_the_first_authoritys(text: str, year: str | None) -> None:
    assert authority_year(text) == year
    if year is not None:
        assert parse_reference(text, [1], detect_styles=True, note=True).year == int(year)
