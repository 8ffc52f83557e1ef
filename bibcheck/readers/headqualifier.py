"""A list's heading with a qualifier in parentheses after its name.

A site or a CV names its list and says in parentheses which part of the works it holds:
``References (Selected Publications)``, ``Bibliography (selection)``, ``Literatur
(Auswahl)``, ``Références (2019–2023)``, ``References (cont.)``.  :func:`unqualified` drops
that qualifier, so that the name left is looked up like any other heading.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["unqualified"]

# a name, then a short parenthesised qualifier ending the heading
_QUALIFIED = lazy_compile(r"^(?P<name>[^()\[\]]{2,60}?)\s*+[(\[][^()\[\]]{1,60}[)\]]$")


def unqualified(key: str) -> str | None:
    """``key`` (a heading key) without the parenthesised qualifier ending it, or None when
    it has none."""
    m = _QUALIFIED.match(key)
    return None if m is None else m.group("name").rstrip(" ,:;–—-")
