"""Round 67, fix l: one table of compound first elements, in
:mod:`bibcheck.readers.compoundhyphen`, read by both hyphen readers (the typed lists'
reader asks for the loose ones too)."""

from __future__ import annotations

import pytest

from bibcheck.readers import typedhyphen
from bibcheck.readers.compoundhyphen import compound_heads, compound_hyphen


# one table of compound first elements for both hyphen readers (fail on main: no
# compound_heads there)
@pytest.mark.parametrize(
    ("language", "head", "firm"),
    [
        ("en", "cross", True),
        ("en", "self", True),
        ("en", "non", True),
        ("en", "co", False),
        ("en", "pre", False),
        ("fr", "arrière", True),
    ],
)
def test_one_table_of_compound_heads(language: str, head: str, firm: bool) -> None:
    assert (head in compound_heads(language)) is firm
    assert head in compound_heads(language, loose=True)


def test_typed_reader_uses_the_shared_table() -> None:
    assert typedhyphen._COMPOUND_HEADS == compound_heads("en", loose=True)
    assert compound_hyphen("cross", "sectional") and not compound_hyphen("co", "operate")
