"""What a Markdown or MDX page holds that is not prose: comments and JSX tags.

Blog posts written for Docusaurus, Astro or Next.js are MDX: Markdown with JSX
components (``<Tabs>``, ``<Admonition type="note">``, a ``<StationMap year={2025}
caption="..." />`` over several lines, a ``<Cite id="x">``), MDX comments
``{/* ... */}`` and, in ``.md`` files, HTML comments ``<!-- ... -->``.  A link in a
comment is no text at all (a draft note, a to-do), and a link inside a component's
attribute (``caption="Ports in [2025](https://…)"``) is a string the page never shows
as a link.  An MDX page's ``import``/``export`` lines (``import Tabs from
'@theme/Tabs';``) are code, and the fences of a Docusaurus admonition (``:::note
Title``, ``:::tip``, the closing ``:::``) are markup: neither is a sentence of the page.
:func:`blank_non_prose` blanks them all (same length, same lines), so a reader that
looks for links or markers finds only those the page shows, and no claim takes its
words from them; the text between a component's tags, or inside an admonition, stays
(MDX renders it as Markdown).

Everything here scans the text once (``str.find`` and one pass over each tag), whatever
it holds: an unclosed comment or tag is left as written.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

# an ES module line at a line's start: "import X from '…';", "import '…';", "export const
# meta = {…}" (one line; an import over several lines is left as written)
_ESM = lazy_compile(
    r"^[ \t]{0,3}(?:import[ \t]+(?:[^'\"\n]{0,300}?[ \t]from[ \t]*+)?"
    r"['\"][^'\"\n]{1,300}['\"][ \t;]*"
    r"|export[ \t]+(?:const|let|var|default|function)\b[^\n]{0,2000})$",
    re.M,
)
# a Docusaurus admonition's fence: ":::note", ":::tip Read more", ":::danger[Title]", ":::"
_ADMONITION = lazy_compile(
    r"^[ \t]{0,3}:::+(?:[ \t]*+(?:note|tip|info|caution|warning|danger|important|success"
    r"|secondary|details)\b[^\n]{0,300})?[ \t]*$",
    re.M,
)
_TAG_LIMIT = 4000  # a component's opening tag is never longer than this (else: not a tag)


def _blank(chars: list[str], start: int, end: int) -> None:
    for k in range(start, end):
        if chars[k] != "\n":
            chars[k] = " "


def _comments(text: str, chars: list[str], opening: str, closing: str) -> None:
    pos = 0
    while True:
        start = text.find(opening, pos)
        if start < 0:
            return
        end = text.find(closing, start + len(opening))
        if end < 0:
            return  # unclosed: left as written
        end += len(closing)
        _blank(chars, start, end)
        pos = end


def _tag_end(text: str, start: int) -> tuple[int | None, int]:
    """The end of the JSX tag opened at ``start`` (after its ``>``), or None, and where
    the search stopped: attribute strings and ``{...}`` expressions may hold ``>``; a
    blank line or a ``<`` among the attributes says it is no tag."""
    quote = ""
    depth = 0
    stop = min(len(text), start + _TAG_LIMIT)
    k = start + 1
    while k < stop:
        c = text[k]
        if c == "\n" and text[k + 1 : k + 2] == "\n":
            return None, k  # a blank line: no tag
        if quote:
            if c == quote:
                quote = ""
        elif c in "\"'`":
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth = max(depth - 1, 0)
        elif c == ">" and depth == 0:
            return k + 1, k + 1
        elif c == "<" and depth == 0:
            return None, k  # (a "<" in an expression is JSX: icon={<Icon />})
        k += 1
    return None, k


def _components(text: str, chars: list[str]) -> None:
    """Blank every JSX component tag (a capitalised name: ``<Tabs>``, ``</TabItem>``,
    ``<Map a="b" />``), its attributes with it."""
    pos = 0
    searched = 0  # a failed search went this far: no tag starts before it
    while True:
        start = text.find("<", pos)
        if start < 0 or start + 1 >= len(text):
            return
        k = start + 1 + (text[start + 1] == "/")
        if k < len(text) and "A" <= text[k] <= "Z":
            name_end = k
            while name_end < len(text) and (text[name_end].isalnum() or text[name_end] in "._"):
                name_end += 1
            if name_end < len(text) and text[name_end] in " \t\n/>" and start >= searched:
                end, searched = _tag_end(text, start)
                if end is not None:
                    _blank(chars, start, end)
                    pos = end
                    continue
        pos = start + 1


def blank_non_prose(text: str) -> str:
    """``text`` with HTML comments, MDX ``{/* comments */}``, JSX component tags (with
    their attributes), ``import``/``export`` lines and admonition fences blanked;
    newlines kept, so lines and columns do not move."""
    if "<" not in text and "{/*" not in text and ":::" not in text and "port" not in text:
        return text
    chars = list(text)
    for pattern in (_ESM, _ADMONITION):
        for m in pattern.finditer(text):
            _blank(chars, m.start(), m.end())
    _comments(text, chars, "<!--", "-->")
    _comments(text, chars, "{/*", "*/}")
    _components("".join(chars), chars)
    return "".join(chars)
