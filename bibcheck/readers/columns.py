"""Two-column pages of ``pdftotext -layout`` output, put back in reading order.

``-layout`` keeps the page's geometry: a two-column paper comes out with both columns
on the same lines, the left one at the margin and the right one after a wide gap
(the gutter).  A page is taken as two columns when one column position is blank (or
past the end) on nearly every line of the page and at least a third of its lines
have text on both sides of it.  Each line is then cut there; the page reads: the
lines that span the gutter above the columns (a title, an author line), the left
column, the right column, then the spanning lines below them.  Every piece keeps the
number of the line it came from, so citations are still reported where they stand.

Where a left-column line is shorter than its column (a justified line whose stretched
spaces the converter wrote as single ones), ``-layout`` may pull the right column's text
up to it, one space apart (``deposits on the Detailed description``): many lines then
cross any gutter.  Such a page still counts as two columns when the right column starts
at one position after a wide gap on many lines (:func:`_ragged_gutter`); a line that
crosses it is cut at the gap nearest the gutter, or at a single space before it: before
a bracketed number (a list entry ``[3]``, a paragraph number ``[0009]``), after a word
hyphenated at the column's edge, else at the last space before the gutter.

Where the gutter is narrow, ``-layout`` sets the right column at one position on every
line, however close the left column's text comes to it: one to three spaces apart on its
full lines, more after a paragraph's last line.  No column is blank there save the one
just before the right column, and lines whose left text reaches it have a single space
there, as between two words (:func:`_narrow_gutter`); such a line is cut where the right
column starts, one space after its left text (:func:`_narrow_pair`), never taken for a
line spanning both columns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["Row", "reading_order"]

_MIN_LINES = 6  # lines with text in both columns, at least, for a page to count as two
_SHARE = 0.33  # ... and this share of the page's lines
_SPAN = 0.1  # lines of the page allowed to cross the gutter (titles, captions)
_PAGE_LINES = 400  # more lines than a printed page has: not a page of a PDF
_PAGE_WIDTH = 300  # characters: a longer line is no line of a printed page
_RAGGED_SHARE = 0.3  # lines whose right column starts at the gutter after a wide gap
_RAGGED_CROSSING = 0.4  # lines allowed to cross the gutter of such a page
_UNEVEN_BOTH = 3  # lines with text on both sides of a page whose columns end apart
_UNEVEN_SHARE = 0.15  # ... and the share of its lines each column has, at least
_LOWER_TRIES = 4  # blank lines under a full-width block tried as the columns' top
_REACH = 12  # characters before the gutter where a crossing line may be cut
_WIDE_GAP = lazy_compile(r"\S {3,}(?=\S)")
_BRACKET_START = lazy_compile(r"\[\d{1,4}\] +\S")  # an entry or a paragraph number
_NARROW = 4  # the right column starts this close to the gutter at most: a narrow gutter
_NARROW_ENDS = 3  # a narrow gutter's left column ends at this many places at least


@dataclass(frozen=True, slots=True)
class Row:
    """A line, or one column's part of a line."""

    index: int  # 0-based index of the source line
    text: str


def reading_order(
    lines: Sequence[str], page_of: Sequence[int], whole: Collection[int] = ()
) -> list[Row]:
    """The lines in reading order, two-column pages read column by column; lines in
    ``whole`` (running heads, page numbers) are never cut."""
    pages: dict[int, list[int]] = {}
    for i, page in enumerate(page_of):
        pages.setdefault(page, []).append(i)
    rows: list[Row] = []
    for page in sorted(pages):
        members = pages[page]
        text = [lines[i] for i in members if i not in whole]
        gutter, ragged, narrow = _gutter(text), False, False
        if gutter is None:
            gutter, narrow = _narrow_gutter(text), True
        if gutter is None:
            gutter, ragged, narrow = _ragged_gutter(text), True, False
        lower = _lower_columns(lines, members, whole) if gutter is None else None
        if lower is not None:  # full-width equations or a figure above the columns
            k, gutter = lower
            rows.extend(Row(i, lines[i]) for i in members[:k])
            rows.extend(_split(lines, members[k:], gutter, whole, False))
        elif gutter is None:
            rows.extend(Row(i, lines[i]) for i in members)
        else:
            rows.extend(_split(lines, members, gutter, whole, ragged, narrow))
    return rows


