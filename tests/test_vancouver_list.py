"""Plain-text reference lists in Vancouver/Springer author-year form (surnames with
initials without stops: ``Okonkwo CE, Varga P (2019) Title. Journal 3:1-9``), as an
e-mailed review or report ends: a two-space hanging indent, entries that end with their
DOI and no full stop, an RFC 3676 ``-- `` signature right after the list.  The entries
start where the names start, the signature is no entry, and the body's author-date
citations are tied to them; an APA list with stops is read as before."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.readers import plaintext
from bibcheck.readers.authoryear import author_years, line_mentions, mentions
from bibcheck.readers.pdftext import entry_start
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("Okonkwo CE, Varga P (2019) Drains after hernia repair. Hernia 3:1-9", True),
        ("Lindqvist H, Baptiste-Roy M, et al. (2021) Wound care in the", True),
        ("Varga P (2017) Audit of day-case surgery. Surg Today", True),
        ("Nwosu-Bhriain S, O'Dwyer KT, Castellanos J (2008) A note on", True),
        ("Zhou X, Li Y. Nurse-led follow-up after colectomy. Colorectal Dis.", True),
        ("Kowalczyk AMJ, et al (2020) Early feeding", True),
        # prose and numbered parts are no entries
        ("World War II, Part IV of the series, was written later", False),
        ("Appendix B, which lists the search strings, is missing.", False),
        ("Figure 2, panel B shows the kappa values", False),
        ("Recommendation: major revision.", False),
    ],
)
def test_vancouver_names_start_an_entry(line: str, starts: bool) -> None:
    assert entry_start(line) is starts


def test_long_line_is_linear() -> None:
    assert_linear(entry_start, lambda n: "Okonkwo CE, " + "Varga P " * (n // 8))
    assert_linear(entry_start, lambda n: "A" * n)


BODY = """\
From: Ana Ferreira <a.ferreira@hospital.example>
To: editor@surgjournal.example
Subject: Re: manuscript SJ-2024-0311
Date: Tue, 4 Mar 2025 10:12:00 +0000

Dear Editor,

The authors compare early and late drain removal. Earlier audits found
no difference in seroma rates (Okonkwo and Varga 2019), while a larger
cohort did (Lindqvist et al. 2021). Varga (2017) already reported the
day-case figures, and Okonkwo and Varga (2019) describe the protocol in
detail. I would cite the cohort again in the discussion (Lindqvist et
al. 2021, Table 3) and the audit (Varga 2017, p. 4).

Best regards,
Ana

References

"""
AUTHORS = ["Lindqvist", "Okonkwo", "Varga"]
MEDICAL = """\
Lindqvist H, Baptiste-Roy M, Osei K, et al. (2021) Drain removal and
  seroma after open hernia repair: a cohort study. Br J Surg
  108(4):411-418. https://doi.org/10.1000/bjs.2021.00411
Okonkwo CE, Varga P (2019) Timing of drain removal after hernia repair:
  a protocol. Hernia 23(2):101-109.
  https://doi.org/10.1000/hernia.2019.0101
Varga P (2017) Audit of day-case hernia surgery in a district hospital.
  Surg Today 47:3-9. https://doi.org/10.1000/st.2017.0003
"""
SIGNATURE = """
--\x20
Dr. Ana Ferreira
Department of Surgery, Hospital Example
ORCID: https://orcid.org/0000-0000-0000-0000
https://www.hospital.example/surgery/
"""
# Springer's author-year form, one entry to a line, no indent
SPRINGER = """\
Lindqvist H, Baptiste-Roy M, Osei K, et al. (2021) Drain removal and seroma. Br J Surg 108:411-418
Okonkwo CE, Varga P (2019) Timing of drain removal. Hernia 23:101-109
Varga P (2017) Audit of day-case hernia surgery. Surg Today 47:3-9
"""
# every line of every entry ends in a URL or DOI, four-space hanging indent
URL_ENDS = """\
Lindqvist H, Baptiste-Roy M, Osei K, et al. (2021) Drain removal and
    seroma. https://doi.org/10.1000/bjs.2021.00411
Okonkwo CE, Varga P (2019) Timing of drain removal after hernia repair.
    Hernia 23:101-109. https://doi.org/10.1000/hernia.2019.0101
Varga P (2017) Audit of day-case hernia surgery.
    https://www.district-hospital.example/audit/2017/day-case
"""
APA = """\
Lindqvist, H., Baptiste-Roy, M., & Osei, K. (2021). Drain removal and
  seroma after open hernia repair. British Journal of Surgery, 108(4),
  411-418. https://doi.org/10.1000/bjs.2021.00411
Okonkwo, C. E., & Varga, P. (2019). Timing of drain removal after hernia
  repair: A protocol. Hernia, 23(2), 101-109.
Varga, P. (2017). Audit of day-case hernia surgery in a district
  hospital. Surgery Today, 47, 3-9.
