"""Page component sources (JSX/TSX, Vue, Svelte, Astro): recognised and refused, named.

A site built with React, Preact, Next.js, Vue, Svelte or Astro keeps a page as a
component: HTML-like markup inside code (``className=``, ``{…}`` expressions, a
``<script>`` block, a ``---`` code fence), which the site's build turns into the page.
No reader reads it as it stands: read as Markdown its markup becomes "claims" and its
``<sup><a href="#ref-1">`` markers point at no note.  Such a file is refused with a
message that names its kind and says what to check instead (the page the site builds).

Decided by extension (``.jsx`` ``.tsx`` ``.vue`` ``.svelte`` ``.astro``), and by content
for a file whose extension no reader claims (``.js``, ``.ts``, none): an ES module
(``import … from``, ``export default``) whose code returns markup or writes ``className=``.
MDX (Markdown with JSX components) is Markdown and is not refused here.  Every pattern
scans a bounded window per position (linear in the text).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import PurePath

from bibcheck.lazyre import lazy_compile

COMPONENT_EXTENSIONS = {
    ".jsx": "JSX (React) component",
    ".tsx": "TSX (React, TypeScript) component",
    ".vue": "Vue single-file component",
    ".svelte": "Svelte component",
    ".astro": "Astro component",
}
_MODULE = lazy_compile(
    r"^[ \t]*+(?:import\s[^\n]{0,300}?\sfrom\s*['\"]"
    r"|export\s+default\b|export\s+(?:const|function)\s)",
    re.M,
)
_RETURNS_MARKUP = lazy_compile(r"\breturn\s*+\(?\s*+<(?:[A-Za-z]|>)")  # JSX returned by code
_CLASS_NAME = lazy_compile(r"<[a-z][\w-]{0,30}\s[^<>\n]{0,500}?\bclassName=")


def component_kind(path: str | PurePath, text: str, claimed: Collection[str]) -> str | None:
    """What kind of component source ``text`` is, or None when it is none.

    ``claimed``: the extensions some reader claims (their files are what they say).
    """
    ext = PurePath(path).suffix.lower()
    if ext in COMPONENT_EXTENSIONS:
        return COMPONENT_EXTENSIONS[ext]
    if ext in claimed or ext == ".mdx":
        return None
    if _MODULE.search(text) and (_RETURNS_MARKUP.search(text) or _CLASS_NAME.search(text)):
        return "JSX component module"
    return None


def refusal(path: str | PurePath, kind: str) -> str:
    """Why a component source is not read, and what to check instead."""
    return (
        f"{path}: a {kind} source, not a document: its page is markup inside code "
        "(attributes such as className=, {…} expressions) that the site's build turns into "
        "HTML, and bibcheck runs no build. Check the page the site builds instead (its "
        "HTML, saved from the browser or taken from the build output)."
    )
