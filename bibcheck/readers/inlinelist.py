"""A reference list written as one paragraph, its entries parted by semicolons.

A short essay in plain text or Markdown may end with its list run into one paragraph::

    References: Axelrod, R. (1984). The Evolution of Cooperation. Basic Books; Hamilton,
    W. D. (1964). The genetical evolution of social behaviour. J. Theor. Biol. 7, 1-16;
    Nowak, M. A. (2005). Evolution of indirect reciprocity. Nature 437, 1291-1298.

(``Literatur:``, ``Bibliographie :``, ``Bibliografía:`` alike: any heading the readers know
as a literature heading, then a colon).  :func:`inline_list` finds such a paragraph when it
ends the text and every part between semicolons (outside brackets) is shaped like an entry
(:func:`bibcheck.readers.shapedlist.entry_like`), at least :data:`MIN_PARTS` of them; the
text is then read with the heading on a line of its own and each entry on a line of its
own after it (:attr:`InlineList.text`), and :func:`source_lines` maps the lines of that
text back to the paragraph's own (an entry is on the line its text starts on).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, RawDocument, RawNote
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.shapedlist import entry_like

__all__ = ["MIN_PARTS", "InlineList", "inline_list", "source_lines"]

MIN_PARTS = 2
_HEAD = lazy_compile(
    r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?P<head>[^\W\d_][^\n:]{0,40}?)\s?:(?:\*\*|__)?\s+"
)
_MAX_CHARS = 20000


@dataclass(frozen=True, slots=True)
class InlineList:
    text: str  # the text with the paragraph written as a heading and one entry a line
    first: int  # 0-based index of the paragraph's first line in the original text
    origin: tuple[int, ...]  # for each line of ``text`` from ``first`` on: its source index


def inline_list(text: str) -> InlineList | None:
    """The text's last paragraph read as a heading and entries parted by ``;`` (see the
    module doc), or None."""
    lines = text.split("\n")
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    first = end
    while first and lines[first - 1].strip():
        first -= 1
    if first == end or not any(line.strip() for line in lines[:first]):
        return None
    paragraph = "\n".join(lines[first:end])
    if len(paragraph) > _MAX_CHARS or ";" not in paragraph:
        return None
    m = _HEAD.match(paragraph)
    if m is None or not is_literature_heading(f"# {m.group('head').strip()}"):
        return None
    parts = _parts(paragraph, m.end())
    if len(parts) < MIN_PARTS or not all(entry_like(" ".join(p.split())) for _, p in parts):
        return None
    written = [m.group("head").strip()]
    origin = [first]
    for at, part in parts:
        written.extend(["", " ".join(part.split())])
        source = first + paragraph.count("\n", 0, at)
        origin.extend([source, source])
    rewritten = "\n".join([*lines[:first], *written, *lines[end:]])
    origin.extend(range(end, len(lines)))
    return InlineList(rewritten, first, tuple(origin))


def _parts(paragraph: str, start: int) -> list[tuple[int, str]]:
    """The parts of ``paragraph[start:]`` between semicolons outside brackets, with the
    offset each starts at."""
    parts: list[tuple[int, str]] = []
    depth = 0
    begin = start
    for i in range(start, len(paragraph)):
        char = paragraph[i]
        if char in "([":
            depth += 1
        elif char in ")]" and depth:
            depth -= 1
        elif char == ";" and not depth:
            parts.append((begin, paragraph[begin:i]))
            begin = i + 1
    parts.append((begin, paragraph[begin:]))
    found = []
    for at, part in parts:
        lead = len(part) - len(part.lstrip())
        if part.strip():
            found.append((at + lead, part.strip()))
    return found


def source_lines(raw: RawDocument, found: InlineList) -> RawDocument:
    """``raw`` (read from ``found.text``) with its lines numbered as in the source."""

    def back(line: int) -> int:
        k = line - 1 - found.first
        if k < 0 or k >= len(found.origin):
            return line
        return found.origin[k] + 1

    def note(n: RawNote) -> RawNote:
        return replace(
            n,
            line=back(n.line),
            end_line=back(n.end_line),
            line_starts=tuple(back(s) for s in n.line_starts),
        )

    def anomaly(a: Anomaly) -> Anomaly:
        return replace(
            a,
            line=None if a.line is None else back(a.line),
            lines=tuple(back(x) for x in a.lines),
        )

    heading = raw.literature_heading_line
    return replace(
        raw,
        footnotes=tuple(note(n) for n in raw.footnotes),
        literature=tuple(note(n) for n in raw.literature),
        anomalies=tuple(anomaly(a) for a in raw.anomalies),
        literature_heading_line=None if heading is None else back(heading),
    )
