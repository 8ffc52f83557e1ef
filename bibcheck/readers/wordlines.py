"""An entry set one word to a line: ``pdftotext``'s reading of a justified narrow line.

A justified line whose words stand far apart (a narrow column, a long DOI forcing wide
gaps) may come out of ``pdftotext`` one word to a line, often with blank lines between
(``integration.`` / ``Journal`` / ``of`` / ``Personality`` / ``65(4),`` / ``681-704.``).  A
word on its own is then no heading of another column and no new entry, and the list does
not end there: it is the entry's text going on.  A run is :data:`_MIN_RUN` lines of text or
more in a row (blank lines between them apart), each a single word, that the list's next
entry follows.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["word_runs"]

_MIN_RUN = 3  # single-word lines in a row


_LONGEST = 80  # characters of a word (a DOI or an address may be one)
_UNSPACED = 0x2E80  # scripts written with no spaces (CJK) from here: a line is no word


def _word(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= _LONGEST
        and len(stripped.split()) == 1
        and not any(ord(c) >= _UNSPACED for c in stripped)
    )


def word_runs(texts: Sequence[str]) -> dict[int, int]:
    """Each index of ``texts`` (lines, blank ones included) in a run of single-word lines,
    mapped to the index of the first line of text after its run (``len(texts)`` at the
    end): the caller reads the run as the entry's when what follows goes on with the list
    (its next entry)."""
    found: dict[int, int] = {}
    run: list[int] = []
    for k, text in enumerate([*texts, "two words"]):
        if not text.strip():
            continue
        if _word(text):
            run.append(k)
            continue
        if len(run) >= _MIN_RUN:
            found.update(dict.fromkeys(run, min(k, len(texts))))
        run = []
    return found
