"""Footnote markers in Chinese, Japanese and Korean text as ``pdftotext`` prints it.

Those scripts put no space between words, so a superscript note number comes out glued
to the characters on both sides: after the sentence's full stop and before the next
sentence (``记载。1日本学者``, ``とされる。2しかし``), or after the last word and before
the comma or full stop (``特征3，但``, ``とされる12。``).  Numbers the text itself writes
in Arabic digits are glued as well, but they have a counter or a measure word after them
(``1953年``, ``第2343页``, ``3章``) or an ordinal or volume word before them (``第``,
``卷101，``, ``表2``): those are no markers.  :func:`cjk_markers` gives the possible
markers of a line; the reader keeps only those that a note of that number at the page's
foot asks for.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import CJK_TEXT

# Han (with extension A and the compatibility ideographs), kana and Hangul
_LETTER = CJK_TEXT
# what closes a sentence, a clause or a quotation: a marker may follow it
_CLOSING = "。，；！？）」』》〉】〕．､｡"
# what may follow a marker glued to a word: punctuation (full-width or Latin), a space, the end
_AFTER_WORD = r"(?=[。，、；：！？）」』》〉】〕”’．､｡\s.,;:!?)\]]|$)"
# a word before a number that makes it an ordinal, a volume, a table's or figure's number or
# a count ("第3", "卷101", "巻2", "表2", "图3", "約30", "共12", "제3", "その3")
_NUMBERING = lazy_compile(
    r"(?:第|卷|巻|册|冊|表|图|圖|図|附录|附錄|约|約|共|计|計|达|達|至|到|及|和|与|與|或|前|后|後|近"
    r"|余|餘|每|其|제|권|표|그림|약|총|その)$"
)
# (a closing quotation mark only after a CJK character: after a Latin word the reader's own
# rule for glued numbers decides)
_AFTER_CLOSING = lazy_compile(
    rf"(?:(?<=[{_CLOSING}])|(?<=[{_LETTER}][”’]))(\d{{1,3}})(?![\d.,:：/\-–—~〜～])"
)
# (not a number's thousands or decimals: "发行额1,256,340", "增长1.5倍")
_AFTER_LETTER = lazy_compile(rf"(?<=[{_LETTER}])(\d{{1,3}})(?![.,，．:：]\d){_AFTER_WORD}")
_QUALITY_CLOSING = 2.0  # as a number after Latin punctuation ("ground.4")
_QUALITY_LETTER = 1.0  # as a number after a Latin letter ("ground4")


def cjk_markers(line: str) -> list[tuple[int, int, int, float]]:
    """The numbers of ``line`` glued into CJK text that may be note markers, as
    (value, start, end, quality): after closing punctuation, whatever follows
    (``记载。1日本``), or after a character and before punctuation, a space or the end
    (``特征3，``), not after an ordinal or volume word (``第3，``, ``卷101，``)."""
    found: list[tuple[int, int, int, float]] = []
    for m in _AFTER_CLOSING.finditer(line):
        found.append((int(m.group(1)), m.start(1), m.end(1), _QUALITY_CLOSING))
    for m in _AFTER_LETTER.finditer(line):
        if _NUMBERING.search(line, max(0, m.start() - 3), m.start()):
            continue
        found.append((int(m.group(1)), m.start(1), m.end(1), _QUALITY_LETTER))
    return sorted(found, key=lambda f: f[1])
