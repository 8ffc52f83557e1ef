"""Repeat notes: ``Ibid.``, ``op. cit.`` and shortened notes, resolved to the full note.

Chicago notes cite a work in full once and then shortly (``Smith, Book of
Trade, 46.``) or as ``Ibid., 47.`` when the previous note cites the same
work; Russian manuscripts write ``Там же. С. 47.`` and ``Иванов И.И. Указ.
соч. С. 5.``.  Parsed on its own, such a note has no title, URL or year, and
would neither be checked nor linked to the literature list.

:func:`find_repeats` is a pure function over the footnote texts that says,
for each note, which earlier note it repeats (or that it repeats something
it cannot find); :func:`resolve_repeat_notes` applies it to a parsed
document: a resolved note takes the reference of the note it repeats (its
own raw text, lines and cited pages kept) and that note's literature match.
An ``Ibid.`` with nothing before it, or an ``op. cit.`` whose author is in
no earlier note, is a ``repeat-note-unresolved`` anomaly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bibcheck.model import Anomaly, AnomalyCode, Footnote, ParsedDocument, Reference

_IBID = re.compile(r"^\s*(?:ibid(?:em)?|id|там\s+же|тамже)\b\.?,?\s*(?P<locator>.*)$", re.I)
_OP_CIT = re.compile(
    r"^\s*(?P<author>[^,.]{2,60}?(?:\s?[A-ZА-ЯЁ]\.){0,3}),?\s+"
    r"(?:op\.\s?cit|loc\.\s?cit|указ\.\s?соч|цит\.\s?соч)\.?,?\s*(?P<locator>.*)$",
    re.I,
)
_SHORT = re.compile(
    r"^\s*(?P<author>[^,“\"«(]{2,40}(?:,\s(?:and\s)?[^,“\"«(\s]{2,30}){0,3}),\s(?P<title>“[^”]{2,80}[,.]?”|\"[^\"]{2,80}\"|[^,()]{3,80}?)"
    r",?\s(?P<locator>(?:pp?\.\s?)?[\dIVXLCivxlc]+(?:\s?[-–—]\s?\d+)?)\.?\s*$"
)
_LOCATOR = re.compile(r"(?:pp?\.|[сcС]\.|стр\.)?\s?(\d+(?:\s?[-–—]\s?\d+)?)")
_WORD = re.compile(r"[^\W\d_]{3,}")
_UNLINKED = {
    AnomalyCode.LITERATURE_MISSING,
    AnomalyCode.LITERATURE_WEAK_MATCH,
    AnomalyCode.LITERATURE_URL_DIFFERS,
    AnomalyCode.LITERATURE_TITLE_DIFFERS,
    AnomalyCode.LITERATURE_YEAR_DIFFERS,
    AnomalyCode.LITERATURE_PAGES_DIFFER,
}


@dataclass(frozen=True, slots=True)
class Repeat:
    """A note that repeats an earlier one; ``target`` is None when it cannot be found."""

    kind: str  # "ibid", "op-cit", "short"
    target: int | None  # index of the full note repeated
    locator: str | None  # the pages cited this time


def find_repeats(texts: Sequence[str]) -> list[Repeat | None]:
    """For each note text, the earlier note it repeats (None: a full note)."""
    found: list[Repeat | None] = []
    for i, text in enumerate(texts):
        found.append(_repeat(texts, found, i, text.strip()))
    return found


def _repeat(
    texts: Sequence[str], found: Sequence[Repeat | None], i: int, text: str
) -> Repeat | None:
    ibid = _IBID.match(text)
    if ibid:
        target = _origin(found, i - 1) if i > 0 else None
        return Repeat("ibid", target, _locator(ibid.group("locator")))
    op_cit = _OP_CIT.match(text)
    if op_cit:
        target = _by_author(texts, found, i, op_cit.group("author"), ())
        return Repeat("op-cit", target, _locator(op_cit.group("locator")))
    short = _SHORT.match(text)
    if short and not re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|https?://", text):
        words = tuple(w.lower() for w in _WORD.findall(short.group("title")))
        target = _by_author(texts, found, i, short.group("author"), words)
        if target is not None:
            return Repeat("short", target, _locator(short.group("locator")))
    return None


def _origin(found: Sequence[Repeat | None], index: int) -> int | None:
    """The full note behind note ``index`` (following chains of repeats)."""
    rep = found[index]
    if rep is None:
        return index
    return rep.target


def _locator(text: str) -> str | None:
    m = _LOCATOR.search(text)
    return m.group(1) if m else None


def _by_author(
    texts: Sequence[str],
    found: Sequence[Repeat | None],
    i: int,
    author: str,
    title_words: tuple[str, ...],
) -> int | None:
    """The latest earlier full note naming ``author`` (and most of ``title_words``)."""
    surname = max(_WORD.findall(author), key=len, default="").lower()
    if not surname:
        return None
    for j in range(i - 1, -1, -1):
        if found[j] is not None:
            continue
        words = {w.lower() for w in _WORD.findall(texts[j])}
        if surname not in words:
            continue
        if not title_words or sum(w in words for w in title_words) >= 0.6 * len(title_words):
            return j
    return None


def resolve_repeat_notes(doc: ParsedDocument) -> ParsedDocument:
    """``doc`` with every repeat note resolved to the reference of the note it repeats."""
    repeats = find_repeats([fn.reference.raw for fn in doc.footnotes])
    if not any(repeats):
        return doc
    footnotes: list[Footnote] = []
    anomalies = list(doc.anomalies)
    for fn, rep in zip(doc.footnotes, repeats, strict=True):
        if rep is None:
            footnotes.append(fn)
        elif rep.target is None:
            footnotes.append(fn)
            anomalies.append(_unresolved(fn, rep))
        else:
            target = doc.footnotes[rep.target]
            footnotes.append(_resolved(fn, target, rep))
            anomalies = [a for a in anomalies if not _linking_note(a, fn.label)]
    return replace(doc, footnotes=tuple(footnotes), anomalies=tuple(anomalies))


def _linking_note(anomaly: Anomaly, label: str) -> bool:
    return anomaly.footnote == label and anomaly.code in _UNLINKED


def _resolved(fn: Footnote, target: Footnote, rep: Repeat) -> Footnote:
    own = fn.reference
    keep = tuple(a for a in own.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    ref: Reference = replace(
        target.reference,
        raw=own.raw,
        line=own.line,
        end_line=own.end_line,
        pages=rep.locator or target.reference.pages,
        anomalies=keep,
    )
    return replace(fn, reference=ref, literature=target.literature)


def _unresolved(fn: Footnote, rep: Repeat) -> Anomaly:
    what = (
        "“Ibid.” has no earlier note to repeat"
        if rep.kind == "ibid"
        else ("“op. cit.” names an author found in no earlier note")
    )
    return Anomaly(
        AnomalyCode.REPEAT_NOTE_UNRESOLVED,
        f"footnote {fn.label}: {what}; the work it cites is unknown",
        fn.line,
        footnote=fn.label,
    )
