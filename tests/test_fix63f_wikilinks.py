"""fix63f: wiki links in Markdown notes (an Obsidian vault, a Quartz or MkDocs site built
from one) link statutes, cases and reports to pages of their own; a citation's fields are
the words the link shows, never its ``[[target|label]]`` markup.  Every note here was
written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references.wikilinks import shown_words

_SHOWN = [
    ("[[statutes/road-safety-act-2009|Road Safety Act 2009]], s 4.", "Road Safety Act 2009, s 4."),
    ("*[[Harlow v Penrose]]*, [2015] EWCA Civ 88.", "*Harlow v Penrose*, [2015] EWCA Civ 88."),
    ("[[codes/civil-code#art-1382|Art. 1382]] Code civil.", "Art. 1382 Code civil."),
    ("See [[reports/inquiry-2011#findings]] at 12.", "See inquiry-2011 at 12."),
    (
        "Vgl. [[Kommentare/Staudinger-BGB|Staudinger]], § 823 Rn. 5.",
        "Vgl. Staudinger, § 823 Rn. 5.",
    ),
]


@pytest.mark.parametrize(("text", "shown"), _SHOWN)
def test_shown_words(text: str, shown: str) -> None:
    assert shown_words(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "[[1]](#ref-1) as cited",
        "![[map-of-districts.png]]",
        "[[@marlow2019]] p. 4",
        "[[https://example.org/brief.pdf]]",
        "[[sec-intro]]Smith, A. Title.",
        "* [[[hale1736]]] Hale, Pleas.",
        "[[File:Seal.svg|thumb]]",
        "a [[b",
    ],
)
def test_no_wiki_link_left_alone(text: str) -> None:
    assert shown_words(text) == text


_NOTES = [
    (
        "*[[cases/marsh-v-dale|Marsh v Dale]]* [2004] EWHC 1210 (Ch) [12].",
        "Marsh v Dale",
    ),
    (
        "[[statutes/water-act-1991|Water Resources Act 1991]], s 24.",
        "Water Resources Act 1991",
    ),
    (
        "Ruth Okafor, *[[notes/okafor-tidal-rights|Tidal Rights and Public Access]]* "
        "(Coastline Press 2016) 45.",
        "Tidal Rights and Public Access",
    ),
]


@pytest.mark.parametrize(("note", "title"), _NOTES)
def test_note_title_is_the_shown_words(note: str, title: str) -> None:
    text = f"# Notes on the estuary\n\nThe estuary was dredged twice.[^1]\n\n[^1]: {note}\n"
    doc = parse_bytes(text.encode(), "estuary.md")
    (fn,) = [f for f in doc.footnotes if f.number == 1]
    ref = fn.reference
    assert ref is not None
    assert ref.title == title
    assert all("[[" not in (v or "") for v in (ref.title, ref.host, ref.publisher))
