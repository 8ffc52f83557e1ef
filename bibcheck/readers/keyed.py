"""Shared by the readers that cite by key (Pandoc, Org, AsciiDoc): markers as tokens.

A reader finds its markers and citations on a line (on masked text, so code and
math are never read) as :class:`Span` s; :func:`transform` replaces each by tokens
that :class:`~bibcheck.readers.common.BlockCollector` reads with :data:`TOKEN`, and
records the source column of each.  An in-text citation ("@smith2020 argues ...")
leaves the author's name in the text and supports the sentence it stands in.
:func:`resolve` turns the keys cited into notes and the literature list, and the keys
with no entry into ``citation-key-missing`` anomalies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bibcheck.model import Anomaly, AnomalyCode, RawMarker, RawNote
from bibcheck.readers.bibsource import Bibliography

__all__ = ["TOKEN", "Cites", "Span", "author_names", "resolve", "transform"]

TOKEN = re.compile("\ue000(?P<label>[^\ue001\ue002]+)\ue002(?P<id>\\d+)\ue001")
_SENTENCE_END = re.compile(
    r"(?<!\bal)(?<!\bpp)(?<!\bp)(?<!\be\.g)(?<!\bi\.e)(?<!\bcf)[.!?](?=[\s\"”»)]|$)"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A marker or citation at ``start:end`` of a line, citing ``labels``."""

    start: int
    end: int
    labels: tuple[str, ...]
    cite: bool = True  # a citation (keys), not a footnote marker
    in_text: bool = False  # "@key says": the marker goes to the end of the sentence
    name: str = ""  # what stands in the text for an in-text citation


def _token(label: str, ident: int) -> str:
    return f"\ue000{label}\ue002{ident}\ue001"


def transform(
    line: str,
    spans: Sequence[Span],
    line_no: int,
    colmap: dict[tuple[int, int], int],
    tidy: Callable[[str], str] | None = None,
) -> str:
    """``line`` with each span replaced by tokens the collector reads.

    ``colmap`` receives (line, column of the token) -> source column.  ``tidy``
    rewrites the result (links to their visible text ...) before columns are taken.
    """
    columns: dict[int, int] = {}
    counter = 0
    out: list[str] = []
    pending: list[tuple[int, str]] = []  # (position in output, tokens) for in-text cites
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            continue  # overlapping spans: the first wins
        out.append(line[pos : span.start])
        tokens = []
        for label in span.labels:
            counter += 1
            columns[counter] = span.start + 1
            tokens.append(_token(label, counter))
        if span.in_text:
            out.append(span.name)
            pending.append((sum(len(p) for p in out), "".join(tokens)))
        else:
            out.append("".join(tokens))
        pos = span.end
    out.append(line[pos:])
    text = "".join(out)
    for at, joined in reversed(pending):
        end = _SENTENCE_END.search(text, at)
        where = end.start() if end else len(text.rstrip())
        text = text[:where] + joined + text[where:]
    if tidy is not None:
        text = tidy(text)
    for m in TOKEN.finditer(text):
        colmap[(line_no, m.start() + 1)] = columns[int(m.group("id"))]
    return text


@dataclass(slots=True)
class Cites:
    """Citation keys met so far, with the line and source text of the first citation."""

    first: dict[str, tuple[int, str]] = field(default_factory=dict)

    def add(self, key: str, line: int, source: str) -> None:
        self.first.setdefault(key, (line, source))


def author_names(bib: Bibliography) -> dict[str, str]:
    """Key -> the first author's surname ("Smith et al."), for in-text citations."""
    names = {}
    for key, note in bib.entries.items():
        ref = note.reference
        if ref is not None and ref.authors:
            first = ref.authors[0].split(",")[0].strip()
            names[key] = first + (" et al." if len(ref.authors) > 2 else "")
    return names


def resolve(
    bib: Bibliography,
    cites: Cites,
    footnote_labels: set[str],
    markers: Sequence[RawMarker],
    *,
    nocite: Sequence[str] = (),
    how_to_name: str = "--bibliography FILE",
) -> tuple[list[RawNote], list[RawNote], list[Anomaly]]:
    """Notes for the keys cited in the body, the cited entries, and the keys with no entry.

    A note is labelled with its key and its reference is the entry, at the first
    citation's line.  The literature list is the cited entries in order of first
    citation (every entry with ``nocite`` ``*``).  A document that cites keys but names
    no bibliography gets one ``bibliography-unreadable`` anomaly besides the per-key
    ``citation-key-missing`` ones; ``how_to_name`` says how to name one.
    """
    body_keys = {m.label for m in markers if m.label not in footnote_labels}
    notes: list[RawNote] = []
    missing: list[Anomaly] = []
    for key, (line, source) in cites.first.items():
        if key in bib.entries:
            note = bib.cited_note(key, line, source)
            if key in body_keys and note is not None:
                notes.append(note)
            continue
        if key in footnote_labels:
            continue
        missing.append(
            Anomaly(
                AnomalyCode.CITATION_KEY_MISSING,
                f"citation key {key!r} has no entry in the bibliography"
                if bib.sources
                else f"citation key {key!r} cannot be resolved: the document names no bibliography",
                line,
                footnote=key,
            )
        )
    if missing and not bib.sources:
        missing.insert(
            0,
            Anomaly(
                AnomalyCode.BIBLIOGRAPHY_UNREADABLE,
                f"{len(missing)} citation keys are cited but no bibliography is named "
                f"({how_to_name}): none of these citations could be checked",
                missing[0].line,
            ),
        )
    if "*" in nocite:
        keys = list(bib.entries)
    else:
        keys = [k for k in cites.first if k in bib.entries]
        keys += [k for k in nocite if k in bib.entries and k not in keys]
    return notes, [bib.entries[k] for k in keys], missing
