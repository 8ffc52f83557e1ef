"""Does a "title" start with more authors?  A parser that took the first name of a list for
the whole author ("Chapekis, A." of "Chapekis, A., Bestvater, S., Remy, E., & Rivero, G.",
"Meech K.J." of "Meech K.J., Weryk R., Micheli M. et al., Title") is left the rest of the
names at the head of its title; such a reading is refused, so that a parser of the list's
own shape reads the names whole.

A name at the head of the title, then a comma, "&"/"and" ("et", "und", "y") or "et al." in
the list's language, in the shapes lists write a person with initials:

* ``S., Remy, E.`` (the initials of an inverted name, the surname read as the author);
* ``Bestvater, S., …`` (another inverted name, initials after a comma);
* ``Weryk R., …``, ``Micheli M. i in., …`` (the family name, then the initials);
* ``J. Sellen, and C.-K. Yap (1995)`` (initials first, as SIAM's lists write every name).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import INITIALS, LAST_NAME_AND, NOTE_ET_AL, SURNAME

__all__ = ["names_lead"]

# (bare initials only before another name: "U.S., Foreign Policy" may be a title)
_NAME_THEN_MORE = lazy_compile(
    rf"^(?:{INITIALS},\s(?:&\s|and\s)?{SURNAME},?\s{INITIALS}"
    rf"|{SURNAME},?\s{INITIALS}(?:,\s|\s(?:&|{LAST_NAME_AND})\s|,?\s{NOTE_ET_AL}|,?\set\sal\b)"
    # ("J. Sellen, and C.-K. Yap (1995)": initials first, the other names of a SIAM list)
    rf"|{INITIALS}\s?{SURNAME}(?:,\s(?:&\s|and\s)?|\s(?:&|and)\s){INITIALS}\s?{SURNAME})"
)


def names_lead(title: str) -> bool:
    """Does ``title`` start with a person's name with initials, followed by more names or
    "et al."?"""
    return _NAME_THEN_MORE.match(title.lstrip()) is not None
