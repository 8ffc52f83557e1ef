"""Org headlines carry citations: a TODO item, a priority cookie and tags around a
``[cite:@key]`` or an org-ref link are headline markup, the citation is the text's."""

from __future__ import annotations

import pytest

from bibcheck.readers import org
from tests.test_regex_growth import assert_linear

_HEAD = "#+TITLE: Notes\n\n* Plan\nSome text.\n\n"


def _cited(body: str) -> list[tuple[str, int, int]]:
    return [(m.label, m.line, m.column) for m in org.read(_HEAD + body).markers]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "** TODO Compare with the ward audit [cite:@moss2019audit]\n",
            [("moss2019audit", 6, 37)],
            id="todo-headline",
        ),
        pytest.param(
            "** NEXT [#B] Reread [cite:@ohara2008; @lind2015 p. 4] first :reading:\n",
            [("ohara2008", 6, 21), ("lind2015", 6, 21)],
            id="priority-and-tags",
        ),
        pytest.param(
            "*** DONE Summarise cite:&park2020 for chapter 2 :thesis:notes:\n",
            [("park2020", 6, 20)],
            id="org-ref-link-in-done-headline",
        ),
        pytest.param(
            "* Background after [cite/t:@quinn2011]\n",
            [("quinn2011", 6, 20)],
            id="plain-headline",
        ),
        pytest.param(
            "** TODO Nothing cited here :cite:\n",
            [],
            id="tag-named-cite-is-no-citation",
        ),
        pytest.param(
            "* COMMENT Draft [cite:@hidden2001]\nText [cite:@hidden2002].\n",
            [],
            id="comment-subtree-still-skipped",
        ),
    ],
)
def test_headline_citations(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert _cited(body) == expected


def test_headline_title_keeps_its_words() -> None:
    doc = org.read("* TODO Read [cite:@ames1999] again :x:\nText.\n")
    assert [m.label for m in doc.markers] == ["ames1999"]
    assert doc.title is not None and doc.title.startswith("Read")


def test_long_headline_is_linear() -> None:
    assert_linear(
        lambda headline: org.read(headline + "\n"),
        lambda n: "** TODO " + "[#A] " * (n // 10) + "[cite:@k] " * (n // 20) + ":a:" * (n // 40),
    )
