"""A news article that cites by body links beside a "Sources" box: links to an entry's
address cite that entry; embedded posts and organisations' home pages named in passing
cite nothing; an entry whose title is its link's text takes the link as its bounds."""

from __future__ import annotations

import pytest

from bibcheck.model import LinkPolicy
from bibcheck.readers import html
from bibcheck.readers.htmlchrome import names_site
from bibcheck.readers.htmlitalic import LINK_CLOSE, LINK_OPEN, linked_title
from bibcheck.readers.links import apply_link_policy

_SOURCES = """<ul>
<li>Riverside Water Board, <a href="https://water.example.gov/reports/2023-quality">Drinking water
quality report 2023</a> (2023)</li>
<li>Adeyemi, T. and Lindqvist, M., <a href="https://doi.org/10.5555/wq.2022.0417">Lead service
lines in older housing stock</a>, Water Research (2022)</li>
</ul>"""

_PAGE = """<html><body><article>
<p>The board's <a href="https://water.example.gov/reports/2023-quality">annual report</a> found
lead in 3% of samples.</p>
<p>A union survey <a href="https://union.example.org/surveys/plumbers-2024">found the same</a>,
said a spokesperson for the campaign group <a href="https://www.cleantapsnow.example/">Clean
Taps Now</a>.</p>
<p>Older homes fare worst (<a href="https://doi.org/10.5555/wq.2022.0417">Adeyemi and
Lindqvist, 2022</a>), as <a href="https://city.example.net/council/minutes/2024-05">the council
minutes show</a>.</p>
<blockquote class="twitter-tweet"><p>Test your tap water.</p>&mdash; Jo Bloggs
<a href="https://twitter.com/jobloggs/status/1234567890">May 1, 2024</a></blockquote>
<p>Again, <a href="https://union.example.org/surveys/plumbers-2024">the union</a> agrees.</p>
</article>
<aside class="sources"><h2>{heading}</h2>
{sources}
</aside></body></html>"""


def test_embedded_posts_and_home_pages_named_in_passing_are_no_link_citations() -> None:
    page = _PAGE.replace("{heading}", "References").replace("{sources}", _SOURCES)
    urls = [n.reference.url for n in html.read(page).link_notes if n.reference is not None]
    assert urls == [
        "https://water.example.gov/reports/2023-quality",
        "https://union.example.org/surveys/plumbers-2024",
        "https://doi.org/10.5555/wq.2022.0417",
        "https://city.example.net/council/minutes/2024-05",
    ]


def test_links_to_entries_cite_them() -> None:
    page = _PAGE.replace("{heading}", "References").replace("{sources}", _SOURCES)
    raw = apply_link_policy(html.read(page), LinkPolicy.AUTO)
    assert sorted((m.line, m.label) for m in raw.markers) == [(2, "1"), (7, "2")]


@pytest.mark.parametrize(
    ("heading", "policy", "expected"),
    [
        pytest.param(
            "Sources",
            LinkPolicy.AUTO,
            [(2, "1"), (4, "L1"), (7, "2"), (8, "L2"), (12, "L1")],
            id="sources-box-other-links-cite",
        ),
        pytest.param(
            "Our sources",
            LinkPolicy.AUTO,
            [(2, "1"), (4, "L1"), (7, "2"), (8, "L2"), (12, "L1")],
            id="our-sources",
        ),
        pytest.param("Sources", LinkPolicy.NEVER, [(2, "1"), (7, "2")], id="never"),
        pytest.param("References", LinkPolicy.AUTO, [(2, "1"), (7, "2")], id="reference-list"),
        pytest.param("Bibliography", LinkPolicy.AUTO, [(2, "1"), (7, "2")], id="bibliography"),
    ],
)
def test_beside_a_sources_box_the_other_body_links_cite(
    heading: str, policy: LinkPolicy, expected: list[tuple[int, str]]
) -> None:
    page = _PAGE.replace("{heading}", heading).replace("{sources}", _SOURCES)
    raw = apply_link_policy(html.read(page), policy)
    assert sorted((m.line, m.label) for m in raw.markers) == expected
    links = {n.label: n.reference.url for n in raw.footnotes if n.reference is not None}
    if "L1" in {label for _, label in expected}:
        assert links["L1"] == "https://union.example.org/surveys/plumbers-2024"
        assert links["L2"] == "https://city.example.net/council/minutes/2024-05"


