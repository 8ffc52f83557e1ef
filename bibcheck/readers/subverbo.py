"""The headword a dictionary is cited at, after a reference number in brackets.

A dictionary or a lexicon is cited at its entry, not at a page: "under the word" in Latin,
``s.v.`` (*sub voce*, *sub verbo*; ``s.vv.`` for several), written so in every European
language's scholarship, then the headword::

    [15, s.v. blând]      [3, s. v. Lachmann]      [7, s.vv. casa, casă]
    [4, s.v. „kerék”]     [9, s.vv. „kerék”, „kerekes”]      [2, s.vv. kmieć, kmiecy]

:data:`SUB_VERBO` is that place: the mark, then a headword of one to three words of letters
(any script, with hyphens and apostrophes inside), never a number, perhaps in quotation
marks; after ``s.vv.`` up to six headwords, parted by commas (quoted ones by a space too:
``s.vv. "wheel," "wheeler"``).  Each word is bounded in length and words are parted by a
space, headwords by a comma or a quotation mark, so the pattern reads a run of letters once.
"""

from __future__ import annotations

__all__ = ["SUB_VERBO"]

# ("s.v.", "s. v.", "s.vv.", "sub voce", "sub verbo")
_MARK = r"(?:s\.[\s~]?vv?\.|sub\s(?:voce|verbo))"
# a headword: letters, with a hyphen or an apostrophe inside ("a-și", "l'homme")
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_])){0,39}"
_WORDS = rf"{_WORD}(?:\s{_WORD}){{0,2}}"
# a headword in quotation marks, a comma or full stop inside the closing one in the English
# manner ("wheel,"), in any language's marks
_QUOTED = rf"[„“\"«‚‘']\s?{_WORDS}[,.]?\s?[”“\"»’‘']"
_HEADWORD = rf"(?:{_QUOTED}|{_WORDS})"
SUB_VERBO = rf"(?:{_MARK}[\s~]*+{_HEADWORD}(?:,\s{_HEADWORD}|\s{_QUOTED}){{0,5}})"
