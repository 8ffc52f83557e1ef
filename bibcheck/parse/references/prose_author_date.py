"""Author-date citations written into a note's prose.

Notes beside a reference list often cite a work in a sentence rather than as a bare short
form: "Per a una visió de conjunt, Boix-Fuster i Vila (1998: 177–210).", "Sobre això,
vegeu els capítols reunits a Vila (2013), especialment la introducció.", "For the
earlier view, see Hale and Ruiz (2004, 12) and, on the port, Lind (1999).".  The cited
work is named the narrative way, its authors then the year in parentheses (with the place
cited after a colon or a comma).  :func:`narrative_cites` finds such citations in a note's
first sentence, each with the shorter readings of its names (the prose before them may
be capitalised: "Vegeu Aracil (1982)"); the caller keeps the first one the list holds.

A name followed by a life's years ("Fishman (1926–2015)") or by no year is no citation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import UPPER

__all__ = ["NarrativeCite", "dated_cites", "narrative_cites"]

# a name: a capitalised word (hyphens and apostrophes inside: "Boix-Fuster", "O'Neill"),
# after up to two particles ("de Jong", "van der Berg")
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|dos|del|della|le|la|ten|ter)"
# (and the Arabic article before a capital: "al-Maqrīzī", "el-Said")
_WORD = rf"(?:{_PARTICLE}\s){{0,2}}(?:(?:al|el)-)?[{UPPER}][\w'’-]{{0,40}}"
# the small words inside an organisation's name: "WHO Regional Office for Europe"
_LINK = r"(?:(?:for|of|the|on|in|des|für|zur|voor|per|pour)\s)"
# two or three names joined in the note's language, or "et al." and its equivalents
_JOIN = r"(?:,\s|\s(?:and|&|und|dan|en|e|y|et|i|ve|és|og|och)\s)"
_ET_AL = (
    r"(?:,?\s(?:et\sal\.?|dkk\.?|vd\.|ve\sdiğ\.|u\.\s?a\.|e\.\s?a\.|i\sin\.|m\.\s?fl\."
    r"|и\sдр\.|et\scoll\.|[ey]\scol\.|és\smtsai\.?))"
)
_NARRATIVE = lazy_compile(
    rf"(?<![\w'’-])(?P<who>{_WORD}(?:\s{_LINK}?{_WORD}){{0,5}}(?:{_JOIN}{_WORD}(?:\s{_WORD}){{0,2}}){{0,2}}"
    rf"{_ET_AL}?)"
    # the year in parentheses, then the place cited after a colon or a comma, or nothing
    r"\s\((?P<year>(?:1[5-9]|20)\d\d)(?P<letter>[a-z]?)"
    r"(?:[:,]\s?(?P<place>[^()\[\]]{1,40}?))?\)"
)
# ... and the author-date way of Chicago's notes, the year after the names with no
# parentheses, the place after a comma: "Mahdi 1957, 27–29, already warned ...", "see
# Ibn Khaldūn 1967, 1: 452–55", "the burden of Fromherz 2010, ch. 4" (a name's life,
# "Fishman 1926–2015", or a number going on, is none)
# (a preposition opening a sentence before a year is no name: "In 1999 the port …")
_BEFORE_A_YEAR = (
    r"(?!(?:In|On|By|For|From|Since|Until|After|Before|About|Around|During|Circa|Im|Seit|Bis"
    r"|Um|Nach|Vor|Ab|En|Dès|Depuis|Desde|Em|Hasta|Até|Í|Árið|Frá|Sedan|Siden|Vanaf|Tot)\s)"
)
_DATED = lazy_compile(
    rf"(?<![\w'’-])(?P<who>{_BEFORE_A_YEAR}{_WORD}(?:\s{_LINK}?{_WORD}){{0,5}}(?:{_JOIN}{_WORD}(?:\s{_WORD}){{0,2}}){{0,2}}"
    rf"{_ET_AL}?)"
    r"\s(?P<year>(?:1[5-9]|20)\d\d)(?P<letter>[a-z]?)(?![\w–—-])"
    r"(?:,\s(?P<place>(?:(?:pp?|ch|chap|S|s)\.\s?)?(?:\d{1,2}:\s?)?\d{1,5}(?:[–-]\d{1,5})?))?"
)
# the end of the note's first sentence: a full stop and a capital, not after an
# abbreviation of one to three letters ("p. 4", "cf. The", "Vol. II"); a number's stop ends
# it ("p. 4. See also …")
_A = r"[^\W\d_]"
_SENTENCE_END = lazy_compile(
    rf"(?<![\s.]{_A})(?<![\s.]{_A}{_A})(?<![\s.]{_A}{_A}{_A})\.\s+(?=[{UPPER}])"
)
_LIFE = lazy_compile(r"[–-]\s?\d")


@dataclass(frozen=True, slots=True)
class NarrativeCite:
    """A narrative author-date citation: the names as written and each shorter reading of
    them (the first words dropped in turn), the year, its letter and the place."""

    readings: tuple[str, ...]
    year: int
    letter: str
    place: str | None


def first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence."""
    end = _SENTENCE_END.search(text)
    return text if end is None else text[: end.start() + 1]


def narrative_cites(text: str) -> Iterator[NarrativeCite]:
    """The narrative author-date citations of the first sentence of ``text``, in order."""
    sentence = first_sentence(" ".join(text.split()))
    for m in _NARRATIVE.finditer(sentence):
        place = m.group("place")
        if place is not None and _LIFE.match(place):
            continue
        yield NarrativeCite(
            _readings(m.group("who")), int(m.group("year")), m.group("letter"), place
        )


def dated_cites(text: str) -> Iterator[NarrativeCite]:
    """The author-date citations written with no parentheses ("Mahdi 1957, 27–29") of the
    first sentence of ``text``, in order."""
    sentence = first_sentence(" ".join(text.split()))
    for m in _DATED.finditer(sentence):
        yield NarrativeCite(
            _readings(m.group("who")), int(m.group("year")), m.group("letter"), m.group("place")
        )


def _readings(who: str) -> tuple[str, ...]:
    """``who`` and the readings of it without its first words: "Vegeu Aracil" ->
    ("Vegeu Aracil", "Aracil"); a reading never starts with a joining word."""
    words = who.split(" ")
    out = []
    for k in range(len(words)):
        reading = " ".join(words[k:])
        if re.match(rf"[{UPPER}]", reading) or re.match(
            r"(?:de|van|von|da|di|du|dos)\s|(?:al|el)-", reading
        ):
            out.append(reading)
    return tuple(out)
