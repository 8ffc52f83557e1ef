"""Headings of a Word bibliography's parts that are no heading paragraphs.

A bibliography split into parts often sets the part's name as an ordinary paragraph in
italics or bold (``*Manuscripts*``, ``**Gedruckte Quellen**``), or plain (``Printed
primary sources``), not in a heading style: such a paragraph is no entry.  It is one when
its words name a list or a part of one (:mod:`bibcheck.readers.listheads`), or when it is
short, wholly emphasised, without digits and without an entry's final period.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from typing import Protocol

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.listheads import is_qualified_list_heading

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_ENDED = lazy_compile(r"[.;,)\]”\"']\s*$")


def _on(prop: ET.Element | None) -> bool:
    """A toggle property (``<w:i/>``, ``<w:b w:val="0"/>``) switched on?"""
    return prop is not None and prop.get(W + "val", "true").lower() not in ("0", "false", "off")


def _emphasised(run: ET.Element) -> bool:
    rpr = run.find(W + "rPr")
    if rpr is None:
        return False
    return any(_on(rpr.find(W + tag)) for tag in ("i", "b", "iCs", "bCs"))


def wholly_emphasised(p: ET.Element) -> bool:
    """Is every run of ``p`` that holds text set in italics or bold?"""
    runs = [r for r in p.iter(W + "r") if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
    return bool(runs) and all(_emphasised(r) for r in runs)


def part_heading(emphasised: bool, text: str) -> bool:
    """Is a paragraph (its text ``text``; ``emphasised``: wholly in italics or bold) the heading
    of a part of a bibliography?"""
    text = text.strip()
    if not text or len(text) > 60 or re.search(r"\d", text):
        return False
    if is_qualified_list_heading(text) or is_literature_heading(f"# {text}"):
        return True
    return emphasised and not _ENDED.search(text) and len(text.split()) <= 6


class _Paragraph(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def emphasised(self) -> bool: ...


_YEAR = lazy_compile(r"\b(?:1[0-9]|20)\d\d\b")


def entries_above(paras: Sequence[_Paragraph]) -> bool:
    """Are the paragraphs between a list's heading and a later paragraph named like a list
    (``Literatur``) entries, most of them with a year?  Then that paragraph heads the
    list's next part, not a list of its own (the entries above it are kept).  The names
    of parts above it do not count."""
    texts = [
        p.text.strip() for p in paras if p.text.strip() and not part_heading(p.emphasised, p.text)
    ]
    dated = sum(1 for t in texts if len(t) < 800 and _YEAR.search(t))
    return bool(texts) and 2 * dated >= len(texts)
