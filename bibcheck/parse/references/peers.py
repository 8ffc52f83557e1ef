"""Peers as authors: a title of nobility after the name.

Chicago writes a peer by the personal name and the title, in a note
``Philip Dormer Stanhope, Earl of Chesterfield, Title (…)`` and in a bibliography filed
under the title, ``Chesterfield, Philip Dormer Stanhope, Earl of. Title. …``.  The title's
place is the name the peer is known and filed by, so both read as one author,
``Chesterfield, Philip Dormer Stanhope, Earl of``; the title never starts the work's title.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import SURNAME_PLAIN, U

__all__ = ["bibliography_peer", "note_peer"]

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,2}(?:st|nd|rd|th))"
)
_RANK = (
    rf"(?:{_ORDINAL}\s)?(?:Earl|Countess|Baron|Baroness|Viscount|Viscountess|Duke|Duchess"
    r"|Marquess|Marquis|Marchioness)"
)
_PLACE = rf"[{U}][\w'’-]+(?:\s(?:upon\s|on\s)?[{U}][\w'’-]+)?"
_NAMES = rf"[{U}][\w'’-]+(?:\s(?:[{U}][\w'’-]+|[{U}]\.)){{0,3}}"

# "Philip Dormer Stanhope, Earl of Chesterfield, Title …" (also "fourth Earl of …")
_NOTE = lazy_compile(
    rf"^(?P<names>{_NAMES}\s{SURNAME_PLAIN}),\s(?P<rank>{_RANK})\sof\s(?P<place>{_PLACE}),\s"
    r"(?P<after>\S.+)$"
)
# "Chesterfield, Philip Dormer Stanhope, Earl of. Title. …"
_BIBLIOGRAPHY = lazy_compile(
    rf"^(?P<place>{_PLACE}),\s(?P<names>{_NAMES}),\s(?P<rank>{_RANK})\sof\.\s(?P<after>\S.+)$"
)


def _author(place: str, names: str, rank: str) -> str:
    return f"{place}, {names}, {rank} of"


def note_peer(body: str) -> tuple[str, str] | None:
    """(author, the rest) of a note that starts with a peer's name and title, or None."""
    m = _NOTE.match(body)
    if m is None:
        return None
    return _author(m.group("place"), m.group("names"), m.group("rank")), m.group("after")


def bibliography_peer(body: str) -> tuple[str, str] | None:
    """(author, the rest) of an entry filed under a peer's title, or None."""
    m = _BIBLIOGRAPHY.match(body)
    if m is None:
        return None
    return _author(m.group("place"), m.group("names"), m.group("rank")), m.group("after")
