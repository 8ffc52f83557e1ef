"""Notes defined in a References-like section (an rst "References" section of
``.. [#key]`` footnotes, Markdown ``[^1]:`` under "## References") are the document's list
of sources: no ``no-literature-list`` finding.  Notes elsewhere (no heading, or "Notes")
leave it as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

RST_BODY = "Title\n=====\n\nThe collector counts references [#brc]_ and defers work [#gc]_.\n\n"
RST_NOTES = (
    ".. [#brc] Lee, K. Biased counting. Proc. Sys. 2018.\n"
    "   https://example.org/brc\n"
    ".. [#gc] Ames, L. Deferred collection. 2020.\n"
)
MD_BODY = "# Title\n\nThe collector counts references[^1] and defers work[^2].\n\n"
MD_NOTES = (
    "[^1]: Lee, K. Biased counting. Proc. Sys. 2018.\n[^2]: Ames, L. Deferred collection. 2020.\n"
)


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        pytest.param("p.rst", RST_BODY + "References\n==========\n\n" + RST_NOTES, False,
                     id="rst-references-of-footnotes"),
        pytest.param("p.rst", RST_BODY + "Bibliography\n------------\n\n" + RST_NOTES, False,
                     id="rst-bibliography-of-footnotes"),
        pytest.param("p.md", MD_BODY + "## References\n\n" + MD_NOTES, False,
                     id="markdown-references-of-footnotes"),
        pytest.param("p.rst", RST_BODY + RST_NOTES, True, id="rst-footnotes-under-no-heading"),
        pytest.param("p.rst", RST_BODY + "Notes\n=====\n\n" + RST_NOTES, True,
                     id="rst-footnotes-under-notes"),
        pytest.param("p.md", MD_BODY + MD_NOTES, True, id="markdown-footnotes-under-no-heading"),
    ],
)  # fmt: skip
def test_notes_in_a_references_section_are_the_list(
    tmp_path: Path, name: str, text: str, said: bool
) -> None:
    (tmp_path / name).write_text(text)
    doc = parse_file(tmp_path / name)
    assert len(doc.footnotes) == 2 and not doc.literature
    assert (C.NO_LITERATURE_LIST in {a.code for a in doc.all_anomalies()}) is said
