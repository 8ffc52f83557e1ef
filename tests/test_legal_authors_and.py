"""A note's co-authors joined by "and" in the note's language (Maltese "u", Polish "i",
German "und") are split as "and" splits them; the title starts after the last."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

_TITLE = "Law of the European Convention on Human Rights"


@pytest.mark.parametrize("joiner", ["and", "u", "i", "und"])
def test_oscola_co_authors_in_any_language(joiner: str) -> None:
    text = (
        f"D. Harris, M. O'Boyle, E. Bates {joiner} C. Buckley, {_TITLE} "
        "(4th edn, Oxford University Press 2018) 401."
    )
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.authors == ("D. Harris", "M. O'Boyle", "E. Bates", "C. Buckley")
    assert ref.title == _TITLE
    assert ref.year == 2018
