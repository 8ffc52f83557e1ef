"""A volume of a body's series of monographs: a book, though the body publishes it.

A body's own publication is most often its report (:mod:`.reportkind`), but some bodies
publish a series of books, each volume a monograph on one subject, and lists cite the volume
with the series and its number::

    International Agency for Research on Cancer. Title. IARC Monographs on the Evaluation
        of Carcinogenic Risks to Humans, Vol. 100F. Lyon: IARC; 2012.
    World Health Organization. Title. WHO Monographs on Selected Medicinal Plants, Vol. 2.
        Geneva: WHO; 2004.
    Istituto Superiore di Sanità. Titolo. Monografie ISS, vol. 3. Roma: ISS; 2019.

The series calls its volumes monographs -- books, as the corpus conventions file a work whose
series names its genre (tests/corpus/README.md: a body's publication is a ``report`` when its
title or series calls it a report, a working paper, a guideline …) -- so the volume is a
``book``.  A numbered report of a series with the singular word (``CRREL Monograph 81-2``) is
no volume of books and stays a report.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.volume_words import Reading, alternation, words

__all__ = ["monograph_volume"]

# the series' plural word for monographs (English, Italian, Spanish, Portuguese, German,
# French, Polish), then within the same sentence its volume: "…, Vol. 100F", "…, vol. 3",
# "…, Volume 12", "…, Bd. 4", "…, tome 2", "…, t. 2", "…, tom 5" (the words:
# :mod:`.volume_words`)
_VOLUME = lazy_compile(
    r"\b(?:Monographs|Monografie|Monograf[íi]as|Monographien|Monographies|Monografii)\b"
    rf"[^.;:]{{0,160}}?,?\s{alternation(words(Reading.MONOGRAPHS))}\.?\s?\d{{1,4}}[A-Z]?\b"
)


def monograph_volume(ref: Reference) -> Reference:
    """``ref``, read as a report, as a book when its entry names the volume of a series of
    monographs after its title."""
    if ref.kind is not RefKind.REPORT or ref.host:
        return ref
    raw = " ".join(ref.raw.split())
    title = " ".join((ref.title or "").split())
    at = raw.find(title) if title else -1
    after = raw[at + len(title) :] if at >= 0 else raw
    if _VOLUME.search(after) is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.BOOK)
