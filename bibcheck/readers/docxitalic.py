"""Italic runs of a Word note written as Markdown emphasis (``*Title*``).

Humanities notes set the title of a book or article in italics and write everything
else upright (``M. Kowal, *Tytuł artykułu*, „Czasopismo” 2021, t. 9``; ``GUS, *Transport
– wyniki 2022 r.*, Warszawa 2023``): the italics are where the title ends, so the note
parsers, which read ``*…*`` as a marked title, are given them.  While a note is walked,
the starts and ends of italic runs are written as two private-use characters;
:func:`emphasis` then joins runs Word split (``*Dostępność* *przestrzenna*``), keeps
spaces and a trailing comma outside, drops empty ones and writes ``*``.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from bibcheck.lazyre import lazy_compile

__all__ = ["ITALIC_CLOSE", "ITALIC_OPEN", "emphasis", "is_italic", "plain_of"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ITALIC_OPEN = "\ue000"
ITALIC_CLOSE = "\ue001"
_OFF = ("0", "false", "off")
_EMPHASIS_STYLE = lazy_compile(
    r"emphasis|italic|kursywa|hervorhebung|accentuation|[ée]nfasis", re.I
)


def is_italic(run: ET.Element) -> bool:
    """Is the run set in italics (``w:i``, or an emphasis character style)?"""
    props = run.find(W + "rPr")
    if props is None:
        return False
    italic = props.find(W + "i")
    if italic is not None:
        return italic.get(W + "val", "1").lower() not in _OFF
    style = props.find(W + "rStyle")
    return style is not None and bool(_EMPHASIS_STYLE.search(style.get(W + "val", "")))


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
