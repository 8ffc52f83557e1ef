"""Citations whose numbers lie past the end of the numbered list they cite.

A text converted from PDF may lose the end of its list (a page the converter set one word
to a line, a list the reader stopped early), or a superscript may be misread; either way a
citation of ``58`` under a list of 51 entries has no entry to point at.  The PDF reader
marks a number a little past the list's end (a lost entry) as a citation; a number further
past is not taken for one, but never dropped silently: every such number is named in one
``citation-key-missing`` anomaly, at the lines where it stands.
"""

from __future__ import annotations

from collections.abc import Iterable

from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["past_list_anomaly"]

_SHOWN = 12  # numbers named in the message; the rest counted


def past_list_anomaly(cited: Iterable[tuple[int, int]], last: int) -> Anomaly | None:
    """One anomaly naming the numbers of ``cited`` (``(number, line)`` pairs) past ``last``,
    the list's last number, with the lines they stand at; None when there are none."""
    lines: dict[int, list[int]] = {}
    for number, line in cited:
        if number > last:
            lines.setdefault(number, [])
            if line not in lines[number]:
                lines[number].append(line)
    if not lines:
        return None
    numbers = sorted(lines)
    shown = ", ".join(f"{n} (line {', '.join(map(str, lines[n]))})" for n in numbers[:_SHOWN])
    more = f" and {len(numbers) - _SHOWN} more" if len(numbers) > _SHOWN else ""
    every = sorted({line for n in numbers for line in lines[n]})
    return Anomaly(
        AnomalyCode.CITATION_KEY_MISSING,
        f"{len(numbers)} cited {'number lies' if len(numbers) == 1 else 'numbers lie'} past "
        f"the end of the reference list (its last entry is {last}): {shown}{more}; not read "
        "as citations (entries lost in conversion, or a list read short)",
        every[0],
        lines=tuple(every),
    )
