"""A volume's or part's designation, a sentence of its own between a title and its imprint.

NLM (Vancouver) and the lists that follow it write the volume of a work in several, or the
volumes of a set cited whole, as a sentence after the title and before the imprint::

    Title. Vol. 2. London: Publisher; 1935.
    Title. Vol. I-II. Bucharest: Publisher; 1916.
    Title. Vols. 1–3. Paris: Publisher; 1901.
    Title. Tomul I, Partea I: A-B. Bucharest: Publisher; 1913.
    Title. Band 2, Teil 1. Leipzig: Publisher; 1900.
    Title. 2. kötet. Budapest: Publisher; 1960.

in the volume words of the languages the lists are written in: English ``Vol.``,
``Volume``, ``Part``, ``Pt``; Romanian ``Vol.``, ``Volumul``, ``Tomul``, ``Partea``;
French ``Tome``, ``Partie``; Spanish and Italian ``Tomo``, ``Parte``; German ``Band``,
``Bd.``, ``Teil``, ``Tl.``; Dutch ``Deel``; the Nordic ``Del``, ``Bind``; Finnish ``Osa``;
Polish and Russian ``Tom``, ``Część``, ``Cz.``; Czech ``Díl``, ``Svazek``; Hungarian the
number before ``kötet`` (volume) or ``rész`` (part).  A volume may be narrowed to a part
(``Tomul I, Partea I``, ``Vol. 2, Part 1``), and a dictionary's volume names the letters it
covers after a colon (``: A-B``).  The designation is no part of the title (the corpus
conventions: a volume's designation is not the title's).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.volume_words import Reading, alternation, words

__all__ = ["volume_designation"]

# the words, capitalised, the period optional (:mod:`.volume_words`); Hungarian's after the
# number
_WORD = alternation(words(Reading.DESIGNATION))
_AFTER_NUMBER = alternation(words(Reading.AFTER_NUMBER))
# a number: arabic, roman, with a letter ("2a"); a span of them ("I-II", "1–3")
_NUMBER = r"(?:\d{1,3}[a-z]?|[IVXLC]{1,6})"
_SPAN = rf"{_NUMBER}(?:\s?[-–]\s?{_NUMBER})?"
_ONE = rf"(?:{_WORD}\.?\s{_SPAN}|\d{{1,3}}\.\s{_AFTER_NUMBER})"
_DESIGNATION = lazy_compile(
    # (a volume, perhaps narrowed to its part; a dictionary's letters after a colon)
    rf"^{_ONE}(?:,\s{_ONE})?(?::\s[^\W\d_]{{1,3}}\s?[-–]\s?[^\W\d_]{{1,3}})?\.?$"
)


def volume_designation(sentence: str) -> bool:
    """Is ``sentence`` a volume's or part's designation alone ("Vol. I-II.", "Tomul I,
    Partea I: A-B", "Band 2, Teil 1", "2. kötet")?"""
    return _DESIGNATION.match(sentence.strip()) is not None
