"""A series statement read into the title: the series' name and its number after the title's
sentence, as Vancouver and other styles print them::

    Org. Title. IARC Monographs on the Evaluation of Risks, Vol. 77. Lyon: IARC; 2000.
    Enstitüsü. Title. Üretici Broşürü No. 12. Samsun: KTAE; 2018.
    Amt. Title. Schriftenreihe des Amtes, Heft 4. Bonn; 2019.

The name (two words or more, the first a capital's) and its number, written with
``Vol.``/``No.``/``Nr.``/``Heft``/``Sayı``/``Cilt``/``t.``/``n.``, are the series, no title;
a title with a number of its own and no series' sentence before it ("Symphony No. 5 and
its reception") is left whole.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.volume_words import Reading, alternation, words

__all__ = ["cut"]

# a volume's words (:mod:`.volume_words`) or a number's
_NUMBERING = f"(?:{alternation(words(Reading.SERIES_NUMBER))}|No|Nr|Nº|nº|№|Heft|Sayı|n|no)"
_TAIL = lazy_compile(
    r"^(?P<title>.{8,}?[^\s.])\.\s"
    r"(?P<series>[A-ZÀ-ÞÇĞİÖŞÜА-ЯЁΑ-Ω][^.;:]{1,150}?\s[^.;:]{2,150}?),?\s"
    rf"{_NUMBERING}\.?\s?(?P<number>\d{{1,4}}[A-Za-z]?)$"
)


def cut(ref: Reference) -> Reference:
    """``ref`` with the series statement its title ends with taken out into its series."""
    if not ref.title:
        return ref
    m = _TAIL.match(ref.title)
    if m is None:
        return ref
    series = f"{m.group('series').strip()} {m.group('number')}"
    return replace(ref, title=m.group("title"), series=ref.series or series)
