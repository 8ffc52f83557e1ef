"""Citation markup of custom elements, which the HTML reader does not read: said, not dropped.

Article templates cite with elements of their own: Distill's ``<d-cite key="a,b">`` and
``<d-footnote>``, its first template's ``<dt-cite>`` and ``<dt-fn>``, a bibliography
inline in ``<script type="text/bibliography">`` (the Pandoc reader reads these as its
own forms); other web-component templates name theirs alike (``<x-cite key=...>``,
``<bib-citation>``, ``<foot-note>``).  The HTML reader reads links, ``<sup>`` markers,
notes and reference lists; a page whose citations are such elements would otherwise
read as citing nothing, with nothing reported.
"""

from __future__ import annotations

import re
from collections import Counter

from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["describe_unread", "unread_custom_citations"]

# a custom element (its name has a hyphen) named as a citation or a note
_CITING_NAME = lazy_compile(r"^[a-z][\w.]*-(?:[\w.]*-)*(?:cite|citation|fn|footnote)s?$")
_KEY_ATTRIBUTES = frozenset({"key", "keys", "bibtex-key", "cite-key", "citekey"})
_BIBLIOGRAPHY_SCRIPT = lazy_compile(r"^\s*text/(?:bibliography|x-bibtex|bibtex)\s*$", re.I)


def _citing(tag: Tag) -> bool:
    name = tag.name.lower()
    if "-" not in name:
        return False
    return bool(_CITING_NAME.match(name)) or bool(_KEY_ATTRIBUTES & set(tag.attrs))


def unread_custom_citations(soup: BeautifulSoup) -> list[Anomaly]:
    """One ``unread-region`` anomaly naming the custom citation elements of the page (and
    an inline BibTeX bibliography) and how many of each, at the first one's line; none
    when the page has none."""
    found: Counter[str] = Counter()
    first: int | None = None
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag):
            continue
        script = tag.name.lower() == "script" and _BIBLIOGRAPHY_SCRIPT.match(
            str(tag.get("type") or "")
        )
        if not script and not _citing(tag):
            continue
        found["script type=text/bibliography" if script else tag.name.lower()] += 1
        line = tag.sourceline
        if line is not None and (first is None or line < first):
            first = line
    if not found:
        return []
    return [Anomaly(AnomalyCode.UNREAD_REGION, describe_unread(found), first)]


def describe_unread(found: Counter[str]) -> str:
    """``"20 <dt-cite> and 11 <dt-fn> elements ... not read"`` for the counts by name."""
    parts = [f"{n} <{name}>" for name, n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return (
        f"citation markup of a page template not read: {listed} (custom elements the "
        "HTML reader does not read; Distill's <d-cite>/<dt-cite>, <d-footnote>/<dt-fn> and "
        "inline bibliography are read by --reader pandoc-markdown)"
    )
