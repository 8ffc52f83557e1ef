"""The repeated-author dash of a bibliography: ``——. Title.`` is by the authors before it.

Chicago, MLA, MHRA and Turabian bibliographies list several works of one author under
the name written once; each entry after the first starts with a dash in its place::

    Wesley, John. The Nature, Design, and General Rules. Newcastle, 1743.
    ——. A Plain Account of the People Called Methodists. London, 1749.
    ——, ed. A Collection of Hymns. London, 1780.

The dash is a 3-em dash (``——``, ``———``, ``⸻``), or as typed and converted: three hyphens
(``---``), underscores (``___``).  Parsed on its own such an entry has no author;
:func:`with_repeated_authors` gives it those of the entry before it (a dash after a dash
keeps passing them on).

Lists in German, Latin and other traditions write a pronoun instead: ``Ders.:`` / ``Dies.:``
(derselbe, dieselbe), ``Idem,`` / ``Id.,`` / ``Eadem,``, ``Ídem,``, ``Tenże,`` / ``Tejże,``,
``Týž,`` / ``Táž,``, ``Он же.``; :func:`spelled_out` writes the name of the entry before in
its place when the two are written the same way (``Müller, Hans: Title`` then ``Ders.:
Other``), so the entry parses like its neighbour.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = [
    "PRONOUN",
    "named_dash",
    "omits_author",
    "repeats_author",
    "spelled_out",
    "without_dash",
    "with_repeated_authors",
]

# (a single en dash is no repeated name: "– Title" is a stray mark a converter left; one
# em dash right before the stop is: LaTeX's and SmartyPants' "---" print one, "---, (2004).")
_DASH = lazy_compile(r"^\s*(?:[—―](?:\s?[—―])*|–(?:\s?–){2,}|[⸺⸻]+|-{3,}|_{3,})\s?(?=[.,])")
# ... with the role of the person it stands for: "——, ed.", "———, trans. and ed."
_DASH_ROLE = lazy_compile(
    _DASH.pattern
    + r"[.,]\s*(?:(?:eds?|trans|comp|hrsg|éd)\.(?:,?\s(?:and\s)?(?:eds?|trans)\.)*\s*)?",
    re.I,
)


# "Ders.:", "Dies. (2001):", "Idem, Title", "Id., Title", "Он же. Title"; Swedish, Danish
# and Norwegian "Dens., Title" / "Densamma, Title" / "Ds., Title" (densamme, densamma: the
# same person; "Ds." with its stop and a comma or colon: "Ds 2004:32" is a report series)
PRONOUN = (
    r"(?:ders|dies|ead|eid|iid|dens)\.|(?:id|íd|ds)\.(?=\s?[,:(])"
    r"|(?:densamme|densamma)(?!\w)"
    r"|(?:idem|ídem|eadem|iidem|eaedem|tenże|tejże|tychże|týž|táž|tíž|он\sже|она\sже)(?!\w)"
)
_PRONOUN = lazy_compile(rf"^\s*(?:{PRONOUN})", re.I)


# SIAM's and others' author-year lists print a repeated author's later works with the name
# left out or dashed: "(1982a), Title, …", "—— (1982b), Title" after "P. Benioff (1980), …"
_YEAR_GROUP = r"\((?:1[5-9]|20)\d\d[a-z]?\)"
_OMITTED = lazy_compile(
    rf"^\s*(?:(?:[—―](?:\s?[—―])*|–(?:\s?–){{2,}}|[⸺⸻]+|-{{3,}}|_{{3,}})[.,]?\s?)?(?={_YEAR_GROUP}\s?[,.:])"
)
_NAME_YEAR = lazy_compile(rf"^(?P<name>[^()]{{2,120}}?)\s?{_YEAR_GROUP}")


def omits_author(text: str) -> bool:
    """Does ``text`` start with its year in parentheses, the author left out or dashed
    (``(1982a), Title``, ``—— (1989), Title``)?"""
    return _OMITTED.match(text) is not None


def spelled_out(texts: Sequence[str]) -> list[str]:
    """``texts`` (a list's entries in order), a pronoun for the author of the entry before
    (``Ders.: Title``) replaced by that entry's name when a colon or a year in parentheses
    ends both names (``Müller, Hans: ...`` -> ``Müller, Hans: Title``); so is a name left
    out or dashed before the year (``(1982a), Title`` after ``P. Benioff (1980), …``)."""
    out: list[str] = []
    for text in texts:
        omitted = _OMITTED.match(text)
        named = _NAME_YEAR.match(out[-1]) if omitted is not None and out else None
        if omitted is not None and named is not None:
            out.append(named.group("name").strip() + " " + text[omitted.end() :].lstrip())
            continue
        m = _PRONOUN.match(text)
        if m is not None and out:
            after = text[m.end() :]
            delimiter = after.lstrip()[:1] if after.lstrip()[:1] in ":(" else ""
            before = out[-1]
            if delimiter and delimiter in before:
                name = before[: before.index(delimiter)].rstrip()
                if 0 < len(name) <= 120 and not _PRONOUN.match(name):
                    text = text[: len(text) - len(text.lstrip())] + name + " " + after.lstrip()
                    if delimiter == ":":
                        text = text.replace(name + " :", name + ":", 1)
        out.append(text)
    return out


def repeats_author(text: str) -> bool:
    """Does ``text`` start with the repeated-author dash (``——.``, ``———,``, ``___.``)?"""
    return _DASH.match(text) is not None


def without_dash(text: str) -> str:
    """``text`` less the repeated-author dash and the role after it (``——, ed. Title``
    -> ``Title``); ``text`` as it is when it does not start with the dash."""
    m = _DASH_ROLE.match(text)
    return text if m is None else text[m.end() :]


def named_dash(text: str, name: str) -> str:
    """``text`` with ``name`` written in the place of the repeated-author dash (``——. Title``
    -> ``Name. Title``); ``text`` as it is when it does not start with the dash."""
    m = _DASH.match(text)
    return text if m is None else text[: m.start()] + name + text[m.end() :]


def with_repeated_authors(refs: Sequence[Reference]) -> list[Reference]:
    """``refs`` (a list's entries in order), each entry that starts with the repeated-
    author dash given the authors of the entry before it."""
    out: list[Reference] = []
    for ref in refs:
        if (
            out
            and out[-1].authors
            and (repeats_author(ref.raw) or _PRONOUN.match(ref.raw) or omits_author(ref.raw))
        ):
            ref = replace(ref, authors=out[-1].authors)
        out.append(ref)
    return out
