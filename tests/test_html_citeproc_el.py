"""HTML pages with org-cite's citeproc-el bibliography (ox-hugo and Org's HTML export):
``div.csl-entry`` entries without ``role`` or ``id``, the anchor inside.  Pages written
for the tests in that pattern."""

from __future__ import annotations

import pytest

from bibcheck.readers.html import read

_ENTRIES = """\
<div class="csl-bib-body">
  <div class="csl-entry"><a id="citeproc_bib_item_1"></a>Moss, Ada. 2012. “Lichen on Old Walls.” <i>Stone Notes</i> 5: 1–9.</div>
  <div class="csl-entry"><a id="citeproc_bib_item_2"></a>Pike, Tom. 2018. <i>Walls and What Grows on Them</i>. York: Grey Press.</div>
</div>
"""
_BODY = """\
<p>Lichens colonise mortar first (<a href="#citeproc_bib_item_1">Moss 2012</a>).</p>
<p>Mosses follow within a decade (<a href="#citeproc_bib_item_2">Pike 2018</a>).</p>
"""


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            f"<html><body><article>{_BODY}{_ENTRIES}</article></body></html>", id="no-heading"
        ),
        pytest.param(
            f"<html><body><main>{_BODY}<h2>Bibliography</h2>{_ENTRIES}</main></body></html>",
            id="under-a-heading",
        ),
        pytest.param(
            f"<html><body><div id='content'>{_BODY}<div id='outline-container-refs'>"
            f"{_ENTRIES}</div></div></body></html>",
            id="org-html-export-outline-div",
        ),
    ],
)
def test_citeproc_el_entries_are_read(page: str) -> None:
    doc = read(page)
    assert [m.label for m in doc.markers] == ["1", "2"]
    titles = [n.reference.title for n in doc.literature if n.reference]
    assert titles == ["Lichen on Old Walls", "Walls and What Grows on Them"]
