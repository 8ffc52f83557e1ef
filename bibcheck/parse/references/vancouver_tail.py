"""A title sentence followed by nothing but NLM's imprint or journal line.

After one name with one initial ("Meier T.") a Vancouver list cannot show where its names
end: "Meier T. Hafen." may be a name with a given name first (BibTeX's plain style writes
"Nicholas J. Higham."), and "Meier T. Häfen und Werften." two names joined by "und". What
follows decides it. When the sentence is followed by nothing but the imprint NLM writes
("Berlin: Springer; 2017.") or its journal line ("J Hist. 2017;12(3):45-67."), that sentence
is the title: read as names it would leave the imprint for the title::

    Meier T. Hafen. Berlin: Springer; 2017.
    Meier T. Häfen und Werften. J Hist. 2017;12(3):45-67.

:func:`title_then_tail` says so of what follows the first name's full stop.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.vancouver_chapter import IN, chapter_in

__all__ = ["title_then_tail"]

# one sentence (a subtitle after a colon, no full stop inside; an edition or a medium in
# brackets may close it), then either "Place: Publisher; YEAR" (the place at most four words
# and its state's code, "New York (NY)"; an update or a citation date in brackets after the
# year) or NLM's journal line, the journal's abbreviated name without full stops inside
# ("J Hist", "N Engl J Med"), "YEAR[ Mon[ DD]];VOLUME…"
_TAIL = lazy_compile(
    r"^[^.;\[\]]{1,200}(?:\s\[[^\[\]]{2,40}\])?\.\s"
    r"(?:[^\W\d_][^\s.:;,()]*(?:\s[^\W\d_][^\s.:;,()]*){0,3}(?:\s\([A-Z]{2,3}\))?:\s?[^\s.:;][^.:;]{0,120}"
    r";\s?(?:1[5-9]|20)\d\d(?:\s?\[[^\[\]]{2,80}\])?"
    r"|[^\W\d_][^\s.:;]*(?:\s[^\s.:;]+){0,9}\.?\s(?:1[5-9]|20)\d\d"
    r"(?:\s[A-Z][a-z]{2}(?:\s\d{1,2})?)?;\s?\d{1,5}(?:\([^()]{1,12}\))?:\s?\w{1,12}"
    r"(?:[–-]\w{1,12})?)"
    r"\.?$"
)

# one title sentence, then "In:" (the book's editors follow)
_CHAPTER = lazy_compile(rf"^[^.;\[\]]{{1,200}}\.\s(?={IN}:\s)")


def title_then_tail(after: str) -> bool:
    """Is ``after`` (what follows a list's first name) one title sentence and then only
    NLM's imprint or journal line, or the book a chapter is in ("Lee K. Drugs. In: Brunton
    LL, editor. Book. New York: McGraw-Hill; 2018. p. 1-20.", :mod:`.vancouver_chapter`)?"""
    if _TAIL.match(after) is not None:
        return True
    chapter = _CHAPTER.match(after)
    return chapter is not None and chapter_in(after[chapter.end() :]) is not None
