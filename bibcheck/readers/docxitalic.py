"""Italic runs of a Word note or list entry: which runs are set in italics.

The marks written for them and their Markdown emphasis are format-neutral
(:mod:`bibcheck.readers.italicmarks`); what is Word's is how a run says it is italic.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from bibcheck.readers.italicmarks import emphasis_style

__all__ = ["is_italic"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = ("0", "false", "off")


def is_italic(run: ET.Element) -> bool:
    """Is the run set in italics (``w:i``, or an emphasis character style)?"""
    props = run.find(W + "rPr")
    if props is None:
        return False
    italic = props.find(W + "i")
    if italic is not None:
        return italic.get(W + "val", "1").lower() not in _OFF
    style = props.find(W + "rStyle")
    return style is not None and emphasis_style(style.get(W + "val", ""))
