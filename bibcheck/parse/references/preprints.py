"""A preprint is an article, wherever it is posted.

Science journals' house styles cite a preprint by its server: ``Preprint at bioRxiv,
https://doi.org/10.1101/061507.`` (Cell Press, Nature), ``medRxiv 2020.04.14.20062463``,
``arXiv:2301.01234``, ``SSRN Electron. J.``, ``Research Square``, ``ChemRxiv``.  Read with
no journal and no publisher, such an entry looks like a book or a web page; the project's
kinds count a preprint as an article (tests/corpus/README.md, "Kinds of sources").

:func:`preprint_article` makes a titled reference that names a preprint server (or calls
itself a preprint) an article, when it was read as a book, a web page or nothing.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["preprint_article"]

# the servers, and the word itself ("Preprint at", "preprint", "Vorabdruck" is rare)
_PREPRINT = lazy_compile(
    r"(?<![\w/.-])(?:bioRxiv|medRxiv|arXiv|ChemRxiv|PsyArXiv|SocArXiv|EarthArXiv|engrXiv"
    r"|SSRN|Research\sSquare|Preprints\.org|[Pp]reprint)(?![\w-])"
)
_TAKEN = (RefKind.BOOK, RefKind.WEB, RefKind.UNKNOWN)


def preprint_article(ref: Reference) -> Reference:
    """``ref`` as an article when it is a preprint read as another kind."""
    if ref.kind not in _TAKEN or not ref.title:
        return ref
    if ref.publisher and _PREPRINT.search(ref.publisher):
        # ("Preprint at bioRxiv" read as a book's publisher: the server is the host)
        return replace(ref, kind=RefKind.ARTICLE, host=ref.host or ref.publisher, publisher=None)
    if ref.publisher:
        return ref
    if _PREPRINT.search(ref.title):
        return ref  # ("arXiv: A Decade of Open Access": the server is the work's subject)
    if _PREPRINT.search(ref.raw) is None:
        return ref
    return replace(ref, kind=RefKind.ARTICLE)
