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

import bisect
import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

# "[label]: url", "[label]: <url>", with an optional "title", 'title' or (title)
_DEFINITION = lazy_compile(
    r"^[ ]{0,3}\[(?P<label>(?!\^)[^\[\]]{1,999})\]:[ \t]*<?(?P<url>[^\s<>]+)>?"
    r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$"
)
# "[text][label]", "[text][]" (the text holds one level of brackets: "[![](img)][1]")
_FULL = lazy_compile(
    r"(?<![\\\]])\[(?P<text>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]\[(?P<label>[^\[\]]*)\]"
)
# "[text]" alone: not "[text](", "[text][", "[text]:", an image or a footnote
_SHORTCUT = lazy_compile(r"(?<![\\\]!])\[(?P<text>(?!\^)[^\[\]]+)\](?![(\[:])")
_FENCE = lazy_compile(r"^\s*(```|~~~)")


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

    lines = _wrapped(lines, defined, urls)
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


_WRAP = 3  # a link's text may go on over this many more lines of its paragraph


def _wrapped(
    lines: list[str], defined: dict[int, tuple[str, str]], urls: dict[str, str]
) -> list[str]:
    """``lines`` with each full or collapsed reference link whose text wraps onto the next
    lines of its paragraph (``[survey of forty`` / ``harbour towns][3]``) closed as an
    inline link where it ends (``harbour towns](url)``); every line stays where it was."""
    out = list(lines)
    fence = False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fence = not fence
        if fence or i in defined or "[" not in out[i]:
            continue
        following = []
        for j in range(i + 1, min(len(lines), i + 1 + _WRAP)):
            if not lines[j].strip() or j in defined or _FENCE.match(lines[j]):
                break
            following.append(out[j])
        if not following:
            continue
        parts = [out[i], *following]
        starts = []
        pos = 0
        for part in parts:
            starts.append(pos)
            pos += len(part) + 1
        joined = "\n".join(parts)
        for m in _FULL.finditer(joined):
            closing = joined[m.end("text") : m.end()]
            if not m.start() < len(out[i]) < m.end("text") or "\n" in closing:
                continue
            url = urls.get(normal_label(m.group("label") or m.group("text")))
            if url is not None:  # (only one link starts on the line and ends after it)
                k = bisect.bisect_right(starts, m.end("text")) - 1
                a, b = m.end("text") - starts[k], m.end() - starts[k]
                out[i + k] = f"{out[i + k][:a]}]({url}){out[i + k][b:]}"
            break
    return out
