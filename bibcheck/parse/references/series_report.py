"""A series sentence that calls a body's paper a report (pure functions).

Think tanks, foundations and institutes publish their papers in unnumbered series whose
name ends in the genre, set as a sentence between the title and the imprint::

    Okafor, A. 2018. Energy security in Europe. Chatham House Research Paper. London:
        Chatham House.
    Lind, B. 2018. Energy futures. Foundation report. Seattle: Gates Foundation.
    Keller, A. 2020. Wasser im Dorf. Stiftungsbericht. Berlin: Stiftung Wasser.

A numbered series is a report already (:mod:`.reportkind`); a series sentence with no
number whose last words are a paper's genre (``Research Paper``, ``Briefing Paper``,
``Working Paper``, ``Report``, ``Bericht``, ``Rapport``, ``Informe``) says so too.
:func:`series_report` makes a book or an unknown work with such a sentence a ``report``.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.title_end import after_title

__all__ = ["series_report"]

# a series' name that ends in a paper's genre ("Chatham House Research Paper", "Foundation
# report", "IDS Briefing Paper", "Stiftungsbericht")
_GENRE_END = lazy_compile(
    r"^[^\W\d_][^.:;()\d]{0,60}?(?:\s|(?<=[a-zäöü]))"
    r"(?i:(?:research|working|discussion|occasional|briefing|policy|white)\spaper"
    r"|(?<=\s)report|(?<=\s)policy\sbrief|bericht|(?<=\s)rapport|(?<=\s)informe)$"
)
# the imprint sentence after it: "London: Chatham House"
_IMPRINT = lazy_compile(r"^[^\W\d_][^:;]{1,40}:\s\S")


def series_report(ref: Reference) -> Reference:
    """``ref`` (a book or an unknown work) as a ``report`` when a sentence between its
    title and its imprint names a series of the body's papers by their genre."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or not ref.title or ref.host:
        return ref
    after = after_title(ref.raw, ref.title)
    if after is None:
        return ref
    sentences = split_sentences(after.lstrip(' .,"”’*_'))
    for sentence, after in zip(sentences, sentences[1:], strict=False):
        if _GENRE_END.match(sentence.rstrip(".")) and _IMPRINT.match(after):
            return replace(ref, kind=RefKind.REPORT)
    return ref
