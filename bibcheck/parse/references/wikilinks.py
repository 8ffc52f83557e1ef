"""Wiki links in a citation: the words they show, not their markup.

Notes kept in Obsidian, Foam, Logseq or a Quartz or MkDocs site built from such a vault
link statutes and cases to pages of their own: ``[[laws/data-privacy-act|Data Privacy Act
of 2012]]`` shows "Data Privacy Act of 2012", ``[[Smith v Jones]]`` shows the page's name,
``[[acts/road-traffic-act#s-3|§ 3]]`` the label after the bar.  MediaWiki writes its links
the same way.  A citation's fields are read from the words shown: the label, or the page
name without its folders and ``#heading`` (``[[@key]]``, a citation key, is the Markdown
reader's own and never reaches here).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["shown_words"]

# "[[target|label]]", or "[[target]]" naming a page (words, or a path): no brackets, line
# break or colon inside the target (an Obsidian page's name holds none; "[[https://…]]" is
# an Org link, "[[File:…]]" MediaWiki's file); not "[[1]](#r1)" (a Markdown link whose
# text is "[1]"), an image's "![[figure.png]]", nor an AsciiDoc anchor ("[[sec-intro]]",
# "[[[key]]]": one word, no bar)
_WIKILINK = lazy_compile(
    r"(?<![!\[])\[\[(?P<target>[^\[\]\n|:@][^\[\]\n|:]*+)"
    r"(?:\|(?P<label>[^\[\]\n]*+))?\]\](?![(\[])"
)


def _shown(m: re.Match[str]) -> str:
    label = (m.group("label") or "").strip()
    if label:
        return label
    if m.group("label") is None and not any(c in m.group("target") for c in " /"):
        return m.group(0)  # one word: an anchor, no page
    page = m.group("target").split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1].strip()
    return page or m.group("target").strip()


def shown_words(text: str) -> str:
    """``text`` with each wiki link replaced by the words it shows."""
    if "[[" not in text:
        return text
    return _WIKILINK.sub(_shown, text)
