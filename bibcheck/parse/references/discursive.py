"""Discursive notes: sentences of commentary, then the citation they hand over to.

Humanities, legal and policy notes often open with prose and only then cite: ``In this
sense our reading differs from older work on the river trade. For example, see: Anna Smith,
*Title*, Oxford: Oxford University Press, 2001.`` or ``Two volumes cover this. See: Ben
Jones et al. (eds), *Title*, London: Verso, 2010; ...``.  The citation starts at the
sentence that opens with a lead-in (``See:``, ``See also``, ``For example, see``, ``Cf.``,
``On this, see``), when every sentence before it is prose: no name with a title, no year
where citations put it, no title markup, no facts (see
:func:`~bibcheck.parse.references.commentary.bibliographic`).

:func:`after_lead_in_prose` says where that citation starts (0: not such a note).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.commentary import (
    bibliographic,
    citation_start,
    opens_with_lead_in,
)
from bibcheck.parse.years import YEAR_BOUNDED

__all__ = ["after_lead_in_prose"]

# the end of a sentence (not an initial's point: "J. See"), then the next sentence
_SENTENCE_END = lazy_compile(r"(?<![\s.][^\W\d_])[.!?]\s++(?=[^\W\d_])")
# a German editor's mark is no sentence's end: in "Titel, hg. v. Name" the "v." is "von",
# never the Latin "vide" of a lead-in
_EDITOR_ABBREVIATION = lazy_compile(r"\b(?:hg|hrsg|bearb|übers|eingel)\.$", re.I)
# more sentences than this before the citation: an essay, not a note
_MAX_SENTENCES = 6


def after_lead_in_prose(text: str) -> int:
    """Where the citation of ``text`` starts after sentences of prose and the lead-in that
    opens the next sentence (0: none found)."""
    for k, m in enumerate(_SENTENCE_END.finditer(text)):
        if k >= _MAX_SENTENCES:
            return 0
        head = text[: m.start() + 1]
        if _EDITOR_ABBREVIATION.search(head, max(0, len(head) - 8)):
            continue
        if bibliographic(head):
            return 0  # the note cites before: not a lead-in to its first work
        tail = text[m.end() :]
        if not opens_with_lead_in(tail):
            continue
        start, commentary = citation_start(tail)
        if commentary or not start:
            return 0
        return m.end() + start
    return 0


# "…, Cambridge, MA; MIT Press, 2012.": a semicolon typed for the colon between the place and
# the publisher -- what follows it is a publisher and a year, and ends the note or the work
_PUBLISHER_AFTER = lazy_compile(
    r";(?=\s++[^\W\d_][^\W\d_.]*+(?:\s++[^\W\d_][^\W\d_.]*+){0,5}+,\s++(?:1[5-9]|20)\d\d\b"
    r"[.,]?\s*+(?:;|$))"
)
_A_YEAR = lazy_compile(YEAR_BOUNDED)


def mended_semicolons(text: str) -> str:
    """``text`` with a semicolon between a work's place and its publisher read as the colon
    it stands for (same length: offsets are kept); a semicolon after a work with its year
    separates two works and is kept."""
    if ";" not in text:
        return text
    out = list(text)
    for m in _PUBLISHER_AFTER.finditer(text):
        start = text.rfind(";", 0, m.start()) + 1
        if _A_YEAR.search(text, start, m.start()) is None:
            out[m.start()] = ":"
    return "".join(out)
