"""A LaTeX note's italic runs, marked as Markdown marks them (``*Title*``).

The note's text is read without its markup; where it set words in italics
(``\\emph``, ``\\textit``, ``\\textsl``) is where a legal or humanities note names the
work it cites (``\\textit{Title}, Network (July 8, 2015) ("quoted words")``).  The
reference parsers read such a run as ``*Title*``: the runs the converter recorded (offsets
into the note's text) are marked so, the outermost only, spaces moved outside the marks,
empty runs dropped, and the text's spaces then collapsed as the note's are.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["ITALIC_COMMANDS", "marked_italics"]

ITALIC_COMMANDS = frozenset({"emph", "textit", "textsl"})


def _outermost(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another, in order, empty ones dropped."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if end <= start:
            continue
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def marked_italics(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each outermost span of ``spans`` marked ``*…*`` (a span holding
    only spaces or a mark of its own left unmarked), its spaces collapsed."""
    parts: list[str] = []
    last = 0
    for start, end in _outermost(spans):
        if start < last or end > len(text):
            continue
        run = text[start:end]
        inner = run.strip()
        parts.append(text[last:start])
        if not inner or "*" in inner:
            parts.append(run)
        else:
            lead = run[: len(run) - len(run.lstrip())]
            tail = run[len(run.rstrip()) :]
            parts.append(f"{lead}*{inner}*{tail}")
        last = end
    parts.append(text[last:])
    return " ".join("".join(parts).split())
