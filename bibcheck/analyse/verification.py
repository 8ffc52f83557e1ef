"""Findings from the stored verifications (issue 13).  Pure.

==========================  ==========  ==============================================
kind                        severity    when
==========================  ==========  ==============================================
``reference-not-found``     warning     no registry holds the work although registries
                                        cover its kind: a possible fabrication (never
                                        from a degraded run, never for books, reports,
                                        laws or web pages)
``identifier-conflict``     error       the cited DOI is registered for another work
``reference-miscited``      warning     the work exists; named fields differ (both
                                        values given)
``retracted-source``        error       the cited work was retracted or withdrawn (info
                                        when the claim itself mentions the retraction)
``source-under-concern``    warning     an expression of concern was published
``corrected-source``        info        a correction/erratum was published (never
                                        called a retraction)
``preprint-published``      info        a preprint cited; its published version is named
``page-title-mismatch``     warning     the cited page is clearly a different article
``swapped-urls``            error       two references' pages fit each other's titles
``page-metadata-differs``   info        the page is the article, but its author or date
                                        differs from the reference
``quotation-not-found``     warning     the quotation is on neither the live page nor
                                        the archived copy
``quotation-changed``       warning     the nearest passage differs (a number, a name,
                                        the wording); the passage is the evidence
==========================  ==========  ==============================================

A footnote and a literature entry naming the same work give one finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bibcheck.analyse.common import Citations, finding, join_labels, where
from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Finding,
    FindingKind,
    ParsedDocument,
    Severity,
    Verification,
    VerifyAspect,
    VerifyVerdict,
)

__all__ = ["verification_findings"]

_MENTIONS_RETRACTION = lazy_compile(
    r"retract|withdrawn|отозван|ретрагир|отзыв\w* стать", re.IGNORECASE
)


def _claims_by_footnote(doc: ParsedDocument) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for fn in doc.footnotes:
        texts = [m.claim.text for m in fn.markers if m.claim is not None and m.claim.text]
        out[fn.label] = texts
        if fn.literature is not None:
            out.setdefault(f"#{fn.literature.number}", []).extend(texts)
    return out


def _cites(rows: Sequence[Verification]) -> Citations:
    cites = Citations()
    for v in rows:
        if v.footnote is not None and v.footnote not in cites.footnotes:
            cites.footnotes.append(v.footnote)
        if v.literature_entry is not None and v.literature_entry not in cites.literature:
            cites.literature.append(v.literature_entry)
        if v.line is not None:
            cites.lines.append(v.line)
    return cites


def _group(rows: Iterable[Verification]) -> list[list[Verification]]:
    """Rows about the same thing with the same outcome, in document order."""
    groups: dict[tuple[object, ...], list[Verification]] = {}
    for v in rows:
        key = (
            v.aspect,
            v.verdict,
            v.subject or v.doi or "",
            v.doi,
            v.differences,
            dict(v.evidence).get("quotation", ""),
            dict(v.evidence).get("swapped_with", ""),
        )
        groups.setdefault(key, []).append(v)
    return sorted(groups.values(), key=lambda g: (min(v.line or 0 for v in g), g[0].key))


def _diffs_text(v: Verification) -> str:
    return "; ".join(
        f"{name}: cited {cited!r}, registered {registered!r}"
        if registered
        else f"{name}: cited {cited!r} is not registered"
        for name, cited, registered in v.differences
    )


def _candidates(v: Verification) -> list[tuple[str, str]]:
    return [
        (f"candidate_{i}", f"{doi or '(no DOI)'} {title!r} title score {score or '-'}")
        for i, (doi, title, score) in enumerate(v.candidates, start=1)
    ]


def _titled(doc: ParsedDocument, v: Verification) -> str:
    for fn in doc.footnotes:
        if v.footnote is not None and fn.label == v.footnote and fn.reference.title:
            return f" {fn.reference.title!r}"
    for entry in doc.literature:
        if v.literature_entry == entry.number and entry.reference.title:
            return f" {entry.reference.title!r}"
    return ""


def _identity(doc: ParsedDocument, rows: Sequence[Verification]) -> Finding | None:
    v, cites = rows[0], _cites(rows)
    at = where(cites)
    evidence: list[tuple[str, object]] = [("verdict", v.verdict.value), ("source", v.source)]
    if v.verdict is VerifyVerdict.NOT_FOUND and not v.degraded:
        registered = [d for d in v.differences if d[0] == "doi"]
        doi_note = f" (its DOI {registered[0][1]} is not registered either)" if registered else ""
        return finding(
            FindingKind.REFERENCE_NOT_FOUND,
            Severity.WARNING,
            f"no scholarly registry holds the work cited in {at}{_titled(doc, v)}{doi_note}: "
            "it may not exist (a fabricated or garbled reference)",
            doc=doc,
            suggestion="check the reference against the work itself; correct it or remove it",
            cites=cites,
            evidence=[*evidence, ("detail", v.detail), *_candidates(v)],
        )
    if v.verdict is VerifyVerdict.IDENTIFIER_CONFLICT:
        return finding(
            FindingKind.IDENTIFIER_CONFLICT,
            Severity.ERROR,
            f"the DOI {v.subject} in {at} belongs to a different work: {v.detail}",
            doc=doc,
            suggestion=(v.suggestion + "; " if v.suggestion else "")
            + "give the cited work's own DOI, or remove the DOI",
            cites=cites,
            evidence=[*evidence, ("doi", v.subject), *v.evidence],
        )
    if v.verdict is VerifyVerdict.MISCITED:
        return finding(
            FindingKind.REFERENCE_MISCITED,
            Severity.WARNING,
            f"{at} cites {v.doi or 'a registered work'} with details that differ from the "
            f"{v.source or 'registry'} record: {_diffs_text(v)}",
            doc=doc,
            suggestion=v.suggestion or "correct the reference from the registered record",
            cites=cites,
            evidence=[
                *evidence,
                ("doi", v.doi),
                *((f"{name}", f"cited {c!r}; registered {r!r}") for name, c, r in v.differences),
            ],
        )
    return None


def _status(
    doc: ParsedDocument, rows: Sequence[Verification], claims: dict[str, list[str]]
) -> Finding | None:
    v, cites = rows[0], _cites(rows)
    at = where(cites)
    evidence: list[tuple[str, object]] = [("doi", v.doi), ("detail", v.detail)]
    notices = f" (notice {v.suggestion})" if v.suggestion else ""
    if v.verdict is VerifyVerdict.RETRACTED:
        texts = [t for label in cites.footnotes for t in claims.get(label, [])]
        texts += [t for n in cites.literature for t in claims.get(f"#{n}", [])]
        mentioned = any(_MENTIONS_RETRACTION.search(t) for t in texts)
        return finding(
            FindingKind.RETRACTED_SOURCE,
            Severity.INFO if mentioned else Severity.ERROR,
            f"{at} cites a retracted work, {v.doi}{notices}"
            + ("; the text says so" if mentioned else ""),
            doc=doc,
            suggestion="say in the text that the work was retracted, or cite another source"
            if not mentioned
            else "",
            cites=cites,
            evidence=[*evidence, ("claim_mentions_retraction", mentioned)],
        )
    if v.verdict is VerifyVerdict.CONCERN:
        return finding(
            FindingKind.SOURCE_UNDER_CONCERN,
            Severity.WARNING,
            f"an expression of concern was published about the work cited in {at}, "
            f"{v.doi}{notices}",
            doc=doc,
            suggestion="read the notice before relying on the work",
            cites=cites,
            evidence=evidence,
        )
    if v.verdict is VerifyVerdict.CORRECTED:
        return finding(
            FindingKind.CORRECTED_SOURCE,
            Severity.INFO,
            f"the work cited in {at}, {v.doi}, was corrected{notices}",
            doc=doc,
            suggestion="check that what the text takes from it is not what was corrected",
            cites=cites,
            evidence=evidence,
        )
    return None


def _version(doc: ParsedDocument, rows: Sequence[Verification]) -> Finding | None:
    v, cites = rows[0], _cites(rows)
    if v.verdict is not VerifyVerdict.PREPRINT_PUBLISHED:
        return None
    return finding(
        FindingKind.PREPRINT_PUBLISHED,
        Severity.INFO,
        f"{where(cites)} cites a preprint, {v.doi}, that has been published: {v.detail}",
        doc=doc,
        suggestion=v.suggestion,
        cites=cites,
        evidence=[("doi", v.doi), *v.evidence],
    )


def _page(doc: ParsedDocument, rows: Sequence[Verification]) -> Finding | None:
    v, cites = rows[0], _cites(rows)
    ev = dict(v.evidence)
    if v.verdict is VerifyVerdict.PAGE_MATCHES and v.differences:
        diffs = "; ".join(f"{n}: cited {c!r}, page {p!r}" for n, c, p in v.differences)
        return finding(
            FindingKind.PAGE_METADATA_DIFFERS,
            Severity.INFO,
            f"the page cited in {where(cites)} is the article named, but {diffs}",
            doc=doc,
            suggestion="check the author and date against the page",
            cites=cites,
            urls=[v.subject],
            evidence=[("version", ev.get("version")), ("page_title", ev.get("page_title"))],
        )
    if v.verdict is not VerifyVerdict.PAGE_MISMATCH or "swapped_with" in ev:
        return None
    fits = f"; it is the page {ev['fits']} cites" if "fits" in ev else ""
    return finding(
        FindingKind.PAGE_TITLE_MISMATCH,
        Severity.WARNING,
        f"the page cited in {where(cites)} is a different article: {v.detail}{fits}",
        doc=doc,
        suggestion="check the URL: it may be wrong, or swapped with another reference's",
        cites=cites,
        urls=[v.subject],
        evidence=[
            ("page_title", ev.get("page_title")),
            ("version", ev.get("version")),
            ("score", v.score),
            *((("fits", ev["fits"]),) if "fits" in ev else ()),
        ],
    )


def _swapped(doc: ParsedDocument, rows: Sequence[Verification]) -> list[Finding]:
    """One ``swapped-urls`` finding per pair of references whose pages are swapped."""
    by_place = {_place(v): v for v in rows}
    seen: set[frozenset[str]] = set()
    out = []
    for v in rows:
        other_place = dict(v.evidence).get("swapped_with")
        other = by_place.get(other_place or "")
        pair = frozenset({_place(v), other_place or ""})
        if other is None or pair in seen:
            continue
        seen.add(pair)
        cites = _cites([v, other])
        out.append(
            finding(
                FindingKind.SWAPPED_URLS,
                Severity.ERROR,
                f"the URLs of {_place(v)} and {_place(other)} look swapped: each page is the "
                "article the other reference names",
                doc=doc,
                suggestion=f"exchange the URLs of {_place(v)} and {_place(other)}",
                cites=cites,
                urls=[v.subject, other.subject],
                evidence=[
                    (f"{_place(v)} page", dict(v.evidence).get("page_title")),
                    (f"{_place(other)} page", dict(other.evidence).get("page_title")),
                ],
            )
        )
    return out


def _place(v: Verification) -> str:
    if v.footnote is not None:
        return f"footnote {v.footnote}"
    return f"literature entry {v.literature_entry}"


def _quotation(doc: ParsedDocument, rows: Sequence[Verification]) -> Finding | None:
    v, cites = rows[0], _cites(rows)
    ev = dict(v.evidence)
    quote = ev.get("quotation", "")
    passage = ev.get("nearest_passage", "")
    evidence: list[tuple[str, object]] = [
        ("quotation", quote),
        ("nearest_passage", passage),
        ("version", ev.get("version")),
        ("score", v.score),
    ]
    if v.verdict is VerifyVerdict.QUOTE_NOT_FOUND:
        return finding(
            FindingKind.QUOTATION_NOT_FOUND,
            Severity.WARNING,
            f"the quotation in {join_labels('footnote', cites.footnotes) or where(cites)} is not "
            f"on the cited page (live or archived): {quote!r}",
            doc=doc,
            suggestion="check the quotation against the source, or cite where it stands",
            cites=cites,
            urls=[v.subject],
            evidence=evidence,
        )
    if v.verdict is VerifyVerdict.QUOTE_CHANGED:
        return finding(
            FindingKind.QUOTATION_CHANGED,
            Severity.WARNING,
            f"the quotation in {join_labels('footnote', cites.footnotes) or where(cites)} differs "
            f"from the cited page ({v.detail}): quoted {quote!r}, the page has {passage!r}",
            doc=doc,
            suggestion="quote the source exactly",
            cites=cites,
            urls=[v.subject],
            evidence=evidence,
        )
    return None


def verification_findings(
    doc: ParsedDocument, verifications: Iterable[Verification]
) -> list[Finding]:
    """Every finding the stored verifications of ``doc`` support."""
    rows = [v for v in verifications if v.document == doc.id]
    claims = _claims_by_footnote(doc)
    found: list[Finding | None] = []
    for group in _group(rows):
        aspect = group[0].aspect
        if aspect is VerifyAspect.IDENTITY:
            found.append(_identity(doc, group))
        elif aspect is VerifyAspect.STATUS:
            found.append(_status(doc, group, claims))
        elif aspect is VerifyAspect.VERSION:
            found.append(_version(doc, group))
        elif aspect is VerifyAspect.PAGE:
            found.append(_page(doc, group))
        elif aspect is VerifyAspect.QUOTATION:
            found.append(_quotation(doc, group))
    swaps = [
        v for v in rows if v.aspect is VerifyAspect.PAGE and "swapped_with" in dict(v.evidence)
    ]
    return [f for f in found if f is not None] + _swapped(doc, swaps)
