"""The sorting key of BibTeX's standard styles, as their ``.bst`` files compute it.

BibTeX sorts the entries of a list by the string each style's ``presort`` builds
(``sort.key$``), compared character by character.  In the styles read here:

* ``plain``, ``abbrv`` (``plain.bst``, ``abbrv.bst``): the names, four spaces, the year,
  four spaces, the title without a leading "A ", "An ", "The ";
* ``plainnat``, ``abbrvnat`` (natbib's ``natbst.mbs``): the names, four spaces, the year,
  four spaces, the citation key.  natbib's ``presort`` sorts by its label first only to
  give the "a", "b" of equal labels; the list is then sorted again by that string (its
  ``bib.sort.order``), so "Ostrom 1990, 2005, 2010" come before "Ostrom et al. 1994".

The names (``sort.format.names``): each person as ``{vv{ } }{ll{ }}{  ff{ }}{  jj{ }}``
(the "von" part and the family name, two spaces, the given names, two spaces, "Jr."),
three spaces between persons, every part ``sortify``'d (``purify$``: letters and digits
kept, accents off, white space, hyphens and ties a space, everything else dropped; then
lower case).  A closing ``and others`` is "et al" in ``plain``, "zzzzz" in natbib's
styles, which also put "zz" and the year before the second of three or more names (a
work of several authors after the first author's own and two-author works).  A book's
names are its authors, else its editors; any other entry with no author goes by its
``key`` field, else by an empty string (first in the list).  The whole key is cut at
``entry.max$`` characters (TeX Live: 500).

Checked against BibTeX 0.99d (TeX Live 2022) runs of ``plain``, ``abbrv``, ``plainnat``
and ``abbrvnat``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["BstEntry", "bst_entry", "bst_key", "bst_names", "bst_title", "sortify"]

ENTRY_MAX = 500  # entry.max$ (TeX Live's ent_str_size)

# letters NFKD does not take apart (BibTeX's purify$ drops the accent of \"o, \ss -> ss)
_FOLD = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ß": "ss"}
    | {"æ": "ae", "œ": "oe", "þ": "th"}
)
_TYPE = lazy_compile(r"\A\s*@\s*([A-Za-z]+)")
_FIELD = lazy_compile(r"(?:^|[,{\s])(author|editor|key)\s*=\s*", re.I)
_VALUE = r"(?:^|[,{\s])%s\s*=\s*(?:\{((?:[^{}]|\{[^{}]*\})*)\}|\"([^\"]*)\"|(\w+))"
_VALUES = {
    name: lazy_compile(_VALUE % name, re.I) for name in ("key", "year", "organization", "crossref")
}
_OTHERS = lazy_compile(r"(?:^|[,{\s])author\s*=\s*[{\"][^=]*?\band\s+others\s*[}\"]", re.I)
_TITLE_ARTICLES = ("The ", "An ", "A ")
_BOOKS = frozenset({"book", "inbook"})


def sortify(text: str, literal: str = "") -> str:
    """BibTeX's ``sortify``: ``purify$`` (letters and digits kept, accents off, white
    space, hyphens and ties a space, every other character dropped), then lower case.
    A letter outside ASCII that ``literal`` (the entry's ``.bib`` text) holds as it stands
    was written in UTF-8, not as a TeX accent (``{\\'e}``): BibTeX 0.99d keeps its bytes
    as they are, and they sort after every ASCII letter ("Álvarez" after "Zhang")."""
    out: list[str] = []
    for char in text:
        if char.isascii():
            if char.isalnum():
                out.append(char.lower())
            elif char.isspace() or char in "-~":
                out.append(" ")
        elif char in literal and char.isalnum():
            out.append(char)
        else:
            folded = unicodedata.normalize("NFKD", char.casefold()).translate(_FOLD)
            out.extend(c for c in folded if c.isascii() and c.isalnum())
    return "".join(out)


def _person(name: str, literal: str) -> str:
    """One name (``von Last, First`` or ``von Last, Jr, First``; an organisation whole)
    as ``{vv{ } }{ll{ }}{  ff{ }}{  jj{ }}``, sortified."""
    parts = [p.strip() for p in name.replace("{", "").replace("}", "").split(",")]
    if len(parts) >= 3:
        family, junior, given = parts[0], parts[1], ", ".join(parts[2:])
    elif len(parts) == 2:
        family, junior, given = parts[0], "", parts[1]
    else:
        family, junior, given = parts[0], "", ""
    out = sortify(" ".join(family.split()), literal)
    if given:
        out += "  " + sortify(" ".join(given.split()), literal)
    if junior:
        out += "  " + sortify(" ".join(junior.split()), literal)
    return out


def bst_names(
    authors: Sequence[str], year: str, *, natbib: bool, others: bool = False, literal: str = ""
) -> str:
    """``sort.format.names`` of ``authors`` (``Family, Given`` each) in ``plain`` (natbib:
    ``plainnat``); ``others``: the list closes with ``and others``; ``literal``: the
    entry's ``.bib`` text (see :func:`sortify`)."""
    names = [_person(a, literal) for a in authors] + (["others"] if others else [])
    count = len(names)
    out = ""
    for n, name in enumerate(names, start=1):
        last_others = others and n == count
        if n > 1:
            out += "   "
        if natbib and n > 1:
            if last_others:
                out += "zzzzz"
                continue
            if count > 2 and n == 2:
                out += "zz" + year + "   "
        elif last_others:
            out += "et al"
            continue
        out += name
    return out


def bst_title(title: str, literal: str = "") -> str:
    """``sort.format.title``: a leading "The ", "An ", "A " chopped (in that order, as
    written), sortified."""
    for article in _TITLE_ARTICLES:
        if title.startswith(article):
            title = title[len(article) :]
    return sortify(title, literal)


@dataclass(frozen=True, slots=True)
class BstEntry:
    """What a style's ``presort`` reads of one entry."""

    cite_key: str
    authors: tuple[str, ...] = ()  # the names it sorts by (authors, a book's editors)
    year: str = ""
    title: str = ""
    others: bool = False  # the author list closes with "and others"
    key_field: str = ""  # what an entry with no names sorts by (``key``, ``organization``)
    literal: str = ""  # the entry's .bib text (which letters it writes in UTF-8)


def bst_entry(
    cite_key: str, raw: str, authors: Sequence[str], year: str | None, title: str | None
) -> BstEntry:
    """The entry ``cite_key`` of a ``.bib`` (its text ``raw``), whose parsed authors (a
    book's editors when it has none) are ``authors``: an entry other than a book or a
    proceedings with no author field sorts by its ``key`` field, not by its editors (a
    manual or a proceedings by its ``organization`` first); the year is its ``year``
    field (a biblatex ``date`` alone gives BibTeX none)."""
    kind = _TYPE.match(raw)
    entry_type = kind.group(1).lower() if kind else ""
    fields = {m.group(1).lower() for m in _FIELD.finditer(raw)}
    named = "author" in fields or (entry_type in _BOOKS | {"proceedings"} and "editor" in fields)
    key_field = _value(raw, "key")
    organization = _value(raw, "organization")
    if organization and entry_type in ("manual", "proceedings"):
        # author.organization.sort, editor.organization.sort: "The " chopped
        key_field = organization.removeprefix("The ")
    if kind is not None and not _value(raw, "crossref"):  # (a crossref'd year is inherited)
        year = _value(raw, "year")
    return BstEntry(
        cite_key,
        tuple(authors) if named or kind is None else (),
        year or "",
        title or "",
        bool(_OTHERS.search(raw)),
        key_field,
        raw,
    )


def _value(raw: str, name: str) -> str:
    """The value of the field ``name`` of the ``.bib`` entry ``raw`` ("" when it has none)."""
    found = _VALUES[name].search(raw)
    return next((g for g in found.groups() if g), "") if found else ""


def bst_key(entry: BstEntry, *, natbib: bool) -> str:
    """The string ``plain``/``abbrv`` (natbib: ``plainnat``/``abbrvnat``) sort ``entry`` by."""
    if entry.authors:
        names = bst_names(
            entry.authors, entry.year, natbib=natbib, others=entry.others, literal=entry.literal
        )
    else:
        names = sortify(entry.key_field, entry.literal)
    last = entry.cite_key if natbib else bst_title(entry.title, entry.literal)
    return f"{names}    {sortify(entry.year)}    {last}"[:ENTRY_MAX]
