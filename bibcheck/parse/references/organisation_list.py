"""Several organisations as an entry's authors, before its title.

Vancouver, APA and Chicago entries by bodies that wrote together list them, comma- or
semicolon-separated, ending in a full stop: "European Pressure Panel, National Injury
Panel, Pacific Wound Alliance. Title. 3rd ed. …", "American Heart Association; European
Society of Cardiology. Title. Journal. 2022;…". Names long enough not to read as people's
names were taken for the title when no reading of people's names fitted.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import ORGANISATION_WORD, U

_ORG_WORD = lazy_compile(ORGANISATION_WORD)
# one organisation's name: capitalised words, with "of", "for", "the", "and" … between them,
# an acronym in brackets, an apostrophe ("United Nations Children's Fund")
# (and the small words of German, French, Spanish, Portuguese, Italian and Turkish names:
# "Arbeitsgemeinschaft der Wissenschaftlichen Medizinischen Fachgesellschaften", "Haute
# Autorité de santé", "Sociedad Española de Cardiología"; an acronym in brackets of mixed
# case, "(BÄK)", "(IQWiG)"; a name opening with a dotted abbreviation, "U.S. Food and Drug
# Administration")
_WORD = (
    rf"(?:[{U}][\w'’&-]*|\([{U}][\w&-]{{1,12}}\)|of|for|the|and|on|in|to|&|der|die|des|für"
    r"|und|de|du|la|le|les|et|del|los|las|y|e|da|do|dos|della|di|ve|için)"
)
_NAME = rf"(?:[{U}]\.(?:[{U}]\.)+\s)?[{U}][\w'’&-]*(?:\s{_WORD}){{0,14}}"
_LIST = lazy_compile(
    rf"^(?P<orgs>{_NAME}(?:(?:,\s(?:and\s)?|;\s){_NAME}){{1,9}})\.\s+(?P<after>\S.*)$"
)
# a body's acronym in brackets closing its name, two capitals or more: "(BÄK)", "(AWMF)"
_BRACKETED = lazy_compile(rf"\((?=(?:[^)]*[{U}]){{2}})[{U}][\w&-]{{1,12}}\)$")
_SEPARATOR = lazy_compile(r",\s(?:and\s)?|;\s")


def organisation_list(text: str) -> tuple[tuple[str, ...], str] | None:
    """(the organisations, what follows them) when ``text`` opens with two or more names
    each holding a word for an organisation ("Panel", "Association", "Fund") or closed by its
    acronym in brackets ("Bundesärztekammer (BÄK)"), separated by
    commas or semicolons and ended by a full stop; else None (a comma within one body's
    name, "Ministry of Agriculture, Fisheries and Food", leaves a part with no such word)."""
    m = _LIST.match(text)
    if m is None:
        return None
    names = tuple(n.strip() for n in _SEPARATOR.split(m.group("orgs")) if n.strip())
    if len(names) < 2 or not all(_ORG_WORD.search(n) or _BRACKETED.search(n) for n in names):
        return None
    return names, m.group("after")
