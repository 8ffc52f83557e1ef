"""Footnote numbering checks (pure): markers vs definitions, gaps, order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bibcheck.model import Anomaly, AnomalyCode, RawMarker, RawNote


def check_numbering(
    markers: Sequence[RawMarker],
    notes: Sequence[RawNote],
    *,
    markers_reusable: bool = False,
    labels_are_names: bool = False,
) -> list[Anomaly]:
    """Anomalies for markers without definitions and the reverse, numbers
    defined twice, gaps in the numbering and numbers out of order.

    ``labels_are_names``: the output renumbers the notes (Pandoc ``[^10]``), so gaps,
    order and repeated markers say nothing; only definitions and markers are paired.
    """
    found: list[Anomaly] = []
    marker_labels = {m.label for m in markers}
    defined: dict[str, int] = {}
    for note in notes:
        if note.label in defined:
            found.append(
                Anomaly(
                    AnomalyCode.DUPLICATE_DEFINITION,
                    f"footnote {note.label} is defined twice (lines {defined[note.label]} "
                    f"and {note.line})",
                    note.line,
                    footnote=note.label,
                )
            )
        else:
            defined[note.label] = note.line
        if note.label not in marker_labels and not note.unmarked:
            found.append(
                Anomaly(
                    AnomalyCode.DEFINITION_WITHOUT_MARKER,
                    f"footnote {note.label} is defined but no marker in the text points to it",
                    note.line,
                    footnote=note.label,
                )
            )
    undefined: dict[str, list[int]] = {}  # one anomaly per label, with every line it is at
    for marker in markers:
        if marker.label not in defined:
            undefined.setdefault(marker.label, []).append(marker.line)
    for label, at in undefined.items():
        lines = tuple(sorted(set(at)))
        found.append(
            Anomaly(
                AnomalyCode.MARKER_WITHOUT_DEFINITION,
                f"marker {label} has no footnote definition"
                + (f" (lines {', '.join(map(str, lines))})" if len(lines) > 1 else ""),
                lines[0],
                footnote=label,
                lines=lines if len(lines) > 1 else (),
            )
        )
    if labels_are_names or markers_reusable:
        # Pandoc renumbers named labels; numeric citation styles cite list entries (a
        # list in alphabetical order is cited out of order, and an entry nobody cites
        # is literature-uncited, not a gap).
        return found
    found.extend(_duplicate_markers(markers))
    found.extend(_gaps(markers, notes))
    found.extend(_order(markers))
    return found


def numbering_gaps(markers: Sequence[RawMarker], notes: Sequence[RawNote]) -> list[Anomaly]:
    """Gaps in the numbering alone (see :func:`check_numbering`): for a reader whose markers
    may be repeated (a web page's note cited twice), but whose footnotes are numbered."""
    return _gaps(markers, notes)


def _numeric(label: str) -> int | None:
    return int(label) if label.isdigit() else None


def _duplicate_markers(markers: Sequence[RawMarker]) -> list[Anomaly]:
    counts = Counter(m.label for m in markers if _numeric(m.label) is not None)
    seen: set[str] = set()
    found = []
    for m in markers:
        if counts[m.label] > 1 and m.label in seen:
            found.append(
                Anomaly(
                    AnomalyCode.DUPLICATE_MARKER,
                    f"marker {m.label} appears {counts[m.label]} times in the text",
                    m.line,
                    footnote=m.label,
                )
            )
        seen.add(m.label)
    return found


def _gaps(markers: Sequence[RawMarker], notes: Sequence[RawNote]) -> list[Anomaly]:
    labels = [m.label for m in markers] + [n.label for n in notes]
    numbers = {n for n in map(_numeric, labels) if n is not None}
    parts = _part_numbers(labels)
    if len(numbers) + sum(map(len, parts.values())) < len(set(labels)) / 2:
        return []  # named labels ([^dairy]): numbering gaps mean nothing
    found = _plain_gaps(markers, numbers) if numbers else []
    for part, values in parts.items():
        found.extend(_part_gaps(markers, part, values))
    return found


def _part_label(label: str) -> tuple[str, int] | None:
    """(part, number) of a label numbered within a part: ``2.5`` (chapter 2, note 5),
    ``A.3``, ``p12.2`` (per page); None for a plain number or a name."""
    part, dot, number = label.rpartition(".")
    if not dot or not part or not number.isdigit() or len(number) > 6:
        return None
    return part, int(number)


def _part_numbers(labels: Sequence[str]) -> dict[str, set[int]]:
    parts: dict[str, set[int]] = {}
    for label in labels:
        if (found := _part_label(label)) is not None:
            parts.setdefault(found[0], set()).add(found[1])
    return parts


def _part_gaps(markers: Sequence[RawMarker], part: str, numbers: set[int]) -> list[Anomaly]:
    """Gaps inside one part's numbers (where numbering restarts per chapter or page).  A
    part's series is checked from its lowest number on: a part may go on counting from
    the part before (Word sections that do not restart)."""
    lines = sorted(
        (found[1], m.line)
        for m in markers
        if (found := _part_label(m.label)) is not None and found[0] == part
    )
    found_gaps = []
    ordered = sorted(numbers)
    for previous, n in zip(ordered, ordered[1:], strict=False):
        if n > previous + 1:
            line = _line_after(lines, n)
            found_gaps.append(
                _gap(previous + 1, n - 1, line or _line_before(lines, previous + 1), part)
            )
    return found_gaps


def _plain_gaps(markers: Sequence[RawMarker], numbers: set[int]) -> list[Anomaly]:
    lines = sorted((n, m.line) for m in markers if (n := _numeric(m.label)) is not None)
    found = []
    previous = 0
    for n in sorted(numbers):
        if n > previous + 1:
            # (at the marker after the gap, where the jump is seen; the one before when no
            # marker follows)
            line = _line_after(lines, n)
            found.append(_gap(previous + 1, n - 1, line or _line_before(lines, previous + 1)))
        previous = n
    return found


def _gap(first: int, last: int, line: int | None, part: str = "") -> Anomaly:
    """One anomaly per run of missing numbers (a stray 99999 must not make 99,998)."""
    lead = f"{part}." if part else ""
    if first == last:
        message = f"footnote number {lead}{first} is missing (neither a marker nor a definition)"
    else:
        message = (
            f"footnote numbers {lead}{first}-{lead}{last} are missing ({last - first + 1} "
            "numbers: neither markers nor definitions)"
        )
    return Anomaly(AnomalyCode.NUMBERING_GAP, message, line, footnote=f"{lead}{first}")


def _line_after(lines: list[tuple[int, int]], number: int) -> int | None:
    """Line of the first marker of the lowest number from ``number`` on."""
    return next((line for n, line in lines if n >= number), None)


def _line_before(lines: list[tuple[int, int]], number: int) -> int | None:
    """Line of the marker with the highest number below ``number``."""
    best = None
    for n, line in lines:
        if n >= number:
            break
        best = line
    return best


def _order(markers: Sequence[RawMarker]) -> list[Anomaly]:
    found = []
    highest = 0
    seen: set[int] = set()
    for m in markers:
        n = _numeric(m.label)
        if n is None or n in seen:
            continue
        seen.add(n)
        if n < highest:
            found.append(
                Anomaly(
                    AnomalyCode.NUMBERING_OUT_OF_ORDER,
                    f"marker {n} comes after marker {highest} in the text",
                    m.line,
                    footnote=m.label,
                )
            )
        highest = max(highest, n)
    return found


def literature_numbering(
    entries: Sequence[tuple[int | None, int]], *, unit: str = "lines"
) -> list[Anomaly]:
    """Anomalies for a numbered literature list, given each entry's printed number (None:
    a bullet or an unnumbered paragraph) and line, in the order printed.

    One mistake is one finding: after a skipped number (``8.``, ``10.``), a number typed
    twice, a number typed wrong (``3, 9, 5``) or the list starting again at 1 (a list
    numbered per section), the check re-synchronises, on the number just read or on the
    entry's place in the list, so the entries after it are not reported again.
    """
    found: list[Anomaly] = []
    seen: dict[int, int] = {}  # number -> line, in the current run of numbers
    last = 0  # the number of the entry before
    place = 0  # the entry's place in the current run
    for number, line in entries:
        place += 1
        if number is None:
            continue
        if number == 1 and number in seen:
            found.append(
                Anomaly(
                    AnomalyCode.LITERATURE_DUPLICATE_NUMBER,
                    f"literature numbering starts again at 1 after {last} ({unit} "
                    f"{seen[1]} and {line}): a number cited in the text is ambiguous",
                    line,
                    literature_entry=number,
                )
            )
            seen.clear()
            place = 1
        elif number in seen:
            found.append(
                Anomaly(
                    AnomalyCode.LITERATURE_DUPLICATE_NUMBER,
                    f"literature number {number} used twice ({unit} {seen[number]} and {line})",
                    line,
                    literature_entry=number,
                )
            )
        elif number not in (last + 1, place):
            found.append(
                Anomaly(
                    AnomalyCode.LITERATURE_NUMBERING,
                    f"literature entry numbered {number} where {last + 1} was expected",
                    line,
                    literature_entry=number,
                )
            )
        seen.setdefault(number, line)
        last = number
    return found
