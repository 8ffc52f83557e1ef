"""Pandoc: a bracketed citation followed directly by a note.

``[@a; @b]^[text]`` (an inline note) and ``[@a][^1]`` (a footnote marker) are a
citation and then a note: every key of the group is cited.  A bracket followed by
another bracket is a reference link (``[@a][ref]``, ``[text][ref]``) only when the
second one is no note.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.pandoc import read

NOTE = "\n\n[^n]: A note of the author.\n"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Nous avons utilisé [@lu2001; @arm2014]^[Le modèle est identique.] ici.", ["lu2001", "arm2014", "^1"]),
        ("We used a model [@lu2001]^[An inline note.] here.", ["lu2001", "^1"]),
        ("Wir folgen [vgl. @lu2001, S. 3; @arm2014]^[Eine Anmerkung.].", ["lu2001", "arm2014", "^1"]),
        ("Usamos el modelo\n[@lu2001; @arm2014]^[Una nota que sigue\nen otra línea.] y otro.", ["lu2001", "arm2014", "^1"]),
        ("A model [@lu2001][^n] was used." + NOTE, ["lu2001", "n"]),
        ("A model [@lu2001; @arm2014][^n]." + NOTE, ["lu2001", "arm2014", "n"]),
    ],
    ids=["group-inline-fr", "one-inline-en", "prefix-inline-de", "inline-over-lines-es", "one-footnote", "group-footnote"],
)  # fmt: skip
def test_a_citation_then_a_note_cites_every_key(text: str, labels: list[str]) -> None:
    doc = read(text + "\n")
    assert [m.label for m in doc.markers] == labels


@pytest.mark.parametrize(
    "text",
    ["See [@lu2001][ref] for the text.\n\n[ref]: https://example.org/lu\n"],
    ids=["reference-link"],
)
def test_a_reference_link_is_no_citation(text: str) -> None:
    doc = read(text)
    assert [m.label for m in doc.markers] == []
