"""A work a note names in its prose: the person's name, the italic title, the year.

A note of commentary may name the work it points to inside a sentence rather than cite it:
``Usp. i poeziju Miroslava Krleže *Balade Petrice Kerempuha* (1936).``, ``Compare the
bleaker tone of Eliot's *The Waste Land* (1922).``, ``Por. też poezję Czesława Miłosza
*Ocalenie* (1945).``.  The italic title with its year in parentheses right after it is the
work, and the person's name right before it (after a word of prose in lower case) is its
author.  The name is in the case the sentence puts it in: an English possessive, or the
genitive of the Slavic languages (a noun governing the name: "poetry of"), whose dictionary
form :func:`nominative` gives back for the regular declensions: a masculine given name in
``-a`` marks the genitive, the family name then ends in ``-e`` (``Krleže`` of ``Krleža``)
or ``-a`` after a consonant (``Marulića`` of ``Marulić``, ``Miłosza`` of ``Miłosz``), and
the Polish adjectival ``-skiego`` / ``-skiej`` are ``-ski`` / ``-ska``.

:func:`named_in_prose` finds that shape (None when the note has another).
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.commentary import strip_lead_in
from bibcheck.parse.references.patterns import L, U

__all__ = ["NamedWork", "named_in_prose", "nominative", "possessive_author"]


@dataclass(frozen=True, slots=True)
class NamedWork:
    """The author's family name (in its dictionary form), the title and the year."""

    author: str
    title: str
    year: str


_WORD = rf"[{U}][{L}'’-]+"
# (a conjunction before the name joins it to another: "Smith and Jones *Title*")
_JOINING = r"(?:and|und|et|og|och|en|ou|oder|or|ili|oraz|és|ja|и|или)"
# prose before the name: no digit, no marked title, no colon of a citation's imprint; the
# word right before the name in lower case (a noun or a verb of the sentence, not a
# citation's own words)
_PROSE_WORK = lazy_compile(
    rf"^(?P<prose>[^\d*_“”«»„\"]{{0,200}}?\s)?(?P<lower>(?!{_JOINING}\s)[{L}]{{2,}})\s"
    rf"(?P<name>{_WORD}(?:\s{_WORD}){{0,2}})\s"
    r"(?P<title>\*[^*\d]{2,150}\*|_[^_\d]{2,150}_)\s\((?P<year>(?:1[5-9]|20)\d\d)\)"
    # a remark after it, no digit and no other title
    r"(?P<after>[,;]\s[^\d*_“”«»„\"]{0,160})?[.;]?\s*$"
)
_POSSESSIVE = lazy_compile(r"(?:['’]s|(?<=s)['’])$")
_CONSONANT = lazy_compile(r"[bcćčdđfghjklłmnńprřsśštvwzźżž]$")
_POLISH_ADJECTIVE = (("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"))
_POLISH_FEMININE = (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"))


def nominative(name: str, *, governed: bool = True) -> str:
    """The family name of ``name`` (one to three words, the family name last) in its
    dictionary form (see the module doc); as written when no rule applies.  ``governed``:
    a word of the sentence (a noun, not a lead-in) puts the name in its case."""
    words = name.split()
    family = _POSSESSIVE.sub("", words[-1])
    if family != words[-1]:
        return family
    given = words[0] if len(words) > 1 else ""
    for ending, stem in (*_POLISH_ADJECTIVE, *_POLISH_FEMININE):
        if family.endswith(ending) and len(family) > len(ending) + 1:
            return family[: -len(ending)] + stem
    if (
        not governed
        or len(given) < 4
        or not given.endswith("a")
        or not _CONSONANT.search(given[:-1])
    ):
        return family  # no genitive of a masculine given name before it
    if family.endswith("e") and len(family) > 3:
        return family[:-1] + "a"
    if family.endswith("a") and _CONSONANT.search(family[:-1]) and len(family) > 3:
        return family[:-1]
    return family


def named_in_prose(text: str) -> NamedWork | None:
    """The work ``text`` (a note, its lead-in blanked or not) names in its prose, or None."""
    found = _PROSE_WORK.match(" ".join(text.split()))
    if found is None:
        return None
    title = found.group("title")[1:-1].strip()
    # ("vidi Nikola Tesla *Title*": a lead-in governs no case)
    governed = strip_lead_in(found.group("lower") + " X") != found.group("lower") + " X"
    author = nominative(found.group("name"), governed=not governed)
    return NamedWork(author, title, found.group("year"))


# "… and Anna Lindqvist's reading of them in “Melisma and Meaning,” 130.": a person's name in
# the English possessive, what of theirs the note means in lower-case words, then "in" and the
# marked title (quoted or in italics) the note cites, a page or a remark after it
_POSSESSIVE_WORK = lazy_compile(
    rf"^(?:[^\d*_“”«»„\"]{{0,200}}?\s)?(?P<name>{_WORD}(?:\s{_WORD}){{0,2}})(?:['’]s|(?<=s)['’])"
    rf"\s[{L}]{{2,}}(?:\s[{L}]{{2,}}){{0,5}}\sin\s"
    r"(?P<title>\*[^*\d]{2,150}\*|_[^_\d]{2,150}_|“[^”\d]{2,150}”|\"[^\"\d]{2,150}\")"
    # (a page or pages after it, no other title)
    r"(?:,?\s(?:pp?\.\s?)?\d{1,4}(?:\s?[-–]\s?\d{1,4})?)?[.;]?\s*$"
)


def possessive_author(text: str) -> tuple[str, str] | None:
    """(author, title) of the work a note names as "X's <what of theirs> in <title>" (the
    name as written, the possessive dropped), or None."""
    found = _POSSESSIVE_WORK.match(" ".join(text.split()))
    if found is None:
        return None
    return found.group("name"), found.group("title")[1:-1].strip(" ,.")
