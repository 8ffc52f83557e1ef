"""How a name and a date cited in running text are compared with a reference list's.

Writers spell the same name differently in the text and in the list: ABNT lists put the
family name in capitals (``FREYRE, Gilberto``) that the text writes ``Freyre (1933)`` or
``DaMatta (1979)``; transliterations lose their marks in the text (``Ibn Khaldun`` for
``Ibn Khaldūn``, ``Sakhawi`` for ``Sakhāwī``) and the Arabic article comes and goes
(``al-Maqrizi`` for ``Maqrīzī, … al-``, ``Al-Azmeh`` for ``Azmeh, Aziz al-``).
:func:`name_key` is the form two such spellings share.  A work with no year is cited with
the word its list gives instead (``n.d.``, ``s.d.``, ``z.j.``, ``in press``, ``te
verschijnen``): :func:`date_key` gives each such word the key of its kind, so ``s.d.`` in
the text finds the ``s.d.`` entry and ``in press`` the ``in press`` one (the words are
those of :mod:`bibcheck.parse.references.yearwords`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import ARABIC, GERMANIC
from bibcheck.parse.nameparticles import PARTICLES as BASE_PARTICLES
from bibcheck.parse.references.yearwords import NO_DATE, in_press_word, stage_key, text_status
from bibcheck.text import fold_accents

# the Arabic article glued to a name by a hyphen, as transliterated (the sun letters'
# assimilated forms too): "al-Maqrīzī", "Al-Azmeh", "el-Sayed", "ash-Shāfiʿī"
_ARTICLE = lazy_compile(r"(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)-(?=\w)")
# the marks of ʿayn and hamza, and apostrophes standing for them ("Shāfiʿī", "Qurʾān")
_MARKS = str.maketrans("", "", "ʿʾʻʼ‘’'`´")

# the particles a family name may open with, written capitalised in the sentence ("Van
# Zanden 1993", "De Vries (1974)", "Von Ranke", "Al-Azmeh") and in lower case after the
# given name in the list ("Zanden, Jan Luiten van"): no name of their own
# (the shared ones, the Dutch and German ones, the Arabic ones with "ben", and more Romance
# ones: "das", "do", "les", "della", "dei")
PARTICLES = BASE_PARTICLES | GERMANIC | ARABIC | frozenset("ben das do les della dei".split())

# the words that stand for a work's missing date ("n.d.", "s.d.", "o.J.") or for a work
# not yet published ("in press", "im Druck", "in stampa", "baskıda"): the list the entries'
# parser reads them by (:mod:`bibcheck.parse.references.yearwords`)
IN_PRESS = "in press"
UNDATED = text_status()


def name_key(name: str) -> str:
    """The form of a cited or listed name that its spellings share: no case, no accents or
    ʿayn/hamza marks, no leading Arabic article (``Al-Azmeh``, ``AZMEH``, ``Azmeh``:
    ``azmeh``; ``al-Maqrizi``, ``Maqrīzī``: ``maqrizi``; ``DaMatta``, ``DAMATTA``:
    ``damatta``)."""
    folded = fold_accents(name.translate(_MARKS)).casefold()
    return _ARTICLE.sub("", folded, count=1)


def date_key(date: str) -> str:
    """The key of a year as cited or listed: the year itself (``2019a``), ``n.d.`` for the
    words of no date in any language (``s.d.``, ``z.j.``, ``o.J.``), ``in press`` for a
    work not yet published (``forthcoming``, ``te verschijnen``, ``im Druck``), a stage
    before print its own (``in preparation``, ``submitted``: :func:`stage_key`)."""
    bare = " ".join(date.split())
    if bare[:1].isdigit():
        return bare
    if in_press_word(bare):
        return IN_PRESS
    return stage_key(bare) or NO_DATE
