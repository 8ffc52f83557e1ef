"""Common-law legal citations (OSCOLA, AGLC, McGill, Bluebook): fields and list ties.

* a case's name is its title; the neutral citation, report, pinpoint and court are not;
* a statute's short title and year are its title, the jurisdiction and provision not;
* OSCOLA and AGLC secondary sources: ``Surname I, 'Title' (2021) 12 LQR 3``, ``Surname,
  Given, 'Title' (2018) 40(1) Journal 7``, books ``Surname I, Title (2nd edn, OUP 2019)``;
* a note citing a case or statute is no ``missing-literature-entry`` when the list holds no
  authorities (OSCOLA's tables), and is one when it holds some (AGLC's part B).
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import legal, parse_reference
from bibcheck.parse.references.legal import cites_authority


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("R (Hale) v Mayor of Dover [2011] EWCA Civ 12, [2012] QB 4 [17].", "R (Hale) v Mayor of Dover", 2011),
        ("Ormond v Fulham LBC [2003] Env LR 88 (QB) 91.", "Ormond v Fulham LBC", 2003),
        ("Tate v Lyle Pty Ltd (No 2) (2015) 301 ALR 17, 22 [9] (Bell J).", "Tate v Lyle Pty Ltd (No 2)", 2015),
        ("Re Pinder (1988) 12 NSWLR 400, 403.", "Re Pinder", 1988),
        ("Moreau v. Delgado, 88 F.4th 1002, 1010 (7th Cir. 2023).", "Moreau v. Delgado", 2023),
        ("Osterman v. Ohio, 571 U.S. 510, 514 (2014).", "Osterman v. Ohio", 2014),
        (
            "In re App. of Trask Holdings, 612 F. Supp. 3d 44, 48 (D. Del. 2021).",
            "In re App. of Trask Holdings",
            2021,
        ),
        ("Harbours Act 1964, s 14(2).", "Harbours Act 1964", 1964),
        ("Water Industry Act 1991 (UK) pt 3.", "Water Industry Act 1991", 1991),
        ("Fair Trading Act 1987 (NSW) s 48.", "Fair Trading Act 1987", 1987),
        (
            "Port Safety (Pilotage and Towage) Regulations 2012, SI 2012/88, reg 4.",
            "Port Safety (Pilotage and Towage) Regulations 2012",
            2012,
        ),
        ("R v Kowal, 2018 SCC 40 at para 12.", "R v Kowal", 2018),
        ("Harbour Pilotage Act, RSC 1985, c H-2, s 9.", "Harbour Pilotage Act", 1985),
    ],
    ids=[
        "oscola-neutral", "oscola-report-court", "aglc-reported", "aglc-re", "us-f4th",
        "us-reports", "us-in-re", "uk-act", "act-jurisdiction", "aglc-act", "si",
        "mcgill-neutral", "mcgill-statute",
    ],
)  # fmt: skip
def test_authority_title(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.title, ref.year) == (title, year)
    assert cites_authority(text)


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "kind"),
    [
        (
            "Hollis K, 'Standing and the Public Interest' (2021) 137 LQR 301",
            ("Hollis K",), "Standing and the Public Interest", 2021, RefKind.ARTICLE,
        ),
        (
            "Abbas R and Lind T, 'Proportionality Reconsidered' [2016] PL 45",
            ("Abbas R", "Lind T"), "Proportionality Reconsidered", 2016, RefKind.ARTICLE,
        ),
        (
            "Quayle, Deborah, ‘Penalty Doctrine Today’ (2018) 40(1) Sydney Law Review 77",
            ("Quayle, Deborah",), "Penalty Doctrine Today", 2018, RefKind.ARTICLE,
        ),
        (
            "Tomas Reyes, 'Remedies in Review' (2020) 28 JEL 11, 19.",
            ("Tomas Reyes",), "Remedies in Review", 2020, RefKind.ARTICLE,
        ),
        (
            "Fenwick J, Administrative Justice (2nd edn, Hart Publishing 2019)",
            ("Fenwick J",), "Administrative Justice", 2019, RefKind.BOOK,
        ),
        (
            "Lindqvist, Mara, Contract Remedies in Australia (LexisNexis, 3rd ed, 2017)",
            ("Lindqvist, Mara",), "Contract Remedies in Australia", 2017, RefKind.BOOK,
        ),
        # initials first, no stops (UK law journals' notes)
        (
            "P Okonjo and R Hale, Judicial Review in Practice (4th edn, Hart 2018) 112.",
            ("P Okonjo", "R Hale"), "Judicial Review in Practice", 2018, RefKind.BOOK,
        ),
        (
            "T Brandt, 'The Limits of Deference' (2009) 68 CLJ 210, 214.",
            ("T Brandt",), "The Limits of Deference", 2009, RefKind.ARTICLE,
        ),
        (
            "JAG Griffith, 'The Political Constitution' (1979) 42 MLR 1.",
            ("JAG Griffith",), "The Political Constitution", 1979, RefKind.ARTICLE,
        ),
        (
            "S Lee, M Pryor and K Dunn, 'Tribunals after 2007' [2012] PL 300.",
            ("S Lee", "M Pryor", "K Dunn"), "Tribunals after 2007", 2012, RefKind.ARTICLE,
        ),
    ],
    ids=[
        "oscola-article", "oscola-year-volume", "aglc-article", "note-article", "oscola-book",
        "aglc-book", "initials-book", "initials-article", "initials-run", "initials-three",
    ],
)  # fmt: skip
def test_secondary_source(
    text: str, authors: tuple[str, ...], title: str, year: int, kind: RefKind
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title, ref.year, ref.kind) == (authors, title, year, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Hollis K, 'The Harbours Act 1964 Revisited' (2021) 137 LQR 301",
        "Hollis K, 'Ormond v Fulham Revisited' [2004] PL 7",
        "Jane Doe, *Ports and Trade* (Bristol: Arrow, 1971), 33.",
        "Doe, *Ports and Trade*, 33.",
    ],
    ids=["article-about-act", "article-about-case", "chicago-book", "short-note"],
)
def test_not_an_authority(text: str) -> None:
    assert not cites_authority(text)


OSCOLA = """# Chapter

