"""A court decision cited again by its name alone, as French, Italian and Spanish legal
notes repeat a case: ``Arrêt *Jand'heur*, préc.``, ``*Teffaine*, précité, p. 3``, ``Aff.
*Costa*, préc.``, ``Sentenza *Google Spain*, cit.``, ``Caso *Costeja*, cit.``, ``Sentencia
*Prestige*, cit.`` (the word for the decision perhaps, the parties' name in italics or
quotes, then "cited above" in the note's language).

:func:`case_named` reads such a note (the name and what follows "cited above");
:func:`named_case_note` finds the latest earlier note naming that case in italics or quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

__all__ = ["case_named", "named_case_note"]

# the decision's word: French "arrêt", "décision", "aff." (affaire); Italian "sentenza",
# "ordinanza", "caso"; Spanish "sentencia", "caso", "asunto"; Portuguese "acórdão"
_WORD = (
    r"(?:[Aa]rrêt|[Dd]écision|[Aa]ff\.|[Aa]ffaire|[Ss]entenza|[Oo]rdinanza|[Cc]aso"
    r"|[Ss]entencia|[Aa]sunto|[Aa]córdão)"
)
_NAMED = lazy_compile(
    rf"^\s*(?:{_WORD}\s)?"
    r"(?:\*(?P<a>[^*]{2,80})\*|_(?P<b>[^_]{2,80})_|«\s?(?P<c>[^»]{2,80}?)\s?»|“(?P<d>[^”]{2,80})”)"
    # "cited above": French "préc." / "précité(e)", Italian and Spanish "cit." / "citata",
    # Portuguese "cit.", Latin "supra"
    r",?\s(?:préc\.|précitée?|cit\.|citata|citada|supra)(?P<locator>.*)$"
)


def case_named(text: str) -> tuple[str, str] | None:
    """``(the case's name, what follows "cited above")`` of a note repeating a case by its
    name, or None."""
    m = _NAMED.match(text)
    if m is None:
        return None
    name = m.group("a") or m.group("b") or m.group("c") or m.group("d")
    return name.strip(), m.group("locator")


def named_case_note(texts: Sequence[str], before: int, name: str) -> int | None:
    """The latest note before ``before`` naming the case ``name`` in italics or quotes."""
    marked = re.compile(rf"(?:\*|_|«\s?|“){re.escape(' '.join(name.split()))}(?:\*|_|\s?»|”)")
    for j in range(before - 1, -1, -1):
        if marked.search(" ".join(texts[j].split())):
            return j
    return None
