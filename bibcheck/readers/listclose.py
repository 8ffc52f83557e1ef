"""Where a typed reference list in a word-processor document ends, by what its paragraphs
hold rather than by styles alone.

Word and LibreOffice styles say less than they seem: an author may set one entry of the
list in a heading style by a slip of the style box, and may set the headings of what
follows the list (``ÁBRAJEGYZÉK``, ``Appendix``, ``Anhang``) as plain bold paragraphs.
So:

* a paragraph in a heading style that reads as a reference entry (names, a year, a title
  and a place or publisher, punctuated as an entry is) and is followed by another
  paragraph that reads as one is an entry of the list, not the end of it;
* a plain paragraph that is the heading of a block that follows reference lists (a list
  of figures or tables, captions, an appendix: :mod:`bibcheck.readers.listafter`, in the
  usual languages) ends the list, as does the first caption (``Figure 2:``);
* a table after entries that were no table ends the list when its first cells read as no
  entry (``T2``, ``20``, ``richtig``): a data table of an appendix, not a list rendered
  as a table (whose cells hold entries or their labels).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers.listafter import ends_list as block_after_list

__all__ = ["Paragraph", "closes_list", "entry_as_heading", "in_table", "reads_as_entry"]

_YEAR = lazy_compile(YEAR_BOUNDED)
# a name first: "Brandt, V.", "Brandt, Veronika/", "Zadori A.,", "BRANDT, V.", "van Dijk, A."
_NAME_FIRST = lazy_compile(
    r"^(?:[a-z]{1,4}\s){0,3}[^\W\d_][\w'’-]*+(?:\s[^\W\d_][\w'’-]*+){0,2}"
    r"(?:,\s|\s[^\W\d_]{1,2}\.)"
)
_MIN_ENTRY = 30  # characters: "Keller, E.: Montage. Wien 2017." is about this long
_MAX_ENTRY = 1200
_TABLE_LOOK = 6  # table paragraphs looked at for an entry


class Paragraph(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def heading(self) -> bool: ...


def in_table(para: Paragraph) -> bool:
    """Is ``para`` a table cell's (a reader that does not tell: no)?"""
    return bool(getattr(para, "in_table", False))


def reads_as_entry(text: str) -> bool:
    """Does ``text`` read as a reference entry: a name first, a year, and an entry's
    punctuation (at least two of ``,``, ``.``, ``:``) over a length an entry has?"""
    flat = " ".join(text.split())
    if not _MIN_ENTRY <= len(flat) <= _MAX_ENTRY or _YEAR.search(flat) is None:
        return False
    marks = sum(1 for ch in ".,:" if ch in flat)
    return marks >= 2 and _NAME_FIRST.match(_unnumbered(flat)) is not None


_NUMBER = lazy_compile(r"^[\[(]?\d{1,4}[\].)]?\s+")


def _unnumbered(text: str) -> str:
    m = _NUMBER.match(text)
    return text[m.end() :] if m else text


def _next_text(paras: Sequence[Paragraph], k: int) -> Paragraph | None:
    return next((p for p in paras[k + 1 :] if p.text.strip()), None)


def entry_as_heading(paras: Sequence[Paragraph], k: int) -> bool:
    """Is ``paras[k]``, in a heading style, an entry of the list set so by a slip: it
    reads as an entry, and so does the next paragraph with text?"""
    para = paras[k]
    if not para.heading or not reads_as_entry(para.text):
        return False
    after = _next_text(paras, k)
    return after is not None and reads_as_entry(after.text)


def closes_list(paras: Sequence[Paragraph], k: int, entries_outside_tables: bool) -> bool:
    """Does the plain paragraph ``paras[k]`` end the list above it (see the module)?
    ``entries_outside_tables``: the list has paragraphs with text outside tables."""
    para = paras[k]
    if not para.text.strip():
        return False
    if not in_table(para):
        return block_after_list(para.text)
    if not entries_outside_tables:
        return False  # a list rendered as a table: its cells are its entries
    cells = [p for p in paras[k : k + 4 * _TABLE_LOOK] if in_table(p) and p.text.strip()]
    return not any(reads_as_entry(p.text) for p in cells[:_TABLE_LOOK])
