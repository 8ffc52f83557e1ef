"""An HTML page under revision read as if every change were accepted.

``<del>`` holds removed text (HTML's own edit element: a correction note, a wiki diff, an
editor's track changes); what it holds is no text, no citation and no reference entry.
``<ins>`` is ordinary text.  ``<s>`` and ``<strike>`` only say "struck through": on a page
that marks its revisions with ``<ins>``/``<del>`` they are read as removals too (a
correction set partly as ``<s>``), elsewhere they are text (a struck price, a joke).
Editors' track-changes exports that keep a deletion in a ``<span>`` say so in a class
(``ice-del`` of the ICE/lite plugins, ``…-deletion`` / ``…-deleted`` of suggestion
exports): those spans are removals as well.

A list item a removal leaves without text (a reference entry struck whole) is no entry:
it goes too, and the items of its numbered list keep the numbers the page shows (each
gets its number as ``value=``, so "[3]" still finds item 3 when item 2 is struck).
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.lazyre import lazy_compile

_STRUCK = ("s", "strike")
_DELETION_CLASS = lazy_compile(r"^(?:ice-del|[a-z]+[-_](?:deletion|deleted))$", re.I)


def _deletion_class(tag: Tag) -> bool:
    classes = tag.get("class")
    if not isinstance(classes, list):
        return False
    return any(_DELETION_CLASS.match(c) for c in classes)


def removed_elements(soup: BeautifulSoup) -> list[Tag]:
    """The elements whose content a revision removed, outermost first."""
    revised = soup.find(["ins", "del"]) is not None
    return [
        tag
        for tag in soup.find_all(True)
        if tag.name == "del" or (revised and tag.name in _STRUCK) or _deletion_class(tag)
    ]


def accept_revisions(soup: BeautifulSoup) -> int:
    """Remove what the page's revisions deleted; the number of removals."""
    removed = 0
    touched: list[Tag] = []  # list items a removal took text from
    for tag in removed_elements(soup):
        if tag.decomposed:  # inside a removal already taken out
            continue
        item = tag.find_parent("li")
        if item is not None:
            touched.append(item)
        tag.decompose()
        removed += 1
    for item in touched:
        if item.decomposed or item.get_text().strip() or item.find("img") is not None:
            continue
        if isinstance(item.parent, Tag) and item.parent.name == "ol":
            _pin_numbers(item.parent)
        item.decompose()
    return removed


def _pin_numbers(ol: Tag) -> None:
    """Write each item's shown number into its ``value`` (``start=``, earlier ``value=``
    and ``reversed`` followed as a browser does)."""
    items = ol.find_all("li", recursive=False)
    step = -1 if ol.has_attr("reversed") else 1
    start = ol.get("start")
    number = int(start) if isinstance(start, str) and start.strip().lstrip("-").isdigit() else None
    if number is None:
        number = len(items) if step < 0 else 1
    for item in items:
        value = item.get("value")
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            number = int(value)
        item["value"] = str(number)
        number += step
