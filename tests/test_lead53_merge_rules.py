"""Rules the lead added where two fixes of round 53 met: DIN ISO 690 capitals before a German
entry go to the German parser, other languages' capitalised surnames to caps_colon; a
name-colon-title note needs a person's given and family names."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "style", "authors", "title"),
    [
        pytest.param(
            "VOGT, Karin: Lehmputze im Bestand. Kassel, Universität, Fachbereich Architektur, "
            "Dissertation, 2016",
            "german",
            ("Vogt, Karin",),
            "Lehmputze im Bestand",
            id="din-capitals-german-thesis",
        ),
        pytest.param(
            "RALLO LOMBARTE, A.: *El derecho al olvido en Internet*, Dykinson, Madrid, 2014.",
            "caps-colon",
            ("RALLO LOMBARTE, A.",),
            "El derecho al olvido en Internet",
            id="spanish-capitals-stay-caps-colon",
        ),
        pytest.param(
            "Georg Simmel: Philosophie des Geldes. Leipzig: Duncker & Humblot 1900.",
            "german",
            ("Georg Simmel",),
            "Philosophie des Geldes",
            id="person-colon-title-sentence-imprint",
        ),
        pytest.param(
            "Climate: A New Story of Water. Berkeley: North Atlantic, 2014.",
            None,
            (),
            "Climate: A New Story of Water",
            id="one-word-before-colon-is-a-title",
        ),
        pytest.param(
            "Trade Union Politics: The British Case. Oxford: Blackwell, 1999.",
            None,
            (),
            "Trade Union Politics: The British Case",
            id="organisation-before-colon-is-a-title",
        ),
    ],
)
def test_merge_rules(text: str, style: str | None, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,))
    if style is not None:
        assert ref.style == style
    assert ref.authors == authors
    assert ref.title == title
