"""Findings: what an editor should look at, with severity, lines, evidence and a fix.

:func:`analyse_document` is pure: a parsed document plus the link states and
archive lookups of the URLs it cites in, a sorted list of
:class:`~bibcheck.model.Finding` out.  :func:`analyse` runs it over every
stored document.  The families live in one module each:

==============================  =================================================
``links``                       broken-link, link-moved, link-unverifiable,
                                content-drift
``duplicates``                  duplicate-citation, near-duplicate-url
``consistency``                 footnote-literature-mismatch,
                                uncited-literature-entry, missing-literature-entry,
                                footnote-numbering, literature-numbering,
                                lost-marker, malformed-field (from ingest anomalies)
``style``                       style-lint (GOST)
``claims``                      claim-source-mismatch
``consistency`` (coverage)      coverage-gap (a part not read), citation keys with no
                                entry as missing-literature-entry
``verification``                reference-not-found, identifier-conflict,
                                reference-miscited, retracted-source,
                                source-under-concern, corrected-source,
                                preprint-published, page-title-mismatch,
                                swapped-urls, page-metadata-differs,
                                quotation-not-found, quotation-changed
                                (from the stored verifications, issue 13)
==============================  =================================================

Kinds are stable ids (part of the JSON interface).  Each module's docstring
gives its severities and why.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

from bibcheck.analyse.claim_source import claim_findings
from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.analyse.duplicates import duplicate_citation_findings, near_duplicate_findings
from bibcheck.analyse.links import link_findings
from bibcheck.analyse.style import style_findings
from bibcheck.analyse.verification import verification_findings
from bibcheck.model import (
    ArchiveLookup,
    Finding,
    FindingKind,
    ParsedDocument,
    Severity,
    Verification,
)
from bibcheck.store.archives import latest_lookups
from bibcheck.store.base import Store
from bibcheck.store.documents import iter_documents
from bibcheck.store.links import ConfirmPolicy, LinkState, link_states
from bibcheck.store.verifications import load_verifications

KINDS = tuple(FindingKind)
"""Every finding kind, in the order reports list them."""

SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
_RANK = {s: i for i, s in enumerate(SEVERITY_ORDER)}

__all__ = [
    "KINDS",
    "SEVERITY_ORDER",
    "analyse",
    "analyse_document",
    "finding_id",
    "sort_findings",
]


def analyse_document(
    doc: ParsedDocument,
    link_states_by_url: Mapping[str, LinkState],
    lookups_by_url: Mapping[str, ArchiveLookup],
    verifications: Sequence[Verification] = (),
) -> list[Finding]:
    """Every finding for one document, sorted (pure: no I/O)."""
    near = near_duplicate_findings(doc, link_states_by_url)
    covered = {line for f in near for line in f.lines}
    duplicates = duplicate_citation_findings(doc)
    found = [
        *link_findings(doc, link_states_by_url, lookups_by_url),
        *near,
        *duplicates,
        *_not_again(anomaly_findings(doc, covered), duplicates),
        *style_findings(doc),
        *claim_findings(doc),
        *verification_findings(doc, verifications),
    ]
    return sort_findings(found)


def _not_again(findings: list[Finding], duplicates: list[Finding]) -> list[Finding]:
    """``findings`` less a duplicate entry a reader recorded (a .bib's same URL or title)
    that the analysis already reports for the same lines, or for a group holding them (a
    pair of a group of three): one defect, one finding."""
    groups = [set(f.lines) for f in duplicates if len(f.lines) > 1]
    return [
        f
        for f in findings
        if not (
            f.kind is FindingKind.DUPLICATE_CITATION
            and len(f.lines) > 1
            and any(set(f.lines) <= group for group in groups)
        )
    ]


def analyse(db: Store, policy: ConfirmPolicy | None = None) -> list[Finding]:
    """Findings for every stored document (documents in ingest order)."""
    states = {s.url: s for s in link_states(db, policy or ConfirmPolicy())}
    lookups = latest_lookups(db)
    verified = load_verifications(db)
    found: list[Finding] = []
    for doc in iter_documents(db):
        mine = [v for v in verified if v.document == doc.id]
        found.extend(analyse_document(doc, states, lookups, mine))
    return found


def sort_key(f: Finding) -> tuple[int, int, int, str, str, tuple[str, ...]]:
    """Severity first, then line, kind and message: a stable, readable order."""
    first_line = f.lines[0] if f.lines else 0
    return (
        _RANK[f.severity],
        first_line,
        KINDS.index(f.kind) if f.kind in KINDS else 99,
        f.kind,
        f.message,
        f.urls,
    )


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=sort_key)


def finding_id(f: Finding) -> str:
    """A stable id: the kind plus a hash of what the finding is about (not of its lines).

    Editing text elsewhere in the manuscript moves lines but keeps the id.
    """
    rule = dict(f.evidence).get("rule", "") or dict(f.evidence).get("anomaly", "")
    parts = [f.kind, rule, *f.footnotes, "|", *map(str, f.literature_entries), "|", *f.urls]
    if not (f.footnotes or f.literature_entries or f.urls):
        parts.append(f.message)
    digest = hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:10]
    return f"{f.kind}:{digest}"
