"""Inverted names with whole given names, parted by semicolons.

Spanish, Catalan and Portuguese lists (and ISO 690 in many languages) invert every name,
give the given names in full and part the people with semicolons: "Pujolar, Joan;
Gonzàlez, Isaac (2013).", "Boix-Fuster, Emili; Vila i Moreno, F. Xavier (1998).".  A
family name may be two joined by "i" / "y" / "e" ("Vila i Moreno", "Ortega y Gasset") or
carry its particles ("de la Fuente").  :func:`semicolon_people` reads such a list, and
:func:`joined_family` one such person alone ("Vila i Moreno, F. Xavier (ed.)").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import INITIALS, SURNAME_PLAIN, UPPER

__all__ = ["joined_family", "semicolon_people"]

_PARTICLES = r"(?:(?:de|del|da|das|do|dos|la|las|van|von|der|di|du)\s){0,2}"
_FAMILY_PART = rf"{_PARTICLES}{SURNAME_PLAIN}"
# one family name or two joined: "Boix-Fuster", "Vila i Moreno", "Ortega y Gasset"
_FAMILY = rf"{_FAMILY_PART}(?:\s(?:i|y|e)\s{_FAMILY_PART}|\s{_FAMILY_PART})?"
# the given names: whole words or initials, up to four ("F. Xavier", "Joan", "M. Teresa")
_GIVEN_WORD = rf"(?:{INITIALS}|[{UPPER}][\w'’-]{{1,30}})"
_GIVEN = rf"{_GIVEN_WORD}(?:\s{_GIVEN_WORD}){{0,3}}(?:\s(?:de|da|do|dos))?"
_PERSON = rf"{_FAMILY},\s{_GIVEN}"
_LIST = lazy_compile(rf"(?P<first>{_PERSON})(?:;\s(?:(?:i|y|e|and|&)\s)?{_PERSON}){{1,11}}")
_SPLIT = lazy_compile(r";\s(?:(?:i|y|e|and|&)\s)?")
_JOINED = lazy_compile(rf"{_FAMILY_PART}\s(?:i|y)\s{_FAMILY_PART},\s{_GIVEN}")
_ROLE = lazy_compile(rf"\s?(?i:{role_marks.MARK})\.?$")  # (:mod:`.role_marks`, any case)


def semicolon_people(text: str) -> tuple[str, ...] | None:
    """The people of ``text`` when it is a list of inverted names parted by semicolons
    ("Pujolar, Joan; Gonzàlez, Isaac"), each as written; else None."""
    names = _whole(text, _LIST.fullmatch)
    if names is None or ";" not in names:
        return None
    return tuple(part.strip() for part in _SPLIT.split(names))


def joined_family(text: str) -> tuple[str, ...] | None:
    """The one person of ``text`` when it is an inverted name whose family name is two
    joined by "i" / "y" ("Vila i Moreno, F. Xavier (ed.)"); else None."""
    name = _whole(text, _JOINED.fullmatch)
    return None if name is None else (name,)


def _whole(text: str, fullmatch: Callable[[str], re.Match[str] | None]) -> str | None:
    """``text`` without an editors' role, as ``fullmatch`` takes it whole, with or without
    its final full stop; else None."""
    names = _ROLE.sub("", text.strip())
    for candidate in (names, names[:-1] if names.endswith(".") else names):
        if fullmatch(candidate) is not None:
            return candidate
    return None
