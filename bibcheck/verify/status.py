"""Status after publication: retracted, under concern, corrected; a later version (pure).

Evidence is gathered from every shape the registries use:

* Crossref ``updated-by`` on the work itself (from the publisher, or
  ``"source": "retraction-watch"``);
* Crossref ``update-to`` on a notice that names the work (found with the
  ``updates:{doi}`` filter: older records carry the link on the notice only);
* a title that says so: ``RETRACTED:``, ``Retracted article:``, ``WITHDRAWN:``,
  ``[Retracted]``, ``ОТОЗВАННАЯ СТАТЬЯ``;
* OpenAlex ``is_retracted``.

Retraction, partial retraction, withdrawal and removal make a work
``retracted``; an expression of concern is ``expression_of_concern``;
corrections, errata, corrigenda, addenda and clarifications make it
``corrected`` (a correction alone is never a retraction).  A reinstatement
later than the last retraction cancels it.  A preprint whose record points
at a published version (``relation.is-preprint-of``) is
``preprint_published`` with that DOI as the suggestion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.model import VerifyVerdict
from bibcheck.verify.works import RETRACTED_TITLE, Update, Work

__all__ = ["Status", "notices_for", "status_of", "version_of"]

RETRACTING = frozenset({"retraction", "partial_retraction", "withdrawal", "removal", "retracted"})
CONCERN = frozenset({"expression_of_concern", "concern"})
CORRECTING = frozenset({"correction", "corrigendum", "erratum", "addendum", "clarification"})
REINSTATING = frozenset({"reinstatement"})


@dataclass(frozen=True, slots=True)
class Status:
    verdict: VerifyVerdict
    updates: tuple[Update, ...] = ()
    detail: str = ""

    @property
    def notices(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(u.notice for u in self.updates if u.notice))


def notices_for(doi: str, notices: Sequence[Work]) -> list[Update]:
    """The ``update-to`` entries of ``notices`` that name ``doi``."""
    return [u for n in notices for u in n.update_to if u.target == doi]


def _title_update(work: Work) -> Update | None:
    for title in work.titles[:1]:
        if RETRACTED_TITLE.match(title):
            return Update("", "retraction", label=title.split(":")[0].strip(), source="title")
    return None


def status_of(work: Work, notices: Sequence[Work] = (), openalex: Work | None = None) -> Status:
    """What is known about ``work`` after its publication."""
    updates = [u for u in work.updates if u.notice != work.doi or not u.notice]
    updates += notices_for(work.doi, notices) if work.doi else []
    titled = _title_update(work)
    if titled is not None:
        updates.append(titled)
    if work.retracted_flag:  # the work itself came from OpenAlex
        updates.append(Update("", "retraction", label="is_retracted", source="openalex"))
    if openalex is not None and openalex.retracted_flag:
        updates.append(Update("", "retraction", label="is_retracted", source="openalex"))
    if openalex is not None and (titled := _title_update(openalex)) is not None:
        updates.append(titled)
    unique = tuple(dict.fromkeys(updates))
    retractions = [u for u in unique if u.type in RETRACTING]
    reinstated = [u for u in unique if u.type in REINSTATING]
    if retractions and reinstated and _latest(reinstated) > _latest(retractions):
        retractions = []
    if retractions:
        return Status(VerifyVerdict.RETRACTED, tuple(retractions), _say("retracted", retractions))
    concerns = [u for u in unique if u.type in CONCERN]
    if concerns:
        return Status(VerifyVerdict.CONCERN, tuple(concerns), _say("under concern", concerns))
    corrections = [u for u in unique if u.type in CORRECTING]
    if corrections:
        return Status(VerifyVerdict.CORRECTED, tuple(corrections), _say("corrected", corrections))
    return Status(VerifyVerdict.CURRENT)


def _latest(updates: Sequence[Update]) -> str:
    return max((u.date for u in updates), default="")


def _say(what: str, updates: Sequence[Update]) -> str:
    parts = []
    for u in updates:
        label = u.label or u.type.replace("_", " ")
        bits = [b for b in (u.notice and f"notice {u.notice}", u.date, u.source) if b]
        parts.append(f"{label} ({', '.join(bits)})" if bits else label)
    return f"{what}: " + "; ".join(dict.fromkeys(parts))


def version_of(work: Work) -> tuple[VerifyVerdict, tuple[str, ...]] | None:
    """``preprint_published`` and the published DOIs, when ``work`` is such a preprint."""
    published = tuple(d for d in work.preprint_of if d and d != work.doi)
    if published:
        return VerifyVerdict.PREPRINT_PUBLISHED, published
    return None
