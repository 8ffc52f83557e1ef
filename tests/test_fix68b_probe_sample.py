"""A soft-404 probe that answered other than 200 is kept without its page (issue 12,
round 68).

Only a probe that answered 200 is compared with a cited page
(:func:`~bibcheck.net.soft404.same_as_missing_page`); the page of any other answer
was extracted and kept for the whole run for nothing.  A real loopback server.
"""

from __future__ import annotations

import pytest

from bibcheck.check.settings import CheckSettings
from tests.netclient import Fetcher
from tests.netserver import SiteServer


@pytest.fixture
def http_backend() -> str:
    return "curl"


@pytest.mark.parametrize(
    ("cited", "status", "kept"),
    [
        ("/notes/some-note", 404, False),  # the site says "missing": nothing to compare
        ("/deep/er/page.html", 404, False),
        ("/b/c/", 404, False),
    ],
)
def test_a_probe_answered_other_than_200_keeps_no_page(
    net_settings: CheckSettings, http_server: SiteServer, cited: str, status: int, kept: bool
) -> None:
    fetcher = Fetcher(net_settings)
    sample = fetcher.run(fetcher.judge.probe_sample(http_server.url(cited)))
    assert sample is not None
    assert sample.status == status
    assert (sample.title is not None or sample.text is not None) is kept
