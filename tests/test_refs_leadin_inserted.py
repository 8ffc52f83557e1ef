"""Lead-ins with a phrase inserted between commas (``See, most influentially,``), and a
lead-in that names the kind of text before its author (``See the survey in``): neither is
an author or part of the title, in any language the lead-ins cover."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param(
            "See, most influentially, Anne Hardy, The Epidemic Streets (Oxford: Clarendon, "
            "1993), 12–15.",
            "Anne Hardy",
            "The Epidemic Streets",
            id="see-most-influentially",
        ),
        pytest.param(
            "Vgl., grundlegend, Hans Weber, Die Stadt und ihr Hafen (Berlin: Akademie, 1990), 12.",
            "Hans Weber",
            "Die Stadt und ihr Hafen",
            id="vgl-grundlegend",
        ),
        pytest.param(
            "Voir, en dernier lieu, Paul Martin, Les ports du Nord (Paris: Belin, 2004), 33.",
            "Paul Martin",
            "Les ports du Nord",
            id="voir-en-dernier-lieu",
        ),
        pytest.param(
            "See the survey in Mary Cole, Harbour Law (Oxford: Hart, 2010), 3.",
            "Mary Cole",
            "Harbour Law",
            id="kind-of-text-then-in",
        ),
    ],
)
def test_lead_in_is_no_field(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.authors, ref.title) == ((author,), title)
