"""A foreign name transliterated in Han characters has its family name last (fix63d).

Chinese writes a foreign author's name in Han characters, its parts joined by a middle
dot (``马克斯·韦伯``, ``卡尔‧马克思``), perhaps after the author's nationality in brackets
(``[德]``); the family name is the last part, as the readers already take a citation's
(:func:`bibcheck.readers.cjknames.family_name`).  :func:`bibcheck.parse.names.family_name`
agrees, so an entry's author and a citation's name compare.  Names are real authors'
transliterations as Chinese lists print them; the cases are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.names import family_name, same_family
from bibcheck.readers.cjknames import family_name as citation_family


@pytest.mark.parametrize(
    ("author", "family"),
    [
        ("马克斯·韦伯", "韦伯"),
        ("卡尔‧马克思", "马克思"),  # U+2027
        ("乔治•贝克莱", "贝克莱"),  # U+2022
        ("[德]马克斯·韦伯", "韦伯"),
        ("〔法〕米歇尔·福柯", "福柯"),
        ("让-雅克·卢梭", "卢梭"),
        ("马克斯 · 韦伯", "韦伯"),
        ("约翰·斯图亚特·密尔", "密尔"),
    ],
)
def test_transliterated_family_name(author: str, family: str) -> None:
    assert family_name(author) == family
    assert family_name(author) == citation_family(author)


@pytest.mark.parametrize(
    ("entry", "cited"),
    [
        ("马克斯·韦伯", "韦伯"),
        ("[法]米歇尔·福柯", "福柯"),
        ("约翰·斯图亚特·密尔", "密尔"),
    ],
)
def test_entry_and_citation_agree(entry: str, cited: str) -> None:
    assert same_family(family_name(entry), family_name(cited))
