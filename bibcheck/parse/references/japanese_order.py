"""A document that writes Japanese names family name first writes all of them so.

Japanese studies and museum writing keep one order for Japanese names throughout: a
writer who prints ``Maruyama Nobuhiko 丸山伸彦`` (the romanised name in the script's order,
family name first, :mod:`bibcheck.parse.japanese_names`) writes ``Ogata Kōrin`` and
``Katsushika Hokusai`` in the same order where the script is left out.  A romanised name
alone tells nothing (``Natsume Sōseki`` and ``Sōseki Natsume`` are both printed, and Māori
names with macrons keep their natural order: ``Māui Pōmare``), so the rule holds only in a
document that gives at least one Japanese name with its script in that order, and only
for a name of two words of Hepburn syllables with a long vowel's macron (``Kōrin``,
``Yūzen``): a Western name of such syllables (``Mario Rossi``) has none.  Such a name is
inverted as a catalogue writes it, ``Ogata, Kōrin``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import ParsedDocument, Reference
from bibcheck.parse.japanese_names import hepburn, japanese_family_first

__all__ = ["with_japanese_order", "writes_family_first"]

# a romanised name of two words and its script after it: "Maruyama Nobuhiko 丸山伸彦"
_NAMED_WITH_SCRIPT = lazy_compile(
    r"(?<![\w-])[A-ZŌŪĀĪĒ][\w\u0300-\u036f]+\s[A-ZŌŪĀĪĒ][\w\u0300-\u036f]+"
    r"\s[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆ヶ]{1,10}"
)
_MACRON = frozenset("ŌōŪūĀāĪīĒē")


def writes_family_first(texts: Iterable[str]) -> bool:
    """Does one of ``texts`` give a Japanese name family name first with its script?"""
    return any(
        japanese_family_first(m.group(0)) is not None
        for text in texts
        for m in _NAMED_WITH_SCRIPT.finditer(text)
    )


def _inverted(author: str) -> str:
    words = author.split()
    if (
        "," in author
        or len(words) != 2
        or not all(hepburn(w) for w in words)
        or not any(c in _MACRON for c in author)
    ):
        return author
    return f"{words[0]}, {words[1]}"


def _in_order(ref: Reference) -> Reference:
    authors = tuple(_inverted(a) for a in ref.authors)
    return ref if authors == ref.authors else replace(ref, authors=authors)


def with_japanese_order(doc: ParsedDocument) -> ParsedDocument:
    """``doc`` with its Japanese names family name first, when it writes them so (module
    doc)."""
    texts = [fn.reference.raw for fn in doc.footnotes]
    texts += [e.reference.raw for e in doc.literature]
    if not writes_family_first(texts):
        return doc
    return replace(
        doc,
        footnotes=tuple(replace(fn, reference=_in_order(fn.reference)) for fn in doc.footnotes),
        literature=tuple(replace(e, reference=_in_order(e.reference)) for e in doc.literature),
    )
