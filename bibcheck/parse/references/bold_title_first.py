"""An entry that opens with its title in bold, the authors after it.

A reading list or a project's ``## References`` written in Markdown by hand often puts the
work first and sets it in bold, as a README or a lab page lists papers::

    1. **The Case for Learned Index Structures**. Tim Kraska, Alex Beutel. SIGMOD, 2018.
    - **Künstliche Intelligenz im Studium**. Anna Becker und Jonas Wolf. ZFHE, 2023.
    * __Traduction automatique neuronale.__ Marie Dupont, Jean Martin. Revue TAL, 2021.

Read as written, the bold span is a "title" with its marks and the names after it are lost.
:func:`bold_author_first` gives the entry in the order the parsers read (``Names. Title. Rest``)
when the sentence after the bold span is a list of personal names (given name first, or
``Family, I.``; an organisation's name is no author here, ``**Title**. Oxford University
Press, 2010.`` is left alone).  Only the entry's first line is reordered: its lines keep
their numbers.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.patterns import INITIALS, SURNAME, L, U

__all__ = ["bold_author_first"]

# "**Title**." / "__Title.__" / "**Title**:" at the entry's start, on its first line
_BOLD_HEAD = lazy_compile(
    r"[ \t]*(?P<mark>\*\*|__)(?P<title>[^*_\n]{2,400}?)(?P=mark)[ \t]*[.,:;]?[ \t]+(?=\S)"
)
# the names' sentence ends at a full stop that closes no initial ("Ed H. Chi, J. Dean.")
_SENTENCE_END = lazy_compile(rf"(?<![\s.][{U}])(?<!^[{U}])\.(?=[ \t]+\S|[ \t]*$)")
# one person: given names (or initials) then the family name, or "Family, I."
_GIVEN = rf"(?:[{U}][{L}'’-]+|{INITIALS})"
_PARTICLE = r"(?:van|von|de|da|del|der|den|di|du|dos|le|la|ter|bin|al)"
_PERSON = lazy_compile(
    rf"{_GIVEN}(?:[ \t]{_GIVEN}){{0,3}}(?:[ \t]{_PARTICLE}){{0,2}}[ \t]{SURNAME}"
    rf"|{SURNAME},[ \t]?{INITIALS}"
)
_SPLIT = lazy_compile(rf"[ \t]*(?:;|,(?![ \t]?{INITIALS}(?:,|$))|,?[ \t]{AND}[ \t])[ \t]*")
_ET_AL = lazy_compile(r",?[ \t]+(?:et[ \t]al|u\.[ \t]?a|y[ \t]col|e[ \t]al)\.?$")


def _names(sentence: str) -> bool:
    """Is ``sentence`` a list of one or more personal names (and "et al.")?"""
    text = _ET_AL.sub("", sentence.strip())
    parts = [p for p in _SPLIT.split(text) if p]
    return bool(parts) and all(
        _PERSON.fullmatch(p) is not None and not is_organisation(p) for p in parts
    )


def bold_author_first(text: str) -> str | None:
    """``text`` reordered as ``Names. Title. Rest`` when it opens with a bold title and
    the names after it (on its first line), else None."""
    head = _BOLD_HEAD.match(text)
    if head is None:
        return None
    rest = text[head.end() :]
    line_end = rest.find("\n")
    first_line = rest if line_end < 0 else rest[:line_end]
    end = _SENTENCE_END.search(first_line)
    if end is None:
        return None
    names = first_line[: end.start()]
    if not _names(names):
        return None
    title = head.group("title").strip()
    stop = "" if title[-1] in ".?!…" else "."
    tail = rest[end.end() :].lstrip(" \t")
    return f"{names}. {title}{stop} {tail}".rstrip(" ")
