"""A short note's page after its quoted title is the page cited, no journal's volume.

``Stan, Turcescu, „Biserica și statul”, p. 45.`` was read as an article of volume 45;
``Schmit, „D'Sprooch am Land”, S. 12.`` as volume 12 with no page.  All examples are
invented."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "pages"),
    [
        ("Stan, Turcescu, „Biserica și statul”, p. 45.", "Biserica și statul", "45"),
        ("Schmit, „D'Sprooch am Land”, S. 12.", "D'Sprooch am Land", "12"),
        ("Kovač, „Stari mlini”, str. 12-14.", "Stari mlini", "12-14"),
        ("Novák, „Mlýny na Vltavě“, s. 7.", "Mlýny na Vltavě", "7"),
        ("Tamm, „Veskid ja tuuleveskid”, lk 8.", "Veskid ja tuuleveskid", "8"),
        ("Smith, “Ports,” pp. 3–9.", "Ports", "3–9"),
    ],
)
def test_short_note_page(text: str, title: str, pages: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.title, ref.pages, ref.volume, ref.host) == (title, pages, None, None)
    assert ref.kind is not RefKind.ARTICLE


@pytest.mark.parametrize(
    ("text", "kind", "volume", "pages", "host"),
    [
        # a journal or a book after the title: read as before
        (
            "Smith, “Ports,” Journal of Trade 4 (2001): 45.",
            RefKind.ARTICLE,
            "4",
            "45",
            "Journal of Trade",
        ),
        (
            "Smith, “Ports,” in Harbours, ed. A. Roe (London: Verso, 2001), 45.",
            RefKind.CHAPTER,
            None,
            "45",
            "Harbours",
        ),
    ],
)
def test_full_note_unchanged(
    text: str, kind: RefKind, volume: str | None, pages: str, host: str
) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.volume, ref.pages, ref.host) == (kind, volume, pages, host)
