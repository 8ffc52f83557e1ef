"""A paragraph of running prose under a literature heading is no entry.

A paper template's "Citations" section (pandoc/JOSS: how to cite, with a link to a guide),
a sentence introducing the list ("The works below are cited in the text.") or a note on the
list stand under a heading that names literature, written as paragraphs like an author-date
list.  Only list items and paragraphs shaped like entries are entries: a paragraph written in
sentences (:func:`~bibcheck.readers.frontmatter.is_prose`) that shows no sign of a work -- no
year, "n.d." or "in press", URL or DOI in its visible text outside quotation marks (a
quoted example such as ``"(Author, 2001)"`` is no publication year; a link's target is not
shown) -- is text about the list, not a work in it.  Shared by the readers that take
paragraphs under a literature heading (Markdown and Pandoc through
:func:`~bibcheck.readers.common.read_paragraph_list`, HTML, DOCX and ODT).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.archival import archival_file
from bibcheck.parse.references.patterns import CJK_TEXT
from bibcheck.parse.references.quote_pairs import CURLY_LOW, EN_CURLY, GUILLEMETS
from bibcheck.parse.references.yearwords import list_status
from bibcheck.parse.years import YEAR_BOUNDED
from bibcheck.readers import mddestination
from bibcheck.readers.frontmatter import is_prose

__all__ = ["REFERENCE_SIGN", "cjk_prose", "running_prose"]

# What a reference has and an introductory sentence rarely has: a year, an address, a
# publication status in place of the year (in its parentheses, any of the list's words:
# "(under review)", "(In preparation)", "(provisionally accepted)")
REFERENCE_SIGN = lazy_compile(
    r"\b(?:1[5-9]|20)\d{2}[a-z]?\b|\bn\.\s?d\.|\bб\.\s?г\.|https?://|\bdoi:|\b10\.\d{4,9}/"
    r"|\b(?:in\spress|forthcoming|im\sDruck|sous\spresse|en\sprensa|no\sprelo|w\sdruku"
    rf"|в\sпечати)\b|\(\s?(?-i:{list_status()})\s?\)",
    re.I,
)
# quoted spans (an example, a quoted title): each stops at the next opening mark, so a
# text of opening marks alone is scanned once
_QUOTED = lazy_compile(rf'"[^"]*"|“[^{EN_CURLY}]*”|«[^{GUILLEMETS}]*»|„[^{CURLY_LOW}]*[{EN_CURLY}]')
# Chinese characters, kana, hangul
_CJK = lazy_compile(rf"[{CJK_TEXT}]")
_CJK_LEAST = 10
# a sentence's end: a full-width stop, exclamation or question mark (Korean: a verb's ending
# and a full stop), then closing quotes or brackets
_CJK_END = lazy_compile(r"(?:[。！？]|[다요][.!?])[」』）)\"”’]{0,3}$")
# a year, even glued to a character ("2020年", "2020年度")
_ANY_YEAR = lazy_compile(YEAR_BOUNDED)
# a Markdown link shows its text, not its target: [this guide](https://…)
_MD_LINK = lazy_compile(rf"\[([^\[\]]*)\]{mddestination.INLINE}")


def running_prose(text: str) -> bool:
    """Is ``text`` (a paragraph under a literature heading) sentences about the list rather
    than a work: prose with no year, status, URL or DOI shown outside quotation marks?"""
    flat = " ".join(text.split())
    visible = _QUOTED.sub(" ", _MD_LINK.sub(r"\1", flat))
    if REFERENCE_SIGN.search(visible) or archival_file(flat):
        return False  # (an archive's file has no year: its repository and shelfmark show it)
    return is_prose(flat) or cjk_prose(visible)


def cjk_prose(text: str) -> bool:
    """Is ``text`` Chinese, Japanese or Korean sentences showing no year: many CJK
    characters, ended as a sentence is (``。``, ``！``, ``？``; Korean ``…다.``)? A work
    listed in these languages shows its year, ``2020年`` or ``2020.`` (glued to a
    character, where a word boundary finds none)."""
    if len(_CJK.findall(text)) < _CJK_LEAST:
        return False
    return _CJK_END.search(text) is not None and _ANY_YEAR.search(text) is None
