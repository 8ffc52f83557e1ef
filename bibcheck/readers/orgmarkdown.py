"""A Markdown document whose bullets are ``*`` lines is no Org document.

Org's heading is a line of stars and a space, and so is a Markdown bullet: a Markdown page
that bullets its reading list (``* 1. Oke, T. R., The energetic basis …``, ``* [2] …``)
has "headings" to the Org reader's fit.  Markdown says what it is in marks Org never
makes: its ``#`` headings (to Org a ``# `` line is a comment, and ``## Title`` is no Org
line at all) and its ``[text](address)`` links (Org links ``[[address][text]]``), with no
``#+KEYWORD:`` line of Org's.  Such a document's ``*`` lines are bullets.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers import mddestination

__all__ = ["markdown_document"]

_ORG_KEYWORD = lazy_compile(r"^[ \t]*#\+[\w-]+:")
_ATX = lazy_compile(r"^#{1,6}[ \t]+\S")
_DEEP_ATX = lazy_compile(r"^#{2,6}[ \t]+\S")
# "[text](https://…)", "[text](page.md)", "[text](#anchor)": not Org's "[[a][b]]"
_MD_LINK = lazy_compile(rf"(?<![\[\]])\[[^\[\]\n]{{1,300}}\]{mddestination.INLINE}")
_ORG_LINK = lazy_compile(r"\[\[[^\[\]\n]{1,500}\](?:\[[^\[\]\n]{0,300}\])?\]")


def markdown_document(lines: Sequence[str]) -> bool:
    """Is the text of ``lines`` Markdown: no ``#+`` keyword, a ``#`` heading, and a
    ``[text](address)`` link or a ``##`` heading (more Markdown links than Org ones)?"""
    if any(_ORG_KEYWORD.match(line) for line in lines):
        return False
    if not any(_ATX.match(line) for line in lines):
        return False
    text = "\n".join(lines)
    markdown_links = len(_MD_LINK.findall(text))
    if markdown_links <= len(_ORG_LINK.findall(text)) and markdown_links:
        return False
    return markdown_links > 0 or any(_DEEP_ATX.match(line) for line in lines)
