"""A reference entry typed over several paragraphs (or lines), joined again.

In a word processor an author ends a line of a long entry with Enter (to push the
journal to the next line, or after pasting the names and year), and the rest of the
entry becomes a paragraph of its own: ``Rowe, K. L., & Amari, T. (2019).`` followed by
``Working memory load and recall. Memory Studies, 4 (2), 11–19.``; ``Ibsen, G. (2015).
Sampling rare events.`` followed by ``Quarterly Review of Methods, 7, 201–224.``;
``… a study of`` followed by ``urban wetlands. Ecology Letters, …``; ``… (3rd ed.).``
followed by ``Leiden: Brill.``.

:func:`continues_entry` says whether a paragraph is the rest of the entry before it: it
does not open like an entry (names, a number) and it starts as only the inside of one
does (a lower-case word, a DOI or an address, a journal with its volume, a place with its
publisher), or the entry before it has its names and year and nothing more yet.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR_LETTERED as _YEAR

__all__ = ["continues_entry"]

# a lower-case word that opens a name: "van Dijk, J.", "de la Cruz, M.", "d’Amato, L.",
# "al-Khatib, S.", a name written in lower case on purpose ("hooks, b.") or so spelt
_LOWER_NAME = lazy_compile(
    r"^(?:(?:van|von|vom|de|del|della|der|den|des|di|da|das|do|dos|du|la|le|ten|ter|te"
    r"|zu|ibn|bin|ben|y)\s+|d['’]|(?:al|el)-)+[^\W\d_]"
    r"|^[^\W\d_][\w'’-]*,\s+[^\W\d_]{1,2}\."
    r"|^[a-z]{1,2}[A-Z]",  # "eBird", "mBio", "iNaturalist": a body or a journal named so
)
# what only the inside of an entry starts with: a DOI, an address, a retrieval note
_INSIDE = lazy_compile(
    r"^(?:doi\s*:|https?://|www\.|DOI\b|PMID\b|PMCID\b|URL\b|Retrieved\b|Available\s"
    r"|Accessed\b|Disponível\s|Acesso\s|Режим\sдоступа|Дата\sобращения)",
    re.I,
)
# a journal and its volume: "Memory Studies, 4 (2), 11–19.", "PLOS ONE, 13(3), e0188299"
# (a name, a comma and a number that is no year: "World Bank, 2019." opens an entry)
_JOURNAL_VOLUME = lazy_compile(
    r"^[A-Z][\w&'’-]*(?:\s(?:[A-Z][\w&'’.-]*|of|in|and|for|on|the|&|de|für|und))*"
    rf",\s*(?!{_YEAR}\b)\d+"
)
# a place and its publisher: "Leiden: Brill.", "Boca Raton, FL: CRC Press, 2010."
_PLACE_PUBLISHER = lazy_compile(
    r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}(?:,\s[A-Z][\w.]{1,12})?\s?:\s"
    r"[A-Z][\w&'’.-]*(?:\s[\w&'’.-]+){0,5}(?:,\s" + _YEAR + r")?\.?$"
)
# an entry that has its names and year and nothing after them: "Rowe, K. L., & Amari, T.
# (2019)." (author-date styles put the title after the year)
_DATE = rf"(?:{_YEAR}|n\.\s?d\.|s\.\s?d\.|o\.\s?J\.|in press|im Druck|sous presse)"
_ENDS_WITH_DATE = lazy_compile(rf"\({_DATE}(?:,\s[^)]{{1,20}})?\)\.?$", re.I)
_DATE_IN_PARENS = lazy_compile(rf"\({_DATE}", re.I)
_TITLE_WORD = lazy_compile(r"(?<![\w'’-])[a-zà-ÿ]{4,}\b")  # a title's word ("memory", "study")
_NAME_WORDS = frozenset({"della", "delle", "dello", "degli"})


def _names_and_year_only(entry: str) -> bool:
    """Does ``entry`` hold names and a year in parentheses and nothing after them?"""
    m = _ENDS_WITH_DATE.search(entry)
    if m is None or len(_DATE_IN_PARENS.findall(entry)) != 1:
        return False
    names = entry[: m.start()]
    words = {w for w in _TITLE_WORD.findall(names) if w not in _NAME_WORDS}
    return bool(names.strip()) and not words


def continues_entry(previous: str, text: str) -> bool:
    """Is the paragraph ``text`` the rest of the reference entry ``previous``?"""
    previous, text = previous.strip(), text.strip()
    if not previous or not text:
        return False
    if text[0].islower():
        return not _LOWER_NAME.match(text)
    if _INSIDE.match(text):
        return True
    if _JOURNAL_VOLUME.match(text) or (len(text) <= 80 and _PLACE_PUBLISHER.match(text)):
        return True
    # names and year, then the title in a paragraph of its own (which has no year of its
    # own in parentheses, as the next entry's names would have)
    return _names_and_year_only(previous) and not _DATE_IN_PARENS.search(text[:200])
