"""How Typst sorts a person's name in a bibliography it prints (its engine, hayagriva).

hayagriva reads a ``.bib`` name as biblatex does: the words of the family part up to its
last word in lower case are the name's prefix, its "von" part (``de Jong, M.``: prefix
"de", family "Jong"; ``De la Fuente, A.``: prefix "De la", family "Fuente"; all words in
lower case: every word but the last).  To sort, it writes the name ``Family, Given
prefix``: the prefix always after the given names, whatever the style's
``demote-non-dropping-particle`` says -- "de Jong" sorts under J, "van der Berg" under B.

A family name that opens with a capitalised particle (``Van Gogh``, ``De Jong``, ``Di
Stefano``: a word or words of hayagriva's list of particles, before a space) keeps it as
part of the family name; sorting then puts it after the given names ("Gogh, Vincent Van":
under G) unless the style's ``demote-non-dropping-particle`` is ``never`` (under V).

An organisation (a name with no given name) sorts without a leading English article ("The
Royal Society" under R).  Sources: hayagriva ``src/csl/rendering/names.rs``
(``write_name``: ``reverse_keep_particle``, ``reverse_demote_particle``),
``src/types/persons.rs`` (``name_particle``, ``name_without_article``),
``src/lang/name.rs``; biblatex ``src/types/person.rs`` (``parse_single_comma``).
"""

from __future__ import annotations

__all__ = ["PARTICLES", "sort_parts"]

# hayagriva's name particles (src/lang/name.rs), in lower case
PARTICLES = frozenset(
    {
        *("'t", "a", "ab", "af", "al", "am", "and", "ap", "auf", "auf der", "bar", "ben"),
        *("bin", "d'", "da", "dai", "dal", "dall'", "dalla", "dalle", "de", "de la"),
        *("de las", "de los", "de'", "degli", "dei", "del", "dela", "dell'", "della"),
        *("delle", "dello", "den", "der", "des", "di", "do", "dos", "du", "e", "el", "en"),
        *("et", "fan", "filho", "fitz", "grosse", "große", "i", "ibn", "in", "l'", "la"),
        *("las", "le", "li", "lo", "los", "m'", "mac", "mc", "n'", "no", "ní", "o", "och"),
        *("of", "op de", "saint", "sainte", "san", "sant", "santa", "santo", "st", "ste"),
        *("t'", "te", "ten", "ter", "thoe", "tot", "und", "und der", "van", "van de"),
        *("van den", "van der", "van het", "vande", "vanden", "vander", "ver", "vom", "von"),
        *("von den", "von der", "von und zu", "y", "z", "ze", "zu", "zum", "zur", "à", "é"),
        "ó",
    }
)
# the leading articles an organisation's name sorts without (src/lang/en.rs)
_ARTICLES = frozenset({"A", "AN", "An", "THE", "The", "a", "an", "the"})


def _prefix_split(family: str) -> tuple[str, str]:
    """(prefix, family) of a ``.bib`` family part, as biblatex splits it."""
    words = family.split()
    if len(words) < 2:
        return "", family.strip()
    lower = [w[:1].islower() for w in words]
    if not any(lower):
        return "", " ".join(words)
    if all(lower):
        return " ".join(words[:-1]), words[-1]
    last = max(i for i, low in enumerate(lower) if low)
    if last == len(words) - 1:
        return "", " ".join(words)  # (no family word left after the prefix: kept whole)
    return " ".join(words[: last + 1]), " ".join(words[last + 1 :])


def _particle(family: str) -> str:
    """The capitalised particle opening ``family`` (the longest of the list), or ""."""
    words = family.split()
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if head.lower() in PARTICLES:
            return head
    return ""


def sort_parts(name: str, demote: bool) -> list[str]:
    """The parts of ``name`` (``Family, Given`` or an organisation's name) in the order
    hayagriva sorts them; ``demote``: the style demotes non-dropping particles (its
    ``demote-non-dropping-particle`` is not ``never``)."""
    name = name.replace("{", "").replace("}", "").strip()
    family, comma, given = name.partition(",")
    if not comma:
        head, _, rest = name.partition(" ")
        return [rest] if head in _ARTICLES and rest.strip() else [name]
    prefix, family = _prefix_split(family)
    particle = _particle(family) if demote else ""
    if particle:
        family = family[len(particle) :].strip()
    return [family, given.strip(), prefix, particle]