Harbours were regulated.[^1] The court agreed.[^2] A scholar doubted it.[^3]
Another did not.[^4]

[^1]: Harbours Act 1964, s 14.
[^2]: *Ormond v Fulham LBC* [2003] Env LR 88 (QB) 91.
[^3]: Kim Hollis, 'Standing and the Public Interest' (2021) 137 LQR 301, 305.
[^4]: Rafe Lind, *Ports Law* (Sweet & Maxwell 2010) 4.

## Bibliography

Hollis K, 'Standing and the Public Interest' (2021) 137 LQR 301
"""

AGLC = OSCOLA.replace(
    "Hollis K, 'Standing",
    "*Tate v Lyle Pty Ltd* (2015) 301 ALR 17\n\nHollis K, 'Standing",
)


@pytest.mark.parametrize(
    ("text", "missing"),
    [(OSCOLA, ["4"]), (AGLC, ["1", "2", "4"])],
    ids=["authorities-kept-apart", "authorities-listed"],
)
def test_missing_entry_for_authorities(text: str, missing: list[str]) -> None:
    doc = parse_bytes(text.encode(), "chapter.md")
    found = sorted(
        a.footnote or "" for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING
    )
    assert found == missing
    assert doc.footnotes[2].literature is not None  # the article is tied to its entry


@pytest.mark.parametrize(
    "text",
    [
        "Mira Olsen, Feeds and Filters, Columbia Data Inst. (Apr. 2, 2022)",
        "Paul Girard, Marins de Nantes (vers 1500–vers 1560), 2 vols. (Paris: Colin, 1971), 8.",
        "Tom Ng, Unfair Terms: A Guide (Report, October 2022)",
    ],
    ids=["bluebook-dated", "chicago-later-facts", "report-month"],
)
def test_not_a_legal_book(text: str) -> None:
    assert legal.parse(text) is None


def test_title_opening_with_an_article_is_no_author() -> None:
    found = legal.parse("Anne Clerk, The Order, Rules and Customs of the Society (York, 1751), 3.")
    assert found is not None
    assert (found.authors, found.title) == (
        ("Anne Clerk",),
        "The Order, Rules and Customs of the Society",
    )


def test_edition_after_title() -> None:
    found = legal.parse("R. Morel, Histoire du droit, 2e éd. (Lyon 1990) 4.")
    assert found is not None and found.title == "Histoire du droit"


def test_bluebook_book_ends_before_the_next_work() -> None:
    text = (
        "See, e.g., Dana R. Holt, Searches in the Cloud 12–19 (3d ed. 2020); Ivo Marsh, "
        "Warrants Online, 81 Geo. L.J. 200, 204 (2017)."
    )
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.title, ref.year, ref.kind) == ("Searches in the Cloud", 2020, RefKind.BOOK)


CROSS = """# Chapter

