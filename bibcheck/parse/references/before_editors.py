"""A title's second sentence before the editors' statement: part of the title.

Vancouver writes a book's or a guideline's editors after its title, the edition and the
imprint after them; so whatever stands between the authors and ``Names, editor(s).`` is the
title, a second sentence included::

    Panel A, Panel B. Prevention and treatment of pressure ulcers/injuries: clinical
    practice guideline. The international guideline. Haesler E, editor. 3rd ed. …
    Société X. Prise en charge de la douleur : recommandations. Texte long. Dupont J,
    éditeur. Paris: …
    Sociedad X. Guía de práctica clínica. Versión para profesionales. García L, Pérez M,
    editores. Madrid: …

The generic parse ends a title at its first full stop; :func:`title_to_editors` takes the
next sentence into it when the editors' statement follows that sentence at once -- a
sentence of words (no digits, no ``In:``) of at most twelve words.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["title_to_editors"]

# the sentence after the title, then Vancouver's editors: "Haesler E, editor.", "García L,
# Pérez M, editores."
_NEXT = lazy_compile(
    r"^\.\s+(?P<more>(?!(?:In|En|Em|Dans|W|I)\s?:)[^\W\d_][^.\d:;]{1,100}?)\.\s+"
    r"[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?\s[A-Z]{1,3}(?:,\s[^\W\d_][\w'’-]+"
    r"(?:\s[^\W\d_][\w'’-]+)?\s[A-Z]{1,3}){0,8},\s(?:editors?|eds?|editör(?:ler)?|éditeurs?"
    r"|éds?|editores|editoras?|Hrsg|redaktorzy|red)\."
)


def title_to_editors(ref: Reference) -> Reference:
    """``ref`` with the sentence between its title and the editors' statement in its title
    (see the module); as it is otherwise."""
    if ref.kind not in (RefKind.REPORT, RefKind.BOOK, RefKind.UNKNOWN) or ref.host:
        return ref
    title = ref.title
    if not title:
        return ref
    flat = " ".join(ref.raw.split())
    at = flat.find(title)
    if at < 0:
        return ref
    m = _NEXT.match(flat[at + len(title) :])
    if m is None or len(m.group("more").split()) > 12:
        return ref
    return dataclasses.replace(ref, title=f"{title}. {m.group('more').strip()}")
