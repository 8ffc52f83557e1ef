"""A talk or poster given at a named conference, as APA describes it: a ``chapter``.

APA (and the lists that follow it in other languages) marks a paper, talk or poster given
at a meeting by a bracketed description after its title, then names the event and its
place::

    Lee, A. (2019, May 3). *Soil carbon in orchards* [Poster presentation]. European
        Geosciences Union General Assembly, Vienna, Austria.
    Rask, H. (2024, June 2). *Title* [Conference presentation]. Annual Meeting of the …
    Pérez, L. (2021). *Título* [Ponencia]. XIV Congreso de Economía Agraria, Madrid.
    Berg, A. (2022). *Titel* [Vortrag]. Jahrestagung der Gesellschaft für …, Kiel.

The corpus conventions file conference papers, talks and posters at a named conference as
``chapter`` (``tests/corpus/README.md``); a reference so described, read as a book or of no
kind, is one when an event's word (conference, meeting, congress, symposium …) names where
it was given.  The bracketed description is no publisher: the event is the host.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["presentation_chapter"]

_DESCRIBED = lazy_compile(
    r"\[(?P<what>(?i:(?:conference|paper|poster|symposium|keynote|invited|panel)\s"
    r"(?:presentation|session|paper|talk|address|lecture)"
    r"|presentación\sen\s(?:congreso|conferencia)|ponencia|comunicación|póster"
    r"|communication(?:\sorale)?|présentation\sorale|affiche"
    r"|Konferenzbeitrag|Vortrag|Posterpräsentation|Tagungsbeitrag"
    r"|comunicação|apresentação\sem\scongresso|relazione|presentatie|lezing))\]"
    r"\.?\s+(?P<event>[^\[\]]{6,200})"
)
_EVENT_WORD = lazy_compile(
    r"(?i:\b(?:conference|meeting|congress|symposium|colloquium|workshop|convention|assembly"
    r"|congreso|conferencia|jornadas?|simposio|encuentro|congrès|colloque|journées?"
    r"|Tagung|Jahrestagung|Kongress|Konferenz|Symposium|congresso|convegno|conferência"
    r"|congres|symposion|conferentie))"
)


def presentation_chapter(ref: Reference, text: str) -> Reference:
    """``ref`` (read from ``text``) as a ``chapter`` given at the event its bracketed
    description names (see the module's description); else ``ref`` as it was."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN):
        return ref
    m = _DESCRIBED.search(text)
    if m is None or _EVENT_WORD.search(m.group("event")) is None:
        return ref
    publisher = ref.publisher
    if publisher is not None and publisher.strip(" .[]") == m.group("what"):
        publisher = None
    return dataclasses.replace(ref, kind=RefKind.CHAPTER, publisher=publisher)
