"""A letter cited in the edition that prints it, as humanities notes write one.

The writer, the letter (its addressee and date), then the edition after ``in``:

* French: ``Gustave Flaubert, lettre à Louise Colet, 8 mai 1852, dans *Correspondance*, éd.
  Jean Bruneau, Paris, Gallimard, t. II, 1980, p. 85.`` (``lettre à X du 8 mai 1852`` too);
* German: ``Friedrich Schiller, Brief an Goethe vom 23. August 1794, in: *Briefe*, hg. v.
  …`` and ``Schiller an Körner, 12. Februar 1788, in: …``;
* English: ``John Keats, letter to Fanny Brawne, in *Letters*, ed. …`` and ``Thomas
  Jefferson to John Adams, 28 October 1813, in *The Adams-Jefferson Letters*, ed. …``;
* Italian, Spanish, Portuguese, Dutch: ``lettera a``, ``carta a``, ``brief aan``.

The work cited is the edition, by the writer (the editor is no author): the note is read as
``Writer, <the edition and what follows it>``; the letter's addressee and date are no field.
:func:`letter_in_edition` gives that text, or None when the note is no such letter.

A title that begins with the word (``Jean-Jacques Rousseau, Lettre à d'Alembert sur les
spectacles, dans Œuvres complètes …``, ``Franz Kafka, Brief an den Vater, in: …``) is a
work, not a letter cited by its date: a capitalised letter word, and a bare ``Writer to
Addressee`` with no word for the letter, are taken only with a letter's date (day, month and
year).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import PARTICLES
from bibcheck.parse.references.patterns import L, U

__all__ = ["letter_in_edition"]

_PARTICLES = PARTICLES | {"della", "das", "zu"}  # the shared ones, "della", "das", "zu"
_PARTICLE = f"(?:{'|'.join(sorted(_PARTICLES))})"
# the writer: a name of one to six words ("Flaubert", "Johann Wolfgang von Goethe", "G.
# Flaubert", "J.-J. Rousseau")
_WRITER = rf"[{U}][{L}{U}.'’-]*(?:\s(?:[{U}][{L}{U}.'’-]*|{_PARTICLE})){{0,5}}"
# a letter's date: "8 mai 1852", "23. August 1794", "1er juin 1850", "October 28, 1813",
# "12.3.1850", "3 May [1850]"
_YEAR = r"\[?(?:1[0-9]|20)\d\d\]?"
_DAY_MONTH = rf"\d{{1,2}}(?:\.|er|st|nd|rd|th|º|°)?\s[{L}{U}]{{3,10}}\.?"
_DATE = (
    rf"(?:{_DAY_MONTH}\s{_YEAR}|[{U}][{L}]{{2,8}}\.?\s\d{{1,2}},\s{_YEAR}"
    rf"|\d{{1,2}}\.\s?\d{{1,2}}\.\s?{_YEAR})"
)
# how the date follows the addressee: ", 8 mai 1852", " vom 23. August 1794", " du 8 mai"
_DATED = r"(?:,\s|\s(?:vom|du|of|del|de|dated|van)\s)"
# the edition after the letter: "dans", "in", "in:", "en", "em", "w"
_IN = r",\s(?:in:?|dans|en|em|w:?)\s(?:(?:ders|dies|id|idem|eadem)\.?,\s)?"
_ADDRESSEE = r"[^,;:\d\n()«»“”\"]{2,80}?"
# "…, lettre à Louise Colet[, 22 avril 1853], dans …" (a small letter word: no title's)
_SMALL_WORD = lazy_compile(
    rf"^(?P<writer>{_WRITER}),\s(?:lettre|letter|lettera|carta|brief)\s(?:à|a|to|aan|al)\s"
    rf"{_ADDRESSEE}(?:{_DATED}{_DATE})?{_IN}"
)
# "…, Brief an Goethe vom 23. August 1794, in: …", "…, Letter to X, 3 May 1850, in …"
_CAPITAL_WORD = lazy_compile(
    rf"^(?P<writer>{_WRITER}),\s(?:Lettre|Letter|Lettera|Carta|Brief)\s(?:à|a|to|an|aan|al)\s"
    rf"{_ADDRESSEE}{_DATED}{_DATE}{_IN}"
)
# "Thomas Jefferson to John Adams, 28 October 1813, in …", "Schiller an Körner, 12. Februar
# 1788, in: …", "Flaubert à Louise Colet, 8 mai 1852, dans …"
_BARE = lazy_compile(
    rf"^(?P<writer>{_WRITER})\s(?:to|an|à|a|aan)\s{_ADDRESSEE}{_DATED}{_DATE}{_IN}"
)


def letter_in_edition(text: str) -> str | None:
    """``Writer, <edition …>`` for a note citing a letter in the edition that prints it (the
    letter's words blanked to the line breaks they held, so lines stay right), else None."""
    for pattern in (_SMALL_WORD, _CAPITAL_WORD, _BARE):
        m = pattern.match(text)
        if m is None:
            continue
        writer = m.group("writer")
        if writer.split()[-1] in _PARTICLES:  # ("Anna de, lettre …": no name)
            return None
        cut = text[m.end("writer") : m.end()]
        rest = text[m.end() :]
        if not rest.strip():
            return None
        return f"{writer}," + "\n" * cut.count("\n") + " " + rest
    return None
