"""A lone narrative ``Name (2006)`` whose author no entry of the list names: a work the
list lacks.

:func:`bibcheck.readers.authoryear.unlisted` takes the unmistakable shapes only: a name
and a year inside parentheses, or a narrative citation of two names or "et al.".  A
narrative citation of one author -- a capitalised name, then its year in parentheses, a
locator perhaps (``Thieme (2006)``, ``Okafor (2019, p. 4)``, ``Lind (2011a)``) -- is a
citation too in a text that cites its author-date list this way, when nothing says it is
something else:

* the word right before the name is no capitalised word (but a sentence's last) and no
  "and": a name of several words is a law's, an event's or a body's (``Ley de Recursos
  Hídricos (2009)``, ``World Cup (2018)``), and a name after "and" is the last of several
  authors (the other shape's);
* the name is no month, weekday or part of a work (``March (2019)``, ``Table (2020)``),
  no word for a law, an event or a document (``Act (2009)``, ``Census (2011)``), no word in
  capitals (``COVID (2020)``);
* the name is nowhere else in the text but in such citations: a place or a thing a text is
  about comes back (``the crisis in Greece (2010)`` in a text on Greece), an author cited
  once does not;
* the name is no listed name with a case ending (Basque ``Etxeberriaren (2015)`` cites
  ``Etxeberria``).

Lines of the list itself are not the caller's text (an entry's own ``Name (2006)``).
"""

from __future__ import annotations

from collections.abc import Iterator

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND, AND_INDIC
from bibcheck.parse.references.patterns import U
from bibcheck.parse.years import YEAR as _YEAR
from bibcheck.readers.authoryear import names_no_author

__all__ = ["lone_unlisted", "used_apart"]

# the name, one word (a hyphen or apostrophe inside), then "(2006)", "(2006a)", "(2006, p. 5)"
_LONE = lazy_compile(
    rf"(?<![\w.'’(-])(?P<name>[{U}][^\W\d_]+(?:['’-][^\W\d_]+)?)\s\({_YEAR}[a-z]?"
    r"(?:\)|,\s[^()\n]{1,24}\))"
)
_WORD = lazy_compile(rf"(?<![\w'’-])[{U}][^\W\d_]+(?:['’-][^\W\d_]+)?")
# the word before the name: the last one, and what stands between it and the name
_BEFORE = lazy_compile(r"(?P<word>[^\s,;:()]+)?(?P<gap>[\s,;:(]*)$")
_JOINING = lazy_compile(rf"^(?:{AND}|{AND_INDIC})$")
# a law, an event, a document or a body named with its year: the English, Spanish,
# Portuguese, French, Italian and German words
_NOT_NAMES = frozenset(
    """
    act acts law laws bill code decree directive regulation regulations ordinance statute
    treaty accord agreement protocol convention constitution charter declaration
    census survey report plan strategy programme program budget review
    war crisis revolution reform election elections summit olympics cup games expo
    ley leyes decreto reglamento constitución tratado acuerdo censo informe
    lei leis decreto-lei constituição tratado acordo relatório
    loi décret règlement traité accord recensement rapport
    legge decreto regolamento trattato censimento rapporto
    gesetz verordnung richtlinie vertrag abkommen verfassung zensus bericht
    """.split()
)
_LOOK_BACK = 60  # characters before the name that are read for the word before it


def lone_citations(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each lone narrative ``Name (2006)`` in ``text`` that passes
    the guards on the name and the word before it (see the module doc)."""
    for m in _LONE.finditer(text):
        name = m["name"]
        if name.isupper() or not any(c.islower() for c in name[1:]):
            continue
        if names_no_author(name) or name.casefold() in _NOT_NAMES:
            continue
        if _joined_or_named(text[max(0, m.start() - _LOOK_BACK) : m.start()]):
            continue
        yield m.start("name"), m.end(), name


def _joined_or_named(before: str) -> bool:
    """Does the text before a name make it part of a longer name (a capitalised word
    right before it) or the last of several authors ("and", "&")?"""
    m = _BEFORE.search(before)
    if m is None or m["word"] is None:
        return False
    word, gap = m["word"], m["gap"]
    if any(c in gap for c in ",;:("):  # ("Similarly, Thieme (2006)": a new phrase)
        return False
    if _JOINING.match(word):
        return True
    # (a sentence's end before the name: "… 2019. Thieme (2006) shows")
    return word[:1].isupper() and not word.endswith((".", "!", "?", "।"))


def used_apart(text: str) -> frozenset[str]:
    """The capitalised words ``text`` uses other than as a lone citation's name (at a
    word's start: a name inside a longer word is no use of it)."""
    cited = {m.start("name") for m in _LONE.finditer(text)}
    return frozenset(m.group() for m in _WORD.finditer(text) if m.start() not in cited)


def lone_unlisted(
    text: str, listed: frozenset[str], apart: frozenset[str]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each lone narrative citation in ``text`` (:func:`lone_citations`)
    of a name that is no word of the list (``listed``) and that the text uses nowhere else
    (``apart``, :func:`used_apart` of the whole text): a work the list lacks."""
    for start, end, name in lone_citations(text):
        if name not in listed and name not in apart and not _inflected(name, listed):
            yield start, end, name


_STEM = 4  # the fewest letters of a listed name an inflected form must keep
_ENDING = 3  # the most letters an inflection may change at the name's end


def _inflected(name: str, listed: frozenset[str]) -> bool:
    """Is ``name`` a listed name with a case ending (Basque ``Etxeberriaren`` for
    ``Etxeberria``, Finnish ``Virtasen`` for ``Virtanen``, Hungarian ``Kovácsnak``): it
    keeps all of the listed name but its last letters?"""
    for word in listed:
        stem = word[: max(_STEM, len(word) - _ENDING)]
        if len(word) >= _STEM and len(name) > len(stem) and name.startswith(stem):
            return True
    return False
