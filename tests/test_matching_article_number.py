"""A locator compared with an entry whose "page" is an article number (Elsevier's
``101563``, PLOS's ``e0123456``, OUP's ``afab251``, BMC's ``388``): no page conflict;
a page range or a single page the locator passes still disagrees."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import LiteratureEntry, Reference
from bibcheck.parse.matching import LiteratureIndex, differences


def ref(pages: str) -> Reference:
    return Reference(
        raw="x",
        line=1,
        end_line=1,
        title="Community heat networks in small towns",
        year=2021,
        year_raw="2021",
        authors=("Okafor, N.",),
        pages=pages,
    )


@pytest.mark.parametrize(
    ("cited", "span", "differs"),
    [
        pytest.param("7", "101563", False, id="elsevier-number"),
        pytest.param("12–14", "e0123456", False, id="plos-number"),
        pytest.param("3", "afab251", False, id="oup-number"),
        pytest.param("4", "388", False, id="bmc-number"),
        pytest.param("S5", "S12", False, id="supplement"),
        # a single number the locator passes is the first page alone (fix round 32)
        pytest.param("412", "388", False, id="past-a-single-page"),
        pytest.param("380–390", "388", True, id="across-a-single-page"),
        pytest.param("54", "178–216", True, id="outside-a-range"),
        pytest.param("180", "178–216", False, id="inside-a-range"),
    ],
)
def test_locator_and_article_number(cited: str, span: str, differs: bool) -> None:
    entry = LiteratureEntry(1, 10, ref(span))
    match = LiteratureIndex([entry]).match(ref(cited))
    assert match is not None
    codes = {a.code for a in differences(ref(cited), entry, match, "1")}
    assert (C.LITERATURE_PAGES_DIFFER in codes) is differs
