"""An entry's inline HTML, as citeproc-js writes it, in Markdown.

Pandoc's citeproc writes an entry's text as Markdown inside its spans; citeproc-js
(Zotero's HTML bibliography) writes HTML: ``<i>Title</i>``, ``<b>2010</b>``, ``<a
href="https://…">https://…</a>``, ``&#38;``.  :func:`inline_markdown` turns these into the
Markdown the entry readers read: italics as ``*``, bold dropped, a link as ``<url>`` (its
text the address) or ``[text](url)``, entities decoded, other tags dropped.
"""

from __future__ import annotations

import html
import re

from bibcheck.lazyre import lazy_compile

__all__ = ["inline_markdown"]

_LINK = lazy_compile(
    r"<a\b[^<>]*?\bhref=[\"'](?P<url>[^\"'<>\s]{1,2000})[\"'][^<>]*>(?P<text>[^<>]{0,500})</a\s*>",
    re.I,
)
_ITALIC = lazy_compile(r"</?(?:i|em)\s*>", re.I)
# (every tag but a link's, taken out before the links become "<url>")
_TAG = lazy_compile(r"</?(?!a\b)[A-Za-z][^<>]{0,500}>", re.I)


def inline_markdown(text: str) -> str:
    """``text`` with citeproc-js's inline HTML as Markdown (see the module); text without
    a tag or an entity as it is."""
    if "<" not in text and "&" not in text:
        return text
    text = _TAG.sub("", _ITALIC.sub("*", text))
    return html.unescape(_LINK.sub(_link, text))


def _link(m: re.Match[str]) -> str:
    url, words = m.group("url"), m.group("text").strip()
    if not words or words == url or html.unescape(words) == html.unescape(url):
        return f"<{html.unescape(url)}>"
    return f"[{words}]({html.unescape(url)})"
