"""The authors a GOST / DSTU statement of responsibility names.

GOST 7.1-2003, GOST R 7.0.100-2018 and DSTU 8302:2015 head a work by its first author
and name all its authors (up to four; the first and ``[и др.]`` beyond) again after
the title, in the statement of responsibility::

    Петров, С. Н. Статистика отказов / С. Н. Петров, К. А. Лебедев // Журнал. – 2019.
    Методика оценки / Р. Ф. Хасанов, И. Г. Мухаметов, Л. Р. Ахмадуллина, О. В. Белова.
    Title / P. Bains, A. Ismail, F. Melo [et al.]. – Washington : IMF, 2023.

The statement names the people before its first ``;``; a part that is anything but
names (``сост. И. В. Лебедев``, ``под ред. ...``, ``Банк России``) names no author.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import INITIAL_DIGRAPH, SURNAME

_GIVEN = rf"{INITIAL_DIGRAPH}(?:\s?-?\s?{INITIAL_DIGRAPH}){{0,2}}"
# "С. Н. Петров", "J.-P. Dupont", "Yu. A. Smirnov" (the form GOST writes here) or, as
# patents and some lists write it, "Гарипов Р. М."
_FORWARD = lazy_compile(rf"(?P<given>{_GIVEN})\s?(?P<surname>{SURNAME})")
_INVERTED = lazy_compile(rf"(?P<surname>{SURNAME})\s(?P<given>{_GIVEN})")
# (at most one, at the end: tried from the first of a run of spaces, or a comma, not again
# from each space of it, which made a long run quadratic)
_ET_AL = lazy_compile(
    r"(?:(?<!\s)|(?=,)),?\s*+\[?(?:и\sдр|et\sal|та\sін|і\sін|і\sінш|и\sсоавт)\.?\]?$"
)


def named_people(responsibility: str) -> tuple[tuple[str, str], ...]:
    """``(surname, initials)`` of each person the statement names before its first
    ``;``, in order; none when any part of it is not a person's name."""
    first = re.sub(r"\s+", " ", re.split(r"\s?;\s", responsibility)[0]).strip(" ,;")
    # (the period that ends the area, not an initial's: "/ С. Н. Петров.")
    first = _ET_AL.sub("", re.sub(r"(?<=[^\W\d_]{3})\.$", "", first)).strip(" ,")
    if not first:
        return ()
    people: list[tuple[str, str]] = []
    for part in first.split(", "):
        person = _FORWARD.fullmatch(part.strip()) or _INVERTED.fullmatch(part.strip())
        if person is None:
            return ()
        people.append((person.group("surname"), person.group("given")))
    return tuple(people)


def _surname(author: str) -> str:
    """The surname an author heading starts with: ``Петров, С. Н.`` -> ``петров``."""
    head, comma, _ = author.partition(",")
    words = head.split() if comma else [w for w in head.split() if not w.endswith(".")]
    return " ".join(words).casefold()


def _initials(text: str) -> str:
    """The initials of a name, compared: ``Петров, С. Н.`` -> ``СН``."""
    return "".join(re.findall(rf"{INITIAL_DIGRAPH}", text)).replace(".", "").casefold()


def with_named_authors(authors: tuple[str, ...], responsibility: str) -> tuple[str, ...]:
    """``authors`` (the heading's) followed by every other person the statement of
    responsibility names, written as the heading writes its author (``Лебедев, К. А.``,
    or ``Лебедев К. А.`` after a heading without the comma); nobody twice."""
    people = named_people(responsibility)
    if not people:
        return authors
    comma = not authors or "," in authors[0]
    known = {_surname(a) for a in authors}
    if authors and _initials(people[0][1]) == _initials(authors[0]):
        # the statement repeats the heading author first, whatever the spelling ("Zalesky,
        # B. Title / B. Zaleskii")
        people = people[1:]
    added: list[str] = []
    for surname, given in people:
        if surname.casefold() in known:
            continue
        known.add(surname.casefold())
        added.append(f"{surname}, {given}" if comma else f"{surname} {given}")
    return authors + tuple(added)
