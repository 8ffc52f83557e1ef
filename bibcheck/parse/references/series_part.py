"""A paper's title in a series of papers: astronomy, physics, chemistry and biology number
the papers of one study with a roman numeral between the series title and the paper's own
("Dust in the outer belt. II. Grain sizes and albedos", "Studies of the corona. Part III.
Loops", "… Paper IV. The halo").  The sentence splitter cuts such a title at the numeral:
a numeral of two or more letters stands alone ("II."), a one-letter one ("I.", "V.",
"X.") is read as an initial and kept with the part's own title ("I. Shape determination.").

The series title, the numeral and the part's title are one title when the part's title
reads as one (a capital, two words or more, no person's initials or name list, no
journal numbers, no "In" of a chapter) and something follows it (the venue); a title that
ends the entry, or a numeral before a name ("Title. V. Smith (Ed.)"), stays as it was.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["part_after", "with_series_part"]

_ROMAN = r"(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})"
# the numeral alone: roman, or roman or arabic after a word for "part" or "paper"
_NUMERAL = rf"(?:(?:Part|Paper|Pt\.?)\s+(?:{_ROMAN}|\d{{1,2}})|{_ROMAN})"
_ALONE = lazy_compile(rf"{_NUMERAL}\.")
_LEADING = lazy_compile(rf"(?P<numeral>{_NUMERAL})\.\s+(?P<part>\S.*)", re.S)
# the series title ends in a word of two letters or more (not an initial, "J. Smith.")
_SERIES_END = lazy_compile(r"[^\W\d_]{2,}[)\]]?\.$")
# what a part's title is not: initials or a name ("K. Smith", "Smith, J.", "Smith (ed.)",
# "Smith and K. Lee"), a chapter's "In", a journal's numbers ("12(3), 45", ", 12, 45"),
# an editor's or translator's word
_NOT_PART = lazy_compile(
    r"^(?:[^\W\d_]\.|[^\W\d_][\w'’-]*\s*(?:[,(&]|and\s+[^\W\d_]\.)|In\s)"
    r"|\d\s*\(\d|,\s*\d|\b(?:pp?|vols?|no)\.\s*\d"
    r"|\b(?:eds?|editors?|edited|hrsg|trans|translated|comp)\b",
    re.I,
)
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
# a tail opening with a part: its numeral, its title up to a full stop (not an initial's)
# before more
_TAIL_PART = lazy_compile(
    rf"(?P<numeral>{_NUMERAL})\.\s+(?P<part>.+?(?<!\s[^\W\d_])[.?!])\s+(?P<rest>\S.*)", re.S
)


def _part_title(text: str) -> bool:
    """Does ``text`` read as the part's own title (see the module's docstring)?"""
    part = text.strip()
    if not part[:1].isupper() or "*" in part or _NOT_PART.search(part):
        return False
    return len(_WORD.findall(part)) >= 2


def with_series_part(sentences: list[str]) -> list[str]:
    """``sentences`` (a title's first, then the rest of the entry) with a series title, a
    part's numeral and the part's title joined into one sentence when more follows them;
    else unchanged."""
    if len(sentences) < 3 or "*" in sentences[0]:
        return sentences
    if not _SERIES_END.search(sentences[0].strip()):
        return sentences
    second = sentences[1].strip()
    if _ALONE.fullmatch(second):
        if len(sentences) >= 4 and _part_title(sentences[2]):
            return [" ".join(s.strip() for s in sentences[:3]), *sentences[3:]]
        return sentences
    leading = _LEADING.fullmatch(second)
    if leading is not None and _part_title(leading.group("part")):
        return [f"{sentences[0].strip()} {second}", *sentences[2:]]
    return sentences


def part_after(title: str, tail: str) -> tuple[str, str] | None:
    """(the title with its part, the rest) when ``tail`` (what follows the first sentence
    ``title`` of an entry's title, its stop dropped) opens with a part's numeral and title
    and more follows them ("I. Shape determination. Icarus 153, 24–36."); else None."""
    if not _SERIES_END.search(f"{title.strip()}."):
        return None
    m = _TAIL_PART.fullmatch(tail.strip())
    if m is None or not _part_title(m.group("part")):
        return None
    part = m.group("part").rstrip(".")
    return f"{title.strip()}. {m.group('numeral')}. {part}", m.group("rest")
