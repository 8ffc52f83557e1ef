"""An entry's lines printed out of order by the converter, inside a numbered list.

``pdftotext`` (without ``-layout``) prints a line's pieces as separate blocks when the
typesetter set them apart by wide spaces (a justified line of a review copy, a title set
after a long gap): an entry's title words may follow its venue (``9. Edgar RC, …. 2011.``
/ ``UCHIME improves`` / ``Bioinformatics 27:2194–2200.`` / ``sensitivity and speed of
chimera detection.`` / ``10. Wang Q, …``).  After an entry that looks finished, a short
capitalised line looks like a heading that ends the list, and the list is read short.

Such a line is no heading when it is not numbered itself (a section's ``2.1 Methods``) and
the list's next entry (exactly the number expected, in the list's own form) starts within
:data:`REACH` rows of text after it: the list goes on, and the line is its entry's text.  A
heading after a list's last entry has no next entry after it, and still ends the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

__all__ = ["REACH", "list_resumes"]

REACH = 4  # rows of text between a heading-like line and the list's next entry, at most


def list_resumes(texts: Sequence[str], p: int, is_next: Callable[[str], bool]) -> bool:
    """Does the list's next entry (a row ``is_next`` accepts) start within :data:`REACH`
    rows of text after row ``p`` of ``texts``?  Blank rows do not count."""
    seen = 0
    for text in texts[p + 1 :]:
        if not text.strip():
            continue
        if is_next(text.strip()):
            return True
        seen += 1
        if seen >= REACH:
            return False
    return False
