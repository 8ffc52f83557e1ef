"""Zotero locators in a Word document: each citation's pages are compared with the
work's pages at that citation's paragraph, and an article number is no page range."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.analyse.consistency import anomaly_findings
from bibcheck.model import AnomalyCode as C
from tests.test_docx_citation_fields import fld, p, parse, t, zitem, zotero

ARTICLE = {
    "type": "article-journal",
    "title": "Cooperative wind parks and local ownership",
    "container-title": "Renewable Energy Studies",
    "volume": "12",
    "author": [{"family": "Halvorsen", "given": "Ingrid"}],
    "issued": {"date-parts": [["2021"]]},
}


def cite(page: str, locator: str | None) -> str:
    extra: dict[str, Any] = {"locator": locator} if locator else {}
    item = zitem(7, "K3L4M5N6", ARTICLE | {"page": page}, **extra)
    return fld(zotero(item), "(Halvorsen 2021)")


@pytest.mark.parametrize(
    ("page", "first", "later", "want"),
    [
        ("201-230", None, "215", []),
        ("201-230", None, "14", [1]),  # the note's pages are the first locator's
        ("201-230", "205", "14", [3]),
        ("201-230", "14", "215", [1]),
        ("101563", None, "7", []),
        ("e0254417", "3", "9", []),
    ],
    ids=[
        "later-inside",
        "later-outside",
        "first-inside-later-outside",
        "first-outside",
        "article-number",
        "plos-number",
    ],
)
def test_each_locator_checked_where_it_is(
    page: str, first: str | None, later: str, want: list[int]
) -> None:
    body = [
        p(t("Ownership matters "), cite(page, first), t(".")),  # 1
        p(t("Nothing here.")),  # 2
        p(t("As shown before "), cite(page, later), t(".")),  # 3
    ]
    doc = parse(body)
    differ = [a for a in doc.all_anomalies() if a.code is C.LITERATURE_PAGES_DIFFER]
    assert [a.line for a in differ] == want
    assert all("paragraph 3" in a.message for a in differ if a.line == 3)
    if want:  # reported as the note's disagreement with its entry
        assert any("pages" in f.message for f in anomaly_findings(doc))
