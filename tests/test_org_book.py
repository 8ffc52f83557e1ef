"""Org-mode: keys that look like number ranges stay whole; a chapter of an Org book finds
the bibliography its book names elsewhere."""

from __future__ import annotations

import pytest

from bibcheck.readers import org

_HEAD = "#+TITLE: Notes\n\n* Section\n"


def _labels(body: str) -> list[str]:
    return [m.label for m in org.read(_HEAD + body).markers]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "See cite:kim:2011. For spectra see cite:0953-8984-22-26-265006.\n",
            ["kim:2011", "0953-8984-22-26-265006"],
        ),
        ("As shown citep:1999-2001,lee.2004 before.\n", ["1999-2001", "lee.2004"]),
        ("Shown by citet:12-34 and citealp:56-78/9.\n", ["12-34", "56-78/9"]),
        ("Both [[cite:&2-3;&ab:cd][See::p. 4]] here.\n", ["2-3", "ab:cd"]),
        ("Version three cite:&10-20;&x_y here.\n", ["10-20", "x_y"]),
        ("Org cite [cite:@4-5;@doi-10.1/x] here.\n", ["4-5", "doi-10.1/x"]),
        ("Styled [cite/t:@7,8] here.\n", ["7"]),  # org-cite keys hold no comma
        ("A note[fn:3-4] here.\n\n[fn:3-4] The note, citing cite:5-6.\n", ["3-4", "5-6"]),
        ("Plain numbers cite:1,2 stay two keys.\n", ["1", "2"]),
    ],
    ids=[
        "hyphen-key",
        "year-range-key",
        "citet-citealp",
        "v3-bracket-link",
        "v3-plain",
        "org-cite",
        "org-cite-comma",
        "footnote-label",
        "two-number-keys",
    ],
)
def test_range_like_keys_stay_whole(body: str, expected: list[str]) -> None:
    assert _labels(body) == expected
