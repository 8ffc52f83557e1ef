"""A note that dates its work by two calendars, the Common Era year in square brackets or
parentheses after the Vikram Samvat one ("वि.सं. २०६९ [सन् २०१२]"), is a citation, not
commentary; a note of prose with such dates stays commentary."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        (
            "कमला श्रेष्ठ, पहाडी गाउँको इतिहास (पोखरा: सगर प्रकाशन, वि.सं. २०६९ [सन् २०१२]), पृ. ४–९।",
            RefKind.BOOK,
            2012,
        ),
        (
            "बिनोद कार्की, नदीका किनारमा (धरान: कोशी प्रकाशन, वि. सं. २०६० [सन् २००३]), पृ. १२।",
            RefKind.BOOK,
            2003,
        ),
    ],
)
def test_dual_dated_note_is_a_citation(text: str, kind: RefKind, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.kind, ref.year) == (kind, year)


@pytest.mark.parametrize(
    "text",
    [
        "यो घटना वि.सं. २०६९ [सन् २०१२] मा भएको थियो भन्ने धेरैको भनाइ छ।",
        "This happened in the year 2069 [सन् 2012] as many recall.",
    ],
)
def test_dated_prose_stays_commentary(text: str) -> None:
    assert citation_start(text)[1] is True
