"""fix77k: Catalan ISO 690's "A:" (its "In:") before a chapter's host, with editors or a
closing page range, makes the entry a chapter (:mod:`bibcheck.parse.references.apa`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "Bonet, Jordi (2003). «El teatre de l'exili». A: Roig, Anna; Puig, Marc (ed.). "
            "Teatre i exili. Barcelona: Proa, p. 77–96.",
            "El teatre de l'exili",
            "chapter",
        ),
        (
            "Bonet, Jordi (2003). «El teatre de l'exili». A: Roig, Anna (dir.). Teatre i "
            "exili. Barcelona: Proa.",
            "El teatre de l'exili",
            "chapter",
        ),
        (
            "Vidal, Núria (2010). «La revista musical». A: Història del teatre. Barcelona: "
            "Edicions 62, p. 201–230.",
            "La revista musical",
            "chapter",
        ),
        # (no editors, no pages: the sentence after the title stays a book's)
        (
            "Vidal, Núria (2010). La revista musical. A: una crònica. Barcelona: Edicions 62.",
            "La revista musical",
            "book",
        ),
    ],
)
def test_catalan_a_chapter(text: str, title: str, kind: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.title == title
    assert ref.kind.value == kind
