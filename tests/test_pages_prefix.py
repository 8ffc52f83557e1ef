"""The visible text of a long page is read from a prefix first
(:func:`bibcheck.net.pages._visible`): it must be exactly the start of the whole
page's visible text, whatever the prefix cuts (a script, a comment, a tag, an entity)."""

from __future__ import annotations

import html
import random
import re

import pytest

from bibcheck.net.pages import (
    _COMMENT_RE,
    _DROP_RE,
    _TAG_RE,
    PAGE_TEXT_CHARS,
    PREFIX_FACTOR,
    extract_page,
)


def _whole(text: str, max_chars: int) -> str:
    """The reference: the whole page's visible text, cut afterwards."""
    visible = _TAG_RE.sub(" ", _DROP_RE.sub(" ", _COMMENT_RE.sub(" ", text)))
    return " ".join(html.unescape(visible).split())[:max_chars]


_PIECES = [
    "<p>plain words of the article, some more words</p>",
    "<script>var secret = 'SCRIPT TEXT';</script>",
    "<STYLE type='text/css'>body { content: 'STYLE TEXT' }</STYLE >",
    "<!-- COMMENT TEXT <script>x</script> -->",
    "<svg><text>SVG TEXT</text></svg>",
    "<a href='/x' title='a > b'>link &amp; text &eacute;&#233;&#x00E9;&CounterClockwiseContourIntegral;</a>",
    "<noscript>NOSCRIPT TEXT</noscript>",
    "\n\t  ",
    "<div\nclass='wrapped'\n>wrapped tag</div>",
]


def _page(rng: random.Random, size: int, text_share: float) -> str:
    parts = ["<html><head><title>A long page</title></head><body>"]
    length = 0
    while length < size:
        if rng.random() < text_share:
            piece = _PIECES[0]
        else:
            piece = rng.choice(_PIECES[1:])
            if rng.random() < 0.05:  # a large dropped element
                piece = (
                    "<script>" + "if (a < b) { LEAK(); } " * rng.randint(100, 4000) + "</script>"
                )
        parts.append(piece)
        length += len(piece)
    return "".join(parts)


@pytest.mark.parametrize("seed", range(12))
def test_prefix_gives_the_start_of_the_whole_pages_text(seed: int) -> None:
    rng = random.Random(seed)
    max_chars = PAGE_TEXT_CHARS
    for text_share in (0.02, 0.1, 0.5):
        page = _page(rng, 3 * max_chars * PREFIX_FACTOR, text_share)
        got = extract_page(page.encode(), "text/html; charset=utf-8")[1]
        assert got == _whole(page, max_chars)
        assert got is not None and "TEXT" not in got and "LEAK" not in got


_CLOSERS = {
    "<script type='x'>": "</script>",
    "<!-- ": "-->",
    "<style>": "</style>",
    "<svg>": "</svg>",
}


@pytest.mark.parametrize(
    "opener",
    ["<script type='x'>", "<!-- ", "<style>", "<svg>", "<div title='", "<a href='x' "],
)
@pytest.mark.parametrize("shift", [-3, -1, 0, 1, 7])
def test_a_cut_inside_a_dropped_element_does_not_leak_it(opener: str, shift: int) -> None:
    """The prefix ends inside an element (or comment, or tag) that closes far beyond it;
    the text before it is just short of enough, so a leak would be read."""
    end = PAGE_TEXT_CHARS * PREFIX_FACTOR
    head = "<html><body><p>" + "visible words " * 285 + "</p>"  # 3,990 characters of text
    unit = "LEAK y " if opener[1] in "ad" else "LEAK > y "  # a tag ends at its first ">"
    filler = (unit * end)[: end - len(head) + shift - len(opener)]
    inside = opener + filler + "HIDDEN " * 5000
    closer = _CLOSERS.get(opener, ">")
    page = head + inside + closer + "<p>" + "after " * 40_000 + "</p>"
    got = extract_page(page.encode(), "text/html")[1]
    assert got == _whole(page, PAGE_TEXT_CHARS)
    assert got is not None and "HIDDEN" not in got and "LEAK" not in got


@pytest.mark.parametrize("entity", ["&CounterClockwiseContourIntegral;", "&#0000000065;"])
def test_an_entity_cut_by_the_prefix_is_read_whole(entity: str) -> None:
    """The prefix cuts an entity of the text's last characters wanted."""
    end = PAGE_TEXT_CHARS * PREFIX_FACTOR
    words = "<p>" + "b " * 1995  # 3,989 characters of text
    for shift in range(-len(entity) - 2, 3):
        filler = "<i></i>" * ((end + shift - len(words) - 1) // 7)
        page = words + filler + " " + entity + " z" * 40_000
        assert extract_page(page.encode(), "text/html")[1] == _whole(page, PAGE_TEXT_CHARS)


def test_plain_short_pages_are_read_whole() -> None:
    page = "<title>T</title><script>S</script><p>" + "word " * 100
    assert extract_page(page.encode(), "text/html") == ("T", _whole(page, PAGE_TEXT_CHARS))
    assert re.fullmatch(r"T (word ){99}word", _whole(page, PAGE_TEXT_CHARS))
