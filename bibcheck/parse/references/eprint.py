"""An entry that names its work only by an e-print identifier.

Physics and mathematics lists cite a preprint not yet published by its arXiv identifier
alone, with no title (``L. Ortiz and M. Lund, arXiv:2301.01234 [cond-mat.str-el].``,
``A. Vogel, arXiv:hep-th/9901001.``; APS adds the year: ``H. Ruiz, arXiv:2307.01234
(2023).``).  What the parse took for a title is then the identifier: the entry has no
title, and it is a preprint, which the project counts as an article.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

# "arXiv:2301.01234v2", "arXiv: 1712.01234", "arXiv:hep-th/9901001", "e-print cond-mat/0501234"
_EPRINT = lazy_compile(
    r"(?:arXiv|e-?print)\s?+:?\s?+"
    r"(?:\d{4}\.\d{4,5}|[a-z][a-z-]{1,16}+(?:\.[A-Z]{2})?/\d{7})(?:v\d{1,3})?"
    r"(?:\s*+\[[a-zA-Z.-]{2,24}\])?(?:\s*+\((?:1[6-9]|20)\d\d\))?[.,]?"
)


def eprint_only(ref: Reference) -> Reference:
    """``ref`` without a "title" that is only an arXiv identifier, then kind article."""
    title = (ref.title or "").strip()
    if not ref.authors or not _EPRINT.fullmatch(title):
        return ref
    kind = RefKind.ARTICLE if ref.kind is RefKind.UNKNOWN else ref.kind
    return replace(ref, title=None, kind=kind)
