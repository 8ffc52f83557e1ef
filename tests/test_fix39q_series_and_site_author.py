"""Fix 39q: a work numbered in a research institution's series, the institution named next
(``Title, GTK Bulletin 12, Geological Research Institute, 2004``), is a report; a one-word
first sentence that names the site again after the title (``Varnish. Purging objects.
Varnish manual.``) is the author and the next sentence the title.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import generic, parse_reference, reportkind
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "K. Virtanen, Peat stratigraphy of two raised bogs in western Finland, GTK "
            "Bulletin 412, Geological Research Institute of Finland, Espoo, 2004.",
            RefKind.REPORT,
            id="bulletin-institute",
        ),
        pytest.param(
            "R.L. Berg, Thaw weakening in pavement subgrades, CRREL Report 88-4, U.S. Army "
            "Cold Regions Research and Engineering Laboratory, Hanover, NH, 1988.",
            RefKind.REPORT,
            id="report-laboratory",
        ),
        pytest.param(
            "J. Holm, Bearing capacity of forest roads in spring, SGI Publications 7, "
            "Swedish Geotechnical Institute, Linköping, 2001.",
            RefKind.REPORT,
            id="publications-institute",
        ),
        pytest.param(
            "A. Berg, Proof nets for linear logic, Lecture Notes 812, Springer, Berlin, 1994.",
            None,
            id="publisher-series-not-report",
        ),
        pytest.param(
            "A. Berg, Essays on peat, Publications 12, Research Institute Press, Turku, 1994.",
            None,
            id="press-series-not-report",
        ),
    ],
)
def test_institution_series(text: str, kind: RefKind | None) -> None:
    found = parse_reference(text, [1], detect_styles=True).kind
    if kind is None:  # (a publisher's series: no report, whatever else it is read as)
        assert found is not RefKind.REPORT
    else:
        assert found is kind


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Varnish. Purging and banning cached objects. Varnish manual.",
            ("Varnish",),
            "Purging and banning cached objects",
            id="site-named-again",
        ),
        pytest.param(
            "Netlify. Deploy previews for pull requests. The Netlify Blog, 2022.",
            ("Netlify",),
            "Deploy previews for pull requests",
            id="blog-named-again",
        ),
        pytest.param(
            # the next sentence names the word: it may be the title's author, not the site
            "Terraform. Terraform Registry providers. Terraform docs.",
            (),
            "Terraform",
            id="next-sentence-names-it",
        ),
        pytest.param(
            "Hamlet. A tragedy in five acts. London, 1890.",
            (),
            "Hamlet",
            id="not-named-again",
        ),
    ],
)
def test_site_named_again(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1])
    assert (ref.authors, ref.title) == (authors, title)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Bulletin 12, " * (n // 13), id="series-repeated"),
        pytest.param(lambda n: "X Report 1, " + "a" * n, id="no-institution"),
    ],
)
def test_institution_series_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(reportkind.institution_series, line)


def test_named_again_is_linear() -> None:
    assert_linear(lambda text: generic.authors_and_title(text), lambda n: "Abc. " * (n // 5))
