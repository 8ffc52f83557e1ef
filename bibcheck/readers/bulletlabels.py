"""Numbered list items written as Markdown bullets: ``- [1] Author ...``, ``* [12] ...``,
``+ 3. ...``, ``• [4] ...``.

A Markdown writer often bullets the reference list and numbers it as well; the number is
the label the text cites (``[1]``, ``[12]``), the bullet only list syntax. The plain-text
reader reads the list as if the bullets were not there (:func:`unbulleted`): a bullet is
dropped only before a list number (``[n]``, ``n.``, ``n)``), so an ordinary bulleted line
stays as written and lines keep their numbers.
"""

from __future__ import annotations

import re

__all__ = ["unbulleted"]

_BULLETED = re.compile(
    r"^(?P<indent>[ \t]{0,3})[-*+•‣▪][ \t]+(?=\[\d{1,4}[a-z]?\][ \t]|\d{1,4}[a-z]?[.)][ \t])",
    re.M,
)


def unbulleted(text: str) -> str:
    """``text`` with the bullet before each numbered item's label dropped (the same
    text when no item is bulleted)."""
    if not _BULLETED.search(text):
        return text
    return _BULLETED.sub(r"\g<indent>", text)
