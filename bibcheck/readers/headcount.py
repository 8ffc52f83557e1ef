"""How many people an author-date entry's head names, and how a mention counts them.

A list may hold a work of one author and a work of the same author with others, of the
same year (``Smith, J. (2010).`` and ``Smith, J., Jones, K., & Lee, M. (2010).``); the text
tells them apart by how many it names: ``(Smith, 2010)`` the sole author's, ``(Smith &
Jones, 2010)`` the pair's, ``(Smith et al., 2010)`` (``u. a.``, ``et coll.``, ``i in.``)
the one of three or more.  :func:`head_people` counts the people of a head as the styles
write them: APA's and Harvard's ``Family, I.`` pairs, Chicago's first name inverted and the
rest in natural order (``Smith, John, Karl Jones, and Mary Lee``), ABNT's and DIN's names
parted by semicolons or slashes (``SMITH, John; JONES, Karl``), compact ``Smith J, Jones K``.
"""

from __future__ import annotations

from typing import NamedTuple

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND, ET_AL
from bibcheck.parse.references.patterns import U

MANY = 3  # three people or more: what "et al." stands for

# ("J.", "J. K.", "J.-P.", "Yu.", "JK": no family name in capitals, "SMITH")
_INITIALS = lazy_compile(rf"[{U}]{{1,3}}|(?:[{U}][a-z]?\.(?:\s?-\s?|\s)?){{1,4}}")
# where names go on after a full stop and a space: another initial, a family name and its
# comma, "and", "et al." (else the title starts there: "SMITH, John. Cidades e rios")
_GOES_ON = lazy_compile(
    rf"(?:[{U}]{{1,2}}\.|[{U}][\w'’-]*(?:\s[\w'’-]+){{0,3}}[,;]|(?:{AND})\s|{ET_AL}|\()"
)
_STOP = lazy_compile(r"\.\s+")
_LAST_WORD = lazy_compile(r"[^\w'’-]")
_OTHERS = lazy_compile(rf"(?<![\w])(?:{ET_AL})(?![\w])")
_PARTS = lazy_compile(rf"\s*(?:[,&]|\s(?:{AND})\s)\s*")
_SEMICOLON = lazy_compile(r"\s*[;/]\s*")
_WORD = lazy_compile(rf"[{U}][\w'’-]+")
_COMPACT = lazy_compile(rf"[{U}][\w'’-]+(?:\s[\w'’-]+)*\s[{U}]{{1,3}}")


class HeadPeople(NamedTuple):
    """The people a head names: how many (:data:`MANY` for three or more), and the family
    names of the first two (empty strings where there are none)."""

    number: int
    first: str
    second: str


def names_part(head: str) -> str:
    """The names of ``head`` (an entry's text before its year or title): up to the full
    stop after which no name goes on."""
    for stop in _STOP.finditer(head):
        before = head[: stop.start()]
        last = _LAST_WORD.split(before[-40:])[-1]
        if len(last) > 1 and last.isalpha() and not last.isupper():
            return before  # ("Mary. Title": a name written out ends there, no initial)
        if _GOES_ON.match(head, stop.end()) is None:
            return before
    return head


def head_people(head: str) -> HeadPeople | None:
    """The people ``head`` names (:class:`HeadPeople`), or None when it names none."""
    names = names_part(head).strip(" .,")
    many = _OTHERS.search(names) is not None
    names = _OTHERS.sub("", names).strip(" .,")
    if not names:
        return None
    if _SEMICOLON.search(names):  # "SMITH, John; JONES, Karl", "Schmidt, J./Braun, K."
        people = [p for p in _SEMICOLON.split(names) if p.strip(" .,")]
        families = [p.split(",")[0] for p in people]
    else:
        tokens = [t for t in _PARTS.split(names) if t.strip(" .")]
        if not tokens:
            return None
        if all(_COMPACT.fullmatch(t.strip(" .")) for t in tokens):  # "Smith J, Jones K"
            families = [t.rsplit(" ", 1)[0] for t in tokens]
        elif len(tokens) > 1 and _INITIALS.fullmatch(tokens[1].strip()):  # "Smith, J."
            families = [t for t in tokens if not _INITIALS.fullmatch(t.strip())]
        elif all(" " in t.strip() for t in tokens[2:]):  # "Smith, John, Karl Jones"
            families = [tokens[0], *(t.split()[-1] for t in tokens[2:])]
        else:  # "Smith, John, Jones, Karl" (every name inverted)
            families = tokens[0::2]
    words = [_WORD.findall(f) for f in families[:2]]
    first = words[0][-1] if words and words[0] else ""
    second = words[1][-1] if len(words) > 1 and words[1] else ""
    if not first:
        return None
    return HeadPeople(MANY if many else min(len(families), MANY), first, second)


def count_keys(head: str, joint: str) -> set[str]:
    """The keys that tell an entry from another of its first author and year by how many
    people it names: ``Smith<joint>#1`` (the sole author), ``Smith<joint>Jones<joint>#2``
    (the pair), ``Smith<joint>#3`` (three or more); none for a head of no names."""
    people = head_people(head)
    if people is None:
        return set()
    if people.number == 1:
        return {f"{people.first}{joint}#1"}
    if people.number == 2:  # noqa: PLR2004 (a pair)
        return {f"{people.first}{joint}{people.second}{joint}#2"}
    return {f"{people.first}{joint}#{MANY}"}


_ET_AL_AFTER = lazy_compile(rf",?\s+(?:{ET_AL})")


def mention_key(text: str, name: str, name_end: int, joined: str | None, joint: str) -> str:
    """The key of :func:`count_keys` a mention's form asks for: the pair's when it joins a
    second name (``Smith & Jones``), three or more's with "et al." after the name, else
    the sole author's."""
    if joined:
        return f"{name}{joint}{joined}{joint}#2"
    if _ET_AL_AFTER.match(text, name_end) is not None:
        return f"{name}{joint}#{MANY}"
    return f"{name}{joint}#1"
