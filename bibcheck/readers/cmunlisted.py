"""Citation-manager placeholders a manuscript's list cannot be checked against.

A manuscript sent with its citations never formatted holds the manager's placeholders
(``{Smith, 2001 #123}``, ``{ | Smith, 2001 | | | zu:1:ABC }``: see
:mod:`bibcheck.parse.cmplaceholders`).  Where its reference list is read, each placeholder
whose author and year name one entry cites that entry (:func:`bibcheck.readers.authoryear
.spans`); this module says what is left, never "nothing cited":

- no list read (the manager writes it only when the citations are formatted): an
  ``unread-region`` anomaly (a coverage gap: nothing they cite can be checked), "N
  unformatted citation-manager placeholders; no bibliography to check them against"
  (:func:`unlisted_placeholders`), or, when nothing else in the text is read, the reason
  a text is refused (:func:`placeholder_refusal`);
- a list read, a placeholder naming no entry of it: ``citation-key-missing`` with the
  record's key (:func:`unmatched_placeholders`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from bibcheck.model import Anomaly, AnomalyCode, RawDocument
from bibcheck.parse.cmplaceholders import Manager, PlaceholderCite, placeholders
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.datedunlisted import TYPED_READERS

__all__ = [
    "describe",
    "placeholder_refusal",
    "raw_placeholders",
    "unlisted_placeholders",
    "unmatched_placeholders",
]

_SHOWN = 4  # keys named in a message
_NAMES = {
    Manager.ENDNOTE: "EndNote",
    Manager.ZOTERO: "Zotero",
    Manager.CITAVI: "Citavi",
    Manager.PAPERS: "Papers",
}


def describe(cites: Sequence[PlaceholderCite]) -> str:
    """ "3 unformatted citation-manager placeholders (EndNote 2, Zotero 1: endnote:123,
    endnote:45, zotero:zu:1:ABC)"."""
    count = len(cites)
    managers = Counter(c.manager for c in cites)
    by = ", ".join(f"{_NAMES[m]} {n}" for m, n in managers.items())
    keys = list(dict.fromkeys(c.key for c in cites))
    shown = ", ".join(keys[:_SHOWN]) + (
        f" and {len(keys) - _SHOWN} more" if len(keys) > _SHOWN else ""
    )
    noun = "placeholder" if count == 1 else "placeholders"
    return f"{count} unformatted citation-manager {noun} ({by}: {shown})"


def raw_placeholders(raw: RawDocument) -> list[tuple[int, PlaceholderCite]]:
    """(line, cite) of each placeholder in the body's blocks and the notes' texts."""
    found = [
        (block.line_at(cite.start), cite)
        for block in raw.blocks
        for cite in placeholders(block.text)
    ]
    for note in raw.footnotes:
        found.extend((note.line, cite) for cite in placeholders(note.text))
    return found


def unlisted_placeholders(raw: RawDocument) -> Anomaly | None:
    """``unread-region`` for a typed text holding placeholders with no list read (at the
    first, every line named), else None: what they cite cannot be checked."""
    if raw.reader not in TYPED_READERS or raw.literature or raw.notes_are_the_list:
        return None
    if raw.bibliographies:
        return None
    found = raw_placeholders(raw)
    if not found:
        return None
    lines = ", ".join(str(n) for n in sorted(dict.fromkeys(line for line, _ in found)))
    message = (
        f"{describe([c for _, c in found])}; no bibliography to check them against (line {lines})"
    )
    return Anomaly(AnomalyCode.UNREAD_REGION, message, min(line for line, _ in found))


def unmatched_placeholders(raw: RawDocument) -> list[Anomaly]:
    """``citation-key-missing`` for each body placeholder whose author and year name no
    entry of the list read (the list is there, the work is not in it)."""
    if raw.reader not in TYPED_READERS or not raw.literature:
        return []
    index = author_years((e.label, e.text) for e in raw.literature)
    return [
        Anomaly(
            AnomalyCode.CITATION_KEY_MISSING,
            f"{cite.key} ({_shown(cite)}) names no entry of the reference list",
            line,
        )
        for line, cite in _unmatched(raw, index)
    ]


def _unmatched(
    raw: RawDocument, index: dict[tuple[str, str], str]
) -> Iterator[tuple[int, PlaceholderCite]]:
    for block in raw.blocks:
        cites = placeholders(block.text)
        if not cites:
            continue
        read = {(start, end) for start, end, _ in spans(block.text, index)}
        for cite in cites:
            if (cite.start, cite.end) not in read:
                yield block.line_at(cite.start), cite


def _shown(cite: PlaceholderCite) -> str:
    return ", ".join(part for part in (cite.author, cite.year) if part) or "no author or year"


def placeholder_refusal(text: str) -> str | None:
    """Why a text no reader reads is refused when it holds placeholders (never "cites
    nothing"), or None."""
    found = list(_text_placeholders(text.split("\n")))
    if not found:
        return None
    return f"{describe(found)}, but no bibliography to check them against"


def _text_placeholders(lines: Iterable[str]) -> Iterator[PlaceholderCite]:
    for line in lines:
        yield from placeholders(line)
