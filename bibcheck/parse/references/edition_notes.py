"""Classics notes: the edition a note quotes an ancient text from, and the notes after it.

A classics essay cites its ancient texts by book and line, naming once, in an early note,
the edition it quotes them from: ``Ovid, *Tristia* 2.207. The Latin text is quoted from
S. G. Owen, ed., *P. Ovidi Nasonis Tristium libri quinque …* (Oxford: Clarendon Press,
1915).``, ``Thucydides 2.40.1, cited from the edition of H. S. Jones, *Historiae* (Oxford,
1942).``, ``Homère, *Iliade* 6.146, texte de P. Mazon, *Homère. Iliade* (Paris : Les Belles
Lettres, 1937).``.  That note cites the edition (a book): its title is the edition's, the
italic title the publication's place, publisher and year follow (:func:`quoted_edition`),
not the ancient work's named with the passage.

Later notes then give only the passage, the work abbreviated: ``*Tr.* 4.10.1–2.``,
``*Pont.* 4.13.19–22.``, ``Thuc. 2.41.5.``.  Such a note cites the same edition: it repeats
the latest earlier note that opens on a passage and names its edition with a year, one of
whose capitalised words the abbreviation begins (``Tr.`` → ``Tristia``/``Tristium``,
``Pont.`` → ``Ponto``, ``Thuc.`` → ``Thucydides``; a work written whole, ``*Tristia*
1.1.1``, names it whole) (:func:`edition_repeated`).
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.locus import passage_author

__all__ = ["edition_repeated", "quoted_edition"]

# an italic title, then perhaps its editor or translator, then the publication's place,
# publisher and year in brackets: "*Title* (Oxford: Clarendon Press, 1915)", "*Title*, ed.
# J. Smith (Paris : Les Belles Lettres, 1937)", "*Title* (Oxford, 1942)"
_PUBLISHED_TITLE = lazy_compile(
    r"(?:\*(?P<star>[^*]{3,300})\*|_(?P<under>[^_]{3,300})_)"
    r"(?:,\s(?:ed|eds|trans|tr|éd|hg|hrsg|a\scura\sdi)\.?\s[^()]{2,80}?)?"
    r"\s\((?:[^()]{2,120}?[:,]\s?)?(?:1[5-9]|20)\d\d[a-z]?\)"
)
_YEAR = lazy_compile(r"(?<![\d.])(?:1[5-9]|20)\d\d(?![\d])")
_CAPITALISED = lazy_compile(r"(?<![\w])[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]+")


def quoted_edition(text: str) -> str | None:
    """The title of the edition a note opening on a canonical passage quotes it from (the
    italic title whose place, publisher and year follow in brackets), or None for any
    other note."""
    if passage_author(text) is None:
        return None
    found = _PUBLISHED_TITLE.search(text)
    if found is None:
        return None
    title = found.group("star") or found.group("under") or ""
    return title.strip() or None


def _names(text: str, author: str) -> bool:
    """Does ``text`` have a capitalised word the passage's ``author`` (a work or author,
    ``Tr.``, ``Thuc.``, ``Tristia``) writes: begun by an abbreviation, equal to a name?"""
    stem = author.rstrip(".").casefold()
    if len(stem) < 2:
        return False
    words = (w.casefold() for w in _CAPITALISED.findall(text.replace("*", " ")))
    if author.endswith("."):
        return any(w.startswith(stem) and w != stem for w in words)
    return any(w == stem for w in words)


def edition_repeated(text: str, earlier: Sequence[str]) -> tuple[int, str] | None:
    """The index of the earlier note whose edition a passage-only note ``text`` cites
    again (see the module doc), with the passage as the locator; None when ``text`` is no
    such note or no earlier note names an edition of its work."""
    author = passage_author(text)
    if author is None or _YEAR.search(text.split(";")[0]):
        return None
    for j in range(len(earlier) - 1, -1, -1):
        before = earlier[j]
        if passage_author(before) is None or quoted_edition(before) is None:
            continue
        if _names(before, author):
            passage = text.split(";")[0].replace("*", "").strip().rstrip(".")
            return j, passage[len(author) :].strip(" ,")
    return None
