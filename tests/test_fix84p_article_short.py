"""Round 84 (fix84p): a short note citing a charter or convention by its article.

``UNESCO, Heritage Convention, art. 5.`` repeats the note that cited the convention in full
(its short name in that note's parentheses: ``… (The Heritage Convention) (Paris, 1972)``);
``art.`` is its locator, as ``p.`` is a book's (:data:`bibcheck.parse.references.repeat._SHORT`,
:data:`bibcheck.parse.references.commentary._SHORT_NOTE`).  A note citing two works so is
keyed with its first.  Invented examples.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats

_FULL = [
    "P. Ostrander, The Weirs of the Lune (Kendal: Fellside, 2003), 12.",
    "Council of Europe, Convention for the Protection of the Architectural Heritage of "
    "Europe (The Granada Convention) (Granada, 1985), art. 2.",
    "ICOMOS, Charter on the Built Vernacular Heritage (Mexico, 1999), art. 1.",
]


@pytest.mark.parametrize(
    ("note", "target", "locator"),
    [
        ("Council of Europe, Granada Convention, art. 5.", 1, "5"),
        ("Council of Europe, Granada Convention, Art. 11.", 1, "11"),
        ("ICOMOS, Built Vernacular Heritage, arts. 3-4.", 2, "3-4"),
        (
            "Council of Europe, Granada Convention, art. 9; see also Ostrander, Weirs of "
            "the Lune, 40.",
            1,
            "9",
        ),
        # near-misses: the first work a book cited by its page; a work cited before by no note
        (
            "Ostrander, Weirs of the Lune, 30; see also Council of Europe, Granada "
            "Convention, art. 5.",
            0,
            "30",
        ),
        ("Ostrander, Weirs of the Lune, 31.", 0, "31"),
        ("ICOMOS, Nara Document on Authenticity, art. 5.", None, None),
    ],
)
def test_article_locator(note: str, target: int | None, locator: str | None) -> None:
    found = find_repeats([*_FULL, note])[-1]
    if target is None:
        assert found is None
        return
    assert found is not None
    assert (found.target, found.locator) == (target, locator)
