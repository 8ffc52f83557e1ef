"""IEEE technical reports and NLM (Vancouver) web pages and edited online books: the
shapes of the style guides, in fixtures written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind", "authors", "title", "publisher", "place", "year"),
    [
        pytest.param(
            "Nordgrid AS, “Harmonic emission limits for offshore converters,” Nordgrid, "
            "Bergen, Norway, Tech. Rep. NG-2022-07, 2022.",
            RefKind.REPORT,
            ("Nordgrid AS",),
            "Harmonic emission limits for offshore converters",
            "Nordgrid",
            "Bergen, Norway",
            2022,
            id="ieee-organisation-tech-rep-number",
        ),
        pytest.param(
            "Baltic Grid Council, “Inertia requirements: guidance for system operators,” BGC, "
            "Riga, Tech. Rep., Jun. 2021.",
            RefKind.REPORT,
            ("Baltic Grid Council",),
            "Inertia requirements: guidance for system operators",
            "BGC",
            "Riga",
            2021,
            id="ieee-organisation-tech-rep-no-number",
        ),
        pytest.param(
            "P. Alves and T. Kern, “Calibration of the 12-m dish receiver,” Radio Astron. "
            "Lab., Univ. Minho, Braga, Tech. Memo. RAL-88-4, Oct. 1988.",
            RefKind.REPORT,
            ("P. Alves", "T. Kern"),
            "Calibration of the 12-m dish receiver",
            "Radio Astron. Lab.",
            "Univ. Minho, Braga",
            1988,
            id="ieee-people-tech-memo",
        ),
        pytest.param(
            "L. Ortiz, “Demand response in island grids,” Inst. Energía, Madrid, Spain, "
            "Rep. IE/TR-19-3, 2019.",
            RefKind.REPORT,
            ("L. Ortiz",),
            "Demand response in island grids",
            "Inst. Energía",
            "Madrid, Spain",
            2019,
            id="ieee-rep-with-agency-number",
        ),
        pytest.param(
            "Health Data Agency. Influenza surveillance [Internet]. Oslo: HDA; 2019 "
            "[updated 2023 Mar 2; cited 2024 Jan 9]. Available from: https://hda.example/flu",
            RefKind.WEB,
            ("Health Data Agency",),
            "Influenza surveillance",
            "HDA",
            None,
            2019,
            id="nlm-homepage-updated-and-cited",
        ),
        pytest.param(
            "Observatoire régional. Qualité de l’air (dossier) [Internet]. Lyon : ORS ; 2022 "
            "[mis à jour le 4 mai 2023 ; cité le 1 févr. 2024]. Disponible sur : "
            "https://ors.example/air",
            RefKind.WEB,
            ("Observatoire régional",),
            "Qualité de l’air (dossier)",
            "ORS",
            None,
            2022,
            id="nlm-french-homepage-parenthesis-in-title",
        ),
        pytest.param(
            "Ngata T, Roe K, editors. Tropical dermatology atlas [Internet]. Auckland: "
            "Kōwhai Press; 2015 [cited 2024 Jan 5]. Available from: https://atlas.example/",
            RefKind.BOOK,
            ("Ngata T", "Roe K"),
            "Tropical dermatology atlas",
            "Kōwhai Press",
            "Auckland",
            2015,
            id="nlm-edited-online-book",
        ),
    ],
)
def test_report_and_web_forms(
    text: str,
    kind: RefKind,
    authors: tuple[str, ...],
    title: str,
    publisher: str | None,
    place: str | None,
    year: int,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.authors, ref.title) == (kind, authors, title)
    assert (ref.publisher, ref.place, ref.year) == (publisher, place, year)


@pytest.mark.parametrize(
    ("text", "kind", "container"),
    [
        pytest.param(
            "A. Lee, “Inertia estimation from PMU data,” IEEE Trans. Power Syst., vol. 33, "
            "no. 2, pp. 1–10, 2018.",
            RefKind.ARTICLE,
            "IEEE Trans. Power Syst.",
            id="journal-article-stays-article",
        ),
        pytest.param(
            "B. Kim, “Reporting of grid faults,” Elect. Power Syst. Res., vol. 12, pp. 3–9, 2020.",
            RefKind.ARTICLE,
            "Elect. Power Syst. Res.",
            id="report-word-in-title-is-no-report",
        ),
    ],
)
def test_articles_are_not_reports(text: str, kind: RefKind, container: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.host) == (kind, container)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        pytest.param(
            "Kowal, Jan. 2021b. “Płace w małych firmach.” Working Paper 7/2021. Kraków: "
            "Uniwersytet Ekonomiczny.",
            False,
            id="chicago-author-date-working-paper",
        ),
        pytest.param(
            "Ruth Njeri, “School meals and attendance,” Discussion Paper 19-07 (Kampala: "
            "Policy Centre, 2019), 4.",
            True,
            id="chicago-note-discussion-paper",
        ),
    ],
)
def test_a_numbered_paper_series_is_no_journal(text: str, note: bool) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert ref.kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param(
            "Adeyemi, K., “Request Tagging for HTTP Proxies”, BCP 99, RFC 9999, DOI "
            "10.17487/RFC9999, May 2030, https://www.rfc-editor.org/info/rfc9999.",
            ("Adeyemi, K.",),
            id="rfc-in-bcp",
        ),
        pytest.param(
            "Varga, L. and J-P. Roux, “Header Compression Hints”, RFC 9998, DOI "
            "10.17487/RFC9998, April 2030.",
            ("Varga, L.", "J-P. Roux"),
            id="rfc-hyphenated-initials",
        ),
        pytest.param(
            "Moreau, C. and D. Ito, “Proxy Hints”, Work in Progress, Internet-Draft, "
            "draft-moreau-proxy-hints-02, 3 March 2030.",
            ("Moreau, C.", "D. Ito"),
            id="internet-draft",
        ),
        pytest.param(
            "Ortiz, P., “Timing Headers”, W3C Recommendation REC-timing-20300101, 1 January 2030.",
            ("Ortiz, P.",),
            id="w3c-recommendation",
        ),
        pytest.param(
            "WHATWG, “Streams Standard”, Living Standard, https://streams.spec.whatwg.org/.",
            ("WHATWG",),
            id="living-standard",
        ),
    ],
)
def test_specifications_are_reports(text: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.authors) == (RefKind.REPORT, authors)
