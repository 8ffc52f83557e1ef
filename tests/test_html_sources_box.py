"""A news article or blog post that cites by body links beside a "Sources" box: links to
an entry's address cite that entry, the other citing links are link citations (L1, L2...);
embedded posts and organisations' home pages named in passing cite nothing; an entry
whose title is its link's text takes the link as the title's bounds."""

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


def _labels(text: str, policy: LinkPolicy) -> list[tuple[str, int]]:
    raw = apply_link_policy(html.read(text), policy)
    return [(m.label, m.line) for m in sorted(raw.markers, key=lambda m: (m.line, m.column))]


@pytest.mark.parametrize(
    ("heading", "policy", "expected"),
    [
        pytest.param(
            "Sources",
            LinkPolicy.AUTO,
            [("1", 2), ("L1", 4), ("2", 7), ("L2", 8), ("L1", 12)],
            id="entries-by-number-others-by-link",
        ),
        pytest.param(
            "References",
            LinkPolicy.ALWAYS,
            [("1", 2), ("L1", 4), ("2", 7), ("L2", 8), ("L1", 12)],
            id="always-no-link-cited-twice",
        ),
        pytest.param("Sources", LinkPolicy.NEVER, [("1", 2), ("2", 7)], id="never-entries-only"),
    ],
)
def test_body_links_beside_a_sources_box(
    heading: str, policy: LinkPolicy, expected: list[tuple[str, int]]
) -> None:
    page = _PAGE.replace("{heading}", heading).replace("{sources}", _SOURCES)
    assert _labels(page, policy) == expected


def test_link_notes_are_the_other_addresses_in_order_of_first_use() -> None:
    page = _PAGE.replace("{heading}", "Sources").replace("{sources}", _SOURCES)
    raw = apply_link_policy(html.read(page), LinkPolicy.AUTO)
    notes = {n.label: n.reference.url for n in raw.footnotes if n.reference is not None}
    assert notes["L1"] == "https://union.example.org/surveys/plumbers-2024"
    assert notes["L2"] == "https://city.example.net/council/minutes/2024-05"
    assert "L3" not in notes


def test_own_footnotes_keep_links_out() -> None:
    page = (
        '<html><body><p>Lead rose<sup><a href="#fn1" id="r1">1</a></sup> as '
        '<a href="https://union.example.org/s/1">a survey</a> says.</p>'
        '<ol class="footnotes"><li id="fn1">Riverside Water Board, Report (2023).</li></ol>'
        "</body></html>"
    )
    assert [label for label, _ in _labels(page, LinkPolicy.AUTO)] == ["1"]


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
