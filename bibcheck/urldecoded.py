"""Two addresses that differ only in percent-encoding: a link's text and its target.

``https://example.org/a%2Fb`` shown for ``https://example.org/a/b``, ``…/%7Euser`` for
``…/~user``.  RFC 3986 (§2.3, §6.2.2.2) makes an encoded unreserved character (letters,
digits, ``-._~``) the same as the character itself: such addresses are one and no
difference is reported.  An encoded reserved character (``%2F`` for ``/``, ``%3F`` for
``?``, ``%26`` for ``&``) is not the same to every server (a web server may refuse an
encoded slash in a path, or read it as part of one segment): the two are the same after
decoding, and :func:`encoded_difference` names the escapes so the finding can say so
rather than call the addresses different.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote

__all__ = ["SAME", "encoded_difference"]

SAME = ""  # the addresses are one (only unreserved characters were encoded)
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _reserved_escapes(text: str) -> list[str]:
    """The escapes of ``text`` that encode a reserved ASCII character (``%2F``)."""
    out = []
    for m in _ESCAPE.finditer(text):
        char = chr(int(m.group()[1:], 16))
        if char.isascii() and char not in _UNRESERVED:
            out.append(m.group().upper())
    return out


def encoded_difference(shown: str, target: str) -> str | None:
    """None when ``shown`` and ``target`` differ after decoding; :data:`SAME` when they are
    one address (only unreserved characters encoded); else the reserved escapes that make
    them differ for some servers, joined (``"%2F"``)."""
    if shown == target or unquote(shown) != unquote(target):
        return None if shown != target else SAME
    one, other = Counter(_reserved_escapes(shown)), Counter(_reserved_escapes(target))
    return ", ".join(sorted(((one - other) + (other - one)).keys()))
