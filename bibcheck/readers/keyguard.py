"""Citation keys that look like number ranges kept whole through the block collector.

:class:`~bibcheck.readers.common.BlockCollector` reads a marker label ``2-4`` or ``2,3``
as several numbered notes (a superscript citing notes 2 to 4).  A citation key is a
name: ``0953-8984-22-26-265006`` (a journal article number written as an org-ref or
BibTeX key) is one key.  :func:`guard` marks such a key so the collector leaves it
whole; :func:`unguard` takes the mark off the markers (and anomalies) it returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, RawMarker
from bibcheck.readers.keyed import Span

__all__ = ["guard", "guard_spans", "unguard", "unguard_anomalies", "unguard_markers"]

_MARK = "\ue003"  # a private-use character no key holds
_RANGE_LIKE = lazy_compile(r"\d[\d\s,;–-]*")


def guard(label: str) -> str:
    """``label`` marked if the collector would read it as several numbers."""
    return label + _MARK if _RANGE_LIKE.fullmatch(label) and not label.isdigit() else label


def unguard(label: str) -> str:
    return label.replace(_MARK, "")


def guard_spans(spans: Sequence[Span]) -> list[Span]:
    """``spans`` with their keys guarded (footnote labels too: ``[fn:1-2]`` is a name)."""
    return [replace(s, labels=tuple(guard(k) for k in s.labels)) for s in spans]


def unguard_markers(markers: Iterable[RawMarker]) -> list[RawMarker]:
    return [replace(m, label=unguard(m.label)) if _MARK in m.label else m for m in markers]


def unguard_anomalies(anomalies: Iterable[Anomaly]) -> list[Anomaly]:
    return [
        replace(a, message=unguard(a.message), footnote=unguard(a.footnote or "") or a.footnote)
        if _MARK in a.message or _MARK in (a.footnote or "")
        else a
        for a in anomalies
    ]
