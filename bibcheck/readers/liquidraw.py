"""Liquid's ``{% raw %}`` blocks: template text shown to the reader, not run.

A Jekyll post that explains its own citation tags writes them between ``{% raw %}`` and
``{% endraw %}`` (``{%- raw -%}`` alike) so that Liquid prints them instead of running
them: "we use {% raw %}{% cite key %}{% endraw %} in the text".  What such a block holds
is an example, no citation of the post's; the tags are read outside the blocks only.
An opened block that is never closed runs to the end of the text, as Liquid reads it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bibcheck.lazyre import Regex, lazy_compile

__all__ = ["blank_raw", "sub_outside_raw"]

_RAW = lazy_compile(r"\{%-?[ \t]*raw[ \t]*-?%\}.*?(?:\{%-?[ \t]*endraw[ \t]*-?%\}|\Z)", re.S)


def _blank(text: str) -> str:
    """``text`` as spaces, its line breaks kept."""
    return re.sub(r"[^\n]", " ", text)


def blank_raw(text: str) -> str:
    """``text`` with every raw block blanked (same length, same lines)."""
    if "raw" not in text:
        return text
    return _RAW.sub(lambda m: _blank(m.group(0)), text)


def sub_outside_raw(pattern: Regex, repl: Callable[[re.Match[str]], str], text: str) -> str:
    """``pattern.sub(repl, text)`` outside the raw blocks; the blocks kept as written."""
    if "raw" not in text:
        return pattern.sub(repl, text)
    parts: list[str] = []
    at = 0
    for m in _RAW.finditer(text):
        parts.append(pattern.sub(repl, text[at : m.start()]))
        parts.append(m.group(0))
        at = m.end()
    parts.append(pattern.sub(repl, text[at:]))
    return "".join(parts)
