"""What a report shows about one document: :class:`ReportData`, built from the database.

:func:`load_reports` gathers each stored document, its findings (analysed once,
here) and the link and archive state of the URLs it cites.  Rendering is in
:mod:`.html`, :mod:`.markdown` and :mod:`.json`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from bibcheck.analyse import SEVERITY_ORDER, analyse_document
from bibcheck.analyse.common import Citations, citations_by_url
from bibcheck.model import (
    ArchiveLookup,
    Finding,
    ParsedDocument,
    Verification,
    VerifyAspect,
    VerifyVerdict,
)
from bibcheck.store.archives import latest_lookups
from bibcheck.store.base import Store
from bibcheck.store.documents import iter_documents
from bibcheck.store.links import ConfirmPolicy, LinkState, link_states
from bibcheck.store.verifications import load_verifications
from bibcheck.urls import host_name

UNCHECKED = "unchecked"

__all__ = [
    "UNCHECKED",
    "ReportData",
    "Summary",
    "link_notice",
    "load_reports",
    "verify_notice",
]


@dataclass(frozen=True, slots=True)
class Summary:
    """Totals shown at the top of every report."""

    by_severity: dict[str, int]  # error, warning, info (always all three, in that order)
    by_kind: dict[str, int]
    by_verdict: dict[str, int]  # verdict label ("dead (failing, unconfirmed)") or "unchecked"
    by_host: dict[str, int]  # distinct cited URLs per host


@dataclass(frozen=True)
class ReportData:
    """Everything a report shows about one document."""

    doc: ParsedDocument
    findings: tuple[Finding, ...]
    links: Mapping[str, LinkState] = field(default_factory=dict)  # this document's URLs
    lookups: Mapping[str, ArchiveLookup] = field(default_factory=dict)
    generated_at: str | None = None
    name: str = ""  # output file stem
    notice: str = ""  # how far the links could be checked, said plainly
    verifications: tuple[Verification, ...] = ()  # this document's (issue 13)
    verify_notice: str = ""  # how far the references could be verified

    @classmethod
    def build(
        cls,
        doc: ParsedDocument,
        states: Mapping[str, LinkState],
        lookups: Mapping[str, ArchiveLookup],
        *,
        generated_at: str | None = None,
        name: str = "",
        last_run: Mapping[str, Any] | None = None,
        verifications: Sequence[Verification] = (),
    ) -> ReportData:
        """Analyse ``doc`` (pure) and keep only the state of the URLs it cites."""
        urls = citations_by_url(doc)
        mine = {u: states[u] for u in sorted(urls) if u in states}
        archived = {u: lookups[u] for u in sorted(urls) if u in lookups}
        verified = tuple(v for v in verifications if v.document == doc.id)
        findings = tuple(analyse_document(doc, mine, archived, verified))
        notice = link_notice(len(urls), len(urls) - len(mine), last_run)
        stem = name or Path(doc.path).stem
        checked = verify_notice(len(doc.footnotes) + len(doc.literature), verified)
        return cls(doc, findings, mine, archived, generated_at, stem, notice, verified, checked)

    @cached_property
    def citations(self) -> dict[str, Citations]:
        return citations_by_url(self.doc)

    def host(self, url: str) -> str:
        return host_name(url) or "(no host)"

    def verdict(self, url: str | None) -> str | None:
        """The verdict label of a URL, ``unchecked`` if never checked, None without URL."""
        if not url:
            return None
        state = self.links.get(url)
        return state.label if state else UNCHECKED

    def summary(self) -> Summary:
        severities = Counter(f.severity for f in self.findings)
        kinds = Counter(f.kind for f in self.findings)
        verdicts = Counter(self.verdict(u) or UNCHECKED for u in self.citations)
        hosts = Counter(self.host(u) for u in self.citations)
        return Summary(
            {s.value: severities.get(s, 0) for s in SEVERITY_ORDER},
            dict(sorted(kinds.items())),
            dict(sorted(verdicts.items())),
            dict(sorted(hosts.items())),
        )


def link_notice(cited: int, unchecked: int, last_run: Mapping[str, Any] | None) -> str:
    """A plain sentence on how far the links could be checked ('' when all were)."""
    if cited == 0:
        return ""
    if last_run is None:
        return f"The links have not been checked: none of the {cited} cited URLs was fetched."
    when = str(last_run["started_at"])[:10]
    if last_run["degraded"] and last_run["degraded_reason"] == "interrupted":
        return (
            f"The last link check ({when}) was interrupted; {unchecked} of {cited} cited URLs "
            "have not been checked yet (run `bibcheck check` again to finish)."
        )
    if last_run["degraded"]:
        reason = last_run["degraded_reason"] or "the network was unavailable"
        earlier = "; the verdicts shown come from earlier checks" if unchecked < cited else ""
        return (
            f"The last link check ({when}) could not be done: {reason}. "
            f"{unchecked} of {cited} cited URLs have never been checked{earlier}."
        )
    if unchecked:
        return f"{unchecked} of {cited} cited URLs have not been checked yet."
    return ""


def verify_notice(references: int, verifications: Sequence[Verification]) -> str:
    """A plain sentence on how far the references could be verified ('' without any)."""
    if references == 0:
        return ""
    identity = [v for v in verifications if v.aspect is VerifyAspect.IDENTITY]
    if not identity:
        return (
            "The references have not been verified against scholarly registries "
            "(run `bibcheck verify`)."
        )
    counts = Counter(v.verdict for v in identity)
    degraded = sum(v.degraded for v in identity)
    parts = [f"{counts[VerifyVerdict.VERIFIED]} of {len(identity)} references verified"]
    for verdict, label in (
        (VerifyVerdict.MISCITED, "miscited"),
        (VerifyVerdict.IDENTIFIER_CONFLICT, "with another work's DOI"),
        (VerifyVerdict.NOT_FOUND, "found in no registry"),
    ):
        if counts[verdict]:
            parts.append(f"{counts[verdict]} {label}")
    uncovered = counts[VerifyVerdict.UNVERIFIABLE] - degraded
    if uncovered:
        parts.append(f"{uncovered} of kinds no registry covers (books, web pages, laws...)")
    sentence = "Registry verification: " + ", ".join(parts) + "."
    if degraded:
        sentence += (
            f" {degraded} could not be verified because a registry was unreachable "
            "(run `bibcheck verify` again)."
        )
    return sentence


def _last_run(db: Store) -> dict[str, Any] | None:
    rows = list(db.query("select * from check_runs order by started_at desc, id limit 1"))
    return rows[0] if rows else None


def load_reports(
    db: Store, policy: ConfirmPolicy | None = None, generated_at: str | None = None
) -> list[ReportData]:
    """One :class:`ReportData` per stored document (ingest order), with unique names."""
    states = {s.url: s for s in link_states(db, policy or ConfirmPolicy())}
    lookups = latest_lookups(db)
    verifications = load_verifications(db)
    docs = list(iter_documents(db))
    last_run = _last_run(db)
    stems = Counter(Path(d.path).stem for d in docs)
    out = []
    for doc in docs:
        stem = Path(doc.path).stem or "document"
        name = stem if stems[stem] == 1 else f"{stem}-{doc.id[:8]}"
        out.append(
            ReportData.build(
                doc,
                states,
                lookups,
                generated_at=generated_at,
                name=name,
                last_run=last_run,
                verifications=verifications,
            )
        )
    return out
