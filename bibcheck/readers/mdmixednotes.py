"""Notes of the kind a Markdown reader does not read, in a document that mixes two kinds.

A Markdown document may mix Pandoc footnotes (``[^storm]`` and ``[^storm]: text``) with
notes numbered by hand in HTML superscript (``… a decade.<sup>1</sup>`` and a numbered
``## Notes`` list), as pasted from a converted draft.  The Pandoc reader reads the first
kind, the superscript reader the second; each says which calls of the other kind it left
unread, with their lines (:func:`sup_anomaly`, :func:`footnote_anomaly`), never "no
citations" in silence.  A superscript is taken for a note's call as
:mod:`bibcheck.readers.mdcaret` takes ``^1^``: two or more, the first calling note 1, none
after a digit, a bracket or a one-letter symbol (``10<sup>6</sup>``, ``x<sup>2</sup>``: powers).
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["footnote_anomaly", "sup_anomaly", "sup_calls"]

_CALL = lazy_compile(
    r"(?<![\d)\]])(?<!\b[A-Za-z])<sup>\s*+\[?(?P<n>\d{1,3})(?:\s*+[,–-]\s*+\d{1,3})*+\]?\s*+</sup>"
)

# "[^storm]" in the text, and its definition "[^storm]: text" at a line's start
_FOOTNOTE = lazy_compile(r"\[\^(?P<label>[^\]\s^]{1,60})\](?!:)")
_DEFINITION = lazy_compile(r"^\s{0,3}\[\^(?P<label>[^\]\s^]{1,60})\]:")


def sup_calls(lines: Sequence[str]) -> list[tuple[int, str]]:
    """(line index, written call) of each superscript note call of a document that numbers
    its notes so (two or more, the first calling note 1), else none."""
    found = [
        (i, m.group(0), m.group("n"))
        for i, ln in enumerate(lines)
        for m in _CALL.finditer(ln)
        if ln[: m.start()].strip()  # (not a note's own number at its line's start)
    ]
    if len(found) < 2 or found[0][2] != "1":
        return []
    return [(i, written) for i, written, _ in found]


def sup_anomaly(lines: Sequence[str], reader: str) -> list[Anomaly]:
    """An ``unread-region`` anomaly naming the superscript note calls of ``lines`` that
    ``reader`` does not read, with their lines."""
    return _unread(
        sup_calls(lines),
        "superscript note calls",
        f"number notes by hand beside the [^label] footnotes, which the {reader} reader "
        "reads alone: they and their notes were not read (try --reader sup-markdown)",
    )


def footnote_anomaly(lines: Sequence[str], reader: str) -> list[Anomaly]:
    """An ``unread-region`` anomaly naming the Pandoc footnote calls (``[^label]`` with a
    ``[^label]:`` definition) of ``lines`` that ``reader`` does not read, with their lines."""
    defined = {m.group("label") for ln in lines if (m := _DEFINITION.match(ln))}
    calls = [
        (i, m.group(0))
        for i, ln in enumerate(lines)
        for m in _FOOTNOTE.finditer(ln)
        if m.group("label") in defined
    ]
    return _unread(
        calls,
        "Markdown footnote calls",
        f"stand beside the numbered notes, which the {reader} reader reads alone: they "
        "and their footnotes were not read (try --reader pandoc-markdown)",
    )


def _unread(calls: Sequence[tuple[int, str]], what: str, why: str) -> list[Anomaly]:
    """One ``unread-region`` anomaly naming ``calls`` (line index, written call) and their
    lines, or none when there are no calls."""
    if not calls:
        return []
    at = sorted({i + 1 for i, _ in calls})
    shown = ", ".join(map(str, at[:10])) + (", …" if len(at) > 10 else "")
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(calls)} {what} such as {calls[0][1]!r} (lines {shown}) {why}",
            at[0],
            lines=tuple(at),
        )
    ]
