"""A role's content (MyST ``{term}`TB```, reST ``:abbr:`TB```) is masked as code; a code
span ending in a colon (```Table:```) is no role name, so the text after it -- a Pandoc
inline note ``^[…]`` -- stays live (a real R Markdown vignette lost a note so)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.mask import mask


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("see :abbr:`TB`s here", "see :abbr:    s here"),
        ("a {term}`TB`s b", "a {term}    s b"),
        ("call :py:func:`f` now", "call :py:func:    now"),
        ("(:cite:p:`key`)", "(:cite:p:     )"),
        ("`Table:`^[or just `:`] x", "        ^[or just    ] x"),
    ],
    ids=["rst-role", "myst-role", "domain-role", "cite-role", "span-ending-in-colon"],
)
def test_role_content_masked_only_after_a_role_name(text: str, masked: str) -> None:
    assert mask(text, latex=False) == masked


def test_inline_note_after_a_code_span_ending_in_a_colon() -> None:
    source = (
        "---\ntitle: Vignette\n---\n\n"
        "A caption starts with `Table:`^[or just `:`, as Pandoc allows] as usual.\n\n"
        "Another point.^[An ordinary inline note.]\n"
    )
    doc = parse_bytes(source.encode(), "vignette.Rmd")
    assert [fn.reference.line for fn in doc.footnotes] == [5, 7]
