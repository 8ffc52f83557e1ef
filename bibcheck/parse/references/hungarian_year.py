"""A Hungarian list's head: the names family name first, an editor's mark, then the year.

Hungarian linguistics and history lists write the names in the Hungarian order (family name
first, never inverted), joined by a dash, then the year bare, closed by a full stop or a
colon, then the title::

    Kiss Jenő (szerk.) 2001. Magyar dialektológia. Budapest: Osiris.
    Imre Samu 1971: A mai magyar nyelvjárások rendszere. Budapest.
    Kiss Jenő – Pusztai Ferenc (szerk.) 2003. Magyar nyelvtörténet. Budapest: Osiris.
    Szabó T. Attila 1970: Erdélyi magyar szótörténeti tár. Bukarest: Kriterion.

:func:`head` reads that head: the names (each one a family name and one to three given
names or initials, told Hungarian by :func:`.hungarian_order.read_names`, and stored
inverted, ``Kiss, Jenő``), whether an editor's mark (``szerk.``, ``főszerk.``) follows them,
the year, and the rest of the entry in APA's order (``Kiss, Jenő (2001). Magyar
dialektológia. …``), which the style parsers read.  A name not in the Hungarian order
(``Peter Trudgill 1974.``) is no such head.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.hungarian_order import INITIAL, hungarian_title, read_names
from bibcheck.parse.references.patterns import L, U

__all__ = ["HungarianHead", "head"]

# a word of a name ("Juhász", "Tóth-Bakos") or an initial ("T.", "Zs.")
_WORD = rf"(?:[{U}][{L}'’]++(?:-[{U}][{L}'’]++)?+|{INITIAL})"
# a name: its family name, then one to three given names or initials
_NAME = rf"[{U}][{L}'’]++(?:-[{U}][{L}'’]++)?+(?:\s{_WORD}){{1,3}}+"
# the names' joiners: a dash (the Hungarian way), a comma, "és" (and)
_JOIN = r"(?:\s[–—-]\s|,\s(?:és\s)?|\sés\s)"
_EDITOR = r"(?:\s\((?P<mark>(?:fő)?szerk|ed|eds|Hrsg|red)\.\))"
_HEAD = lazy_compile(
    rf"^(?P<names>{_NAME}(?:{_JOIN}{_NAME}){{0,7}}+){_EDITOR}?"
    r"\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?)[.:]\s+(?P<rest>[^\W\d_„\"“].*)$"
)
_JOINER = lazy_compile(_JOIN)


@dataclass(frozen=True, slots=True)
class HungarianHead:
    """A Hungarian head's names (stored inverted), editing, year and the entry in APA order."""

    names: tuple[str, ...]  # "Kiss, Jenő", "Szabó, T. Attila"
    editing: bool  # "(szerk.)": the names edited the work
    year: int
    apa_text: str  # "Kiss, Jenő (2001). Magyar dialektológia. Budapest: Osiris."


def head(text: str) -> HungarianHead | None:
    """The Hungarian head ``text`` opens with (see the module), or None.

    >>> head("Imre Samu 1971: A mai magyar nyelvjárások rendszere. Budapest.").apa_text
    'Imre, Samu (1971). A mai magyar nyelvjárások rendszere. Budapest.'
    >>> head("Peter Trudgill 1974. The social differentiation of English. Cambridge.") is None
    True
    """
    m = _HEAD.match(" ".join(text.split()))
    if m is None:
        return None
    written = tuple(_JOINER.split(m["names"]))
    names = read_names(written, hungarian=hungarian_title(m["rest"]))
    if any("," not in name for name in names):
        return None  # a name in another order: "Peter Trudgill", "J. K. Chambers"
    return HungarianHead(
        names,
        m["mark"] is not None,
        int(m["year"][:4]),
        f"{names[0]} ({m['year']}). {m['rest']}",
    )
