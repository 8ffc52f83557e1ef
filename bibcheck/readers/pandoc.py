"""Reader for Pandoc Markdown footnotes: ``[^label]`` and ``[^label]: text``.

Definitions may span several lines: indented continuation lines (and lazy,
unindented lines directly after the definition) belong to it, as in Pandoc.
Definitions can stand anywhere in the document; they are not body text.
The literature list is a numbered or bulleted list under a References /
Literature / Список литературы heading.
"""

from __future__ import annotations

import re

from bibcheck.model import RawDocument, RawNote
from bibcheck.readers import Reader, register
from bibcheck.readers.common import (
    BlockCollector,
    artifact_anomalies,
    find_artifacts,
    heading_text,
    literature_heading_index,
    read_list,
)

NAME = "pandoc-markdown"
# "\[^1]" is text; a label holds no bracket (so "[^[^[^..." is read in linear time)
MARKER = re.compile(r"(?<!\\)\[\^(?P<label>[^\[\]\s]++)\](?!:)")
DEFINITION = re.compile(r"^\s{0,3}\[\^(?P<label>[^\]\s]+)\]:\s?(?P<text>.*)$")
_FENCE = re.compile(r"^\s*(```|~~~)")


_CODE_SPAN = re.compile(r"`[^`]+`")


def _escape_markers(m: re.Match[str]) -> str:
    """In inline code, ``[^1]`` is text: escape it (the escape is removed from the text)."""
    return m.group(0).replace("[^", "\\[^")


def score(text: str) -> float:
    """Fits when the text has ``[^label]:`` definitions."""
    definitions = sum(1 for line in text.splitlines() if DEFINITION.match(line))
    if definitions == 0:
        return 0.0
    return 0.9 if MARKER.search(text) else 0.4


def _definition_end(lines: list[str], start: int) -> int:
    """Index after the last line of the definition starting at ``start``."""
    i = start + 1
    while i < len(lines):
        line = lines[i]
        if DEFINITION.match(line) or heading_text(line) is not None:
            break
        if not line.strip():
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if nxt.startswith(("    ", "\t")) and nxt.strip():
                i += 1
                continue
            break
        if i > start + 1 and not lines[i - 1].strip() and not line.startswith(("    ", "\t")):
            break
        i += 1
    return i


def read(text: str) -> RawDocument:
    lines = text.splitlines()
    artifacts = find_artifacts(lines)
    lit_index = literature_heading_index(lines)
    collector = BlockCollector(MARKER)
    footnotes: list[RawNote] = []
    literature: list[RawNote] = []
    anomalies = []
    title: str | None = None
    in_fence = False
    i = 0
    while i < len(lines):
        line, line_no = lines[i], i + 1
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence or i in artifacts:
            collector.interrupt() if i in artifacts else None
            i += 1
            continue
        m = DEFINITION.match(line)
        if m:
            end = _definition_end(lines, i)
            parts = [m.group("text").strip()]
            numbers = [line_no]
            for j in range(i + 1, end):
                if lines[j].strip():
                    parts.append(lines[j].strip())
                    numbers.append(j + 1)
            footnotes.append(
                RawNote(m.group("label"), "\n".join(parts), line_no, numbers[-1], tuple(numbers))
            )
            collector.interrupt()
            i = end
            continue
        if i == lit_index:
            collector.blank()
            items, notes, end = read_list(lines, i + 1, artifacts)
            literature.extend(items)
            anomalies.extend(notes)
            i = max(end, i + 1)
            continue
        heading = heading_text(line)
        if heading is not None:
            title = title or heading
            collector.heading(line_no, heading)
        elif not line.strip():
            collector.blank()
        else:
            collector.line(line_no, _CODE_SPAN.sub(_escape_markers, line))
        i += 1
    blocks, markers, body_notes = collector.finish()
    anomalies.extend(body_notes)
    anomalies.extend(artifact_anomalies(lines, artifacts))
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(markers),
        footnotes=tuple(footnotes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None if lit_index is None else lit_index + 1,
    )


READER = register(Reader(NAME, (".md", ".markdown", ".txt"), score, read))
