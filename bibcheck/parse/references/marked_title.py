"""A one-character title in East Asian title marks: ``『책』``, ``《诗》``, ``「嘘」``.

A title of one letter is refused as a misreading (``tidy`` wants a word of two letters), but
one ideograph or one Hangul syllable is a word, and in title marks it is the whole title a
writer gave (a poem ``《诗》``, a story ``「嘘」``, a book ``『책』``).  A Latin letter alone is
still no title, in marks or not.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import CJK_HAN, HANGUL

# one ideograph (CJK unified, extension A, compatibility) or one Hangul syllable
_ONE_WORD = lazy_compile(rf"[{CJK_HAN}{HANGUL}]")
# the title marks: double (a book's, a journal's) and single (an article's, a chapter's)
_MARKS = (
    ("『", "』"),
    ("《", "》"),
    ("「", "」"),
    ("〈", "〉"),
    ("【", "】"),
    ("〔", "〕"),
    ("“", "”"),
)


def marked_one_letter_title(title: str | None, text: str) -> str | None:
    """``title`` when it is one ideograph or Hangul syllable that ``text`` writes between
    title marks (``诗`` of ``李白：《诗》，北京``), else None."""
    if title is None:
        return None
    word = title.strip(" .,;:")
    if not _ONE_WORD.fullmatch(word):
        return None
    marked = "|".join(rf"{re.escape(a)}\s*{re.escape(word)}\s*{re.escape(b)}" for a, b in _MARKS)
    return word if re.search(marked, text) else None
