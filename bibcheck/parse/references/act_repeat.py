"""Short notes that repeat a statute, regulation or court decision by its number.

Civil-law notes cite an act or a decision in full once (``Reglamento (UE) 2016/679 del
Parlamento Europeo …, DOUE L 119 …``, ``STC 58/2018, de 4 de junio …``) and later by its
designation alone, with a provision and a word saying it was cited before: ``Art. 17.3.a)
del Reglamento (UE) 2016/679, cit.``, ``art. 6 della l. n. 241/1990, cit.``, ``Directive
95/46/EC, supra``, ``la STC 58/2018, ya citada``.  :func:`repeated_act` finds the earlier
note that cites the same act in full: the latest one that writes the same number and is a
legal source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bibcheck.lazyre import lazy_compile

# the word that says the work was cited before: Spanish, Italian, Portuguese, French and
# Latin "cit.", "citado/citada", "citato", "précité", "supra"
_CITED_BEFORE = lazy_compile(
    r"(?<![\w.])(?:cit\.|cit(?=\s*$)|cits?\.|ya\scitad[oa]s?|citad[oa]s?|citat[oa]|précitée?s?"
    r"|supra)(?!\w)",
    re.IGNORECASE,
)
# an act's or a decision's number with its year: "2016/679", "95/46/CE", "3/2018",
# "C-131/12", "n. 241/1990"
_NUMBER = lazy_compile(
    r"(?<![\w/.-])(?:C-|T-)?\d{1,5}/\d{2,4}(?:/(?:UE|EU|CE|EC|EEC|CEE))?(?![\w/])"
)


def repeated_act(text: str, earlier: Sequence[str], is_legal: Callable[[str], bool]) -> int | None:
    """The index in ``earlier`` of the note ``text`` repeats by an act's number (None:
    ``text`` is no such short note, or no earlier note cites that act)."""
    if len(text) > 300 or _CITED_BEFORE.search(text) is None:
        return None
    numbers = {m.group(0) for m in _NUMBER.finditer(text)}
    if not numbers:
        return None
    for j in range(len(earlier) - 1, -1, -1):
        written = {m.group(0) for m in _NUMBER.finditer(earlier[j])}
        if numbers & written and is_legal(earlier[j]):
            return j
    return None
