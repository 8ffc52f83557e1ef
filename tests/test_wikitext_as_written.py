"""Wikitext as MediaWiki renders it: a comment in a link's label is no part of it (and no
control character is ever stored), ``&reg`` without ``;`` is no entity (``&region=`` in a
URL keeps its parameter), CS1's ``((literal name))`` loses its parentheses.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import build_document, parse_file
from bibcheck.model import RawDocument, RawNote, Reference, TextBlock
from bibcheck.parse.references.wikicite import as_written, authors, editors
from bibcheck.readers.wikitext import decode_entities

PAGE = """'''Soil chemistry''' is a field.

Humus binds metals.<ref>[http://example.org/humus Humus and Metals – Soil Review<!-- Bot generated title -->]</ref>
Stations report.<ref>{{cite web |url=http://example.org/q.php?lat=45&region_n=90&reg_s=41&amp;x=1 |title=Station bulletin |year=2011}}</ref>
Roots grow.<ref>{{cite journal |vauthors=((Lind Bö)), Ortiz M |title=Roots in clay |journal=Soil J |year=2015}}</ref>

== References ==
<references />
"""


def test_a_page(tmp_path: Path) -> None:
    page = tmp_path / "soil.wiki"
    page.write_text(PAGE, encoding="utf-8")
    refs = {f.label: f.reference for f in parse_file(page).footnotes}
    assert refs["1"] is not None and refs["1"].title == "Humus and Metals – Soil Review"
    assert refs["2"] is not None
    assert refs["2"].url == "http://example.org/q.php?lat=45&region_n=90&reg_s=41&x=1"
    assert refs["3"] is not None and refs["3"].authors == ("Lind Bö", "Ortiz, M")
    assert not any("\x00" in (r.raw if r else "") for r in refs.values())


ENTITIES = [
    ("a=1&region=2", "a=1&region=2"),
    ("a=1&reg=2", "a=1&reg=2"),
    ("&reg; &#174; &#xAE;", "® ® ®"),
    ("Smith &amp; Co", "Smith & Co"),
    ("&copy 2020", "&copy 2020"),
    ("&notanentity;", "&notanentity;"),
]


@pytest.mark.parametrize(("text", "decoded"), ENTITIES)
def test_decode_entities(text: str, decoded: str) -> None:
    assert decode_entities(text) == decoded


NAMES = [
    ({"vauthors": "((Lind Bö)), Ortiz M"}, ("Lind Bö", "Ortiz, M")),
    ({"vauthors": "Ortiz M, ((Ng, Wu and Partners))"}, ("Ortiz, M", "Ng, Wu and Partners")),
    ({"last1": "((Soil Survey Board))"}, ("Soil Survey Board",)),
    ({"author": "((Ministry of Soils))"}, ("Ministry of Soils",)),
    ({"last": "Ortiz", "first": "((M. A.))"}, ("Ortiz, M. A.",)),
]


@pytest.mark.parametrize(("params", "names"), NAMES)
def test_names_as_written(params: dict[str, str], names: tuple[str, ...]) -> None:
    assert authors(params) == names


def test_editors_as_written() -> None:
    assert editors({"editor-last": "((van Dijk))", "editor-first": "Els"}) == ("van Dijk, Els",)
    assert as_written("plain") == "plain"


def test_no_control_character_is_stored() -> None:
    raw = RawDocument(
        reader="test",
        title="Soil\x00 chemistry",
        blocks=(TextBlock("Humus\x00\x00 binds.", ((0, 1),)),),
        markers=(),
        footnotes=(
            RawNote(
                "1",
                "Ortiz, M. Roots\x07 in clay. 2015.",
                3,
                3,
                reference=Reference(
                    raw="Roots\x00", line=3, end_line=3, title="Roots\x00 in clay", year=2015
                ),
            ),
        ),
        literature=(RawNote("1", "Lind, B. Humus\x1b. 2011.", 9, 9),),
    )
    doc = build_document(raw, doc_id="x", path="x.txt")
    assert doc.title == "Soil chemistry"
    texts = [doc.title or "", *(f.reference.raw for f in doc.footnotes if f.reference)]
    texts += [f.reference.title or "" for f in doc.footnotes if f.reference]
    texts += [e.reference.raw for e in doc.literature]
    assert texts and not any(c in t for t in texts for c in "\x00\x07\x1b")
