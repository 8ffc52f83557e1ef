"""Sections of a page that list web resources: no prose, no citations, no reference list.

Reference works and wikis end an article with lists of links under a heading of their
own: the Stanford Encyclopedia's "Academic Tools" (how to cite the entry, its PDF, PhilPapers)
and "Other Internet Resources", Wikipedia's "External links", a blog's "Related articles" or
"Useful links".  The text cites none of them and none is a work of the reference list;
counted as links of the body they would be reported as links matching no entry (or, in
a page that cites by linking, taken for citations).  Such a section runs from its heading
to the next heading of the same or a higher level.

"Further reading" and "See also" are not such sections: the first is a list of works (read
as literature), the second usually links the site's own pages.
"""

from __future__ import annotations

import re

from bs4.element import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.htmlnames import HEADINGS
from bibcheck.readers.htmltree import text_of

_RESOURCES = lazy_compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:"
    r"(?:other\s+)?(?:internet|online|web|electronic|external)\s+(?:resources|links|sources)"
    r"|academic\s+tools|related\s+(?:entries|articles|links|pages|resources|sites)"
    r"|useful\s+links|links|weblinks|liens\s+externes|enlaces\s+externos"
    r"|collegamenti\s+esterni|externe\s+links|внешние\s+ссылки|ссылки"
    r")\s*:?$",
    re.I,
)
_BLOCKS = frozenset("p ul ol dl table div section blockquote pre figure".split())
_CONTAINERS = frozenset({"body", "main", "article", "html"})


def is_resource_heading(text: str) -> bool:
    """Does a heading reading ``text`` head a list of web resources?"""
    return _RESOURCES.match(" ".join(text.split())) is not None


def resource_sections(root: Tag) -> set[int]:
    """Ids of the elements in ``root`` that make up resource-list sections (their headings
    included)."""
    found: set[int] = set()
    for heading in root.find_all(list(HEADINGS)):
        if not is_resource_heading(text_of(heading)):
            continue
        level = int(heading.name[1])
        found.add(id(heading))
        anchor = heading
        # a heading wrapped alone ("<div class=mw-heading><h2>External links</h2><span>edit
        # </span></div><ul>…"): the section follows its wrapper
        for _ in range(3):
            if _block_after(anchor) or not isinstance(anchor.parent, Tag):
                break
            if anchor.parent.name in _CONTAINERS:
                break
            anchor = anchor.parent
        for sibling in anchor.find_next_siblings(True):
            if _ends_section(sibling, level):
                break
            found.add(id(sibling))
    return found


def _block_after(tag: Tag) -> bool:
    return any(s.name in _BLOCKS for s in tag.find_next_siblings(True))


def _ends_section(tag: Tag, level: int) -> bool:
    """Is ``tag`` (or a heading in it) a heading of ``level`` or higher?"""
    if tag.name in HEADINGS:
        return int(tag.name[1]) <= level
    inner = tag.find(list(HEADINGS))
    return isinstance(inner, Tag) and int(inner.name[1]) <= level
