"""Findings from link verdicts and archive lookups: broken, moved, unverifiable, drifted.

One finding per distinct cited URL (a URL cited ten times is one finding that
names all ten footnotes).  Severities, and why:

* ``broken-link`` -- ``dead``/``soft_404`` (and a *confirmed* ``dns_error``):
  **error** when the failure is confirmed (see :class:`~bibcheck.store.links.ConfirmPolicy`)
  and no archived copy is known; **warning** when an archived copy exists (cite it
  instead) or when the failure is not yet confirmed ("failing, unconfirmed": one
  bad day of a server must not fail a build).
* ``link-moved`` -- a permanent redirect to a working page: **info**, cite the new URL.
* ``link-unverifiable`` -- the page could not be verified, which never means it is
  gone: **info** when the site refuses robots or asked us to wait (``blocked``,
  ``deferred``, a private address), **warning** for network or server trouble a
  reader may meet too (timeout, TLS, connection, 5xx, redirect loops) and for a DNS
  failure not yet confirmed.
* ``content-drift`` -- alive, but the live page no longer matches the archived
  capture near the citation date: **warning**, or **info** when the quoted claim
  is still found on the live page.
* an ``invalid_url``/``unsupported_scheme`` verdict is a ``malformed-field`` warning.
"""

from __future__ import annotations

from collections.abc import Mapping

from bibcheck.analyse.common import Citations, citations_by_url, display_url, finding, where
from bibcheck.model import (
    ArchiveLookup,
    ArchiveOutcome,
    Finding,
    FindingKind,
    LinkStatus,
    ParsedDocument,
    Severity,
)
from bibcheck.store.links import BROKEN, OK, UNVERIFIABLE, LinkState

_QUIET = frozenset({LinkStatus.BLOCKED, LinkStatus.DEFERRED, LinkStatus.FORBIDDEN_ADDRESS})
_UNUSABLE = frozenset({LinkStatus.INVALID_URL, LinkStatus.UNSUPPORTED_SCHEME})


def link_findings(
    doc: ParsedDocument,
    states: Mapping[str, LinkState],
    lookups: Mapping[str, ArchiveLookup],
) -> list[Finding]:
    """Findings for every cited URL that has been checked."""
    found: list[Finding] = []
    for url, cites in sorted(citations_by_url(doc).items()):
        state = states.get(url)
        if state is None:
            continue
        item = _for_state(doc, url, cites, state, lookups.get(url))
        if item is not None:
            found.append(item)
    return found


def _for_state(
    doc: ParsedDocument,
    url: str,
    cites: Citations,
    state: LinkState,
    lookup: ArchiveLookup | None,
) -> Finding | None:
    status = state.latest.status
    if status is LinkStatus.DNS_ERROR and not state.confirmed:
        return _unverifiable(doc, url, cites, state)
    if status in BROKEN:
        return _broken(doc, url, cites, state, lookup)
    if status in _UNUSABLE:
        return _unusable(doc, url, cites, state)
    if status in UNVERIFIABLE or status is LinkStatus.FORBIDDEN_ADDRESS:
        return _unverifiable(doc, url, cites, state)
    if status in OK:
        drift = _drift(doc, url, cites, lookup)
        if drift is not None:
            return drift
        if status is LinkStatus.MOVED:
            return _moved(doc, url, cites, state)
    return None


def _state_evidence(state: LinkState) -> list[tuple[str, object]]:
    latest = state.latest
    return [
        ("verdict", state.label),
        ("reason", latest.reason or None),
        ("http_status", latest.http_status),
        ("checked_at", latest.checked_at.isoformat()),
        ("observations", state.observations),
        ("first_failed_at", state.first_failed_at.isoformat() if state.first_failed_at else None),
    ]


def snapshot_of(lookup: ArchiveLookup | None) -> ArchiveLookup | None:
    """The lookup when it found a usable snapshot, else None."""
    if lookup is None or lookup.outcome is not ArchiveOutcome.FOUND or not lookup.snapshot_url:
        return None
    return lookup


def _snapshot_date(lookup: ArchiveLookup) -> str:
    ts = lookup.snapshot_timestamp or ""
    return f"{ts[0:4]}-{ts[4:6]}-{ts[6:8]}" if len(ts) >= 8 and ts.isdigit() else "unknown date"


