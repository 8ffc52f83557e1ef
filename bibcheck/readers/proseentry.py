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

from bibcheck.readers.frontmatter import is_prose

__all__ = ["REFERENCE_SIGN", "running_prose"]

# What a reference has and an introductory sentence rarely has: a year, an address, a
# publication status in place of the year.
REFERENCE_SIGN = re.compile(
    r"\b(?:1[5-9]|20)\d{2}[a-z]?\b|\bn\.\s?d\.|\bб\.\s?г\.|https?://|\bdoi:|\b10\.\d{4,9}/"
    r"|\b(?:in\spress|forthcoming|im\sDruck|sous\spresse|en\sprensa|no\sprelo|w\sdruku"
    r"|в\sпечати)\b",
    re.I,
)
# quoted spans (an example, a quoted title): each stops at the next opening mark, so a
# text of opening marks alone is scanned once
_QUOTED = re.compile(r'"[^"]*"|“[^“”]*”|«[^«»]*»|„[^„“”]*[“”]')
# a Markdown link shows its text, not its target: [this guide](https://…)
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")


def running_prose(text: str) -> bool:
    """Is ``text`` (a paragraph under a literature heading) sentences about the list rather
    than a work: prose with no year, status, URL or DOI shown outside quotation marks?"""
    flat = " ".join(text.split())
    if not is_prose(flat):
        return False
    visible = _QUOTED.sub(" ", _MD_LINK.sub(r"\1", flat))
    return not REFERENCE_SIGN.search(visible)
