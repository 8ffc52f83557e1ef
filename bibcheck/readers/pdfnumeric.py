"""A numbered list cited by bracketed numbers, in text converted from a PDF.

Patent specifications, standards and engineering reports print ``[n]`` in the text and a
numbered list under a heading (``Citation list``, ``Non-patent literature``,
``References``), often on two-column pages.  Read in reading order
(:mod:`bibcheck.readers.columns`), the list is the run of entries ``[1]``, ``[2]``, ...
after its heading, each going on to the next entry, over page breaks; it ends at a
heading or a numbered paragraph that follows a finished entry (a patent's ``Claims`` and
``1. A method for …``), unless the heading is a part's, the list's next entry right under
it (``Methods references``).  A paragraph number (``[0001]``, four digits and zero-padded
in a patent's description) is no citation and no entry, nor is anything that is no list
number (``[2019]``).

On a two-column page the converter may put a float of the other column (a table, an
equation, the rest of a paragraph) between the heading and the first entry: a few rows
of text stand there; they are the body's, not the list's.

A list numbered ``1.``, ``2.`` (:attr:`Style.DOTTED`) is read the same way: the style
of the journals that cite by superscript numbers (Nature, Science, Vancouver); so is one
numbered ``1``, ``2`` with no point (:attr:`Style.BARE`: The Lancet, the BMJ), its
number before a capitalised word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.readers.columns import Row
from bibcheck.readers.common import expand_labels
from bibcheck.readers.lettered import LETTER, base, follows
from bibcheck.readers.places import LOCATOR
from bibcheck.readers.scrambledentry import list_resumes
from bibcheck.readers.wordlines import word_runs

__all__ = ["Entry", "NumericList", "Style", "citations", "headless_list", "numeric_list"]


class Style(Enum):
    """How the list numbers its entries."""

    BRACKETED = "[n]"
    DOTTED = "n."
    BARE = "n"  # Lancet, BMJ: "1 McDonagh TA, Metra M, …", the number and a space


# a bare list number starts an entry only before a capitalised word (an author's surname,
# a body's name): "1 McDonagh TA,", "10 National Institute …", "11 R Core Team."
_BARE_TEXT = r"(?=[^\W\d_])(?![a-zß-ÿа-яё])\S.*"


_ENTRIES = {
    Style.BRACKETED: re.compile(r"^\s*\[(?P<n>[1-9]\d{0,2})\]\s+(?P<text>\S.*)$"),
    Style.DOTTED: re.compile(r"^\s*(?P<n>[1-9]\d{0,2})\.\s+(?P<text>\S.*)$"),
    Style.BARE: re.compile(rf"^\s*(?P<n>[1-9]\d{{0,2}})\s+(?P<text>{_BARE_TEXT})$"),
}
# an entry's number alone on its row, its text on the rows after it: ``pdftotext`` without
# ``-layout`` prints a number set apart from its text by a wide space as a block of its own
# (``37.`` / ``Delmont TO, Eren AM. 2016.``); taken only for the number the list expects next
# (no bare number: a page or line number stands so)
_LONE_ENTRIES = {
    Style.BRACKETED: re.compile(r"^\s*\[(?P<n>[1-9]\d{0,2})\]\s*$"),
    Style.DOTTED: re.compile(r"^\s*(?P<n>[1-9]\d{0,2})\.\s*$"),
}
# an entry lettered in revision, "[3a]" or "3a." after entry 3 (:mod:`lettered`): no bare
# "3a" (a list numbered with no point prints none)
_LETTERED_ENTRIES = {
    Style.BRACKETED: re.compile(rf"^\s*\[(?P<n>[1-9]\d{{0,2}}{LETTER})\]\s+(?P<text>\S.*)$"),
    Style.DOTTED: re.compile(rf"^\s*(?P<n>[1-9]\d{{0,2}}{LETTER})\.\s+(?P<text>\S.*)$"),
}
# "[4]", "[7, 8]", "[2-5]", "[3], [4]" (each bracket on its own), with a place in the work
# after a number in any language ("[6, p. 15]", "[1, х. 23; 4, с. 118]"); not "[0003]",
# "[2019]", not a Markdown link "[3](…)"; glued to the word before it too, as ``\cite``
# prints it when the author typed no space ("spectrometers[3–7]"), but not to a digit
_ONE = rf"[1-9]\d{{0,2}}(?:{LOCATOR})*+"
_CITE = lazy_compile(rf"(?<![\d_\[])\[(?P<label>{_ONE}(?:\s*[,;–—-]\s*{_ONE})*)\](?![(\w])")
# (where the list letters an entry: "[3a]", "[2, 3a]", "[3a–5]")
_ONE_LETTERED = rf"[1-9]\d{{0,2}}{LETTER}?(?:{LOCATOR})*+"
_LETTERED_CITE = lazy_compile(
    rf"(?<![\d_\[])\[(?P<label>{_ONE_LETTERED}(?:\s*[,;–—-]\s*{_ONE_LETTERED})*)\](?![(\w])"
)
_PLACES = lazy_compile(rf"(?:{LOCATOR})++")
# "[2]–[4]", "[2]– [4]": IEEE's range of two brackets (the cite package, or typed)
_RANGE_JOIN = lazy_compile(r"\s*[–—-]\s*")
_FINISHED = lazy_compile(r"[.!?][\"'”»’)\]]*$")
_INITIAL_END = lazy_compile(r"(?<![^\W\d_])[A-Z]\.$")  # "… and T.", "H."
_NUMBERED = lazy_compile(r"^\s*(?:\d{1,3}[.)]\s+\S|\[\d{4}\])")
_HEADING = lazy_compile(r"^[^\W\d_][^.!?;:,]{0,58}$")
_MAX_GAP = 2  # list numbers an entry may skip (one lost in conversion)
_HEADLESS_MIN = 3  # entries of a list with no heading
_DATED = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\bdoi\b|https?://", re.I)
_FLOAT_ROWS = 15  # rows of another column's float that may stand between heading and list


@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    rows: tuple[Row, ...]  # the entry's rows, the first without its "[n]"


@dataclass(frozen=True, slots=True)
class NumericList:
    heading: int  # position of the heading in the rows
    entries: tuple[Entry, ...]
    taken: frozenset[int]  # positions of the heading and the list's rows

    def labels(self) -> set[str]:
        return {e.label for e in self.entries}

    @property
    def lettered(self) -> bool:
        """Does the list letter an entry added in revision (``[3a]``)?"""
        return any(not e.label.isdigit() for e in self.entries)


def numeric_list(
    rows: Sequence[Row], is_heading: Callable[[str], bool], style: Style = Style.BRACKETED
) -> NumericList | None:
    """The first list of at least two entries, numbered from 1 in ``style``, under a
    heading that ``is_heading`` accepts (a float of the other column may stand between)."""
    entry = _ENTRIES[style]
    for h, row in enumerate(rows):
        if not row.text.strip() or not is_heading(row.text):
            continue
        first = _first_entry(rows, h, is_heading, entry)
        if first is None:
            continue
        found = _entries(rows, first, is_heading, entry)
        if len(found[0]) >= 2:
            entries, taken = found
            # (a part's heading may stand between: "Citation list" / "Patent literature")
            parts = {p for p in range(h, first) if _heading_row(rows[p], is_heading)}
            return NumericList(h, tuple(entries), frozenset({h, *parts, *taken}))
    return None


def headless_list(rows: Sequence[Row], ends: Callable[[str], bool]) -> NumericList | None:
    """The run of entries ``[1]``, ``[2]``, ... that ends the text with no heading over
    it (REVTeX's reprint style prints none): at least :data:`_HEADLESS_MIN` entries from
    ``[1]``, nothing after them but blank rows or a block that ``ends`` a list (a list of
    figures, captions, an appendix).  Its ``heading`` is the row of entry 1."""
    entry = _ENTRIES[Style.BRACKETED]
    starts = [p for p, row in enumerate(rows) if (m := entry.match(row.text)) and m["n"] == "1"]
    for first in reversed(starts):
        entries, taken = _entries(rows, first, _never, entry, apart=True)
        if len(entries) < _HEADLESS_MIN or not all(map(_dated, entries)):
            continue
        rest = next((r.text for r in rows[max(taken) + 1 :] if r.text.strip()), None)
        if rest is None or ends(rest):
            return NumericList(first, tuple(entries), frozenset(taken))
        return None
    return None


def _dated(entry: Entry) -> bool:
    """Does an entry name a year, a DOI or a web address, as a reference does?"""
    return any(_DATED.search(row.text) for row in entry.rows)


def _never(_: str) -> bool:
    return False


def _heading_row(row: Row, is_heading: Callable[[str], bool]) -> bool:
    return bool(row.text.strip()) and is_heading(row.text)


def _first_entry(
    rows: Sequence[Row], h: int, is_heading: Callable[[str], bool], entry: Regex
) -> int | None:
    """The row of entry 1 under the heading at ``h``: the first row of text that is no
    heading, or after at most :data:`_FLOAT_ROWS` rows of a float (no other list's
    heading among them, no list number)."""
    seen = 0
    for p in range(h + 1, len(rows)):
        text = rows[p].text.strip()
        if not text or (seen == 0 and is_heading(text)):
            continue
        m = entry.match(text)
        if m is not None:
            return p if m.group("n") == "1" else None
        if _ENTRIES[Style.BRACKETED].match(text) or is_heading(text) or seen >= _FLOAT_ROWS:
            return None
        seen += 1
    return None


def _entries(
    rows: Sequence[Row],
    first: int,
    is_heading: Callable[[str], bool],
    entry: Regex,
    *,
    apart: bool = False,
) -> tuple[list[Entry], set[int]]:
    """The entries from row ``first`` on, and the rows they take.  With ``apart`` (a list
    with no heading), a paragraph set apart by a blank row after a finished entry ends
    the list."""
    items: list[tuple[str, list[Row]]] = []
    taken: set[int] = set()
    hang = (0, 0)  # the columns of the last entry's number and of its text
    runs = word_runs([row.text for row in rows])  # an entry set a word to a line
    for p in range(first, len(rows)):
        text = rows[p].text.strip()
        if not text:
            continue
        finished = bool(items) and bool(items[-1][1]) and _finished(items[-1][1][-1].text)
        finished = finished and not _hanging(rows[p].text, hang)
        if is_heading(text) and finished:
            taken.add(p)  # a part of the list: "Non-patent literature"
            continue
        m = entry.match(text)
        expected = base(items[-1][0]) + 1 if items else 1
        if items and _lone_number(text, entry) == expected:
            items.append((str(expected), []))  # (its text on the rows that follow)
            taken.add(p)
            hang = (0, 0)
            continue
        if items and not items[-1][1]:  # the first row of an entry whose number stood alone
            items[-1][1].append(Row(rows[p].index, text))
            taken.add(p)
            continue
        lettered = _lettered_entry(text, entry, items[-1][0] if items else None)
        if lettered is not None:  # ("[3a] …" after "[3] …": no gap, no disorder)
            m = lettered
        elif m and not expected <= int(m.group("n")) <= expected + _MAX_GAP:
            m = None
        if m:
            items.append((m.group("n"), [Row(rows[p].index, m.group("text"))]))
            taken.add(p)
            indent = _indent(rows[p].text)
            hang = (indent, indent + m.start("text"))
            continue
        if finished and _HEADING.match(text) and _next_is(rows, p, entry, expected):
            taken.add(p)  # a part's heading the list goes on under: "Methods references"
            continue
        if finished and (_NUMBERED.match(text) or _HEADING.match(text)):
            if not _in_entry(rows, p, runs, entry, expected) and not _resumes(
                rows, p, entry, expected
            ):
                break
        if finished and apart and not rows[p - 1].text.strip():
            break
        items[-1][1].append(Row(rows[p].index, text))
        taken.add(p)
    return [Entry(label, tuple(members)) for label, members in items if members], taken


def _lone_number(text: str, entry: Regex) -> int | None:
    """The list number alone on row ``text``, in the list's own style, or None."""
    style = next((s for s, pattern in _ENTRIES.items() if pattern is entry), None)
    lone = _LONE_ENTRIES.get(style) if style is not None else None
    m = lone.match(text) if lone is not None else None
    return int(m.group("n")) if m is not None else None


def _in_entry(
    rows: Sequence[Row], p: int, runs: dict[int, int], entry: Regex, expected: int
) -> bool:
    """Is row ``p`` a word of an entry set a word to a line (:mod:`wordlines`), the list's
    next entry right after the run?"""
    after = runs.get(p)
    if after is None:
        return False
    if after >= len(rows):
        return True
    m = entry.match(rows[after].text.strip())
    return m is not None and expected <= int(m.group("n")) <= expected + _MAX_GAP


def _lettered_entry(text: str, entry: Regex, last: str | None) -> re.Match[str] | None:
    """``text`` as the entry lettered after the entry ``last`` (``[3a]`` after ``[3]``,
    ``[3b]`` after ``[3a]``), in the list's own style, or None."""
    style = next((s for s, pattern in _ENTRIES.items() if pattern is entry), None)
    lettered = _LETTERED_ENTRIES.get(style) if style is not None else None
    m = lettered.match(text) if lettered is not None and last is not None else None
    return m if m is not None and last is not None and follows(last, m.group("n")) else None


def _finished(text: str) -> bool:
    """Does an entry's row end a sentence (a full stop that ends no initial: the converter
    may print an entry's names a word to a line, ``W.`` / ``T.`` / ``Lee``)?"""
    text = text.rstrip()
    return _FINISHED.search(text) is not None and _INITIAL_END.search(text) is None


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _hanging(text: str, hang: tuple[int, int]) -> bool:
    """Is ``text`` a line of an entry set with a hanging indent (``-layout`` keeps it):
    indented past the entry's number, at most to its text?  Such a line goes on with the
    entry whatever it looks like (``Bee declines driven by …`` after ``Rotheray EL.``)."""
    number, start = hang
    return number < _indent(text) <= start + 1


def _resumes(rows: Sequence[Row], p: int, entry: Regex, expected: int) -> bool:
    """Is row ``p`` (no numbered row) a line of the last entry printed out of order, the
    list's next entry a few rows on (:mod:`bibcheck.readers.scrambledentry`)?"""
    if _NUMBERED.match(rows[p].text.strip()):
        return False

    def is_next(text: str) -> bool:
        m = entry.match(text)
        return (m is not None and int(m.group("n")) == expected) or (
            _lone_number(text, entry) == expected
        )

    return list_resumes([r.text for r in rows], p, is_next)


def _next_is(rows: Sequence[Row], p: int, entry: Regex, expected: int) -> bool:
    """Is the next row of text after ``p`` the list's next entry?"""
    nxt = next((r.text.strip() for r in rows[p + 1 :] if r.text.strip()), "")
    m = entry.match(nxt)
    return m is not None and expected <= int(m.group("n")) <= expected + _MAX_GAP


def citations(text: str, lettered: bool = False) -> list[tuple[int, int, list[str]]]:
    """The bracketed numeric citations in a line of text: (start, end, list numbers);
    ``[2]–[4]`` is one citation of 2, 3 and 4; with ``lettered`` (the list letters an
    entry added in revision), ``[3a]`` and ``[2, 3a]`` too."""
    found: list[tuple[int, int, list[str]]] = []
    for m in (_LETTERED_CITE if lettered else _CITE).finditer(text):
        label = _PLACES.sub("", m.group("label"))
        numbers = expand_labels(label.replace(";", ",").replace("—", "-"))
        if found and _RANGE_JOIN.fullmatch(text[found[-1][1] : m.start()]):
            start, _, before = found[-1]
            low, high = base(before[-1]), base(numbers[0])
            if (
                len(before) == 1
                and len(numbers) == 1
                and before[-1].isdigit()
                and numbers[0].isdigit()
                and 0 < high - low < 50
            ):
                found[-1] = (start, m.end(), [str(n) for n in range(low, high + 1)])
                continue
        found.append((m.start(), m.end(), numbers))
    return found