def _broken(
    doc: ParsedDocument,
    url: str,
    cites: Citations,
    state: LinkState,
    lookup: ArchiveLookup | None,
) -> Finding:
    snap = snapshot_of(lookup)
    severity = Severity.ERROR if state.confirmed and snap is None else Severity.WARNING
    reason = f" ({state.latest.reason})" if state.latest.reason else ""
    message = f"{display_url(doc, url)} cited by {where(cites)} is {state.label}{reason}"
    if snap is not None:
        message += f"; an archived copy exists ({_snapshot_date(snap)})"
        suggestion = f"cite the archived copy instead: {snap.snapshot_url}"
    elif not state.confirmed:
        suggestion = (
            "failing, unconfirmed: check again after a day (bibcheck check) before replacing it"
        )
    elif lookup is not None and lookup.outcome is ArchiveOutcome.LOOKUP_FAILED:
        suggestion = "the archive lookup failed; look again, or find the page's new address"
    else:
        suggestion = "no archived copy is known: find the page's new address or another source"
    evidence = _state_evidence(state) + [
        ("confirmed", state.confirmed),
        ("archive", lookup.outcome.value if lookup else "not looked up"),
        ("snapshot", snap.snapshot_url if snap else None),
    ]
    return finding(
        FindingKind.BROKEN_LINK,
        severity,
        message,
        doc=doc,
        suggestion=suggestion,
        evidence=evidence,
        cites=cites,
        urls=[url],
    )


def _moved(doc: ParsedDocument, url: str, cites: Citations, state: LinkState) -> Finding:
    final = state.latest.final_url or ""
    message = f"{display_url(doc, url)} cited by {where(cites)} moved permanently to {final}"
    return finding(
        FindingKind.LINK_MOVED,
        Severity.INFO,
        message,
        doc=doc,
        suggestion=f"cite the new address: {final}" if final else "cite the new address",
        evidence=_state_evidence(state) + [("final_url", final or None)],
        cites=cites,
        urls=[url],
    )


def _unverifiable(doc: ParsedDocument, url: str, cites: Citations, state: LinkState) -> Finding:
    status = state.latest.status
    severity = Severity.INFO if status in _QUIET else Severity.WARNING
    reason = f": {state.latest.reason}" if state.latest.reason else ""
    message = (
        f"{display_url(doc, url)} cited by {where(cites)} could not be verified "
        f"({state.label}{reason}); this does not mean it is broken"
    )
    suggestion = (
        "open it in a browser to confirm it still shows the cited page"
        if status in _QUIET
        else "check again later (bibcheck check); open it in a browser if it keeps failing"
    )
    return finding(
        FindingKind.LINK_UNVERIFIABLE,
        severity,
        message,
        doc=doc,
        suggestion=suggestion,
        evidence=_state_evidence(state),
        cites=cites,
        urls=[url],
    )


def _unusable(doc: ParsedDocument, url: str, cites: Citations, state: LinkState) -> Finding:
    message = (
        f"{display_url(doc, url)} cited by {where(cites)} is not a checkable web address "
        f"({state.label})"
    )
    return finding(
        FindingKind.MALFORMED_FIELD,
        Severity.WARNING,
        message,
        doc=doc,
        suggestion="correct the URL as written in the manuscript",
        evidence=[("field", "url"), *_state_evidence(state)],
        cites=cites,
        urls=[url],
    )


def _drift(
    doc: ParsedDocument, url: str, cites: Citations, lookup: ArchiveLookup | None
) -> Finding | None:
    if lookup is None or not lookup.drifted:
        return None
    still_quoted = lookup.quote_in_live is True
    severity = Severity.INFO if still_quoted else Severity.WARNING
    message = f"{display_url(doc, url)} cited by {where(cites)} is alive but has changed since "
    message += f"the capture of {_snapshot_date(lookup)}" if lookup.snapshot_url else "it was cited"
    if lookup.quote_in_live is False:
        message += "; the quoted claim is no longer on the live page"
        if lookup.quote_in_snapshot:
            message += " (it is in the archived copy)"
    elif still_quoted:
        message += "; the quoted claim is still on the live page"
    suggestion = (
        f"check the claim against the live page; cite the archived copy {lookup.snapshot_url} "
        "if the cited text is gone"
        if lookup.snapshot_url
        else "check the claim against the live page"
    )
    evidence = [
        ("drift_score", lookup.drift_score),
        ("quote_in_live", lookup.quote_in_live),
        ("quote_in_snapshot", lookup.quote_in_snapshot),
        ("snapshot", lookup.snapshot_url),
        ("target_date", lookup.target_date.isoformat() if lookup.target_date else None),
    ]
    return finding(
        FindingKind.CONTENT_DRIFT,
        severity,
        message,
        doc=doc,
        suggestion=suggestion,
        evidence=evidence,
        cites=cites,
        urls=[url],
    )
