"""An entry that is nothing but its authors' names::

    D. M. Wolk, J. E. Rosenblatt, and K. Lee.
    Wolk DM, Rosenblatt JE, Lee K.
    Wolk, D. M., Rosenblatt, J. E. & Lee, K.

A list whose entries run over two lines loses its second line to a converter, or a writer
leaves an entry unfinished: the names alone name no work.  Read as written, the names
become the "title" and the entry looks whole; :func:`names_only` keeps them as the authors
and says, at the entry's line, that no title, year, container or identifier was found
(never a silent empty entry).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference
from bibcheck.parse.references.namelist import natural_list, split_names
from bibcheck.parse.references.patterns import INITIALS, SURNAME, U

__all__ = ["names_only"]

# one name: "D. M. Wolk" (initials first), "Wolk, D. M." (inverted); Vancouver's "Wolk DM"
# in a list of its own
_ONE = rf"(?:{INITIALS}\s?{SURNAME}|{SURNAME},\s{INITIALS})"
_JOIN = r"(?:,\s(?:and\s|&\s)?|,?\s(?:and|&)\s)"
_LIST = lazy_compile(rf"{_ONE}(?:{_JOIN}{_ONE}){{0,40}}")
_VANCOUVER = lazy_compile(rf"{SURNAME}\s[{U}]{{1,4}}(?:,\s{SURNAME}\s[{U}]{{1,4}}){{0,40}}")
_TWO_INITIALS = lazy_compile(rf"\s[{U}]{{2,4}}$")
_ET_AL = lazy_compile(r",?\set\sal\.?$")


def _names(text: str) -> tuple[str, ...] | None:
    """The names when ``text`` is a list of personal names and nothing else."""
    text = _ET_AL.sub("", " ".join(text.split()).strip(" ,;")).strip(" ,.;")
    if _VANCOUVER.fullmatch(text) and (", " in text or _TWO_INITIALS.search(text)):
        # (one name needs two initials: "Vitamin D", "Hepatitis B" are titles)
        return tuple(x.strip() for x in text.split(","))
    found = natural_list(text)
    if found is not None:
        return found
    for written in (text, f"{text}."):  # ("Lee, K." lost its point to the strip)
        if _LIST.fullmatch(written):
            return split_names(written)
    return None


def names_only(ref: Reference) -> Reference:
    """``ref`` with its names as its authors and an anomaly at its line when its text is
    only names (see the module); else ``ref`` as it is."""
    if ref.year_raw or ref.host or ref.url or ref.doi or ref.publisher or ref.links:
        return ref
    names = _names(ref.raw)
    if names is None:
        return ref
    unread = Anomaly(
        AnomalyCode.REFERENCE_UNPARSED,
        f"the entry is only names ({ref.raw.strip()!r}): no title, year, container or"
        " identifier was found; a line of it may be missing",
        ref.line,
    )
    kept = tuple(a for a in ref.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    return dataclasses.replace(ref, authors=names, title=None, anomalies=(*kept, unread))
