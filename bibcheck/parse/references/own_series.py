"""A body's numbered series under its own imprint: its ``report`` (pure functions).

Author-date lists cite an institute's or an office's publication in the series the body
numbers, with the body's name heading the entry and printing it, however short the name
(Icelandic bodies are often named by one compound word)::

    Veðurstofan. 1998. *Hitafar á Íslandi 1961–1990*. Rit Veðurstofunnar 12. Reykjavík:
        Veðurstofan.
    Landmælingastofnun. 2004. Title. Skýrslur 7. Akranes: Landmælingastofnun.
    Norsk Polarinstitutt. 1990. Title. Meddelelser nr. 112. Oslo: Norsk Polarinstitutt.

No press prints it: the body issues it in its series, and the corpus conventions
(``tests/corpus/README.md``, kinds of sources that are not articles or books) file what a
body issues as its ``report``.  :func:`own_series_report` says so when the work was read
as a book or of no kind, with no host and no ISBN; its one author is no inverted person's
name (no comma) and is the publisher, word for word; and a sentence between the title and
the imprint is a series' name with a number (``Hafrannsóknir 4``, ``Skýrslur nr. 7``,
``Meddelelser 112``).  A person's book in a publisher's series has a publisher other than
its author; a body's book with no numbered series is left as read (a body's book by its
genre is :mod:`.own_imprint`'s and :mod:`.publicpublisher`'s).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.title_end import after_title

__all__ = ["numbered_series", "own_series_report"]

# a series' name, then its number: "Hafrannsóknir 4", "Rit Veðurstofunnar 12", "Skýrslur
# nr. 7", "Meddelelser no. 112", "Fjölrit 2023-05" (no year alone: "Reykjavík 1975")
_SERIES = lazy_compile(
    r"^[^\W\d_][^\W\d_'’-]*(?:\s[^\W\d_][^\W\d_'’-]*){0,5}"
    r"\s(?:(?i:nr|no|n[º°]|núm)\.?\s?)?(?!(?:1[5-9]|20)\d\d$)\d{1,4}(?:[-/]\d{1,4})?$"
)
# the imprint sentence after it: "Reykjavík: Hafrannsóknastofnun"
_IMPRINT = lazy_compile(r"^[^\W\d_][^:;]{1,40}:\s\S")
_ISBN = lazy_compile(r"\bISBN\b")


def _flat(text: str) -> str:
    return " ".join(text.split()).strip(" .,;").casefold()


def numbered_series(after: str) -> bool:
    """Does ``after`` (what an entry prints after its title) hold a numbered series'
    sentence followed by the imprint?"""
    sentences = split_sentences(after.lstrip(' .,"”“’*_'))
    return any(
        _SERIES.match(sentence.rstrip(".")) is not None and _IMPRINT.match(imprint) is not None
        for sentence, imprint in zip(sentences, sentences[1:], strict=False)
    )


def own_series_report(ref: Reference) -> Reference:
    """``ref`` a ``report`` when the body that heads it prints it in a numbered series
    (see the module); otherwise unchanged."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or not ref.title or ref.host:
        return ref
    if len(ref.authors) != 1 or "," in ref.authors[0] or not ref.publisher:
        return ref
    if _flat(ref.authors[0]) != _flat(ref.publisher) or _ISBN.search(ref.raw):
        return ref
    after = after_title(ref.raw, ref.title)
    if after is None or not numbered_series(after):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
