"""Literature lists grouped under bullets of their own: the works are the sub-items.

Blogs, wikis and course notes sort a reading list by kind with a two-level list::

    * Books
        * Title / Author / Publisher / 2017
        * Other title / …
    * Web
        * [Page](https://…)

The top-level bullet ("Books", "Web", "도서", "書籍", "论文") names a group and is no
work; each sub-item is one entry.  Without this, a group and all its works were read as
one entry whose "title" was the group's name with its children glued on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawNote
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers.proseentry import REFERENCE_SIGN

# a top-level bullet item (no more than three spaces before the bullet)
_TOP = lazy_compile(r"^[ ]{0,3}[-*+][ \t]+(?P<text>\S.*)$")
# an item of a nested list: indented by two spaces or a tab at least, then a bullet or a
# number ("    * Title", "\t- Title", "   1. Title")
_SUB = lazy_compile(r"^(?:[ ]{2,}|\t)[ \t]{0,12}(?:[-*+•]|\d{1,3}[.)])[ \t]+(?P<text>\S.*)$")
# a line indented under a sub-item's text: the rest of that sub-item
_INDENTED = lazy_compile(r"^(?:[ ]{2,}|\t)\S")
# emphasis around a group's name and the colon after it ("**Books:**", "_Web_", "書籍：")
_DRESS = lazy_compile(r"^[*_]{1,3}|[*_]{1,3}$|[:：]$")
# what a group's name never holds and a work's text does: digits, a link or an address,
# the parts of a reference (".", ",", "/", parentheses)
_NOT_NAME = lazy_compile(r"[\d\[\](){}<>/.,;|@]|https?:")
# a year as East Asian dates write it, its unit glued on ("2015년", "2019年"), which
# REFERENCE_SIGN's word boundary does not see
_YEAR = lazy_compile(YEAR_BOUNDED)
_MAX_NAME = 40
_MAX_WORDS = 4


def group_name(text: str) -> bool:
    """Is ``text`` (a top-level item's text) the name of a group of works ("Books",
    "Web sites", "도서", "参考書籍:") rather than a work?"""
    name = text.strip()
    for _ in range(2):  # "**Books**:" -> "Books"
        name = _DRESS.sub("", name).strip()
    if not name or len(name) > _MAX_NAME or len(name.split()) > _MAX_WORDS:
        return False
    return _NOT_NAME.search(name) is None


def opens_group(line: str) -> bool:
    """Is ``line`` a top-level bullet naming a group of works?"""
    m = _TOP.match(line)
    return m is not None and group_name(m.group("text"))


def is_sub_item(line: str) -> bool:
    """Is ``line`` an item of a nested list?"""
    return _SUB.match(line) is not None


@dataclass(slots=True)
class _Child:
    parts: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


def _children(lines: Sequence[str], numbers: Sequence[int]) -> list[_Child] | None:
    """The sub-items on the lines ``numbers`` (1-based), or None when a line is neither a
    sub-item nor the indented rest of one."""
    children: list[_Child] = []
    for n in numbers:
        line = lines[n - 1]
        m = _SUB.match(line)
        if m is not None:
            children.append(_Child([m.group("text").strip()], [n]))
        elif children and _INDENTED.match(line):
            children[-1].parts.append(line.strip())
            children[-1].lines.append(n)
        else:
            return None
    return children


def _split(note: RawNote, lines: Sequence[str]) -> list[RawNote] | None:
    """The works of ``note`` when it is a group (a name, then sub-items), else None."""
    numbers = note.line_starts or (note.line,)
    if len(numbers) < 2 or not opens_group(lines[numbers[0] - 1]):
        return None
    children = _children(lines, numbers[1:])
    if not children:
        return None
    only = " ".join(children[0].parts)
    if len(children) == 1 and not (REFERENCE_SIGN.search(only) or _YEAR.search(only)):
        # one sub-item with no year or address: a work's own detail under its name, maybe
        return None
    return [
        RawNote("", "\n".join(c.parts), c.lines[0], c.lines[-1], tuple(c.lines)) for c in children
    ]


def split_groups(notes: Sequence[RawNote], lines: Sequence[str]) -> list[RawNote]:
    """``notes`` (a bulleted list's items read on ``lines``) with each group replaced by its
    works, numbered 1, 2 … in order; the list as it was when no item is a group.  (Only a
    bulleted list: a numbered one's numbers are its entries' labels.)"""
    out: list[RawNote] = []
    grouped = False
    for note in notes:
        works = _split(note, lines)
        grouped = grouped or works is not None
        out.extend(works if works is not None else [note])
    if not grouped:
        return list(notes)
    return [
        RawNote(str(k), n.text, n.line, n.end_line, n.line_starts)
        for k, n in enumerate(out, start=1)
    ]
