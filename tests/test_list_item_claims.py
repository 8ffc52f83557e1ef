"""A claim in a list item is that item's text, never the item before it (the thesisdown
chapter of sweep 30: "claim text in a list item taken from the previous item").

Markdown and Org list items are blocks of their own; their bullet or number is markup,
left out of the claim.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.common import LIST_ITEM_START

PANDOC = """\
---
title: Reasons
references:
- id: a
  title: Alpha
- id: b
  title: Beta
---

Reasons given in the literature:

{b1} Lack of time is the first reason.
{b2} Second, poor tooling is blamed [@a].
{b3} Third, the data are scarce [@b].
"""

SUP = """\
# Reasons

Reasons given in the reports:

{b1} Lack of time is the first reason.
{b2} Second, poor tooling is blamed.<sup>1</sup>
{b3} Third, the data are scarce.<sup>2</sup>

## Notes

1. Smith, J. (2020). Tooling in practice. Journal of Tools 3, 1-9.
2. Roe, K. (2021). Scarce data. Data Review 7, 10-19.
"""

ORG = """\
#+title: Reasons
#+bibliography: refs.bib

Reasons given in the literature:

{b1} Lack of time is the first reason.
{b2} Second, poor tooling is blamed [cite:@a].
{b3} Third, the data are scarce [cite:@b].
"""


def _claims(text: str, name: str) -> dict[str, str]:
    doc = parse_bytes(text.encode(), name)
    return {
        m.label: m.claim.text
        for m in (*doc.stray_markers, *(m for f in doc.footnotes for m in f.markers))
        if m.claim is not None
    }


@pytest.mark.parametrize("bullets", [("-", "-", "-"), ("*", "*", "*"), ("1.", "2.", "3.")])
@pytest.mark.parametrize(
    ("text", "name", "first", "second"),
    [
        (PANDOC, "reasons.md", "a", "b"),
        (SUP, "reasons.md", "1", "2"),
        (ORG, "reasons.org", "a", "b"),
    ],
    ids=["pandoc", "sup-markdown", "org"],
)
def test_claim_in_a_list_item_is_its_own(
    bullets: tuple[str, str, str], text: str, name: str, first: str, second: str
) -> None:
    if name.endswith(".org") and bullets[0] == "*":
        pytest.skip("an Org line starting '* ' is a heading")
    b1, b2, b3 = bullets
    claims = _claims(text.format(b1=b1, b2=b2, b3=b3), name)
    assert claims[first].startswith("Second, poor tooling is blamed")
    assert claims[second].startswith("Third, the data are scarce")


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("- text", True),
        ("  * nested text", True),
        ("12. text", True),
        ("3) text", True),
        ("• text", True),
        ("-- not a bullet", False),
        ("2020. The year", False),  # four digits: a wrapped year, not an item number
        ("-", False),
        ("*emphasis* starts", False),
    ],
)
def test_list_item_start(line: str, item: bool) -> None:
    assert bool(LIST_ITEM_START.match(line)) is item