def _narrow_gutter(page: list[str]) -> int | None:
    """The blank column before the right column of a page whose columns stand close
    together (see the module docstring), or None: a column no more lines fill than a
    clean gutter allows (a letter there; a single space counts as blank), with the right
    column's text starting right after it on many lines, the left column's at the
    margin and ending at several places (one to three spaces before the right column,
    further off after a paragraph), both columns prose."""
    text = [line for line in page if line.strip()]
    width = max((len(line.rstrip()) for line in text), default=0)
    if not _MIN_LINES <= len(text) <= _PAGE_LINES or not 40 <= width <= _PAGE_WIDTH:
        return None
    best: tuple[int, int] | None = None  # (lines whose right column starts there, column)
    for x in range(width // 4, 3 * width // 4):
        filled = sum(1 for line in text if len(line) > x and line[x] != " ")
        if filled > max(1, _SPAN * len(text)):  # (a ragged page's pulled lines fill it)
            continue
        count = sum(1 for line in text if _narrow_pair(line, x + 1))
        if best is None or count > best[0]:
            best = (count, x)
    if best is None or best[0] < _MIN_LINES or best[0] < _SHARE * len(text):
        return None
    x = best[1]
    pairs = [line for line in text if _narrow_pair(line, x + 1)]
    if len({len(line[:x].rstrip()) for line in pairs}) < _NARROW_ENDS:
        return None  # (lines alike, a space between the same words: no column's edge)
    lefts = sorted(len(line[:x].strip()) for line in pairs)
    rights = sorted(len(line[x:].strip()) for line in pairs)
    if lefts[len(lefts) // 2] < 0.6 * x or rights[len(rights) // 2] < 20:
        return None
    return x


def _narrow_pair(line: str, start: int) -> bool:
    """Is ``line`` a line of both columns whose right column starts at ``start``, a space
    (or more) after the left column's text, which starts in the left half of its column?"""
    if len(line) <= start or line[start] == " " or line[start - 1] != " ":
        return False
    lead = len(line) - len(line.lstrip())
    return bool(line[:start].strip()) and lead < start // 2


def _right_start(lines: Sequence[str], members: list[int], gutter: int) -> int | None:
    """Where the right column starts (its margin: the first position where two or more
    of a clean page's lines start it; indented lines start further in)
    when that is close to the gutter (a narrow gutter); None otherwise."""
    starts = Counter(
        gutter + len(line[gutter:]) - len(line[gutter:].lstrip())
        for line in (lines[i] for i in members)
        if not _crosses(line, gutter) and line[gutter:].strip()
    )
    start = min((at for at, n in starts.items() if n >= 2), default=None)
    return start if start is not None and start - gutter <= _NARROW else None


def _lower_columns(
    lines: Sequence[str], members: list[int], whole: Collection[int]
) -> tuple[int, int] | None:
    """Where two columns start below a full-width block (equations, a figure) at the top
    of a page that is no two-column page as a whole: the position in ``members`` of the
    first line under one of the page's first blank lines (in its upper two thirds) from
    which the rest of the page has a gutter, and the gutter; None if there is none.  The
    block above must cross the gutter (else the page would have had it)."""
    text = [lines[i] for i in members if i not in whole]
    if sum(1 for line in text if _WIDE_GAP.search(line)) < _MIN_LINES:
        return None  # (no two columns side by side anywhere: nothing to look for)
    starts = [
        k
        for k in range(1, 2 * len(members) // 3)
        if not lines[members[k - 1]].strip() and lines[members[k]].strip()
    ][:_LOWER_TRIES]
    for k in starts:
        lower = [lines[i] for i in members[k:] if i not in whole]
        gutter = _gutter(lower)
        upper = [lines[i] for i in members[:k] if i not in whole]
        if gutter is not None and any(_crosses(line, gutter) for line in upper):
            return k, gutter
    return None


def _gutter(page: list[str]) -> int | None:
    """The column where a page's two columns part, or None."""
    text = [line for line in page if line.strip()]
    width = max((len(line.rstrip()) for line in text), default=0)
    if not _MIN_LINES <= len(text) <= _PAGE_LINES or not 40 <= width <= _PAGE_WIDTH:
        return None
    best: tuple[int, int] | None = None  # (lines with text on both sides, column)
    clear: list[int] = []  # the columns that few lines cross
    for x in range(width // 4, 3 * width // 4):
        crossing = sum(1 for line in text if _crosses(line, x))
        if crossing > max(3, _SPAN * len(text)):
            continue
        clear.append(x)
        count = sum(1 for line in text if not _crosses(line, x) and _two_columns(line, x))
        if best is None or count > best[0]:
            best = (count, x)
    if best is None or best[0] < _MIN_LINES or best[0] < _SHARE * len(text):
        return _uneven_gutter(text, clear)
    # Columns of prose fill their width; a table's cells are short and ragged.
    x = best[1]
    both = [line for line in text if not _crosses(line, x) and _both_sides(line, x)]
    lefts = sorted(len(line[:x].strip()) for line in both)
    rights = sorted(len(line[x:].strip()) for line in both)
    if lefts[len(lefts) // 2] < 0.6 * x or rights[len(rights) // 2] < 20:
        return None
    return x


def _uneven_gutter(text: list[str], clear: list[int]) -> int | None:
    """The gutter of a page whose columns end far apart (the last page of a paper: the
    reference list runs on in one column below the end of the other), or None.

    Few lines have text on both sides there, so each column is counted on its own: at
    least :data:`_MIN_LINES` lines of prose on each side of a column no line crosses
    (the right column's lines standing alone where the left one has a blank line), and
    :data:`_UNEVEN_BOTH` lines with text on both sides."""
    for x in clear:
        if any(_crosses(line, x) for line in text):
            continue
        lefts = [len(line[:x].strip()) for line in text if line[:x].strip()]
        rights = [len(line[x:].strip()) for line in text if line[x:].strip()]
        both = sum(1 for line in text if _both_sides(line, x))
        if both < _UNEVEN_BOTH or min(len(lefts), len(rights)) < _MIN_LINES:
            continue
        if min(len(lefts), len(rights)) < _UNEVEN_SHARE * len(text):
            continue
        if sorted(lefts)[len(lefts) // 2] < 0.6 * x or sorted(rights)[len(rights) // 2] < 20:
            return None
        return x
    return None


def _ragged_gutter(page: list[str]) -> int | None:
    """The column where the right column starts on a page whose shorter left lines the
    converter ran into the right column (see the module docstring), or None."""
    text = [line for line in page if line.strip()]
    width = max((len(line.rstrip()) for line in text), default=0)
    if not _MIN_LINES <= len(text) <= _PAGE_LINES or not 40 <= width <= _PAGE_WIDTH:
        return None
    starts = Counter(
        m.end() for line in text for m in _WIDE_GAP.finditer(line) if width // 4 <= m.end()
    )
    if not starts:
        return None
    start = starts.most_common(1)[0][0]
    # (lines of the right column pulled a little to the left start there too)
    count = sum(n for end, n in starts.items() if start - 3 <= end <= start)
    x = start - 1  # the blank column before the right column's text
    if not 3 * width // 8 <= x <= 5 * width // 8:
        return None
    if count < _MIN_LINES or count < _RAGGED_SHARE * len(text):
        return None
    crossing = [line for line in text if _crosses(line, x) and not _pulled(line, x)]
    if len(crossing) > _RAGGED_CROSSING * len(text):
        return None
    if sum(1 for line in crossing if _cut(line, x) is None) > _SPAN * len(text):
        return None
    parts = [_part(line, x) or x for line in text]
    lefts = sorted(
        len(line[:at].strip()) for line, at in zip(text, parts, strict=True) if line[:at].strip()
    )
    if not lefts or lefts[len(lefts) // 2] < 0.6 * x:
        return None
    return x


def _pulled(line: str, x: int) -> bool:
    """A line of the right column alone that starts a little before the gutter."""
    lead = len(line) - len(line.lstrip())
    return x - _REACH <= lead < x


def _cut(line: str, x: int) -> int | None:
    """Where a line that crosses the gutter ``x`` parts into its two columns: the end of
    a wide gap near it, else a single space before it (see the module docstring)."""
    gaps = [m.end() for m in _WIDE_GAP.finditer(line) if x - _REACH <= m.end() <= x + 2]
    if gaps:
        return min(gaps, key=lambda end: abs(end - x))
    spaces = [
        k + 1
        for k in range(max(1, x - _REACH), min(x, len(line) - 1))
        if line[k] == " " and line[k - 1] != " " and line[k + 1] != " "
    ]
    if not spaces:
        return None
    for k in spaces:
        if _BRACKET_START.match(line, k):
            return k
    hyphenated = [k for k in spaces if line[k - 2] == "-" and line[k - 3].isalpha()]
    return hyphenated[-1] if hyphenated else spaces[-1]


def _crosses(line: str, x: int) -> bool:
    """Does text run through column ``x`` (a letter there, or a single word space)?"""
    if len(line) <= x:
        return False
    if line[x] != " ":
        return True
    return line[x - 1] != " " and x + 1 < len(line) and line[x + 1] != " "


def _both_sides(line: str, x: int) -> bool:
    return bool(line[:x].strip()) and bool(line[x:].strip())


def _two_columns(line: str, x: int) -> bool:
    """Text on both sides of ``x``, the left side's starting in the left half of its
    column: a right-column line whose entry label (``[16]``) stands alone before its
    text, far from the margin, is no line of both columns at ``x`` between the label and
    the text."""
    lead = len(line) - len(line.lstrip())
    return _both_sides(line, x) and lead < x // 2


def _split(
    lines: Sequence[str],
    members: list[int],
    gutter: int,
    whole: Collection[int],
    ragged: bool,
    narrow: bool = False,
) -> list[Row]:
    """The page's rows: those above the columns, the left column, the right, those
    below.  On a page with a narrow gutter (``narrow``, the blank column right before the
    right column) a line that fills the gutter inside the columns is cut as a ragged
    page's line is (:func:`_part`)."""
    above: list[Row] = []
    below: list[Row] = []
    left: list[Row] = []
    right: list[Row] = []
    started = False
    start = gutter + 1 if narrow else None if ragged else _right_start(lines, members, gutter)
    cutting = ragged or narrow
    for i in members:
        line = lines[i]
        if not line.strip():
            left.append(Row(i, ""))
            right.append(Row(i, ""))
        elif (
            start is not None
            and i not in whole
            and _crosses(line, gutter)
            and _narrow_pair(line, start)
        ):  # (a full line of the left column a single space before the right one)
            started = True
            left.append(Row(i, line[:start].rstrip()))
            right.append(Row(i, " " * (start - gutter) + line[start:].rstrip()))
        elif i in whole or (
            _crosses(line, gutter) and (not cutting or not started or _part(line, gutter) is None)
        ):
            (below if started else above).append(Row(i, line))
        elif ragged and not started and not (_both_sides(line, gutter) or _pulled(line, gutter)):
            above.append(Row(i, line))  # a ragged page's columns start at a two-column line
        else:
            started = True
            at = (_part(line, gutter) if cutting else None) or gutter
            # A side with no text on this line is no paragraph break in its column.
            if line[:at].strip():
                left.append(Row(i, line[:at].rstrip()))
            if line[at:].strip():
                # (a ragged page's right column has no indents to keep: its lines were
                # pulled to the left by different amounts; a narrow page's line cut off
                # the gutter is set at its column's margin)
                if ragged:
                    right.append(Row(i, line[at:].strip()))
                elif at != gutter:  # (narrow: the column's margin is one space in)
                    right.append(Row(i, " " + line[at:].strip()))
                else:
                    right.append(Row(i, line[gutter:].rstrip()))
    end = Row(left[-1].index if left else members[0], "")
    return [*above, *_dedent(left), end, *_dedent(right), *below]


def _part(line: str, gutter: int) -> int | None:
    """Where a line crossing the gutter of a ragged page parts (None on a clean page's
    crossing line, a title or caption that spans both columns), or where a line of the
    right column alone starts a little before the gutter."""
    if _pulled(line, gutter):
        return len(line) - len(line.lstrip())
    if not _crosses(line, gutter):
        return None
    return _cut(line, gutter)


def _dedent(rows: list[Row]) -> list[Row]:
    """The column moved to the margin (its own indents, hanging or not, kept)."""
    margin = min((len(r.text) - len(r.text.lstrip()) for r in rows if r.text.strip()), default=0)
    return [Row(r.index, r.text[margin:]) for r in rows]
