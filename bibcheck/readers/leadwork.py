"""A footnote that cites a work of its own before the works it cites by key.

In the readers that cite by key (Pandoc/R Markdown, AsciiDoc) a footnote citing a key
takes that entry as its reference.  A note may first cite a work in words and only then
send the reader to a keyed one: ``Ley N.º 070 "Avelino Siñani", 20 de diciembre de 2010.
On its aims see @lopez2009 [p. 41].``, ``*The Guardian*, 3 May 2020; cf. [@smith2019].``.
The note's own work is its reference; the keyed works stay citations of their own.  A
lead-in alone before the key (``See``, ``On this point, see also``, ``As argued by``,
``Quoted on p. 45 of``) or prose with nothing a citation has is no work of the note's.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import bibliographic

__all__ = ["lead_work"]

_MIN_LETTERS = 8  # fewer letters before the key: a lead-in ("See", "Cf.")
_MAX_ENDS = 8  # sentence ends tried
# where a work cited in words ends, before the sentence that sends on to the key: a full
# stop or semicolon before a space ("…, 20 de diciembre de 2010. On its aims see @key")
_WORK_END = lazy_compile(r"[.;](?=\s)")


def lead_work(before: str, line_starts: Sequence[int]) -> Reference | None:
    """The work a note cites in words before its first key citation (``before``: the
    note's text up to it), parsed at ``line_starts``; None when that text cites no work
    of its own.  The work ends a sentence or clause of its own (so "Quoted on p. 45 of"
    or "As argued in" before the key is a lead-in) and has a year, a URL or a DOI."""
    text = " ".join(before.split())
    for m in itertools.islice(_WORK_END.finditer(text), _MAX_ENDS):
        head = text[: m.start()]
        if sum(1 for c in head if c.isalpha()) < _MIN_LETTERS or not bibliographic(head):
            continue
        ref = parse_reference(head, tuple(line_starts), detect_styles=True, note=True)
        if ref.kind is not RefKind.COMMENTARY and (ref.year or ref.url or ref.doi):
            return ref
    return None
