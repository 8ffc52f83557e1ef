"""A post's closing lines under a thematic break below its reference list.

Blog and lab-site posts (Jekyll, Hugo) often end after the reference list with a rule and
a line or two of their own: "*To cite this work, cite the preprint<sup>13</sup>.*", "If you
use the data, please cite ref. <sup>4</sup>".  Those lines are body text again, and a
superscript number in them cites the list as any in the body does.  :func:`ruled_postscript`
finds them: the last rule (``---``, ``***``, ``___``) under the list heading after which
stand only a few lines of text (no list items, headings, footnote definitions or link
definitions), one of them citing with ``marker``.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.readers.common import LIST_ITEM, RULE, heading_text

__all__ = ["ruled_postscript"]

_MAX_LINES = 8  # a closing remark, not a section
# a footnote block or link definitions under the rule: "<sup>1</sup> text", "[^1]: text",
# "[1]: https://…"
_DEFINITION = lazy_compile(r"^\s{0,3}(?:<sup\b|\[\^?[^\]\n]{1,40}\]:)")


def ruled_postscript(lines: Sequence[str], heading: int | None, marker: Regex) -> int | None:
    """The first line after the rule that ends the reference list under ``heading`` (an
    index of ``lines``), when what follows that rule is a short closing remark citing with
    ``marker``; else None."""
    if heading is None:
        return None
    rule = next(
        (i for i in range(len(lines) - 1, heading, -1) if RULE.match(lines[i])),
        None,
    )
    if rule is None:
        return None
    after = [line for line in lines[rule + 1 :] if line.strip()]
    if not after or len(after) > _MAX_LINES:
        return None
    if any(
        LIST_ITEM.match(line) or heading_text(line) is not None or _DEFINITION.match(line)
        for line in after
    ):
        return None
    if not any(marker.search(line) for line in after):
        return None
    return rule + 1
