"""MHRA/Oxford references (British notes and bibliographies): a title in single quotes, the
journal's volume.issue then (year) then pages, "and others" for et al., the first name
inverted and the rest in natural order; and a report's series after its title."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


def _parse(text: str, note: bool) -> tuple[tuple[str, ...], str | None, int | None]:
    ref = parse_reference(text, (1,), detect_styles=True, note=note)
    return ref.authors, ref.title, ref.year


@pytest.mark.parametrize("note", [False, True], ids=["entry", "note"])
@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "host", "volume", "issue", "pages"),
    [
        pytest.param(
            "L. H. Carter and M. Osei, 'Ward Size and Falls among Older Inpatients', "
            "British Journal of Nursing, 31.7 (2019), 1442–58",
            ("L. H. Carter", "M. Osei"), "Ward Size and Falls among Older Inpatients", 2019,
            "British Journal of Nursing", "31", "7", "1442–58", id="year-not-first-page",
        ),
        pytest.param(
            "Okafor, A., 'Teaching Handover: A Review', Medical Teacher, 40.11 (2018), 1999–2004.",
            ("Okafor, A.",), "Teaching Handover: A Review", 2018, "Medical Teacher", "40", "11",
            "1999–2004", id="inverted-single",
        ),
        pytest.param(
            "Carter, L. H., M. Osei and R. Lindqvist, 'Shift Length and Fatigue', "
            "Journal of Advanced Nursing, 74.2 (2018), 210–19.",
            ("Carter, L. H.", "M. Osei", "R. Lindqvist"), "Shift Length and Fatigue", 2018,
            "Journal of Advanced Nursing", "74", "2", "210–19", id="first-inverted-rest-natural",
        ),
        pytest.param(
            "R. Lindqvist and others, 'Night Work and Sleep Debt: A Cohort Study', "
            "Occupational Medicine, 12 (2015), 45–52",
            ("R. Lindqvist",), "Night Work and Sleep Debt: A Cohort Study", 2015,
            "Occupational Medicine", "12", None, "45–52", id="and-others",
        ),
        pytest.param(
            "Aiken, L. H., and others, 'Reports on Hospital Care', Health Affairs, 20.3 (2001), "
            "43–53",
            ("Aiken, L. H.",), "Reports on Hospital Care", 2001, "Health Affairs", "20", "3",
            "43–53", id="inverted-and-others",
        ),
        pytest.param(
            "Hughes, D. M., K. Patel, S. Ng and L. Brown, '\"Nobody Came\": Call Bells at "
            "Night', Nursing Times, 115.3 (2020), 33–41",
            ("Hughes, D. M.", "K. Patel", "S. Ng", "L. Brown"),
            '"Nobody Came": Call Bells at Night', 2020, "Nursing Times", "115", "3", "33–41",
            id="quote-inside-title",
        ),
        pytest.param(
            "A. Okafor and others, 'Teaching Handover', in Clinical Education Today, ed. by "
            "P. Marsh (London: Sage, 2012), pp. 101–19",
            ("A. Okafor",), "Teaching Handover", 2012, "Clinical Education Today", None, None,
            "101–19", id="chapter",
        ),
    ],
)  # fmt: skip
def test_mhra_fields(
    text: str,
    note: bool,
    authors: tuple[str, ...],
    title: str,
    year: int,
    host: str,
    volume: str | None,
    issue: str | None,
    pages: str,
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=note)
    got = (ref.authors, ref.title, ref.year, ref.host, ref.volume, ref.issue, ref.pages)
    assert got == (authors, title, year, host, volume, issue, pages)


@pytest.mark.parametrize("note", [False, True], ids=["entry", "note"])
@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        pytest.param(
            "Hughes, D. M., K. Patel and L. Brown, “Call Bells at Night,” Nursing Times 115, "
            "no. 3 (2020): 33–41.",
            ("Hughes, D. M.", "K. Patel", "L. Brown"), "Call Bells at Night", 2020,
            id="quoted-title",
        ),
        pytest.param(
            "Okafor, A., J. Smith, et al., *Teaching Handover* (London: Sage, 2012), 45.",
            ("Okafor, A.", "J. Smith"), "Teaching Handover", 2012, id="italic-et-al",
        ),
        pytest.param(
            "Hughes, D. M., K. Patel and others, *Night Nursing* (Leeds: Pavilion, 2016).",
            ("Hughes, D. M.", "K. Patel"), "Night Nursing", 2016, id="italic-and-others",
        ),
    ],
)  # fmt: skip
def test_first_name_inverted_then_natural(
    text: str, note: bool, authors: tuple[str, ...], title: str, year: int
) -> None:
    assert _parse(text, note) == (authors, title, year)


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        pytest.param(
            "Keogh, B., Review into the Quality of Care and Treatment (London: NHS England, "
            "2013), 12.",
            ("Keogh, B.",), "Review into the Quality of Care and Treatment", 2013,
            id="initial-plain-title",
        ),
        pytest.param(
            "Lund, K. M., Wards at Night (Bergen: Sol, 2011), 4.",
            ("Lund, K. M.",), "Wards at Night", 2011, id="two-initials",
        ),
        pytest.param(
            "Sternberg, Lena, Harbour of Kings (Bergen: Sol, 1982), 14.",
            ("Sternberg, Lena",), "Harbour of Kings", 1982, id="full-name",
        ),
    ],
)  # fmt: skip
def test_inverted_initials_before_a_plain_title(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    assert _parse(text, True) == (authors, title, year)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        pytest.param(
            "Keogh, B., Review into the Quality of Care and Treatment, HC 1023 (London: TSO, "
            "2013)",
            "Review into the Quality of Care and Treatment", 2013, id="house-paper",
        ),
        pytest.param(
            "Department of Health, Equity and Excellence, Cm 7881 (London: TSO, 2010)",
            "Equity and Excellence", 2010, id="command-paper",
        ),
        pytest.param(
            "Royal College of Nursing, Staffing for Safe Care, Policy Briefing 04/12 (London: "
            "RCN, 2012)",
            "Staffing for Safe Care", 2012, id="briefing",
        ),
        pytest.param(
            "World Health Organization, Obesity: Preventing the Epidemic, Technical Report "
            "Series 894 (Geneva: WHO, 2000)",
            "Obesity: Preventing the Epidemic", 2000, id="report-series",
        ),
        pytest.param(
            "Scottish Government, Staffing Levels on Wards, Safe Care Guidance SCG4 "
            "(Edinburgh: Scottish Government, 2017)",
            "Staffing Levels on Wards", 2017, id="guidance-code",
        ),
        pytest.param(
            "Mara Lind, Poems 1914-1918 (London: Faber, 1990)",
            "Poems 1914-1918", 1990, id="years-stay",
        ),
        pytest.param(
            "Keogh, B., *Review of Care*, HC 1023 (London: TSO, 2013)",
            "Review of Care", 2013, id="italic-title",
        ),
    ],
)  # fmt: skip
def test_series_is_not_title_in_notes(text: str, title: str, year: int) -> None:
    _, got_title, got_year = _parse(text, True)
    assert (got_title, got_year) == (title, year)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        pytest.param(
            "National Institute for Health and Care Excellence. Head injury: assessment and "
            "early management. Clinical guideline CG176. London: NICE; 2014.",
            "Head injury: assessment and early management", 2014, id="nice-author",
        ),
        pytest.param(
            "Pressure ulcers: prevention and management. Clinical guideline CG179. London: "
            "NICE; 2014.",
            "Pressure ulcers: prevention and management", 2014, id="nice-no-author",
        ),
        pytest.param(
            "Public Health England. Screening for lung disease. Technical report series 12. "
            "London: PHE; 2018.",
            "Screening for lung disease", 2018, id="lower-case-series",
        ),
    ],
)  # fmt: skip
def test_series_is_not_title_in_vancouver(text: str, title: str, year: int) -> None:
    _, got_title, got_year = _parse(text, False)
    assert (got_title, got_year) == (title, year)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lindgren, K. M., Flora of the Northern Fells, Oxford 2010.", id="place-year"),
        pytest.param("Lindgren, K. M., C. Plinii Secundi Naturalis historia. Liber II, Oxford 2010.",
                     id="praenomen-in-title"),
        pytest.param("Lindgren, K. M., M. Tulli Ciceronis Epistulae. Vol. I, Lipsiae 1902.",
                     id="praenomen-place-latin"),
    ],
)  # fmt: skip
def test_inverted_initials_without_facts_keep_the_surname(text: str) -> None:
    # (no "(Place: Publisher, year)" to say a note's title starts after the initials: the
    # bibliography reading keeps at least the surname)
    authors = parse_reference(text, (1,), detect_styles=True).authors
    assert authors
    assert authors[0].startswith("Lindgren, K")
