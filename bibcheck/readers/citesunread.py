"""A reference list read with none of the citations that cite it.

A reader that reads a document's list but no marker and no in-text citation, while
the text before the list holds citations of a shape another reader reads (``[3]`` in
prose forced through ``--reader pdf-text``; ``<<key>>`` nobody took), passes the
document as "a reference list only": every entry looks checked, no citation was.
That is told as an unread region at the first such citation, naming what was found
and which ``--reader`` reads it, never passed silently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bibcheck.readers.evidence import IN_TEXT_WHAT, Evidence, citation_evidence, describe


def before_lines(text: str, first: int) -> str:
    """``text`` with every line from line ``first`` (1-based) on blanked (kept as empty
    lines, so that line numbers stay those of the document)."""
    lines = text.split("\n")
    kept = lines[: max(first - 1, 0)]
    return "\n".join([*kept, *([""] * (len(lines) - len(kept)))])


def unread_citations(text: str, list_line: int) -> list[Evidence]:
    """The in-text citations of ``text`` (masked prose) above ``list_line``, the first
    line of the reference list a reader read."""
    return [e for e in citation_evidence(before_lines(text, list_line)) if e.what in IN_TEXT_WHAT]


def cites_unread_message(
    reader: str,
    entries: int,
    evidence: Sequence[Evidence],
    hint: Callable[[list[Evidence]], str],
) -> str:
    """What is told when ``reader`` read ``entries`` list entries and no citation while
    ``evidence`` was found above the list (``hint``: which --reader might read it)."""
    plural = "entries" if entries != 1 else "entry"
    return (
        f"read as {reader}, which read {entries} reference-list {plural} but no citation, "
        f"though the text before the list has {describe(evidence)}: these citations were "
        "not read, so no entry's citing was checked." + hint(list(evidence))
    )
