"""Reader for Markdown converted from PDF with ``<sup>N</sup>`` footnotes.

The flavour of the sample manuscript: markers are ``<sup>N</sup>`` in the
body; each page's footnotes follow a ``---`` rule as lines starting with
``<sup>N</sup>``; a ``## Literature`` (or References, Bibliography, Список
литературы) numbered list ends the book.

Page breaks make this messy, and the reader keeps everything it repairs:

* a definition whose text continues in the next page's footnote block (a
  definition ending in ``URL:`` with the URL as the first line of the next
  block) is joined, with a ``definition-continued`` anomaly;
* body text interrupted by a footnote block is joined to its continuation;
* a footnote block ends where body text resumes without a new ``---``.
"""

from __future__ import annotations

import re

from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawNote
from bibcheck.readers import Reader, register
from bibcheck.readers.common import (
    RULE,
    BlockCollector,
    Joined,
    artifact_anomalies,
    expand_labels,
    find_artifacts,
    heading_text,
    literature_heading_index,
    looks_like_url_line,
    read_list,
)

NAME = "sup-markdown"
# "<sup>3</sup>", and lists or ranges citing several notes: "<sup>2,3</sup>", "<sup>4-5</sup>"
MARKER = re.compile(r"<sup>\s*(?P<label>\d{1,5}(?:\s*[,–-]\s*\d{1,5})*)\s*</sup>")
DEFINITION = re.compile(r"^\s*<sup>\s*(?P<label>\d{1,5})\s*</sup>\s*(?P<text>.*)$")


_URL_LABEL_END = re.compile(r"URL\s?:\s*$", re.I)
_UNIT_POWER = re.compile(r"\b((?:k|c|m|d)?m|ft|in|sq\.?\s?m)<sup>\s*([23])\s*</sup>")


def _power(m: re.Match[str]) -> str:
    return m.group(1) + ("²" if m.group(2) == "2" else "³")


def _stray_definition(m: re.Match[str], seen: set[str], notes: _Notes) -> bool:
    """A definition line outside a footnote block (no ``---`` before it).

    Taken as a definition when its marker already stood in the body, it is
    not yet defined, and a space separates it from the text (a paragraph
    that merely starts with a glued marker, ``<sup>10</sup>At``, is body).
    """
    label = m.group("label")
    spaced = m.group(0)[m.end("label") :].lstrip().startswith("</sup>") and (
        m.group("text") == "" or m.string[m.start("text") - 1].isspace()
    )
    return spaced and label in seen and label not in notes.labels()


def score(text: str) -> float:
    """Fits when the text has ``<sup>N</sup>`` markers and definition lines."""
    markers = len(MARKER.findall(text))
    if markers == 0:
        # No notes at all, but a literature list: still a manuscript to check.
        return 0.1 if literature_heading_index(text.splitlines()) is not None else 0.0
    definitions = sum(1 for line in text.splitlines() if DEFINITION.match(line))
    return 0.9 if definitions else 0.3


def _continues_definition(definition: Joined, line: str) -> bool:
    """Is ``line`` the rest of an unfinished ``definition`` rather than body text?

    A URL line always is.  After ``URL:`` only a URL can follow; otherwise a
    short line starting in lower case or with a digit ("2023. - URL: ...")
    continues a definition that visibly stops mid-way.
    """
    if looks_like_url_line(line):
        return True
    if _URL_LABEL_END.search(definition.last) or not definition.incomplete():
        return False
    first = line.strip()[:1]
    return len(line) <= 150 and (first.islower() or first.isdigit())


class _Notes:
    """Footnote definitions being collected across footnote blocks."""

    def __init__(self) -> None:
        self.items: list[tuple[str, Joined, list[int]]] = []
        self.anomalies: list[Anomaly] = []
        self._labels: set[str] = set()

    def start(self, label: str, text: str, line_no: int) -> None:
        parts = Joined()
        parts.add(text.strip())
        self.items.append((label, parts, [line_no]))
        self._labels.add(label)

    def extend(self, text: str, line_no: int, across_blocks: bool) -> bool:
        """Attach a continuation line to the last definition, if it can take one."""
        if not self.items:
            return False
        label, parts, lines = self.items[-1]
        if not _continues_definition(parts, text):
            return False
        parts.add(text.strip())
        lines.append(line_no)
        if across_blocks:
            self.anomalies.append(
                Anomaly(
                    AnomalyCode.DEFINITION_CONTINUED,
                    f"footnote {label} continues on line {line_no}, in a later footnote block",
                    line_no,
                    footnote=label,
                )
            )
        return True

    def labels(self) -> set[str]:
        return self._labels

    def notes(self) -> list[RawNote]:
        return [
            RawNote(label, parts.text("\n"), lines[0], lines[-1], tuple(lines))
            for label, parts, lines in self.items
        ]


def read(text: str) -> RawDocument:
    lines = text.splitlines()
    artifacts = find_artifacts(lines)
    lit_index = literature_heading_index(lines)
    body_end = lit_index if lit_index is not None else len(lines)
    collector = BlockCollector(MARKER)
    notes = _Notes()
    in_notes = False  # inside a footnote block (after a rule)
    block_fresh = False  # no definition seen yet in this footnote block
    title: str | None = None
    seen: set[str] = set()  # marker labels met in the body so far
    for i in range(body_end):
        line, line_no = lines[i], i + 1
        if i in artifacts:
            collector.interrupt()
            continue
        if RULE.match(line):
            in_notes, block_fresh = True, True
            collector.interrupt()
            continue
        if not line.strip():
            if not in_notes:
                collector.blank()
            continue
        heading = heading_text(line)
        if heading is not None:
            in_notes = False
            title = title or heading
            collector.heading(line_no, heading)
            continue
        m = DEFINITION.match(line)
        if m and (in_notes or _stray_definition(m, seen, notes)):
            notes.start(m.group("label"), m.group("text"), line_no)
            in_notes, block_fresh = True, False
            continue
        if in_notes:
            if notes.extend(line, line_no, across_blocks=block_fresh):
                continue
            in_notes = False
        line = _UNIT_POWER.sub(_power, line)  # "km<sup>2</sup>" is an area, not note 2
        seen.update(x for m in MARKER.finditer(line) for x in expand_labels(m.group("label")))
        collector.line(line_no, line)
    blocks, markers, anomalies = collector.finish()
    literature: list[RawNote] = []
    if lit_index is not None:
        literature, lit_anomalies, _ = read_list(lines, lit_index + 1, artifacts)
        anomalies.extend(lit_anomalies)
    anomalies.extend(notes.anomalies)
    anomalies.extend(artifact_anomalies(lines, artifacts))
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(notes.notes()),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None if lit_index is None else lit_index + 1,
    )


READER = register(Reader(NAME, (".md", ".markdown", ".txt"), score, read))
