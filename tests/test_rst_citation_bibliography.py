"""reStructuredText: citation targets (``.. [Label] …``) under a bibliography heading in
several languages are the literature list as well as the notes ``[Label]_`` cites; the
footnotes beside them may cite other works.  Also the bibliography and notes headings of
Indonesian, Malay, Filipino, Vietnamese and Thai documents.  Pages written for the tests."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import FindingKind
from bibcheck.readers import rst
from bibcheck.readers.common import is_literature_heading, is_notes_heading

_PAGE = """Judul
=====

Teks dengan catatan. [1]_ Teks dengan sitasi [Hadi2001]_ dan [Lubis1998]_.

{notes}
{rule}

.. [1] Sumber lain yang tidak ada di daftar, *Judul Buku* (Medan: Pustaka, 1990), hlm. 3.

{heading}
{underline}

.. [Hadi2001] Hadi, Sutrisno. *Metodologi Penelitian*. Yogyakarta: Andi, 2001.

.. [Lubis1998] Lubis, Mochtar. *Catatan Subversif*. Jakarta: Sinar Harapan, 1998.
"""


def _page(heading: str, notes: str = "Catatan kaki") -> str:
    return _PAGE.format(
        heading=heading, underline="=" * len(heading), notes=notes, rule="=" * len(notes)
    )


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("Daftar Pustaka", id="id-daftar-pustaka"),
        pytest.param("Kepustakaan", id="id-kepustakaan"),
        pytest.param("Senarai Rujukan", id="ms-senarai-rujukan"),
        pytest.param("Mga Sanggunian", id="fil-sanggunian"),
        pytest.param("Tài liệu tham khảo", id="vi"),
        pytest.param("References", id="en"),
    ],
)
def test_citations_under_a_bibliography_heading_are_the_literature(heading: str) -> None:
    raw = rst.read(_page(heading))
    assert [n.label for n in raw.literature] == ["1", "2"]
    assert raw.literature[0].text.startswith("Hadi, Sutrisno.")
    assert {n.label for n in raw.footnotes} == {"1", "Hadi2001", "Lubis1998"}
    assert raw.literature_partial


def test_citations_beside_footnotes_under_any_heading_are_the_literature() -> None:
    """(fix48r) beside a note apparatus a docutils citation is a work of the literature
    whatever title stands over it (a title in a language bibcheck does not know, or none)."""
    raw = rst.read(_page("Lampiran"))
    assert [n.label for n in raw.literature] == ["1", "2"]
    assert raw.literature_partial


def test_a_footnote_outside_the_citation_list_is_no_missing_entry() -> None:
    doc = parse_bytes(_page("Daftar Pustaka").encode(), "kuliah.rst")
    assert len(doc.literature) == 2
    kinds = {f.kind for f in analyse_document(doc, {}, {})}
    assert FindingKind.MISSING_LITERATURE_ENTRY not in kinds


@pytest.mark.parametrize(
    ("heading", "literature", "notes"),
    [
        pytest.param("Daftar Referensi", True, False, id="id-referensi"),
        pytest.param("Daftar Rujukan", True, False, id="id-rujukan"),
        pytest.param("Talasanggunian", True, False, id="fil-talasanggunian"),
        pytest.param("Thư mục", True, False, id="vi-thu-muc"),
        pytest.param("รายการอ้างอิง", True, False, id="th-reference-list"),
        pytest.param("Mga Talababa", False, True, id="fil-footnotes"),
        pytest.param("Ghi chú", False, True, id="vi-notes"),
        pytest.param("หมายเหตุ", False, True, id="th-notes"),
        pytest.param("Pembahasan", False, False, id="id-discussion"),
    ],
)
def test_southeast_asian_headings(heading: str, literature: bool, notes: bool) -> None:
    assert is_literature_heading("# " + heading) is literature
    assert is_notes_heading("# " + heading) is notes


PROPOSAL = """Faster startup
==============

The loader caches compiled modules [cache-design]_ and reuses interpreter state
[state-reuse]_.

References
==========

.. [cache-design] Design notes on the module cache
   (https://example.org/cache-design)

.. [state-reuse] State reuse across interpreters
   (https://example.org/state-reuse)
"""


def test_citations_the_text_cites_directly_are_read_once() -> None:
    # (a PEP-like proposal: no footnotes of its own, the citations are its notes; under a
    # References title they are its printed reference list too (fix 53h: heldout38's Sphinx
    # page keys them so), but every address is still reported once)
    doc = parse_bytes(PROPOSAL.encode(), "proposal.rst")
    assert sorted(f.label for f in doc.footnotes) == ["cache-design", "state-reuse"]
    assert [e.label for e in doc.literature] == ["cache-design", "state-reuse"]
    lines = [(a.code, a.line) for a in doc.all_anomalies() if a.line is not None]
    assert len(lines) == len(set(lines))  # no anomaly reported twice
