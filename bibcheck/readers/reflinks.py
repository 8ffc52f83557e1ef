"""Markdown reference-style links written out as inline links.

Converters and web clippers often write every link by reference: html2text with
``inline_links`` off and MarkDownload's "referenced" link style number them
(``[the 2019 meta-analysis][4]`` … ``[4]: https://doi.org/…`` at the bottom), pandoc's
``--reference-links`` names them (``[Smith's survey][]``, ``[Smith's survey]`` with
``[Smith's survey]: https://…``), Obsidian and Joplin clippers do either.  A reader
that looks for ``[text](url)`` sees none of them.

:func:`inline_references` gives the text with each full (``[text][label]``) and
collapsed (``[text][]``) reference link whose label is defined written as
``[text](url)``, and shortcut links (``[text]``) too when the label is not a number
(``[3]`` is a numeric citation in a document with a reference list).  The definition
lines become blank lines, so every line keeps its number.  Labels match
case-insensitively with their whitespace collapsed, as CommonMark says; footnote
labels (``[^1]``) are not link labels.  Fenced code is left as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# "[label]: url", "[label]: <url>", with an optional "title", 'title' or (title)
_DEFINITION = re.compile(
    r"^[ ]{0,3}\[(?P<label>(?!\^)[^\[\]]{1,999})\]:[ \t]*<?(?P<url>[^\s<>]+)>?"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$"
)
# "[text][label]", "[text][]" (the text holds one level of brackets: "[![](img)][1]")
_FULL = re.compile(
    r"(?<![\\\]])\[(?P<text>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\[(?P<label>[^\[\]]*)\]"
)
# "[text]" alone: not "[text](", "[text][", "[text]:", an image or a footnote
_SHORTCUT = re.compile(r"(?<![\\\]!])\[(?P<text>(?!\^)[^\[\]]+)\](?![(\[:])")
_FENCE = re.compile(r"^\s*(```|~~~)")


def normal_label(label: str) -> str:
    """A link label as CommonMark matches it: case folded, whitespace collapsed."""
    return " ".join(label.split()).casefold()


def definitions(lines: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Line index -> (normalised label, url) of each link reference definition outside
    fenced code."""
    found: dict[int, tuple[str, str]] = {}
    fence = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fence = not fence
            continue
        m = None if fence else _DEFINITION.match(line)
        if m:
            found[i] = (normal_label(m.group("label")), m.group("url"))
    return found


def inline_references(text: str) -> str:
    """``text`` with defined reference links written inline and definitions blanked."""
    if "]:" not in text:
        return text
    lines = text.split("\n")
    defined = definitions(lines)
    if not defined:
        return text
    urls: dict[str, str] = {}
    for label, url in defined.values():
        urls.setdefault(label, url)  # the first definition wins

    def full(m: re.Match[str]) -> str:
        label = normal_label(m.group("label") or m.group("text"))
        url = urls.get(label)
        return m.group(0) if url is None else f"[{m.group('text')}]({url})"

    def shortcut(m: re.Match[str]) -> str:
        label = normal_label(m.group("text"))
        url = urls.get(label)
        if url is None or re.fullmatch(r"[\d\s,;–-]+", label):
            return m.group(0)
        return f"[{m.group('text')}]({url})"

    out = []
    fence = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fence = not fence
        if i in defined:
            out.append("")
        elif fence or "[" not in line:
            out.append(line)
        else:
            out.append(_SHORTCUT.sub(shortcut, _FULL.sub(full, line)))
    return "\n".join(out)
