"""Link findings: verdict x confirmation x archive -> kind and severity (table-driven)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bibcheck.analyse.links import link_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import ArchiveLookup, ArchiveOutcome, LinkCheck, LinkStatus, Severity
from bibcheck.store.links import LinkState

URL = "https://example.org/news/some-long-article-slug"
T = datetime(2024, 1, 1, tzinfo=UTC)
DOC = parse_bytes(
    f"# T\n\nClaim one.[^1]\n\n[^1]: Page [Electronic resource]. - 2023. - URL: <{URL}>\n".encode(),
    "doc.md",
)
FOUND = ArchiveLookup(
    URL,
    ArchiveOutcome.FOUND,
    T,
    snapshot_url=f"https://web.archive.org/web/20230101000000/{URL}",
    snapshot_timestamp="20230101000000",
)
MISSING = ArchiveLookup(URL, ArchiveOutcome.NOT_ARCHIVED, T)


def state(status: LinkStatus, confirmed: bool = False, final: str | None = None) -> LinkState:
    check = LinkCheck(URL, status, T, reason="why", final_url=final)
    return LinkState(URL, check, 2, T if status is LinkStatus.DEAD else None, confirmed)


@pytest.mark.parametrize(
    ("status", "confirmed", "lookup", "kind", "severity"),
    [
        (LinkStatus.DEAD, True, None, "broken-link", Severity.ERROR),
        (LinkStatus.DEAD, True, MISSING, "broken-link", Severity.ERROR),
        (LinkStatus.DEAD, True, FOUND, "broken-link", Severity.WARNING),
        (LinkStatus.DEAD, False, None, "broken-link", Severity.WARNING),
        (LinkStatus.SOFT_404, True, None, "broken-link", Severity.ERROR),
        (LinkStatus.DNS_ERROR, True, None, "broken-link", Severity.ERROR),
        (LinkStatus.DNS_ERROR, False, None, "link-unverifiable", Severity.WARNING),
        (LinkStatus.BLOCKED, False, None, "link-unverifiable", Severity.INFO),
        (LinkStatus.DEFERRED, False, None, "link-unverifiable", Severity.INFO),
        (LinkStatus.TIMEOUT, False, None, "link-unverifiable", Severity.WARNING),
        (LinkStatus.TLS_ERROR, False, None, "link-unverifiable", Severity.WARNING),
        (LinkStatus.INVALID_URL, False, None, "malformed-field", Severity.WARNING),
        (LinkStatus.MOVED, False, None, "link-moved", Severity.INFO),
        (LinkStatus.ALIVE, False, None, None, None),
        (LinkStatus.ALIVE, False, FOUND, None, None),
    ],
)
def test_verdict_to_finding(
    status: LinkStatus,
    confirmed: bool,
    lookup: ArchiveLookup | None,
    kind: str | None,
    severity: Severity | None,
) -> None:
    lookups = {URL: lookup} if lookup else {}
    found = link_findings(DOC, {URL: state(status, confirmed)}, lookups)
    assert [(f.kind, f.severity) for f in found] == ([(kind, severity)] if kind else [])
    for f in found:
        assert f.footnotes == ("1",) and f.urls == (URL,) and f.lines


def test_unconfirmed_failure_says_so_and_is_never_called_confirmed() -> None:
    (f,) = link_findings(DOC, {URL: state(LinkStatus.DEAD)}, {})
    assert "dead (failing, unconfirmed)" in f.message
    assert "failing, unconfirmed" in f.suggestion


def test_archived_copy_is_suggested() -> None:
    (f,) = link_findings(DOC, {URL: state(LinkStatus.DEAD, True)}, {URL: FOUND})
    assert FOUND.snapshot_url and FOUND.snapshot_url in f.suggestion
    assert ("snapshot", FOUND.snapshot_url) in f.evidence


def test_moved_suggests_the_new_url() -> None:
    new = "https://example.org/new-home"
    (f,) = link_findings(DOC, {URL: state(LinkStatus.MOVED, final=new)}, {})
    assert new in f.suggestion


@pytest.mark.parametrize(
    ("quote_in_live", "severity"),
    [(False, Severity.WARNING), (None, Severity.WARNING), (True, Severity.INFO)],
)
def test_content_drift(quote_in_live: bool | None, severity: Severity) -> None:
    lookup = ArchiveLookup(
        URL,
        ArchiveOutcome.FOUND,
        T,
        snapshot_url=FOUND.snapshot_url,
        snapshot_timestamp="20230101000000",
        drift_score=0.31,
        drifted=True,
        quote_in_live=quote_in_live,
    )
    (f,) = link_findings(DOC, {URL: state(LinkStatus.ALIVE)}, {URL: lookup})
    assert (f.kind, f.severity) == ("content-drift", severity)
    assert ("drift_score", "0.31") in f.evidence


def test_unchecked_urls_give_nothing() -> None:
    assert link_findings(DOC, {}, {}) == []
