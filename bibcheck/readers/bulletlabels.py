"""Numbered list items written as Markdown bullets: ``- [1] Author ...``, ``* [12] ...``,
``+ 3. ...``, ``• [4] ...``.

A Markdown writer often bullets the reference list and numbers it as well; the number is
the label the text cites (``[1]``, ``[12]``), the bullet only list syntax. The plain-text
reader reads the list as if the bullets were not there (:func:`unbulleted`): a bullet is
dropped only before a list number (``[n]``, ``n.``, ``n)``), so an ordinary bulleted line
stays as written and lines keep their numbers.  A reader that reads the bulleted list
itself takes the number from the item's text (:func:`inner_label`).
"""

from __future__ import annotations

import re

__all__ = ["inner_label", "unbulleted"]

_BULLETED = re.compile(
    r"^(?P<indent>[ \t]{0,3})[-*+•‣▪][ \t]+(?=\[\d{1,4}[a-z]?\][ \t]|\d{1,4}[a-z]?[.)][ \t])",
    re.M,
)


# the list number at the start of a bulleted item's text: "[12] ", "3. ", "4) " (never a
# year: "- 2019. Title …", "- [2019] Title …" list works by year, the year the entry's own)
_INNER = re.compile(r"(?:\[(?P<bracketed>\d{1,3})\]|(?P<dotted>\d{1,3})[.)])[ \t]+(?=\S)")


def inner_label(text: str) -> tuple[str, str] | None:
    """The list number and the rest of a bulleted item's text (``"[1] Lee, K. …"`` ->
    ``("1", "Lee, K. …")``, ``"2. Oke, T. R. …"`` -> ``("2", "Oke, T. R. …")``), or None
    when the text opens with no list number."""
    m = _INNER.match(text)
    if m is None:
        return None
    return m.group("bracketed") or m.group("dotted"), text[m.end() :]


def unbulleted(text: str) -> str:
    """``text`` with the bullet before each numbered item's label dropped (the same
    text when no item is bulleted)."""
    if not _BULLETED.search(text):
        return text
    return _BULLETED.sub(r"\g<indent>", text)
