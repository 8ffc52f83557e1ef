"""The HTML reader keys a heading as every reader does (fix63d).

:func:`bibcheck.readers.html._heading_key` is
:func:`~bibcheck.readers.headingkey.section_heading_key` of the heading's text, a static
site's permalink marks taken off first: a numbered section ``3. Notes`` (``IV.
Anmerkungen``, ``2) Примечания``) is a notes heading in HTML as in Markdown, and the
numbered list under it is the text's notes, cited by the bare superscripts of the body.
Documents are made up.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.readers import html


def _tag(markup: str) -> Tag:
    tag = BeautifulSoup(markup, "html.parser").find(True)
    assert isinstance(tag, Tag)
    return tag


@pytest.mark.parametrize(
    "markup",
    [
        "<h2>3. Notes</h2>",
        "<h2>3. Notes ¶</h2>",
        "<h3>IV. Anmerkungen</h3>",
        "<h2>2) Примечания:</h2>",
        '<h2>5.1 Notas <a class="headerlink" href="#notas">#</a></h2>',
    ],
)
def test_numbered_notes_heading(markup: str) -> None:
    assert html._is_notes_heading(_tag(markup))


_DOC = """<!doctype html><html><body><h1>{title}</h1>
<h2>1. {intro}</h2>
<p>{first}<sup>1</sup> {second}<sup>2</sup></p>
<h2>{number} {notes}</h2>
<ol><li>Maren Holt, <i>Dues and Tolls</i> (Bergen: Vestland, 1998), 10.</li>
<li>Ivar Sand, <i>The Guild Hall</i> (Oslo: Norli, 2004), 20.</li></ol>
<h2>{later} {sources}</h2>
<ul><li>Holt, Maren. <i>Dues and Tolls</i>. Bergen: Vestland, 1998.</li></ul>
</body></html>"""


@pytest.mark.parametrize(
    "fields",
    [
        {
            "title": "Harbour dues",
            "intro": "Introduction",
            "first": "The dues were raised in 1702.",
            "second": "Merchants protested.",
            "number": "3.",
            "notes": "Notes",
            "later": "4.",
            "sources": "Sources",
        },
        {
            "title": "Hafengebühren",
            "intro": "Einleitung",
            "first": "Die Gebühren stiegen 1702.",
            "second": "Die Kaufleute protestierten.",
            "number": "III.",
            "notes": "Anmerkungen",
            "later": "IV.",
            "sources": "Literatur",
        },
    ],
)
def test_notes_under_numbered_heading_read(fields: dict[str, str]) -> None:
    doc = html.read(_DOC.format(**fields))
    assert len(doc.footnotes) == 2
    assert len(doc.literature) == 1
    assert not doc.anomalies