@pytest.mark.parametrize(
    ("url", "text", "named"),
    [
        pytest.param("https://www.nea.org.uk/", "National Energy Action", True, id="acronym"),
        pytest.param("https://www.cleantapsnow.example/", "Clean Taps Now", True, id="squashed"),
        pytest.param("https://oxfam.org", "Oxfam", True, id="one-word-no-slash"),
        pytest.param(
            "https://www.ifs.org.uk/", "Institute for Fiscal Studies", True, id="minor-words"
        ),
        pytest.param(
            "https://www.nea.org.uk/research/fuel-poverty-monitor/",
            "National Energy Action",
            False,
            id="a-page-of-the-site",
        ),
        pytest.param(
            "https://lite.news.example/", "text-only version of a news site", False, id="described"
        ),
        pytest.param("https://www.nea.org.uk/", "its latest figures", False, id="not-a-name"),
        pytest.param("https://www.nea.org.uk/?p=42", "National Energy Action", False, id="query"),
        pytest.param("https://www.acme.example/", "Friends of the Earth", False, id="other-name"),
    ],
)
def test_names_site(url: str, text: str, named: bool) -> None:
    assert names_site(url, text) is named


def _linked(before: str, link: str, after: str) -> str:
    return f"{before}{LINK_OPEN}{link}{LINK_CLOSE}{after}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _linked("Adeyemi, T. and Lindqvist, M., ", "Lead lines in old homes", ", W R (2022)"),
            "Adeyemi, T. and Lindqvist, M., \ue000Lead lines in old homes\ue001, W R (2022)",
            id="authors-joined-by-and",
        ),
        pytest.param(
            _linked("Riverside Water Board: ", "Quality report 2023", " (2023)"),
            "Riverside Water Board: \ue000Quality report 2023\ue001 (2023)",
            id="organisation-colon",
        ),
        pytest.param(
            _linked("", "Riverside Water Board, Quality report 2023", " (2023)"),
            "Riverside Water Board, Quality report 2023 (2023)",
            id="whole-entry-linked",
        ),
        pytest.param(
            _linked("Board, ", "Report", " (2023)"), "Board, Report (2023)", id="one-word-link"
        ),
        pytest.param(
            _linked("Board, \ue000Water\ue001 ", "Quality report", " (2023)"),
            "Board, \ue000Water\ue001 Quality report (2023)",
            id="italics-of-its-own",
        ),
        pytest.param(
            _linked("Board, ", "Quality report", ", ") + _linked("", "data set 2023", " (2023)"),
            "Board, Quality report, data set 2023 (2023)",
            id="two-links",
        ),
    ],
)
def test_linked_title(text: str, expected: str) -> None:
    assert linked_title(text) == expected


@pytest.mark.parametrize(
    ("entry", "authors", "title", "year"),
    [
        pytest.param(
            'Adeyemi, T. and Lindqvist, M., <a href="https://doi.org/10.5555/wq.1">Lead service'
            " lines in older housing stock</a>, Water Research (2022)",
            ("Adeyemi, T.", "Lindqvist, M."),
            "Lead service lines in older housing stock",
            2022,
            id="two-authors-and",
        ),
        pytest.param(
            'Okafor, C., Brandt, H. and Silva, R., <a href="https://example.org/r/7">Tap water,'
            " lead and children: a cohort study</a>, Journal of Public Health (2021)",
            ("Okafor, C.", "Brandt, H.", "Silva, R."),
            "Tap water, lead and children: a cohort study",
            2021,
            id="three-authors-title-with-commas",
        ),
    ],
)
def test_entry_title_bounded_by_its_link(
    entry: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    page = f"<html><body><p>Text.</p><h2>Sources</h2><ul><li>{entry}</li></ul></body></html>"
    raw = html.read(page)
    ref = raw.literature[0].reference
    assert ref is not None
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
