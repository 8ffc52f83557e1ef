"""Markdown notes numbered by hand in Pandoc's superscript: ``text.^1^`` and a list of notes.

A writer who does not use ``[^1]`` footnotes types each note's number as Pandoc
superscript after the words it belongs to -- ``^1^``, ``^[2]^``, ``^(3)^``, ``^2,3^``,
``^4-6^`` -- and the notes as a numbered list under a title (``## Notes``,
``## Referencias``, ``## Anmerkungen``), its items opening ``1.``, ``[1]`` or ``^1^``::

    The sea surface has warmed.^1^ The trend is clearest in the Atlantic.^[2]^

    ## Notes

    1. Smith, J. Atlantic warming trends. Journal of Climate 32 (2019).
    ^2^ https://www.example.org/reports/sst-2019.html

The marker grammar is the AsciiDoc one (:func:`bibcheck.readers.adochandnotes.line_marks`:
no superscript after a digit, a unit or a one-letter symbol: ``10^3^``, ``km^2^``, ``x^2^``;
``^th^`` and Pandoc's inline notes ``^[text]`` are no numbers).  :func:`rewrite` writes
the markers as the superscript reader reads them, line for line (line numbers stay):
``^1^`` -> ``<sup>1</sup>``, ``^[2]^`` -> ``<sup>[2]</sup>``, and a note line ``^1^ text``
-> ``<sup>1</sup> text``.  It rewrites only a document that numbers notes so (two markers
or more, the first calling note 1: a squared word alone, ``area^2^``, is no note), never
inside code.  :func:`caret_anomaly` says so when a reader that does not read them meets them.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.adochandnotes import line_marks

__all__ = ["caret_anomaly", "caret_marks", "rewrite"]

_FENCE = lazy_compile(r"^\s{0,3}(?:```|~~~)")
_CODE_SPAN = lazy_compile(r"(`+).+?\1")
# a note's first line: "^1^ text" (a list of notes written with the markers' numbers)
_NOTE_LINE = lazy_compile(r"^(?P<indent>\s{0,3})\^(?P<n>\d{1,3})\^(?=\s+\S)")

Mark = tuple[int, int, int, tuple[str, ...]]  # line index, start, end, note numbers


def _prose(lines: Sequence[str]) -> list[int]:
    """Indices of the lines outside front matter and fenced code (the front matter's
    authors, ``- Anna Berg^1,2^``, are numbered by their addresses: no notes)."""
    found, fenced = [], False
    for i, line in enumerate(lines[_front_matter_end(lines) :], _front_matter_end(lines)):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced and not line.startswith(("    ", "\t")):
            found.append(i)
    return found


def _front_matter_end(lines: Sequence[str]) -> int:
    """Index of the first line after YAML front matter (``---`` … ``---``/``...``), else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    return next((k + 1 for k in range(1, len(lines)) if lines[k].strip() in ("---", "...")), 0)


def _line_marks(line: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """The superscript note numbers of ``line`` outside its code spans."""
    if "^" not in line:
        return []
    code = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)]
    return [
        (start, end, numbers)
        for start, end, numbers in line_marks(line)
        if not any(a <= start < b for a, b in code)
    ]


def caret_marks(lines: Sequence[str]) -> list[Mark]:
    """The ``^n^`` note markers of a document that numbers its notes so (two or more,
    the first calling note 1), else none."""
    found = [(i, *mark) for i in _prose(lines) for mark in _line_marks(lines[i])]
    if len(found) < 2 or found[0][3][:1] != ("1",):
        return []
    return found


def _sup(written: str) -> str:
    """``^1^`` -> ``<sup>1</sup>``, ``^[2]^`` -> ``<sup>[2]</sup>``, ``^(3)^`` -> ``<sup>3</sup>``
    (a parenthesis is no part of the number)."""
    inner = written[1:-1]
    if inner.startswith("("):
        inner = inner[1:-1]
    return f"<sup>{inner}</sup>"


def rewrite(lines: Sequence[str]) -> list[str]:
    """``lines`` with their ``^n^`` note markers and ``^n^`` note lines written as
    ``<sup>n</sup>``; the same lines when the document numbers no notes so."""
    marks = caret_marks(lines)
    if not marks:
        return list(lines)
    out = list(lines)
    by_line: dict[int, list[Mark]] = {}
    for mark in marks:
        by_line.setdefault(mark[0], []).append(mark)
    for i, found in by_line.items():
        line = out[i]
        for _, start, end, _ in reversed(found):
            line = line[:start] + _sup(line[start:end]) + line[end:]
        out[i] = line
    for i in _prose(out):
        out[i] = _NOTE_LINE.sub(lambda m: f"{m['indent']}<sup>{m['n']}</sup>", out[i], count=1)
    return out


def caret_anomaly(lines: Sequence[str], reader: str) -> list[Anomaly]:
    """An ``unread-region`` anomaly when ``lines`` number notes with ``^n^`` markers that
    ``reader`` does not read (never "no citations" in silence)."""
    marks = caret_marks(lines)
    if not marks:
        return []
    at, start, end, _ = marks[0]
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(marks)} superscript note numbers such as {lines[at][start:end]!r} (from "
            f"line {at + 1}) number notes by hand, which the {reader} reader does not read: "
            "they were not read (try --reader sup-markdown)",
            at + 1,
        )
    ]
