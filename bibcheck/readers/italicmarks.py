"""Italic runs written as Markdown emphasis (``*Title*``), whatever format set them.

Humanities notes set the title of a book or article in italics and write everything
else upright (``M. Kowal, *Tytuł artykułu*, „Czasopismo” 2021, t. 9``; ``GUS, *Transport
– wyniki 2022 r.*, Warszawa 2023``), and a typed reference list sets a journal's or a
book's name so: the italics are where the title ends, so the parsers, which read ``*…*``
as a marked title, are given them.  While a note or entry is walked (Word's runs:
:mod:`bibcheck.readers.docxitalic`; OpenDocument's spans: :mod:`bibcheck.readers.odt`),
the starts and ends of italic runs are written as two private-use characters;
:func:`emphasis` then joins runs the editor split (``*Dostępność* *przestrzenna*``),
keeps spaces and a trailing comma outside, drops empty ones and writes ``*``.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["ITALIC_CLOSE", "ITALIC_OPEN", "emphasis", "emphasis_style", "plain_of"]

ITALIC_OPEN = "\ue000"
ITALIC_CLOSE = "\ue001"
# a character style named for emphasis, in the languages documents keep its name in
_EMPHASIS_STYLE = lazy_compile(
    r"emphasis|italic|kursywa|hervorhebung|accentuation|[ée]nfasis", re.I
)


def emphasis_style(name: str) -> bool:
    """Does a character style's name say it sets emphasis (``Emphasis``, ``Kursywa``)?"""
    return bool(_EMPHASIS_STYLE.search(name))


def emphasis(text: str) -> str:
    """``text`` with its italic marks written as Markdown emphasis."""
    if ITALIC_OPEN not in text:
        return text.replace(ITALIC_CLOSE, "")
    text = re.sub(rf"{ITALIC_CLOSE}(\s*){ITALIC_OPEN}", r"\1", text)  # one run, split
    text = re.sub(rf"{ITALIC_OPEN}(\s+)", rf"\1{ITALIC_OPEN}", text)
    text = re.sub(rf"([\s,;:]+){ITALIC_CLOSE}", rf"{ITALIC_CLOSE}\1", text)
    text = re.sub(rf"{ITALIC_OPEN}([^{ITALIC_CLOSE}]*){ITALIC_CLOSE}", _pair, text)
    return text.replace(ITALIC_OPEN, "").replace(ITALIC_CLOSE, "")


def _pair(m: re.Match[str]) -> str:
    inner = m.group(1)
    if not inner.strip() or "*" in inner:
        return inner
    return f"*{inner}*"


def plain_of(text: str) -> str:
    """``text`` with its italic marks taken out."""
    return text.replace(ITALIC_OPEN, "").replace(ITALIC_CLOSE, "")
