"""Full-width commas with no space after them in a Latin author-date mention.

A Chinese or Japanese text types a Latin name's mention with the script's own comma, no
space after it: ``（Smith，2019）``, ``（Smith，2019；Wang，2020）``, ``（Lind et al.，2011）``.
:func:`spaced_commas` writes such a comma as ``", "`` (the form the author-date patterns
read) and tells where each character of the new text stood in the old, so the spans found
in it are the old text's.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fullwidth import half_width_marks

__all__ = ["spaced_commas"]

# a full-width comma after a Latin letter (or "et al.") and before a year
_WIDE_COMMA = lazy_compile(r"(?<=[A-Za-z\u00c0-\u024f.])，(?=\s*(?:1[5-9]|20)\d{2}(?!\d))")


def spaced_commas(text: str) -> tuple[str, list[int]]:
    """``text`` with each full-width comma between a Latin name and a year written ``", "``,
    and for each index of the new text (its end too) the index of the old text it stands
    for (the added space: the character after the comma).  No such comma: ``text`` and an
    empty list."""
    if "，" not in text:
        return text, []
    parts: list[str] = []
    where: list[int] = []
    last = 0
    for m in _WIDE_COMMA.finditer(text):
        parts.append(text[last : m.start()])
        where.extend(range(last, m.start()))
        parts.append(half_width_marks(m.group(), "，") + " ")  # (", ")
        where.extend((m.start(), m.end()))
        last = m.end()
    if not parts:
        return text, []
    parts.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(parts), where
