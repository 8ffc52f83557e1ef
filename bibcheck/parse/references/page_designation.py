"""A web page named as one in the words of a note: ``page de …``, ``site de …``: ``web``.

Notes in French, and in the other Romance languages, say what a page online is before
whose it is, where a book's note has its publisher::

    « Journées portes ouvertes », page de l'Institut d'astrophysique, https://…,
        consultée le 4 mai 2024.
    « Les collections », site internet du musée des Arts et Métiers, https://…
    «La biblioteca», página web de la Universidad de Sevilla, https://…
    «Le collezioni», sito del Museo Galileo, https://…

The designation (French ``page``, ``page web``, ``page internet``, ``site``, ``site web``,
``site internet``, ``site officiel``, ``portail``, ``blog``; Spanish and Portuguese
``página (web)``, ``sitio (web)``, ``sítio``, ``portal``; Italian ``pagina (web)``,
``sito (web|internet|ufficiale)``, ``portale``) then ``de``/``du``/``des``/``d'``/``di``/
``del``/``della``/``do``/``da`` and the owner: a parser that took it for the publisher of a
book read a page online as a book.  Such an entry with an address is a ``web`` page,
published by the owner named.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["designated_page", "page_owner"]

_DESIGNATION = lazy_compile(
    r"^(?:page(?:\s(?:web|internet))?|site(?:\s(?:web|internet|officiel))?|portail|blog"
    r"|página(?:\s(?:web|electrónica|eletrônica))?|sitio(?:\sweb)?|sítio(?:\sweb)?|portal"
    r"|pagina(?:\sweb)?|sito(?:\s(?:web|internet|ufficiale))?|portale)"
    r"\s(?:(?:de|du|des|di|del|della|dello|dei|degli|do|da|dos|das)\s(?:la\s|l['’]|las\s|los\s)?"
    r"|d['’])"
    r"(?P<owner>\S.{1,150})$",
    re.I,
)
_RELABELLED = frozenset({RefKind.BOOK, RefKind.UNKNOWN})


def page_owner(text: str) -> str | None:
    """The owner a page's designation names ("page de l'Observatoire de Lyon" ->
    "Observatoire de Lyon"); None when ``text`` is no such designation."""
    m = _DESIGNATION.match(text.strip(" .,"))
    return m.group("owner").strip(" .,") if m else None


def designated_page(ref: Reference) -> Reference:
    """``ref`` a ``web`` page published by its owner, when it has an address and what was
    read as its publisher is a page's designation (see the module); as it is otherwise."""
    if ref.kind not in _RELABELLED or not ref.url or not ref.publisher:
        return ref
    owner = page_owner(ref.publisher)
    if owner is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB, publisher=owner, place=None)
