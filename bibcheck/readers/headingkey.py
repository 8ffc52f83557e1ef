"""A heading's text as the key its reader looks it up by in a word list.

Every reader compares a heading with a list of names (``References``, ``Literatur``,
``See also``, ``Further reading``) after the same steps: case folded, runs of spaces one
space, the marks round the words stripped (a Markdown ``#``, a wiki ``==``, a bold
``**``, a colon or full stop after it), the accents of Latin and Greek letters folded.
:func:`heading_key` is that key.

A reference list's heading is looked up in :data:`~bibcheck.readers.common.LITERATURE_HEADINGS`,
whose words are in lower case as written (``fußnoten``, ``αναφορές``: case folding would
make them ``fussnoten``, ``αναφορεσ``), and may carry its section's number (``5.``,
``5.2.``, ``3)``, ``IV.``, ``vii)``): :func:`section_heading_key` gives that key.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.text import fold_accents

__all__ = ["HEADING_MARKS", "heading_key", "section_heading_key"]

# what stands round a heading's words in the markups read: spaces, a colon or full stop
# after them
HEADING_MARKS = " :."

# a section's number before a heading's words: "5 ", "5. ", "5.2. ", "3) ", then perhaps a
# roman one ("IV. ", "vii) ", "iv.") -- a roman numeral only before a word, so that a
# heading of the letters alone ("IV.", "CV.") is kept
_SECTION_NUMBER = lazy_compile(r"^(?:\d+(?:\.\d+)*[.)]?\s*)?(?:[ivxlc]{1,6}[.)]\s*(?=\S))?")


def heading_key(text: str, marks: str = HEADING_MARKS) -> str:
    """``text`` case-folded, its spaces collapsed to one, ``marks`` (and spaces) stripped at
    both ends, the accents of Latin and Greek letters folded: ``== Véase también ==`` with
    marks ``" ="`` is ``vease tambien``."""
    return fold_accents(" ".join(text.casefold().split()).strip(marks + " "))


def section_heading_key(text: str) -> str:
    """``text`` in lower case (the literature vocabulary's case), its spaces collapsed to
    one, the spaces, colons and full stops after it stripped and its section's number
    dropped: ``5.2. Informative  References:`` is ``informative references``.  (Accents
    stay: the vocabulary folds them itself.)"""
    key = " ".join(text.lower().split()).rstrip(HEADING_MARKS)
    return _SECTION_NUMBER.sub("", key, count=1)
