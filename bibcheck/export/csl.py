"""``bibcheck export csl-json``: the distinct works as CSL-JSON (Zotero, Pandoc, citeproc).

The same works and keys as the BibTeX export (:mod:`bibcheck.export.works`);
each item follows the CSL-JSON input schema (``csl-data.json``, checked in the
tests): persons as ``family``/``given``, organisations as ``literal``, dates
as ``date-parts`` (a year written ``202-`` as ``literal``), the access date
(else the date the link was last seen alive) as ``accessed`` and an archived
copy in ``note``.  Plain Unicode text, no LaTeX.  Deterministic: items sorted
by id, keys sorted, UTF-8.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from bibcheck.export.works import (
    Work,
    corporate,
    export_kind,
    load_works,
    split_name,
    thesis_label,
)
from bibcheck.model import RefKind
from bibcheck.store.base import Store
from bibcheck.text import strip_controls

__all__ = ["csl_item", "export_csl_json", "works_to_csl"]

_TYPES = {
    RefKind.WEB: "webpage",
    RefKind.BOOK: "book",
    RefKind.ARTICLE: "article-journal",
    RefKind.CHAPTER: "chapter",
    RefKind.PATENT: "patent",
    RefKind.REPORT: "report",
    RefKind.THESIS: "thesis",
    RefKind.UNKNOWN: "document",
}


def _name(name: str) -> dict[str, str]:
    if corporate(name):
        return {"literal": name}
    family, given = split_name(name)
    return {"family": family, "given": given} if given else {"family": family}


def _date(day: date) -> dict[str, Any]:
    return {"date-parts": [[day.year, day.month, day.day]]}


def _type(work: Work) -> str:
    return _TYPES[export_kind(work.reference)]


def csl_item(work: Work) -> dict[str, Any]:
    """One CSL-JSON item."""
    ref = work.reference
    item: dict[str, Any] = {"id": work.key, "type": _type(work)}
    optional: dict[str, Any] = {
        # (an edited volume's editors are its names: ``editor`` only, as CSL substitutes)
        "author": [] if ref.editors == ref.authors else [_name(a) for a in ref.authors],
        "editor": [_name(e) for e in ref.editors],
        "title": ref.title,
        "container-title": ref.host,
        "collection-title": ref.series,
        "edition": ref.edition,
        "publisher": ref.publisher,
        "publisher-place": ref.place,
        "volume": ref.volume,
        "issue": ref.issue if ref.issue != ref.number else None,
        "number": ref.number,
        "page": ref.pages,
        "number-of-pages": ref.page_count,
        "DOI": ref.doi,
        "ISBN": ref.isbn,
        "PMID": ref.pmid,
        "PMCID": ref.pmcid,
        "URL": ref.url,
        "language": ref.language,
    }
    if ref.kind is RefKind.THESIS:
        # CSL's convention: the university is the thesis's "publisher", its degree the genre
        optional["publisher"] = ref.institution or ref.publisher
        optional["genre"] = thesis_label(ref)
    if ref.year:
        optional["issued"] = {"date-parts": [[ref.year]]}
    elif ref.year_raw:
        optional["issued"] = {"literal": ref.year_raw}
    if ref.url and work.urldate:
        optional["accessed"] = _date(work.urldate)
    if work.snapshot:
        when = f" ({work.snapshot.taken.isoformat()})" if work.snapshot.taken else ""
        optional["note"] = f"Archived copy: {work.snapshot.url}{when}"
    item.update({k: v for k, v in optional.items() if v})
    return {k: _clean(v) for k, v in item.items()}


def _clean(value: Any) -> Any:
    """Every string without control characters, terminal escapes or bidi overrides."""
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def works_to_csl(works: Iterable[Work]) -> str:
    """The CSL-JSON text (an array) for ``works``."""
    items = [csl_item(w) for w in sorted(works, key=lambda w: w.key)]
    return json.dumps(items, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export_csl_json(db: Store) -> str:
    """Every distinct work cited by the stored documents as CSL-JSON."""
    return works_to_csl(load_works(db))
