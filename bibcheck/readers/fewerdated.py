"""Author-date or MLA: which system a Word text citing one Works Cited list uses.

An MLA text cites ``(Koon et al. 262)``, ``(Lo and Ross 4)``, ``(“Chang’e 2”)``; once in a
while it also names a work with its year in running text (``… Space Mission Design, Koon
et al., 2011``), which reads as one author-date citation of the same list.  Both systems
cannot be the text's: the author-date one is taken only when it reads at least a third as
many citations as the MLA one does (:func:`fewer_dated`), and MLA needs
:data:`MIN_MLA` of its own to win.
"""

from __future__ import annotations

__all__ = ["MIN_MLA", "fewer_dated"]

MIN_MLA = 3  # MLA citations the text must hold to be read as MLA over author-date


def fewer_dated(dated: int, mla: int) -> bool:
    """Does the author-date reading (``dated`` citations) read so few beside the MLA
    reading (``mla`` citations) that the text is MLA?"""
    return mla >= MIN_MLA and 3 * dated < mla
