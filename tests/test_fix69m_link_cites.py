"""fix69m: the body links that cite their sentence are added to a document's citations by
one shared function (:mod:`bibcheck.readers.linkcites`), not by the same lines written in
the Pandoc, Typst and OpenDocument readers.

Every text was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import RawMarker, RawNote, TextBlock
from bibcheck.readers.linkcites import with_link_cites
from bibcheck.readers.links import BodyLink, place_links

_BLOCKS = [
    TextBlock("Prices rose by a third in two years.", ((0, 1),)),
    TextBlock("The Statistics Office's survey shows the same rise.", ((0, 3),)),
    TextBlock("For more information, visit our project page.", ((0, 5),)),
]
_LINKS = [
    BodyLink(3, 5, "https://stats.example.org/survey-2020", "survey"),
    BodyLink(5, 40, "https://other.example.net/info", "project page"),
]
_NOTE = RawNote("1", "Anna Berg, Prices, Oslo 2019.", 7, 7)

CASES = [
    # (own markers, expected labels in order, expected note labels)
    pytest.param([RawMarker("1", 1, 36, 0, 36)], ["1", "L1"], ["1", "L1"], id="after-a-note"),
    pytest.param([RawMarker("1", 6, 2, 2, 5)], ["L1", "1"], ["1", "L1"], id="before-a-note"),
    pytest.param([], ["L1"], ["1", "L1"], id="notes-without-markers"),
]


@pytest.mark.parametrize(("markers", "labels", "notes"), CASES)
def test_links_join_the_citations(
    markers: list[RawMarker], labels: list[str], notes: list[str]
) -> None:
    ordered, all_notes = with_link_cites(markers, [_NOTE], place_links(_LINKS, _BLOCKS), _BLOCKS)
    assert [m.label for m in ordered] == labels
    assert [n.label for n in all_notes] == notes
    assert all_notes[-1].text.startswith("https://stats.example.org") or "stats" in (
        all_notes[-1].reference.url if all_notes[-1].reference else ""
    )


@pytest.mark.parametrize("reader", ["pandoc", "typst", "odt"])
def test_readers_share_the_function(reader: str) -> None:
    import bibcheck.readers

    source = (Path(bibcheck.readers.__file__).parent / f"{reader}.py").read_text("utf-8")
    assert "with_link_cites(" in source
    assert "cites_beside_notes(" not in source
