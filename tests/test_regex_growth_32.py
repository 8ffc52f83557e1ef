"""Fix round 32: more of benchmarks/regex_worst_case.py's slow patterns made linear.  As in
tests/test_regex_growth.py (whose ``assert_linear`` this uses): for each, adversarial lines
of the scanner's kind take at most 30 times as long at 10,000 characters as at 1,000, and a
table shows the lines the pattern is for still read as before.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.kramdownrfc import _anchors
from tests.test_regex_growth import assert_linear

# --- kramdown headings' own ids (kramdownrfc._HEADING) ------------------------------------


def _heading_ids(line: str) -> object:
    return _anchors([line])


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "# a" + " " * n + "\x00", id="spaces-then-a-stop"),
        pytest.param(lambda n: "# a" + " #" * (n // 2) + "x", id="spaced-hashes"),
        pytest.param(lambda n: "#" + " " * n, id="only-spaces"),
        pytest.param(lambda n: "## " + "ab " * (n // 3), id="words"),
    ],
)
def test_heading_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(_heading_ids, line)


@pytest.mark.parametrize(
    ("line", "ids"),
    [
        ("## Introduction", {"introduction"}),
        ("# Security Considerations ##", {"security-considerations"}),
        ("### Rate Limits {#rate}", {"rate", "rate-limits"}),
        ("## Closing hashes, spaced   ##  ", {"closing-hashes-spaced"}),
        ("#\tTabbed\theading\t#", {"tabbed\theading"}),
        ("###### Six deep", {"six-deep"}),
        ("# C# and F#", {"c-and-f"}),
        ("# a # b", {"a--b"}),
        ("# ##", {""}),  # the text is one '#'
        ("#  ", {""}),  # the text is the last space
        ("#\t", set()),
        ("#", set()),
        ("#NoSpace", set()),
        ("####### Seven", set()),
        ("  # Indented", set()),
    ],
)
def test_heading_ids_read_as_before(line: str, ids: set[str]) -> None:
    assert _anchors([line]) == ids
