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
# Latin "cit.", "citado/citada", "citato", "précité", "supra" (Albanian "vep. e cit." too);
# and in the other languages of the Balkans: Albanian "vepra e cituar", Greek "ό.π." / "ο.π."
# (όπως παραπάνω), Bulgarian, Macedonian and Serbian "цит." (цитирано), Serbian and Croatian
# "нав. дело" / "nav. djelo" / "nav. dj." (наведено дело)
_CITED_BEFORE = lazy_compile(
    r"(?<![\w.])(?:cit\.|cit(?=\s*$)|cits?\.|ya\scitad[oa]s?|citad[oa]s?|citat[oa]|précitée?s?"
    r"|supra|vepra\se\scituar|[όο]\.\s?π\.|цит\.|нав\.\s?(?:дело|дј?\.)|nav\.\s?(?:djelo|delo|dj?\.))"
    r"(?!\w)",
    re.IGNORECASE,
)
# an act's or a decision's number with its year: "2016/679", "95/46/CE", "3/2018",
# "C-131/12", "n. 241/1990"
_NUMBER = lazy_compile(
    r"(?<![\w/.-])(?:C-|T-)?\d{1,5}/\d{2,4}(?:/(?:UE|EU|CE|EC|EEC|CEE))?(?![\w/])"
)


# an act's designation with a number that holds no year, after its number's mark: "Ligji nr.
# 7895", "Lei n.º 13.709", "Закон бр. 12", "Zákon č. 40": the designation's word and the
# number tell the act (a page, "f. 12", or an issue, "vol. 22, nr. 4", has no such word
# before its mark: "vol." is cut off by its stop)
_DESIGNATED_NUMBER = lazy_compile(
    r"(?<![\w.])(?P<word>[^\W\d_]{2,30})\s(?:nr|no|n\.?\s?[º°]|n[º°o]|br|бр|št|č|núm|№)\.?\s?"
    r"(?P<number>\d{1,3}(?:\.\d{3})?|\d{4,6})(?![\d/])",
    re.IGNORECASE,
)


def _designated(text: str) -> set[tuple[str, str]]:
    """The (designation's word, number) pairs of :data:`_DESIGNATED_NUMBER` in ``text``,
    the word case-folded: {("ligji", "7895")} for "Ligji nr. 7895, vep. e cit."."""
    return {
        (m.group("word").casefold(), m.group("number")) for m in _DESIGNATED_NUMBER.finditer(text)
    }


def repeated_act(text: str, earlier: Sequence[str], is_legal: Callable[[str], bool]) -> int | None:
    """The index in ``earlier`` of the note ``text`` repeats by an act's number, with its
    year ("Ley 34/2002, cit.") or by its designation ("Ligji nr. 7895, vep. e cit."; None:
    ``text`` is no such short note, or no earlier note cites that act)."""
    if len(text) > 300 or _CITED_BEFORE.search(text) is None:
        return None
    numbers = {m.group(0) for m in _NUMBER.finditer(text)}
    designated = _designated(text) if not numbers else set()
    if not numbers and not designated:
        return None
    for j in range(len(earlier) - 1, -1, -1):
        if numbers:
            found = bool(numbers & {m.group(0) for m in _NUMBER.finditer(earlier[j])})
        else:
            found = bool(designated & _designated(earlier[j]))
        if found and is_legal(earlier[j]):
            return j
    return None
