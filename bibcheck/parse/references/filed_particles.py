"""A particle or article written after the given names of an inverted name.

Lists sort a name by the family name without its particle or article and write that word
after the given names:

* Arabic names with the article (``al-``, ``el-`` and its assimilated forms ``ad-``,
  ``an-``, ``ash-`` …) after them, as English-language lists write transliterated names:
  ``Azmeh, Aziz al-``, ``Maqrīzī, Taqī al-Dīn Aḥmad al-``.  The style parsers read no name
  ending in a hyphen (nor lower-case ``al-Dīn`` among the given names) and take the name
  for the title; :func:`filed_article` puts a plain name in its place for the reading and
  gives the name to put back, the article before the family name (``al-Azmeh, Aziz``), as
  the person is cited (``al-Azmeh 1981``).
* Dutch particles with ``de``, ``te`` or ``'t`` (``Vries, Jan de``, ``Berg, Anna van de``):
  unlike ``van``/``van der``, which every reader of a list files after the given names as
  part of the family name, a Romance ``de`` there is no part of it (``Oliveira, Adriana
  Cristina de``, ``HOLANDA, Sérgio Buarque de``, ``Gaulle, Charles de``).  In a Dutch name
  :func:`dutch_particle_first` writes the particle before the family name (``de Vries,
  Jan``), as Dutch cites the person (``De Vries 1974``).  Dutch only where the entry says
  so (a Dutch given name or Dutch words in the entry) or its list does (:func:`dutch_list`:
  a quarter of its entries, two at least, say so).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["ARTICLE_MASK", "dutch_list", "dutch_particle_first", "filed_article"]

# the plain name read in the place of the one with its article after it
ARTICLE_MASK = "Filed, Name"
# "Azmeh, Aziz al-. 1981.", "Maqrīzī, Taqī al-Dīn Aḥmad al-, and …": the family name, the
# given names (lower-case "al-Dīn", "ibn" among them), the article, then a full stop or a
# comma
_FILED_ARTICLE = lazy_compile(
    r"^(?P<family>[^\W\d_][\w'’ʿʾ-]{1,40}),\s"
    r"(?P<given>[^\W\d_][^.,;:()\[\]\"“”*_\d\n]{0,60}?)\s"
    r"(?P<article>(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|aḍ|aṣ|aṭ|aẓ)-)(?=[.,]\s)"
)


def filed_article(text: str) -> tuple[str, str] | None:
    """``(text to read, name)`` for an entry that opens with an Arabic name inverted with
    its article last (``Azmeh, Aziz al-. 1981. Title`` -> ``(Filed, Name. 1981. Title,
    al-Azmeh, Aziz)``), or None."""
    m = _FILED_ARTICLE.match(text)
    if m is None:
        return None
    name = f"{m.group('article')}{m.group('family')}, {m.group('given')}"
    return ARTICLE_MASK + text[m.end() :], name


# Dutch particles ending in a word a Romance name files after the given names too: "de",
# "van de", "te", "'t", "van 't", "in 't" ("van", "van der", "ten" are read as the family
# name's wherever they are written, and stay where the list writes them)
_DUTCH_TRAILING = lazy_compile(
    r"^(?P<family>[^,]+),\s(?P<given>[^,]+?)\s(?P<particle>(?:van\s|in\s)?(?:de|te|['’]t|het))$"
)
# Dutch given names (common, and none also a Romance one that files "de" after it)
_DUTCH_GIVEN = frozenset(
    """
    Aad Ad Adriaan Anneke Arie Arjen Arnold Bart Bas Beatrijs Bert Cees Cornelis Corrie
    Daan Dirk Douwe Els Erik Evert Femke Floris Frans Frits Gerard Geert Gerrit Gert Gijs
    Govert Hans Harm Hendrik Henk Herman Huib Ineke Jaap Jacob Jacobus Jan Jannie Jeroen
    Johan Johannes Joost Joris Karel Kees Klaas Koen Lodewijk Luuk Maarten Marijke Marten
    Niek Pieter Piet Reinier Rutger Ruud Sander Sjoerd Sytze Teun Thijs Tjeerd Wiebe Wilhelmina
    Willem Willemijn Wim Wouter
    """.split()
)
# words of a Dutch entry: "en" before the last name, "red." (editors), "vert." / "vertaald door",
# "uitg.", "dl." / "dln.", "druk", "geraadpleegd", "z.j.", "te verschijnen", "proefschrift"
_DUTCH_WORD = lazy_compile(
    r",\sen\s[^\W\d_]|\b(?:red|uitg|vert|dln?|dr)\.\s"
    r"|\b(?:[Vv]ertaald|[Gg]eraadpleegd|druk|proefschrift|[Tt]e\sverschijnen|z\.\s?j\.|[Uu]itgeverij|[Tt]ijdschrift|[Gg]eschiedenis)\b"
)


def dutch_particle_first(author: str, text: str) -> str:
    """``Vries, Jan de`` -> ``de Vries, Jan`` when the name or ``text`` (its entry) is Dutch
    (module docstring); ``author`` itself otherwise."""
    m = _DUTCH_TRAILING.match(author.strip())
    if m is None:
        return author
    if m.group("given").split()[0] not in _DUTCH_GIVEN and _DUTCH_WORD.search(text) is None:
        return author
    return _moved(author) or author


def _moved(author: str) -> str | None:
    """``Vries, Jan de`` -> ``de Vries, Jan``; None for a name with no such particle."""
    m = _DUTCH_TRAILING.match(author.strip())
    if m is None:
        return None
    return f"{m.group('particle')} {m.group('family')}, {m.group('given')}"


def _dutch(ref: Reference) -> bool:
    """Does the entry say it is Dutch: a Dutch word, or a first author's Dutch given name?"""
    if _DUTCH_WORD.search(ref.raw):
        return True
    family, _, given = (ref.authors[0] if ref.authors else "").partition(", ")
    return bool(family) and given.split()[:1] != [] and given.split()[0] in _DUTCH_GIVEN


def dutch_list(refs: Sequence[Reference]) -> list[Reference]:
    """The entries of one list, a Dutch ``de`` after the given names moved before the family
    name in every entry (``Graaf, Anna de`` -> ``de Graaf, Anna``) when a quarter of the
    entries, two at least, are Dutch (:func:`_dutch`); ``refs`` as they are otherwise."""
    dutch = sum(1 for r in refs if _dutch(r))
    if dutch < 2 or 4 * dutch < len(refs):
        return list(refs)
    out = []
    for ref in refs:
        moved = tuple(_moved(a) or a for a in ref.authors)
        out.append(dataclasses.replace(ref, authors=moved) if moved != ref.authors else ref)
    return out
