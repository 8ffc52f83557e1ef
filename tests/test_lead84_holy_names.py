"""A rank's word before the name of a holy person or an icon is no rank before an author.

``Maica Benedicta Ionescu, …`` is a nun and her name; ``Maica Domnului Vladimirskaia, …`` is
the Mother of God's icon, the title of a work with no author.  All examples are invented.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.rank_before_name import rank_end


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # holy persons and icons named with a rank's word
        ("Maica Domnului Vladimirskaia, Iași, Editura Doxologia, 2010.", 0),
        ("Maica Precista Mare, Suceava, 1998.", 0),
        ("Monah Sfântul Nicodim, Iași, 2004.", 0),
        ("Pr. Sf. Ioan Gură, Titlu, 1900.", 0),
        # a rank before a person's name, as before
        ("Maica Benedicta Ionescu, Viața, Iași, 2005.", 6),
        ("Monah Moise Iordache, Sfântul, Iași, 2010.", 6),
        ("Pr. Ilie Brădeanu, Titlu", 4),
    ],
)
def test_rank_end(text: str, end: int) -> None:
    assert rank_end(text) == end


@pytest.mark.parametrize(
    "text",
    [
        "Maica Domnului Vladimirskaia, Iași, Editura Doxologia, 2010.",
        "Maica Precista Mare, Suceava, Editura Mușatinii, 1998.",
    ],
)
def test_holy_name_kept_whole(text: str) -> None:
    # the rank's word is no longer cut off the name it belongs to
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    read = " ".join((*ref.authors, ref.title or ""))
    assert "Maica " in read
