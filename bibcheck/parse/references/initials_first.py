"""A list of names written initials first, as SIAM's, the AMS's and many physics and
computing lists print them before the year::

    L. M. Adleman (1994), …
    J. Okafor, B. Lind, and C.-K. Yap (1995), …
    A. K. Lenstra, H. W. Lenstra, Jr., and J. M. Pollard (1990), …
    P. van Emde Boas (1990), …       A. Karatsuba and Yu. Ofman (1962), …

Each person is one to three initials (``L. M.``, ``C.-K.``, ``Yu.``, ``Th.``), a family name
(with its particle, ``van Emde Boas``, ``de Bakker``) and perhaps ``Jr.``; persons are parted
by commas, ``and``, ``&`` or the list's language's word for it (``und``, ``et``, ``y``,
``e``, ``i``, ``og``, ``och``).  Only a text that is such a list from end to end is read: an
inverted name (``Smith, J. A.``) or a body is left to the other readings.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import INITIAL_DIGRAPH, SURNAME, U

__all__ = ["initials_first_people"]

_INITIALS = rf"(?:[{U}]-[{U}]\.|{INITIAL_DIGRAPH})(?:\s?-?(?:[{U}]\.|{INITIAL_DIGRAPH})){{0,2}}"
_PERSON = rf"{_INITIALS}\s?{SURNAME}(?:\s{SURNAME})?(?:,\s(?:Jr|Sr)\.)?"
_AND = r"(?:and|&|und|et|y|e|i|og|och)"
_LIST = lazy_compile(rf"{_PERSON}(?:(?:,\s{_AND}\s|,\s|\s{_AND}\s){_PERSON}){{0,30}}")
# (the editors' mark after the names: "A. K. Berg and H. W. Berg, Jr., eds.")
# (:data:`.role_marks.ABBREVIATED`: "…, eds.", "… Hrsg.", "…, toim.")
_EDITORS = lazy_compile(rf",?\s(?:{role_marks.alternation(role_marks.ABBREVIATED)})\.$")
_ONE = lazy_compile(rf"(?:,\s{_AND}\s|,\s|\s{_AND}\s)?(?P<person>{_PERSON})")


def initials_first_people(text: str) -> tuple[str, ...] | None:
    """The persons of ``text`` when it is all a list of initials-first names (``L. M.
    Adleman``, ``J. Okafor, B. Lind, and C.-K. Yap``), as written; else None."""
    text = _EDITORS.sub("", text.strip()).rstrip(",")
    if not _LIST.fullmatch(text):
        return None
    return tuple(m.group("person") for m in _ONE.finditer(text))
