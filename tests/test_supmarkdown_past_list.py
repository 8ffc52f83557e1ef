"""sup-markdown: ``<sup>[n]</sup>`` markers citing a numbered list of works by number.  A
number past the list (``[5]`` of four entries) cites a work missing from the list: one
``citation-key-missing`` at its first citation, never a footnote without definition (the
notes are the list's entries).  Past a numbered list of notes (``## Notes``) it is a note
missing, as before."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode

BODY = (
    "# Terraces on the dry slopes\n\n"
    "Rain falls twice a year on the upper slopes.<sup>[1]</sup> The terraces hold "
    "it.<sup>[2]</sup>\n\n"
    "Herders move in the dry season.<sup>[3]</sup> Prices rose.<sup>[4]</sup>\n\n"
    "A survey of twelve valleys found fewer young trees.<sup>[5]</sup>\n\n"
)
WORKS = (
    "1. Amsel, K. (2004). *Rainfall on the Dry Slopes*. Technical Report 7, Hillside Institute.\n"
    "2. Borg, L. & Quist, A. (2011). Terrace walls and soil water. *Dryland Studies*, 4(2), "
    "11–19.\n"
    "3. Castro, M. (2016). *Herding Seasons*. Porto: Serra Press.\n"
    "4. Dunn, E. (2019). Market prices of resin. *Trade Review*, 9, 40–52.\n"
)


@pytest.mark.parametrize("heading", ["## References", "### Tixraacyo", "## Quellen"])
def test_number_past_a_list_of_works_is_a_missing_entry(heading: str) -> None:
    doc = parse_bytes(f"{BODY}{heading}\n\n{WORKS}".encode(), "t.md")
    codes = [(a.code, a.line, a.footnote) for a in doc.all_anomalies()]
    assert (AnomalyCode.CITATION_KEY_MISSING, 7, "5") in codes
    assert not any(c is AnomalyCode.MARKER_WITHOUT_DEFINITION for c, _, _ in codes)


def test_a_listed_number_is_no_missing_entry() -> None:
    body = BODY.replace("<sup>[5]</sup>", "<sup>[4]</sup>")
    doc = parse_bytes(f"{body}## References\n\n{WORKS}".encode(), "t.md")
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_KEY_MISSING]
