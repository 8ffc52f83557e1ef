"""The list headings of patent documents (EPO, WIPO, USPTO, DPMA) name reference lists."""

from __future__ import annotations

import pytest

from bibcheck.readers.listheads import is_qualified_list_heading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Citation list", True, id="epo-citation-list"),
        pytest.param("CITATION LIST", True, id="upper"),
        pytest.param("Patent Literature", True, id="patent-literature"),
        pytest.param("Non-patent literature", True, id="non-patent-literature"),
        pytest.param("Non Patent Literature", True, id="non-patent-spaced"),
        pytest.param("U.S. PATENT DOCUMENTS", True, id="us-patent-documents"),
        pytest.param("Foreign Patent Documents", True, id="foreign-patent-documents"),
        pytest.param("Prior Art Documents", True, id="prior-art-documents"),
        pytest.param("Stand der Technik", True, id="de-stand-der-technik"),
        pytest.param("Entgegenhaltungen:", True, id="de-entgegenhaltungen"),
        pytest.param("Patent law", False, id="patent-law"),
        pytest.param("Prior art", False, id="prior-art-section"),
        pytest.param("Citation analysis", False, id="citation-analysis"),
        pytest.param("Art works of the period", False, id="art-works"),
        pytest.param("Patent pending", False, id="patent-pending"),
    ],
)
def test_patent_list_headings(text: str, expected: bool) -> None:
    assert is_qualified_list_heading(text) is expected
