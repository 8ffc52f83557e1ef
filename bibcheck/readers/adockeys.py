"""AsciiDoc cross references whose target is nowhere, shaped like citation keys.

A ``<<id>>`` or ``xref:id[]`` to no section, anchor or bibliography entry of the
document is a broken cross reference, or a citation whose entry is missing.  Besides
the bibliography's own key shapes (:func:`bibcheck.readers.asciidoc.key_like`), ids are
shaped like reference keys in general when they are

* author-year keys: ``smith2020``, ``vanDijk_2019a``, ``Lee:2018``;
* designations of standards and reports, letters then a number: ``RFC3339``,
  ``ISO19115``, ``OGC17-069r3``, ``NIST800-86``;
* acronyms of three or more capitals a bibliography entry is named by: ``SDWBP``,
  ``DCAT``, ``GDPR``.

A document with no bibliography whose cross references point at such ids cites works
whose entries are not in it (a book's bibliography in a file not read): that is said
once, as an ``unread-region`` anomaly, never passed over.
"""

from __future__ import annotations

from collections.abc import Mapping

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

_AUTHOR_YEAR = lazy_compile(r"[A-Za-z][A-Za-z'-]{0,40}[-_:]?(?:1[5-9]|20)\d\d[a-z]?")
_DESIGNATION = lazy_compile(
    r"[A-Z]{2,8}[A-Za-z]{0,8}[-_.]?\d{1,6}(?:[-_.:]\d{1,6}){0,3}[a-z]?\d{0,3}"
)
_ACRONYM = lazy_compile(r"[A-Z][A-Z0-9]{2,11}")


def reference_key(key: str) -> bool:
    """Is ``key`` shaped like a citation key of some bibliography (author-year, a
    standard's designation, an acronym)?"""
    return any(p.fullmatch(key) for p in (_AUTHOR_YEAR, _DESIGNATION, _ACRONYM))


_SHOWN = 5  # keys named in the anomaly


def unread_bibliography(unknown: Mapping[str, int]) -> list[Anomaly]:
    """One ``unread-region`` anomaly for the cross references of a document with no
    bibliography whose ids (``unknown``: id -> first line) are shaped like citation keys;
    none when there are none."""
    keys = [k for k in unknown if reference_key(k)]
    if not keys:
        return []
    lines = tuple(sorted(unknown[k] for k in keys))
    named = ", ".join(f"<<{k}>>" for k in keys[:_SHOWN])
    more = f" and {len(keys) - _SHOWN} more" if len(keys) > _SHOWN else ""
    many = len(keys) != 1
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(keys)} cross reference{'s' if many else ''} ({named}{more}) "
            f"point{'' if many else 's'} at no section, anchor or bibliography entry of the "
            "document and look like citation keys; the document has no bibliography "
            "([bibliography] list of * [[[id]]] entries) that was read, so these works "
            "are not checked",
            lines[0],
            lines=lines,
        )
    ]
