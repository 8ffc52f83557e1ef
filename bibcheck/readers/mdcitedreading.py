"""A further-reading list whose bulleted items carry the labels the text cites.

A Markdown writer may head the works a text cites ``## Further reading``, ``## Sources``
or ``## Weiterführende Literatur`` and bullet them as well as number them::

    Early gauges were mechanical floats [1]; pressure sensors followed [2].

    ## Further reading

    - [1] Marsh, A. Floats and wells. Harbour Press, 2019.
    - [2] Lind, O. "Pressure gauges at sea". Journal of Coastal Research 12 (2011).

Such a list is no reading list the text need not cite: its items' labels are the text's
citations.  :func:`cited_labels` tells it from a reading list by that use alone: every
item under the heading is bulleted and labelled (``- [n]``, ``* n.``, ``+ n)``), and the
text above the heading cites at least :data:`MIN_CITED` different labels of them by
``[n]`` (``[1]``, ``[2, 3]``, ``[1–3]``).  A reading list of bulleted works with no labels,
or labels no one cites, is read as further reading, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.readers.common import heading_text
from bibcheck.readers.numlabels import expand
from bibcheck.readers.plaintext import MARKER

__all__ = ["MIN_CITED", "cited_labels", "labels_under"]

MIN_CITED = 2  # different labels the text must cite
_LABELLED = re.compile(r"^[ \t]{0,3}[-*+•][ \t]+(?:\[(?P<a>\d{1,4})\]|(?P<b>\d{1,4})[.)])[ \t]+\S")
_BULLET = re.compile(r"^[ \t]{0,3}[-*+•][ \t]+\S")


def labels_under(lines: Sequence[str], at: int) -> list[str] | None:
    """The labels of the bulleted items under the heading at ``at`` (to the next heading),
    when every item carries one; None when any item has none, or there is no item."""
    labels: list[str] = []
    for line in lines[at + 1 :]:
        if heading_text(line) is not None:
            break
        m = _LABELLED.match(line)
        if m is not None:
            labels.append(m.group("a") or m.group("b"))
        elif _BULLET.match(line):
            return None  # an item with no label: a reading list's
    return labels or None


def cited_labels(lines: Sequence[str], at: int) -> bool:
    """Does the text above the heading at ``at`` cite by ``[n]`` at least :data:`MIN_CITED`
    labels of the bulleted, labelled items under it (see the module doc)?"""
    labels = labels_under(lines, at)
    if labels is None:
        return False
    cited = {
        n for line in lines[:at] for m in MARKER.finditer(line) for n in expand(m.group("label"))
    }
    return len(cited & set(labels)) >= min(MIN_CITED, len(labels))
