""" "See also" headings: a list of related pages, sometimes of works.

A wiki article ends with ``== See also ==`` (``Siehe auch``, ``Voir aussi``, ``Véase
también``, ``См. также``): links to other articles of the wiki, no works, so never a
reference list, a further-reading list or an unread list of citations.  Elsewhere (a
Markdown essay, a README) the heading may head a short list of works written out
(author, year, title): then it is a further-reading list
(:mod:`bibcheck.readers.readinghead` reads it as one where the items are shaped as
entries); a list of links to pages stays the body's.
"""

from __future__ import annotations

from bibcheck.readers.headingkey import heading_key

__all__ = ["is_see_also_heading"]

# "See also" in the languages of the wikis and documents read (accents folded, case folded:
# the Greek final sigma is a sigma)
_SEE_ALSO = frozenset(
    {
        "see also", "siehe auch", "voir aussi", "voir egalement", "vease tambien",
        "ver tambem", "veja tambem", "ver tambien", "vedi anche", "zie ook", "se ocksa",
        "se ogsa", "katso myos", "zobacz tez", "viz tez", "pozri tiez", "lasd meg",
        "vezi si", "vegeu tambe", "см. также", "см также", "дивись також", "див. також",
        "види також", "погледајте још", "δειτε επισησ", "ayrica bakiniz",
    }
)  # fmt: skip
_MARKS = " \t=#*:._-–—"


def is_see_also_heading(text: str) -> bool:
    """Is ``text`` (a heading's text, any markup around it stripped) "See also" in one
    of the languages read (``See also``, ``Siehe auch``, ``Véase también``, ``См.
    также``)?"""
    key = heading_key(text, _MARKS)
    return key in _SEE_ALSO
