"""Reader for plain text with numeric citations: ``[1]``, ``[2-4]``, ``[3, 5]``.

Common in sciences and engineering (IEEE, Vancouver): the body cites works
by their number in a numbered reference list at the end, under a References
/ Literature / Список литературы line, items written ``[1] ...``, ``1. ...``
or ``1) ...`` (continuation lines belong to the item above).

Each cited number becomes a "footnote" labelled with the number whose text
is the list item, so claims, numbering checks (a number cited but not in the
list is a marker without definition), URL checks and linking work as for
real footnotes; the list itself is the literature list (an item nobody cites
is ``literature-uncited``).  A range ``[2-4]`` puts one marker for each of 2,
3 and 4 at the same place.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawMarker, RawNote
from bibcheck.readers import Reader, register
from bibcheck.readers.common import BlockCollector, is_literature_heading
from bibcheck.readers.pdftext import artifact_anomalies, page_artifacts

NAME = "plain-text"
# A cited page after the number: "[1, с. 45]", "[2, p. 7]", "[3, pp. 5-9; 4, S. 2]".
_PAGE = r"(?:,\s*(?:[сcСC]|[pP]{1,2}|S|стр|рр)\.\s*[\dIVXLCivxlc]+(?:\s*[-–—]\s*\d+)?)"
MARKER = re.compile(rf"\[(?P<label>\d{{1,4}}{_PAGE}?(?:\s*[-–—,;]\s*\d{{1,4}}{_PAGE}?)*)\]")
_PAGES = re.compile(_PAGE)
# IEEE writes a range of references as "[3]–[5]".
_IEEE_RANGE = re.compile(r"\[(\d{1,4})\]\s?[-–—]\s?\[(\d{1,4})\]")
ITEM = re.compile(r"^\s{0,3}(?:\[(?P<a>\d{1,4})\]|(?P<b>\d{1,4})[.)])\s+(?P<text>\S.*)$")
_MAX_RANGE = 200
_MD_LINK = re.compile(r"\]\(https?://")


def _heading_index(lines: list[str]) -> int | None:
    found = None
    for i, line in enumerate(lines):
        text = line.strip().lstrip("#").strip()
        if text and len(text) < 60 and is_literature_heading(f"# {text}"):
            found = i
    return found


def score(text: str) -> float:
    """Fits a numbered reference list under a heading, cited with ``[n]`` in the body."""
    lines = text.splitlines()
    at = _heading_index(lines)
    if at is None or not any(ITEM.match(line) for line in lines[at + 1 :]):
        return 0.0
    if not any(MARKER.search(line) for line in lines[:at]):
        return 0.0
    if "<sup>" in text or any(_MD_LINK.search(line) for line in lines[at + 1 :]):
        return 0.3  # Markdown that cites its list: sup-markdown or markdown-links read it
    return 0.6


def expand(label: str) -> list[str]:
    """``"2-4"`` -> 2, 3, 4; ``"3, 5"`` -> 3, 5 (absurd ranges are kept as their ends)."""
    numbers: list[str] = []
    label = _PAGES.sub("", label)
    for part in re.split(r"[,;]", label):
        ends = [e.strip() for e in re.split(r"[-–—]", part.strip())]
        if len(ends) == 2 and 0 < int(ends[1]) - int(ends[0]) <= _MAX_RANGE:
            numbers.extend(str(n) for n in range(int(ends[0]), int(ends[1]) + 1))
        else:
            numbers.extend(e for e in ends if e)
    return numbers


def _items(
    lines: list[str], start: int, artifacts: Collection[int] = ()
) -> tuple[list[RawNote], list[Anomaly]]:
    items: list[tuple[str, list[str], list[int]]] = []
    blank = False
    for i in range(start, len(lines)):
        if i in artifacts:
            continue  # a running head or page number where the list crosses a page
        line = lines[i]
        m = ITEM.match(line)
        if m:
            items.append((m.group("a") or m.group("b"), [m.group("text").strip()], [i + 1]))
        elif not line.strip():
            blank = True
            continue
        elif items and (not blank or line.startswith((" ", "\t"))):
            items[-1][1].append(line.strip())
            items[-1][2].append(i + 1)
        elif items:
            break
        blank = False
    notes = [RawNote(lb, "\n".join(ps), ls[0], ls[-1], tuple(ls)) for lb, ps, ls in items]
    return notes, _numbering(notes)


def _numbering(notes: list[RawNote]) -> list[Anomaly]:
    found: list[Anomaly] = []
    seen: set[str] = set()
    for expected, note in enumerate(notes, start=1):
        if note.label in seen:
            code, msg = AnomalyCode.LITERATURE_DUPLICATE_NUMBER, f"number {note.label} used twice"
        elif note.label != str(expected):
            code, msg = (
                AnomalyCode.LITERATURE_NUMBERING,
                (f"literature entry numbered {note.label} where {expected} was expected"),
            )
        else:
            seen.add(note.label)
            continue
        seen.add(note.label)
        found.append(Anomaly(code, msg, note.line, literature_entry=int(note.label)))
    return found


def read(text: str) -> RawDocument:
    # Text converted from PDF has form feeds, running heads and page numbers: they are
    # skipped (lines are counted at newlines only, as an editor counts them).
    lines, artifacts = page_artifacts(text)
    at = _heading_index(lines)
    body_end = len(lines) if at is None else at
    collector = BlockCollector(MARKER)
    for i in range(body_end):
        if i in artifacts:
            collector.interrupt()
        elif lines[i].strip():
            collector.line(i + 1, _IEEE_RANGE.sub(r"[\1–\2]", lines[i]))
        else:
            collector.blank()
    blocks, raw_markers, anomalies = collector.finish()
    markers = [
        RawMarker(n, m.line, m.column, m.block, m.offset)
        for m in raw_markers
        for n in expand(m.label)
    ]
    literature, lit_anomalies = _items(lines, at + 1, artifacts) if at is not None else ([], [])
    entries = {note.label: note for note in literature}
    first: dict[str, int] = {}
    for m in markers:
        first.setdefault(m.label, m.line)
    footnotes = [
        RawNote(
            label,
            entries[label].text,
            line,
            line,
            tuple(line for _ in entries[label].text.split("\n")),
        )
        for label, line in first.items()
        if label in entries
    ]
    title = next(
        (
            line.strip()
            for i, line in enumerate(lines[:body_end])
            if line.strip() and i not in artifacts
        ),
        None,
    )
    return RawDocument(
        reader=NAME,
        title=title if title and len(title) < 120 and not MARKER.search(title) else None,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        literature=tuple(literature),
        anomalies=tuple([*anomalies, *lit_anomalies, *artifact_anomalies(lines, artifacts)]),
        literature_heading_line=None if at is None else at + 1,
        markers_reusable=True,
    )


READER = register(Reader(NAME, (".txt", ".text"), score, read, detect_styles=True))
