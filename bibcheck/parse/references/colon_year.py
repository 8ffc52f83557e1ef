"""The Central European archaeology and prehistory list: ``Family, I. Year: Title. …``.

Památky archeologické, Archeologické rozhledy, Slovenská archeológia, Przegląd
Archeologiczny, Archaeologiai Értesítő, Germania and the Prähistorische Zeitschrift print
the year after the names with no parentheses and a colon after it::

    Novák, J. 1998: Hradiště v Čechách. Praha: Academia.
    Kováč, M. – Hrnčiar, P. 2004: Title. Slovenská archeológia 52, 1–20.
    Nowak, A. a kol. 2010: Title. Kraków: Wydawnictwo.
    Schmidt, K. (Hrsg.) 2001: Title. Mainz: Zabern.
    Kovács, J. b. r.: Title. Budapest.

Names are ``Family, I.`` joined by an en dash (or a hyphen between spaces), the others
``a kol.`` (Czech, Slovak), ``et al.``, ``u. a.`` (German), ``i in.`` (Polish) or ``és
mtsai`` (Hungarian); an editor's ``(ed.)``, ``(eds)``, ``(Hrsg.)``, ``(Hg.)``, ``(red.)``,
``(szerk.)`` or ``(zost.)`` before the year; an undated work ``b. r.`` (bez roku), ``o. J.``
(ohne Jahr), ``b. d.``/``b.r.`` (Polish), ``é. n.`` (év nélkül) or ``s. a.`` instead of it.
:func:`colon_year` gives the entry in APA's order (``Family, I., & Family, I. (Year).
Title. …``), which the style parsers read; the AMS list's comma before the year
(``Osei, K., 2010: Title.``) is another shape and stays as it is.

A work filed under its own title (a map, a program: ``Name Year: Name 2.1 [program].``)
has no names: :func:`filed_title` gives its head when the title after the colon opens
with it, the title then the head (what follows it there is a release's version or the same
words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import ET_AL
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.patterns import INITIAL_DIGRAPH, SURNAME, U
from bibcheck.parse.references.yearwords import NO_DATE_WORDS, abbreviations
from bibcheck.parse.years import YEAR_LETTERED as _YEAR

__all__ = ["ColonYear", "FiledTitle", "colon_year", "filed_title"]

# an initial ("J.", "Ch.", "Zs.", "J.-P.") and more of them ("C. L. N.")
_INITIALS = rf"{INITIAL_DIGRAPH}(?:\s?-?{INITIAL_DIGRAPH})*"
# one name: "Family, I." (a comma or none: Polish and Hungarian lists leave it out)
_NAME = rf"{SURNAME}(?:\s{SURNAME})?,?\s{_INITIALS}"
# the names' joiner: an en dash, a hyphen or an em dash between spaces, a comma
_JOIN = r"\s[–—-]\s|,\s|;\s"
# the others, in the list's language (:data:`~bibcheck.parse.coauthors.ET_AL`: Czech and
# Slovak "a kol.", "et al.", German "u. a.", Polish "i in.", Hungarian "és mtsai" …)
_OTHERS = rf"(?:[–—-]\s)?{ET_AL}"
# no year: the no-date words (:data:`~.yearwords.NO_DATE_WORDS`: Czech and Slovak
# "b. r.", Polish "b. d.", German "o. J.", Hungarian "é. n.", Latin "s. a." …)
_UNDATED = abbreviations(NO_DATE_WORDS)
_HEAD = lazy_compile(
    rf"^(?P<names>{_NAME}(?:(?:{_JOIN}){_NAME}){{0,19}})"
    rf"(?:\s(?P<others>{_OTHERS}))?"
    rf"(?:\s(?P<editor>{role_marks.MARK}))?"
    rf"\s(?:(?P<year>{_YEAR})|(?P<undated>{_UNDATED})):\s+"
    # (the title: a letter or a quotation mark, never a page after the year)
    rf"(?P<rest>(?:[^\W\d_]|[„“‚'\"«»(\[]).*)$",
    flags=re.DOTALL,
)
_ONE_NAME = lazy_compile(_NAME)


@dataclass(frozen=True, slots=True)
class ColonYear:
    """An entry with its year after the names and a colon, in APA's order."""

    text: str  # "Family, I., & Family, I. (Year). Title. …"
    editing: bool  # its names are editors ("(ed.)"): kept as its names (:mod:`.role_marks`)


def colon_year(text: str) -> ColonYear | None:
    """``text`` in APA's order when it is ``Names Year: Title``, else None."""
    m = _HEAD.match(text)
    if m is None:
        return None
    names = [n.group(0).strip() for n in _ONE_NAME.finditer(m["names"])]
    if not names:
        return None
    editing = bool(m["editor"])
    date = m["year"] or "n.d."
    head = role_marks.apa_head(names, others=bool(m["others"]), editing=editing, date=date)
    return ColonYear(f"{head} {m['rest']}", editing=editing)


# a head that is no list of names: up to 80 characters of words, no sentence's end
_TITLE_HEAD = lazy_compile(
    rf"^(?P<head>[{U}][^.:;()\[\]\d]{{1,79}}?)\s(?:(?P<year>{_YEAR})|(?P<undated>{_UNDATED})):\s+"
    rf"(?P<rest>.*)$",
    flags=re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class FiledTitle:
    """A work filed under its own title: ``Title Year: Title …``."""

    title: str  # the head
    year: int | None  # None: undated
    year_raw: str | None
    rest: str  # the entry after the colon


def filed_title(text: str) -> FiledTitle | None:
    """The work filed under its title (the words after the colon open with the head)."""
    m = _TITLE_HEAD.match(text)
    if m is None or _HEAD.match(text) is not None:
        return None
    head = m["head"].strip()
    rest = m["rest"]
    if not _opens_with(rest, head):
        return None
    year = m["year"]
    return FiledTitle(
        title=head,
        year=int(year[:4]) if year else None,
        year_raw=year,
        rest=rest,
    )


def _opens_with(rest: str, head: str) -> bool:
    """Whether ``rest`` opens with ``head`` as whole words (lines joined, case ignored)."""
    words = " ".join(rest.split())
    if not words.casefold().startswith(head.casefold()):
        return False
    after = words[len(head) :]
    return not after or not after[0].isalnum()
