"""An article title in low-high quotes with its period inside („Title.“ / „Title.”), as
Icelandic, German and Czech Chicago bibliographies write it, is the title."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ("Guðrún Jónsdóttir. „Rímur og saga.“ *Skírnir* 180 (2006): 5–30.", "Rímur og saga"),
        ("Jónsdóttir, Guðrún. „Rímur og saga.” *Skírnir* 180 (2006): 5–30.", "Rímur og saga"),
        ("Hans Roth. „Das Volkslied.“ *Die Musik* 12, Nr. 3 (1931): 10–24.", "Das Volkslied"),
        ("Jan Novák. „Česká píseň.“ *Hudební rozhledy* 12, č. 3 (1960): 1–9.", "Česká píseň"),
    ],
)
def test_low_high_quoted_title(entry: str, title: str) -> None:
    ref = parse_reference(entry, (1,))
    assert ref.title == title
    assert ref.kind.value == "article"
