"""A compound's own hyphen at a typeset line's end: ``cross-`` / ``sectional``.

A typesetter breaks a word at its syllables and adds a hyphen (``contem-`` / ``porary``),
which the reader drops (:func:`.linewrap.line_end_hyphen`).  English writes the compounds
of a few first elements with a hyphen, always -- ``cross-sectional``, ``self-reported``,
``well-being``, ``half-life``, ``ill-defined``, ``all-cause`` -- and a line broken there
keeps it: the words those elements open with no hyphen are few and end in a suffix the
typesetter parts from them (``cross-`` / ``ing``, ``self-`` / ``less``, ``well-`` /
``ness``, ``ill-`` / ``ness``), so a continuation that is a word of its own keeps the
hyphen.  Elements that also open closed words (``anti-`` / ``biotics``, ``pre-`` /
``valence``, ``non-`` / ``sense``, ``multi-`` / ``variate``) are not among them.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["own_compound"]

# first elements English joins to the next word with a hyphen
_HEADS = frozenset({"cross", "self", "well", "half", "ill", "all"})
# the next line's first word: its letters
_NEXT = lazy_compile(r"^\s*(?P<word>[^\W\d_]+)")
# the suffixes a typesetter parts from such an element (crossing, selfish, selfless,
# wellness, illness, crosswise, crossover's "over" is a word: kept)
_SUFFIX = lazy_compile(r"(?:ings?|ish|less|ness|ed|er|ers|ly|ward|wards|wise|ies|y|s)$")


def own_compound(word: str, following: str) -> bool:
    """Is the hyphen after ``word`` (a line's last word, its hyphen cut off) the compound's
    own, ``following`` starting with a word of its own (see the module)?"""
    if word.casefold() not in _HEADS:
        return False
    m = _NEXT.match(following)
    if m is None:
        return False
    tail = m.group("word")
    return len(tail) >= 4 and tail.islower() and _SUFFIX.fullmatch(tail) is None