"""


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param(MEDICAL + SIGNATURE, id="medical-email-signature"),
        pytest.param(MEDICAL.rstrip("\n") + "\n--\nAna\n", id="signature-space-lost"),
        pytest.param(SPRINGER, id="springer-one-line"),
        pytest.param(URL_ENDS + SIGNATURE, id="hanging-url-ends"),
        pytest.param(APA, id="apa-with-stops"),
        pytest.param(APA + SIGNATURE, id="apa-with-stops-signature"),
    ],
)
def test_list_read_and_cited(listing: str) -> None:
    doc = plaintext.read(BODY + listing)
    assert doc.reader == "plain-text"
    entries = [e.text for e in doc.literature]
    assert [e.split()[0].rstrip(",") for e in entries] == AUTHORS
    assert not any("ORCID" in e or e.startswith("--") for e in entries)
    assert "Ana" not in entries[-1].split()
    cited = {(m.label, m.line) for m in doc.markers}
    # (Okonkwo and Varga 2019) line 9, (Lindqvist et al. 2021) line 10, Varga (2017)
    # line 10, Okonkwo and Varga (2019) line 11, (Varga 2017, p. 4) line 13
    assert {("2", 9), ("1", 10), ("3", 10), ("2", 11), ("3", 13)} <= cited


def test_email_fits_plain_text() -> None:
    assert plaintext.score(BODY + MEDICAL + SIGNATURE) >= 0.3


@pytest.mark.parametrize(
    ("mention", "label"),
    [
        ("(Okonkwo et al. 2019)", "1"),
        ("(Varga et al. 2019, p. 3)", "2"),
        ("Okonkwo and Varga (2019)", "1"),
        ("(Osei et al. 2019)", None),  # a later author of both: neither
    ],
)
def test_first_author_tells_shared_names_apart(mention: str, label: str | None) -> None:
    index = author_years(
        [
            ("1", "Okonkwo CE, Varga P, Osei K (2019) Drains: a protocol. Hernia 23:1-9"),
            ("2", "Varga P, Okonkwo CE, Osei K (2019) Drains: the trial. Hernia 23:10-19"),
        ]
    )
    assert [found for _, found in mentions(mention, index)] == ([label] if label else [])


@pytest.mark.parametrize(
    ("line", "following", "found"),
    [
        # a mention of three names broken after the first: it starts on the first line
        # (and ends on the next: row 1)
        ("as a review showed (Okonkwo,", "Varga and Osei 2019). Then", [(1, "1")]),
        ("as reviews showed (Okonkwo, Varga", "and Osei 2019; Varga 2018).", [(1, "1")]),
        # a part of the work named in full after the year
        ("the cohort (Varga 2018, Table 3) and", "", [(0, "2")]),
        ("the audit (Okonkwo et al. 2019, item 8) and", "", [(0, "1")]),
        ("the audit (Varga 2018, Figure 2a) and", "", [(0, "2")]),
    ],
)
def test_mention_starts_and_locators(
    line: str, following: str, found: list[tuple[int, str]]
) -> None:
    index = author_years(
        [
            ("1", "Okonkwo CE, Varga P, Osei K (2019) Drains: a protocol. Hernia 23:1-9"),
            ("2", "Varga P (2018) Drains: an audit. Surg Today 4:10-19"),
        ]
    )
    assert [(row, label) for row, _, label in line_mentions(line, following, index)] == found


def test_long_mention_line_is_linear() -> None:
    index = author_years([("1", "Varga P (2018) Drains. Surg Today 4:10-19")])
    assert_linear(
        lambda line: list(line_mentions(line, "Table 2) " * (len(line) // 10), index)),
        lambda n: "(Varga, " * (n // 8),
    )
    assert_linear(
        lambda line: list(line_mentions(line, "", index)),
        lambda n: "(Varga 2018, Table " * (n // 19),
    )


@pytest.mark.parametrize(
    ("text", "authors", "year", "title"),
    [
        (
            "Okonkwo CE, Varga P, Osei K, et al. (2019) Drains after repair. Hernia 23:1-9",
            ("Okonkwo CE", "Varga P", "Osei K"),
            2019,
            "Drains after repair",
        ),
        (
            "Varga P, Osei K, et al. (2018) Audit of wounds: a cohort. BMJ 361:k2234.",
            ("Varga P", "Osei K"),
            2018,
            "Audit of wounds: a cohort",
        ),
        # Vancouver proper, unchanged: the year after the journal
        (
            "Varga P, Osei K, et al. Audit of wounds. BMJ. 2018;361:k2234.",
            ("Varga P", "Osei K"),
            2018,
            "Audit of wounds",
        ),
    ],
)
def test_et_al_then_year_is_author_year(
    text: str, authors: tuple[str, ...], year: int, title: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.year, ref.title) == (authors, year, title)