One view.[^1] Another.[^2] A third.[^3] The first again.[^4]

[^1]: Compare Kim Hollis, 'Standing Reconsidered' (2021) 137 LQR 301, 305 with Rafe Lind, 'Standing Defended' (2022) 138 LQR 90.
[^2]: Lind (n 1) 95.
[^3]: {third}
[^4]: {fourth}
"""


@pytest.mark.parametrize(
    ("third", "fourth", "authors"),
    [
        ("Hollis (n 1) 306.", "Lind (n 1) 96; see also Rafe Lind, *Courts* (OUP 2019) 4.", ["Lind", "Hollis", "Lind"]),
        (
            "Dana R. Holt, Searches in the Cloud 12 (3d ed. 2020); Ivo Marsh, Warrants Online, 81 Geo. L.J. 200 (2017).",
            "Marsh, supra note 3, at 204.",
            ["Lind", "Holt", "Marsh"],
        ),
    ],
    ids=["oscola-n", "bluebook-supra"],
)  # fmt: skip
def test_cross_reference_takes_the_named_author(
    third: str, fourth: str, authors: list[str]
) -> None:
    doc = parse_bytes(CROSS.format(third=third, fourth=fourth).encode(), "chapter.md")
    got = [" ".join(fn.reference.authors) for fn in doc.footnotes[1:]]
    assert [name in found for name, found in zip(authors, got, strict=True)] == [True] * 3, got


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Transport Committee, Rail Fares and Access (HC 2019–20, 612) 14.",
            ("Transport Committee",), "Rail Fares and Access", 2019,
        ),
        (
            "Constitution Committee, Delegated Powers (HL Paper 88, 2018)",
            ("Constitution Committee",), "Delegated Powers", 2018,
        ),
        (
            "Parliament of Victoria, Water Markets Inquiry (Parliamentary Paper No 41, 2016) 9.",
            ("Parliament of Victoria",), "Water Markets Inquiry", 2016,
        ),
    ],
    ids=["hc-session", "hl-paper", "aglc-paper"],
)  # fmt: skip
def test_parliamentary_paper(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    assert not [a for a in ref.anomalies if a.code is AnomalyCode.YEAR_MALFORMED]


def test_mcgill_reported_case() -> None:
    # (read by parse_reference only when nothing takes it for GOST without dashes)
    assert legal.case_name("Birch v Alder Inc, [1991] 3 SCR 77 at 80.") == (
        "Birch v Alder Inc",
        "1991",
    )


@pytest.mark.parametrize(
    ("text", "title", "year", "volume", "pages"),
    [
        ("HC Deb 14 May 2019, vol 660, col 233.", "HC Deb 14 May 2019", 2019, "660", "233"),
        ("HL Deb 2 March 2021, vol 810, cols 1120–22.", "HL Deb 2 March 2021", 2021, "810", "1120–22"),
        ("HC Deb 9 June 2015, vol 596, col 45WH.", "HC Deb 9 June 2015", 2015, "596", "45WH"),
        ("HC Deb (5th ser) 22 July 1976, vol 915, col 1012W", "HC Deb 22 July 1976", 1976, "915", "1012W"),
        ("HL Deb 30 Nov 2022, col GC12.", "HL Deb 30 Nov 2022", 2022, None, "GC12"),
    ],
    ids=["commons", "lords-cols", "westminster-hall", "fifth-series-written", "grand-committee"],
)  # fmt: skip
def test_hansard_debate(text: str, title: str, year: int, volume: str | None, pages: str) -> None:
    """OSCOLA cites a debate by House, date, volume and column: the debate of that day is
    the work (its title), the column its place, not part of the title."""
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.title, ref.year, ref.volume, ref.pages) == (title, year, volume, pages)
    assert legal.recognised(text)
