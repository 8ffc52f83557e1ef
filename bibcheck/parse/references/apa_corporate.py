"""An organisation as an APA reference's author: ``U.S. Census Bureau. (2020). Title.``,
``Statistisches Bundesamt. (2021).``, ``Instituto Nacional de Estadística. (n.d.).``

APA writes a group author as its full name, then a full stop and the date in parentheses.
The name is capitalised words with a few lower-case joining words (``of``, ``for``, ``and``,
``de``, ``für``) and dotted abbreviations (``U.S.``); it is one author, never split into
persons.  A person's name in other styles is not one: ``Smith J. (2020)`` (Harvard, an
initial), ``Smith JA. (2020)`` (Vancouver's run-together initials), ``Müller, Hans (2020):``
(a comma).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import L, U

# (lower-case words inside an organisation's name, in the languages APA is written in)
_JOINING = (
    "of|for|and|the|on|in|at|to|&|de|del|della|di|des|du|la|las|le|los|y|e|et|da|do|dos"
    "|für|und|der|die|das|zur|zum|im|van|von|voor|en|och|og|i|för"
)
_WORD = lazy_compile(
    rf"(?:[{U}][{L}{U}][\w'’.-]*|(?:[{U}]\.){{2,}}|{_JOINING})",
)
_CAPITALISED = lazy_compile(rf"[{U}](?:[{L}{U}][\w'’.-]*|\.(?:[{U}]\.)+)")
_ACRONYM = lazy_compile(rf"[{U}]{{2,10}}")
# "Smith JA", "Rossi M": a family name with its initials run together
_RUN_INITIALS = lazy_compile(rf"[{U}][{L}][\w'’-]*\s[{U}]{{1,3}}")


def organisation_author(names: str) -> bool:
    """``names`` (the text before ``(YEAR).``) is an organisation written as APA's group
    author: capitalised words ending with a full stop, no comma, no initial."""
    stripped = names.strip()
    if not stripped.endswith(".") or "," in stripped:
        return False
    name = stripped[:-1].rstrip()
    words = name.split()
    if not words or len(words) > 15 or not _CAPITALISED.fullmatch(words[0]):
        return False
    if len(words) == 1:
        return _ACRONYM.fullmatch(name) is not None
    if _RUN_INITIALS.fullmatch(name):
        return False
    return all(_WORD.fullmatch(w) for w in words) and _CAPITALISED.fullmatch(words[-1]) is not None


# "World Health Organization (WHO).": the organisation's acronym in parentheses after its
# name, as APA 7 lets a writer give it (capitals, perhaps a lower-case letter or a digit
# among them: "(UNESCO)", "(BfArM)", "(G20)")
_WITH_ACRONYM = lazy_compile(
    rf"(?P<name>.+?)\s\((?P<acronym>(?=(?:[^()]*[{U}]){{2}})[{U}][{U}{L}\d&-]{{1,11}})\)\.$"
)


def acronym_organisation(names: str) -> str | None:
    """The organisation's name (``World Health Organization.``) when ``names`` is an APA
    group author with its acronym after it (``World Health Organization (WHO).``), else
    None.  The acronym is dropped: it is the in-text abbreviation, not part of the author,
    and the same body written without it must be the same author.  A person is never
    one (``Smith, J. (WHO).``, ``Smith J (WHO).``)."""
    m = _WITH_ACRONYM.fullmatch(names.strip())
    if m is None:
        return None
    name = m.group("name").strip() + "."
    return name if organisation_author(name) else None
