"""The headword a dictionary is cited at, after a reference number in brackets.

A dictionary or a lexicon is cited at its entry, not at a page: "under the word" in Latin,
``s.v.`` (*sub voce*, *sub verbo*; ``s.vv.`` for several), written so in every European
language's scholarship, then the headword::

    [15, s.v. blând]      [3, s. v. Lachmann]      [7, s.vv. casa, casă]

:data:`SUB_VERBO` is that place: the mark, then one to three words of letters (any script,
with hyphens and apostrophes inside), never a number.  Each word is bounded in length, so
the pattern reads a run of letters once.
"""

from __future__ import annotations

__all__ = ["SUB_VERBO"]

# ("s.v.", "s. v.", "s.vv.", "sub voce", "sub verbo")
_MARK = r"(?:s\.[\s~]?vv?\.|sub\s(?:voce|verbo))"
# a headword: letters, with a hyphen or an apostrophe inside ("a-și", "l'homme")
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_])){0,39}"
SUB_VERBO = rf"(?:{_MARK}[\s~]*+{_WORD}(?:\s{_WORD}){{0,2}})"
