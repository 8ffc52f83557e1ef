"""Footnotes labelled by symbols at the page bottoms of PDF-converted (or plain) text.

A paper numbers a few footnotes with symbols rather than digits -- the author's
affiliation note, or every note (LaTeX's ``\\fnsymbol``, a journal's house style): ``∗``,
``†``, ``‡``, ``§``, ``¶``, ``‖``, doubled ``††`` ..., and ``*``, ``**`` as a converter
prints a text asterisk.  The marker is glued to the word or punctuation it follows
(``Petrauskienė∗``, ``Sąjungoje.†``, ``2008).‡``); the note stands at its page's foot,
its symbol opening its line or alone on it with the text below:

.. code-block:: text

   darbo užmokesčiu tapo vienu didžiausiu Europos Sajungoje.† Kuodis (2019) …
   …
   †
   Santykis skaičiuojamas su bruto vidutiniu darbo užmokesčiu; …

A symbol is a label as a number is.  The note area runs from the first definition to the
page's end; it is read only when every definition in it has its marker above it on the
same page (a ``§ 5`` opening a line of a statute's text has none): otherwise nothing is
read here and the lines stay body text.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawNote

# a symbol, or the same symbol doubled or tripled (the fourth note of ∗ † ‡ is ∗∗ or §)
SYMBOL = r"(?:\*{1,3}|[∗⁎]{1,3}|†{1,3}|‡{1,3}|§{1,2}|¶{1,2}|‖{1,2})"
_MARKS = "*∗⁎†‡§¶‖"
# a note's opening: its symbol at the start of the line, alone or before its text
_DEFINITION = lazy_compile(rf"^\s*(?P<sym>{SYMBOL})(?:\s+(?P<text>\S.*?))?\s*$")
# the combining accents a converter writes a decomposed letter's accent with ("ė" as "e"
# + U+0307): a word ends in one as in a letter
_ACCENTS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# a marker: glued to a letter or to punctuation, no symbol, letter or digit after it
_MARKER = lazy_compile(
    rf"(?:(?<=[^\W\d_])|(?<=[{_ACCENTS}])|(?<=[.,;:!?)\]\"'”’»]))(?P<sym>{SYMBOL})"
    rf"(?![\w{_MARKS}])"
)
MAX_AREA_LINES = 24  # a page's symbol notes are few and short


@dataclass(frozen=True, slots=True)
class SymbolNotes:
    """The symbol notes read, where their markers stand, and the lines they use."""

    notes: tuple[RawNote, ...] = ()
    # line index -> (start, end, label) of each marker on that line
    markers: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)
    rows: frozenset[int] = frozenset()


def symbol_notes(
    lines: Sequence[str], pages: Sequence[Sequence[int]], artifacts: Collection[int]
) -> SymbolNotes:
    """The symbol notes of every page; ``pages`` are the indexes of each page's non-blank
    lines, ``artifacts`` the running heads and page numbers (no part of a note)."""
    notes: list[RawNote] = []
    markers: dict[int, list[tuple[int, int, str]]] = {}
    rows: set[int] = set()
    for page in pages:
        found = _page(lines, [i for i in page if i not in artifacts])
        if found is None:
            continue
        for note, marker in found:
            notes.append(note)
            markers.setdefault(marker[0], []).append((marker[1], marker[2], note.label))
            rows.update(range(note.line - 1, note.end_line))
    return SymbolNotes(tuple(notes), markers, frozenset(rows))


def _page(
    lines: Sequence[str], page: Sequence[int]
) -> list[tuple[RawNote, tuple[int, int, int]]] | None:
    """The page's notes with their markers' (line, start, end), or None."""
    starts = [k for k, i in enumerate(page) if _DEFINITION.match(lines[i])]
    if not starts or len(page) - starts[0] > MAX_AREA_LINES or starts[0] == 0:
        return None
    area = page[starts[0] :]
    # (the definitions are the area's lines that open with a symbol)
    heads = [k for k, i in enumerate(area) if _DEFINITION.match(lines[i])]
    body = page[: starts[0]]
    out: list[tuple[RawNote, tuple[int, int, int]]] = []
    used: set[tuple[int, int]] = set()
    for n, k in enumerate(heads):
        m = _DEFINITION.match(lines[area[k]])
        assert m is not None
        symbol = m["sym"].replace("⁎", "∗")
        marker = _marker(lines, body, symbol, used)
        if marker is None:
            return None  # (a symbol with no marker: no note area of symbols here)
        used.add(marker[:2])
        members = area[k : heads[n + 1] if n + 1 < len(heads) else len(area)]
        parts = [(m["text"] or "").strip(), *(lines[i].strip() for i in members[1:])]
        kept = [(text, i + 1) for text, i in zip(parts, members, strict=True) if text]
        if not kept:
            return None  # (a symbol alone with no text: a table's, not a note)
        text = "\n".join(t for t, _ in kept)
        note = RawNote(
            symbol, text, members[0] + 1, members[-1] + 1, tuple(line for _, line in kept)
        )
        out.append((note, marker))
    return out


def _marker(
    lines: Sequence[str], body: Sequence[int], symbol: str, used: set[tuple[int, int]]
) -> tuple[int, int, int] | None:
    """The first marker of ``symbol`` in the page's body not taken yet."""
    for i in body:
        for m in _MARKER.finditer(lines[i]):
            if m["sym"].replace("⁎", "∗") == symbol and (i, m.start()) not in used:
                return i, m.start(), m.end()
    return None
