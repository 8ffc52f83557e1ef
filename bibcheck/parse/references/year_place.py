"""What an entry writes in its year's place, rewritten as the style parsers read it.

* A word for "no date" or "not yet published" in the list's language, bare after the names
  (Chicago author-date: ``Berg, Willemijn van den. Te verschijnen. "Title."``, ``Huygens
  ING. z.j. "Title."``) or in parentheses (APA, Harvard: ``Doe, J. (in press). Title.``,
  ``TOKİ [Toplu Konut İdaresi Başkanlığı] (t.y.) Title``) is read as ``n.d.``: the entry
  has no year, and the word is neither its title nor a part of its names.
* A reprint's or translation's two years, the original's in brackets or parentheses
  (``Huizinga, Johan. (1941) 1984. Title.``, ``[1941] 1984.``, ``Fei Xiaotong (1992
  [1947]). Title``), are read as the year of the edition listed (1984, 1992), which the
  work is cited by.

Only in the year's place: right after the names, before any quoted, emphasised or
bracketed title.  :func:`year_place` gives the text rewritten, or the text itself.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.yearwords import SEE_ALSO_WORDS, list_status
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["year_place"]

# "no date" and "not yet published", as lists write them in the year's place (Dutch "z.j."
# and "te verschijnen", German "o.J." and "im Druck", Turkish "t.y." and "baskıda", Italian
# "in stampa"): the words of :mod:`.yearwords`, the text's citations' too ("n.d." itself
# is what they are read as, and so no part of this)
_STATUS = list_status()
# the names before the year's place: no quoted or emphasised title, no parenthesis; a
# bracketed expansion of a corporate author's abbreviation may be among them
_HEAD = r"(?:[^\"“”„«»*_()\[\]\d\n]|\[[^\[\]\d\n]{2,80}\]){2,160}?"
# "Name. Te verschijnen. Title": bare, a full stop or comma after it (a title that opens
# with the word, "Forthcoming Events in Europe", is no status); after a comma not a word
# that is "see also" there too (German "s. a.": "Müller, Geschichte, s. a. Schmidt")
_AFTER_COMMA = list_status(without=SEE_ALSO_WORDS)
_BARE = lazy_compile(
    rf"^(?P<head>{_HEAD}[.,])\s(?:(?<=\.\s)(?:{_STATUS})|(?<=,\s)(?:{_AFTER_COMMA}))"
    r"(?:(?<=\.)|[.,])(?=\s)"
)
_PARENTHESISED = lazy_compile(rf"^(?P<head>{_HEAD})\((?P<status>{_STATUS})\)")
# "Name. (1941) 1984. Title", "Name. [1941] 1984. Title": the original's year first
_ORIGINAL_FIRST = lazy_compile(
    rf"^(?P<head>{_HEAD}[.,]\s)(?:\({_YEAR}\)|\[{_YEAR}\])\s(?P<year>{_YEAR}[a-z]?)(?=[.,]\s)"
)
# "Name (1992 [1947]). Title", "Name. (1984 [1941]). Title": the original's year after it
_ORIGINAL_AFTER = lazy_compile(rf"^(?P<head>{_HEAD}\()(?P<year>{_YEAR}[a-z]?)\s?\[{_YEAR}\](?=\))")


def year_place(text: str) -> str:
    """``text`` with a no-date or not-yet-published word in the year's place written
    ``n.d.`` and a reprint's two years written as the listed edition's alone (module
    docstring); ``text`` itself when it has neither."""
    m = _BARE.match(text)
    if m is not None:
        return f"{m.group('head')} n.d.{text[m.end() :]}"
    m = _PARENTHESISED.match(text)
    if m is not None:
        return f"{m.group('head')}(n.d.){text[m.end() :]}"
    for pattern in (_ORIGINAL_FIRST, _ORIGINAL_AFTER):
        m = pattern.match(text)
        if m is not None:
            return f"{m.group('head')}{m.group('year')}{text[m.end() :]}"
    return text
