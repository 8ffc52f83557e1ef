"""The typed labels of a reference list written as paragraphs, taken off the entries.

A list of notes or works written as paragraphs may type its numbers (``[2] Pérez, R. …``,
``[3a] …``, ``(2) Müller, K. …``, ``<sup>2</sup> …`` or Pandoc's ``^2^ …``).  The number
is the entry's label (:mod:`bibcheck.readers.typedlabels`); left in the text it would be
read as the start of the work ("[2] Pérez, R." as a title, the authors lost).  Labels are
taken only where every entry types one of the same form, rising.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.labelsplit import entry_label
from bibcheck.readers.lettered import LETTER
from bibcheck.readers.typedlabels import typed_labels

# "[12]", "[12a]", "(12)", "^12^" or "<sup>12</sup>" at the start of an entry, and the space after
_LABEL = lazy_compile(
    rf"^\s{{0,3}}(?:\[\d{{1,5}}{LETTER}?\]|\(\d{{1,4}}\)|\^\d{{1,5}}\^|<sup>\d{{1,5}}</sup>)"
    r"\s*(?=\S)"
)
_SUP = lazy_compile(r"^\s{0,3}(?:\^(?P<caret>\d{1,5})\^|<sup>(?P<sup>\d{1,5})</sup>)\s*\S")


def paragraph_labels(first_lines: Sequence[str]) -> list[str] | None:
    """The labels the entries (their first lines) type: ``[n]`` rising (a number skipped
    kept), ``(n)`` counting up by one, or a superscript ``^n^``/``<sup>n</sup>`` rising;
    None where some entry types none or another form."""
    typed = typed_labels(first_lines)
    if typed is not None:
        return typed
    return _counted(first_lines) or _superscripts(first_lines)


def _counted(first_lines: Sequence[str]) -> list[str] | None:
    """``(1) …``, ``(2) …``: no number skipped (``(3) 1–9`` may be an issue wrapped)."""
    numbers: list[int] = []
    for line in first_lines:
        found = entry_label(line)
        if found is None or found[0] != "()" or (numbers and found[1] != numbers[-1] + 1):
            return None
        numbers.append(found[1])
    return [str(n) for n in numbers] or None


def _superscripts(first_lines: Sequence[str]) -> list[str] | None:
    numbers: list[int] = []
    for line in first_lines:
        m = _SUP.match(line)
        if m is None:
            return None
        number = int(m.group("caret") or m.group("sup"))
        if numbers and number <= numbers[-1]:
            return None
        numbers.append(number)
    return [str(n) for n in numbers] or None


def without_label(text: str) -> str:
    """``text`` with the typed label it starts with taken off (``"[2] Pérez, R. …"`` ->
    ``"Pérez, R. …"``); other text as it is."""
    return _LABEL.sub("", text, count=1)
