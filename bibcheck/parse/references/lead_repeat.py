"""Short notes that repeat a numbered document by the words its full note opened with.

Notes in Italian, Spanish, Portuguese and French cite a standard, a circular or a technical
document in full once (``CNR-DT 200 R1/2013, Istruzioni per …, Roma 2013``, ``Circolare 21
gennaio 2019, n. 7 C.S.LL.PP., Istruzioni …``) and later by its opening words and ``cit.``
(``CNR-DT 200 R1/2013, cit., § 4.5``, ``Circolare 21 gennaio 2019, n. 7, cit., § C8.7.2``,
``UNE-EN 1992-1-1, op. cit., p. 12``, ``NBR 6118, ob. cit.``; in the Slavic languages
``Уредба (ЕЗ) бр. 396/2005, нав. дело, члан 18.``, ``Direktiva 2000/60/EZ, nav. dj., čl.
4.``).  :func:`repeated_lead` finds the latest earlier note that opens with those words.
Only a lead with a number in it is read so: a name alone before ``cit.`` (``Rossi, cit.,
p. 5``) is an author's short note, read by its author elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import OP_CIT_SLAVIC

__all__ = ["repeated_lead"]

_SHORT = lazy_compile(
    r"^(?P<lead>[^\s,][^;]{3,118}?),?\s(?:op\.\s?cit\.|ob\.\s?cit\.|cit\.|cit(?=\s*$)|précité"
    r"|citad[oa]|citat[oa]"
    # (the Slavic phrases for "the work cited", patterns.OP_CIT_SLAVIC: "нав. дело", "указ. соч.")
    r"|" + OP_CIT_SLAVIC + r")(?=[\s,.;]|$)",
    re.IGNORECASE,
)
_DIGIT = lazy_compile(r"\d")


def _flat(text: str) -> str:
    return " ".join(text.replace("*", "").replace("_", "").split()).casefold()


def repeated_lead(text: str, earlier: Sequence[str]) -> int | None:
    """The index in ``earlier`` of the note ``text`` repeats by the numbered words it opened
    with (None: ``text`` is no such short note, or no earlier note opens so)."""
    if len(text) > 300:
        return None
    m = _SHORT.match(text.strip())
    if m is None or _DIGIT.search(m.group("lead")) is None:
        return None
    lead = _flat(m.group("lead")).rstrip(" ,")
    for j in range(len(earlier) - 1, -1, -1):
        full = _flat(earlier[j])
        if full.startswith(lead) and len(full) > len(lead) + 10:
            after = full[len(lead)]
            if not after.isalnum() and _SHORT.match(earlier[j].strip()) is None:
                return j
    return None
