"""The citeproc bibliography div in Markdown, found by one helper for both readers of
such Markdown (readers/csldivs.py, used by cslmarkdown.py and mdhtml.py)."""

from __future__ import annotations

import re

import pytest

from bibcheck.readers import cslmarkdown, mdhtml
from bibcheck.readers.csldivs import div_end, div_spans
from tests.growth import growth

_BODY = re.compile(r"<div\b[^<>]*\bcsl-bib-body\b[^<>]*>")


@pytest.mark.parametrize(
    ("lines", "start", "column", "end"),
    [
        (['<div class="csl-bib-body">', '<div class="csl-entry">', "A.", "</div>", "</div>", "after"], 0, 0, 4),
        (['<div class="csl-bib-body"><div class="csl-entry">A.</div></div>', "after"], 0, 0, 0),
        # counted from the column: a div closed before it on the same line is not its
        (['<div>x</div></div><div class="csl-bib-body">', "B.", "</div>"], 0, 18, 2),
        # never closed: the last line
        (['<div class="csl-bib-body">', '<div class="csl-entry">', "C."], 0, 0, 2),
        (["<DIV id='refs'>", "</DIV >"], 0, 0, 1),
    ],
)  # fmt: skip
def test_div_end(lines: list[str], start: int, column: int, end: int) -> None:
    assert div_end(lines, start, column) == end


@pytest.mark.parametrize(
    ("lines", "spans"),
    [
        (['<style>x</style><div class="csl-bib-body">', "A.", "</div>", "text", '<div class="csl-bib-body">', "</div>"], [(0, 2), (4, 5)]),
        (["no divs", "here"], []),
        ([], []),
    ],
)  # fmt: skip
def test_div_spans(lines: list[str], spans: list[tuple[int, int]]) -> None:
    assert div_spans(lines, _BODY) == spans


CITEPROC_MD = [
    "Ice melts<sup>[1](#ref-a)</sup>.",
    "",
    '<div id="refs" class="references csl-bib-body">',
    "",
    '<div id="ref-a" class="csl-entry">',
    "",
    '<span class="csl-left-margin">1. </span><span class="csl-right-inline">Doe, J. Ice. (2019).</span>',
    "",
    "</div>",
    "",
    "</div>",
]


def test_both_readers_find_the_same_div() -> None:
    assert cslmarkdown.rewrite(CITEPROC_MD).bibliography == (2, 10)
    rewritten = mdhtml.rewrite(CITEPROC_MD).lines
    assert rewritten[2] == "## References" and rewritten[6] == "[1] Doe, J. Ice. (2019)."
    assert [line for line in rewritten[7:] if line] == []


def test_many_divs_are_linear() -> None:
    def lines(count: int) -> list[str]:
        return ['<div class="csl-bib-body">'] + ["<div><div>"] * count + ["</div>"] * count

    # (four times the divisions: about four times the time, not sixteen)
    assert growth(lambda count: div_spans(lines(count), _BODY), 2_000, 8_000) < 8
