"""In an Org document with footnotes and a literature list, a body link whose address is
one entry's address cites that entry (labelled L1, L2…, the note the entry's text); links
to addresses no entry holds, and links inside notes, cite nothing of their own."""

from __future__ import annotations

from bibcheck.readers import org

_DOC = """#+TITLE: Test

* Body

The archive is online ([[https://www.example.org/archive/][example.org]]), a rich source.[fn:1]
Other sites ([[https://elsewhere.net/][elsewhere]]) are not listed.
The same archive again: [[https://example.org/archive][the archive]].

* {heading}

- Berg, Anna. /A Study of Things/. Oslo: Samlaget, 2004.
- Folk Archive. Institute of Folklore. https://www.example.org/archive/.

* Notes

[fn:1] Anna Berg, /A Study of Things/ (Oslo: Samlaget, 2004), 3; [[https://www.example.org/archive/][site]].
"""


def test_link_to_an_entry_cites_it() -> None:
    for heading in ("Sources", "Heimildir", "Kirjandus"):
        raw = org.read(_DOC.format(heading=heading))
        cited = sorted((m.label, m.line) for m in raw.markers)
        assert cited == [("1", 5), ("L1", 5), ("L1", 7)], heading
        note = next(n for n in raw.footnotes if n.label == "L1")
        assert note.text.startswith("Folk Archive.")


def test_no_list_no_linked_citations() -> None:
    raw = org.read(_DOC.format(heading="Discussion"))
    assert [m.label for m in raw.markers] == ["1"]
