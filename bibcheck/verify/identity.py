"""Scholarly identity: which verdict the registries' answers support (pure).

The network side (:mod:`bibcheck.verify.registries`) gathers the answers;
this module only weighs them:

* :func:`covered` -- is the reference a kind of work registries cover
  (journal articles, chapters, conference papers)?  Books, reports, theses,
  laws, standards and web pages are mostly absent from registries, so for
  them "nothing found" is ``unverifiable``, never ``not_found``;
* :func:`judge_doi` -- the reference's DOI resolved to a registered work:
  ``verified``, ``miscited`` (fields differ) or ``identifier_conflict`` (the
  DOI names another work);
* :func:`judge_search` -- candidates from bibliographic searches: a match
  needs a strong title similarity plus agreeing first-author surname and
  year (±1); a near match (a very strong title and one of the two) is
  ``miscited`` with the differing field named.  A fair title (a word changed)
  counts too when the journal, volume or pages also agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind, VerifyVerdict
from bibcheck.parse.references.medium_designator import ELECTRONIC_RESOURCE
from bibcheck.verify.match import Comparison, compare, differences, fold, reference_year
from bibcheck.verify.works import Work

__all__ = [
    "Judgement",
    "best_candidates",
    "covered",
    "judge_doi",
    "judge_search",
    "same_work_by_doi",
    "searchable",
]

NEAR_TITLE = 0.92  # a near match needs a title this similar
FAIR_TITLE = 0.7  # enough with author, year and the journal, volume or pages agreeing
CANDIDATES_KEPT = 3

_NOT_COVERED = lazy_compile(
    r"(?:федеральн\w* закон|\bзакон\w*\s+(?:от|№|РФ|Российской|Республики)|\bкодекс\w*\s|"
    r"\bуказ\w*\s+(?:президента|от)|\bпостановлени\w*\s|\bприказ\w*\s+(?:от|№)|"
    r"\bраспоряжени\w*\s|\bконституци\w*|\bгост\s+[рр]?\s*\d|\bпатент\w*|"
    r"\bдисс?\.|\bдиссертаци\w*|\bавтореф\w*|\bотч[её]т\w*\s+о\s+нир|"
    r"\bU\.\s?S\.\s?C\.|\bPub\.\s?L\.|\bStat\.\s\d|\bO\.?J\.?\s+L\s?\d|"
    r"\b(?:Directive|Regulation)\s+\((?:EU|EC|EEC)\)|\bPatent\b|"
    r"\bPh\.?\s?D\.?\s+(?:thesis|dissertation)|\b(?:master'?s|doctoral|bachelor'?s)\s+thesis|"
    r"\bdissertation\b|\btech(?:nical|\.)\s+rep(?:ort|\.)|\bworking\s+paper\b|"
    r"\bwhite\s+paper\b|\bISO\s+\d{3,5})",
    re.IGNORECASE,
)
_JOURNAL_SIGNS = lazy_compile(
    r"(?:\bvol\.|\bno\.|\bpp?\.\s*\d|\bТ\.\s*\d|№\s*\d|\bС\.\s*\d|\bjournal\b|\bжурнал\b|"
    r"\bвестник\b|\bвопросы\b|\bproceedings\b|\bтруды\b|\bизвестия\b|\b\d+\s*\(\d+\)\s*[:,])",
    re.IGNORECASE,
)


def covered(ref: Reference) -> bool:
    """Is ``ref`` a kind of work that scholarly registries cover (so that finding
    nothing in any of them is evidence of a fabrication)?"""
    if ref.doi:
        return True
    if reference_year(ref) is None:
        return False  # a short note or a fragment: too little to call anything invented
    if ref.kind in (RefKind.BOOK, RefKind.REPORT, RefKind.WEB, RefKind.COMMENTARY):
        return False
    if _web_only(ref):
        return False
    if _NOT_COVERED.search(ref.raw):
        return False
    if ref.kind in (RefKind.ARTICLE, RefKind.CHAPTER):
        return bool(ref.title) and (bool(ref.host) or bool(_JOURNAL_SIGNS.search(ref.raw)))
    return bool(ref.title) and bool(_JOURNAL_SIGNS.search(ref.raw))


_URL = lazy_compile(r"https?://\S+", re.IGNORECASE)
_ONLINE = lazy_compile(
    rf"\[\s*(?:online|{ELECTRONIC_RESOURCE})\s*\]|\bavailable(?:\s+from)?\s*:|"
    r"\bURL\s*:|режим доступа|\bretrieved from\b",
    re.IGNORECASE,
)


def _web_only(ref: Reference) -> bool:
    """A web address (not a DOI) and no journal signs (volume, issue, pages): a news
    item or a web page, however it is written (``// BelTA``, an APA book-like entry)."""
    if not ref.url or ref.doi or "doi.org/" in ref.url.lower():
        return False
    online = ref.electronic or bool(_ONLINE.search(ref.raw))
    scholarly = ref.kind in (RefKind.ARTICLE, RefKind.CHAPTER) and not online
    return not scholarly and not _JOURNAL_SIGNS.search(_URL.sub(" ", ref.raw))


def searchable(ref: Reference) -> bool:
    """Worth a bibliographic search at all: a title, and a kind registries may hold."""
    if ref.kind in (RefKind.WEB, RefKind.COMMENTARY) or _web_only(ref):
        return False
    if _NOT_COVERED.search(ref.raw):
        return False
    title = fold(ref.title)
    return len(title) >= 8 and len(title.split()) >= 2


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict and what it rests on."""

    verdict: VerifyVerdict
    work: Work | None = None
    score: float | None = None
    differences: tuple[tuple[str, str, str], ...] = ()
    candidates: tuple[tuple[str, str, str], ...] = ()
    detail: str = ""
    evidence: tuple[tuple[str, str], ...] = field(default=())


def _candidate(c: Comparison) -> tuple[str, str, str]:
    score = "" if c.title is None else f"{c.title:.2f}"
    return (c.work.doi, c.work.title, score)


def _registered(work: Work) -> tuple[tuple[str, str], ...]:
    first = work.first_author
    author = (f"{first[0]}, {first[1]}".strip(", ") if first[0] else first[1]) if first else ""
    return (
        ("registered_title", work.title),
        ("registered_author", author),
        ("registered_year", str(work.year or "")),
        ("registered_container", work.containers[0] if work.containers else ""),
    )


def same_work_by_doi(cmp: Comparison) -> bool:
    """With the DOI given, is the registered work the one the reference describes?

    The title decides when it can be compared; a translated title (or one the
    parser missed) leaves it to the other fields, which must mostly agree.
    """
    if cmp.title_same:
        return True
    fields = (cmp.author, cmp.year, cmp.container, cmp.volume, cmp.pages)
    support = sum(f is True for f in fields)
    against = sum(f is False for f in fields)
    if cmp.title is None:
        return cmp.author is True and support >= 3 and support > against
    if cmp.title >= 0.5:  # a title much changed: the first author must agree too
        return cmp.author is True and support >= 2 and support > against
    return cmp.author is True and support >= 4


def judge_doi(ref: Reference, work: Work) -> Judgement:
    """The reference cites ``work``'s DOI: is it that work, as cited?"""
    cmp = compare(ref, work)
    if same_work_by_doi(cmp):
        diffs = tuple(differences(ref, cmp))
        verdict = VerifyVerdict.MISCITED if diffs else VerifyVerdict.VERIFIED
        return Judgement(verdict, work, cmp.title, diffs, detail=_detail(verdict, work, diffs))
    detail = (
        f"the DOI {work.doi} is registered for {work.title!r}{_by(work)}, not for the work cited"
    )
    return Judgement(
        VerifyVerdict.IDENTIFIER_CONFLICT,
        work,
        cmp.title,
        candidates=(_candidate(cmp),),
        detail=detail,
        evidence=_registered(work),
    )


def _by(work: Work) -> str:
    first = work.first_author
    name = (first[0] or first[1]) if first else ""
    year = f", {work.year}" if work.year else ""
    return f" ({name}{year})" if name else (f" ({work.year})" if work.year else "")


def _detail(verdict: VerifyVerdict, work: Work, diffs: Sequence[tuple[str, str, str]]) -> str:
    if verdict is VerifyVerdict.VERIFIED:
        return f"matches {work.source} record {work.doi or work.title!r}"
    fields = "; ".join(f"{name}: cited {cited!r}, registered {reg!r}" for name, cited, reg in diffs)
    return f"{work.source} record {work.doi or work.title!r} differs: {fields}"


def _rank(c: Comparison, prefer_preprint: bool) -> tuple[float, int, int, int]:
    agree = sum(x is True for x in (c.author, c.year, c.container, c.volume, c.pages))
    kind = int(c.work.is_preprint == prefer_preprint)
    return (round(c.title or 0.0, 2), agree, kind, int(bool(c.work.doi)))


_PREPRINT_HOSTS = lazy_compile(r"arxiv|biorxiv|medrxiv|ssrn|preprint|research square|osf", re.I)


def best_candidates(ref: Reference, works: Sequence[Work]) -> list[Comparison]:
    """Every candidate compared with ``ref``, best first."""
    prefer_preprint = bool(_PREPRINT_HOSTS.search(ref.host or ref.raw))
    found = [compare(ref, w) for w in works]
    return sorted(found, key=lambda c: _rank(c, prefer_preprint), reverse=True)


def _title_enough(cmp: Comparison) -> bool:
    """A strong title; or a fair one (a word changed) with the journal, volume or
    pages agreeing too."""
    if cmp.title_same:
        return True
    placed = any(x is True for x in (cmp.container, cmp.volume, cmp.pages))
    return cmp.title is not None and cmp.title >= FAIR_TITLE and placed


def judge_search(
    ref: Reference, works: Sequence[Work], *, strict: bool = False, near: bool = True
) -> Judgement | None:
    """A verdict from search candidates, or None when none of them is the work.

    A full match needs the first author's surname and the year (±1) to agree,
    with a strong title (or a fair one placed by journal, volume or pages).
    A near match (``near``; never for ``strict`` kinds, which registries rarely
    hold) is a work with a very strong title that agrees in some fields and
    differs in others: the reference is ``miscited``, not a fabrication.
    """
    ranked = best_candidates(ref, works)
    kept = tuple(_candidate(c) for c in ranked[:CANDIDATES_KEPT])
    for cmp in ranked:
        if cmp.author is True and cmp.year is True and _title_enough(cmp):
            diffs = tuple(differences(ref, cmp))
            verdict = VerifyVerdict.MISCITED if diffs else VerifyVerdict.VERIFIED
            detail = _detail(verdict, cmp.work, diffs)
            return Judgement(verdict, cmp.work, cmp.title, diffs, kept, detail)
    if strict or not near:
        return None
    for cmp in ranked:
        if not _near(cmp):
            continue
        diffs = tuple(differences(ref, cmp))
        if diffs:
            detail = _detail(VerifyVerdict.MISCITED, cmp.work, diffs)
            return Judgement(VerifyVerdict.MISCITED, cmp.work, cmp.title, diffs, kept, detail)
    return None


def _near(cmp: Comparison) -> bool:
    """The cited title is (nearly) the registered one and enough else agrees."""
    if cmp.title is None or cmp.title < NEAR_TITLE:
        return False
    if {cmp.author, cmp.year} == {True, False}:
        return True
    placed = sum(x is True for x in (cmp.container, cmp.volume, cmp.pages))
    return cmp.title >= 0.97 and (cmp.author is True or cmp.year is True or placed >= 2)


def search_candidates(ref: Reference, works: Sequence[Work]) -> tuple[tuple[str, str, str], ...]:
    """The best candidates as evidence, when none of them matched."""
    return tuple(_candidate(c) for c in best_candidates(ref, works)[:CANDIDATES_KEPT])
