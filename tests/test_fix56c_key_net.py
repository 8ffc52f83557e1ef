"""Fix 56c: the key-count safety net under bracketed citations (Pandoc ``[@a; @b]``,
org-cite ``[cite:@a;@b]``): each ``@key`` at a bracket's top level that the reader did
not read is reported ("N citation keys not read (syntax …)"), never lost in silence; and
a MyST notebook's ``{cite:p}`` roles count for the reader choice like bracketed
citations (no "reader-uncertain" when its cells were read fine).  Own fixtures."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.lazyre import lazy_compile
from bibcheck.manuscript import parse_file
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.keynet import KeyToken, bracket_tokens, unread_keys
from bibcheck.readers.pandoc import score_at
from tests.test_regex_growth import assert_linear

BIB = "\n".join(
    f"@article{{{key}, author = {{{name}, Ann}}, title = {{{title}}}, year = {{{year}}},"
    f" journal = {{Journal of Tests}}}}"
    for key, name, title, year in [
        ("okafor2011", "Okafor", "Soil Carbon Pools", 2011),
        ("lind2013", "Lind", "Root Exudates", 2013),
        ("marsh2015", "Marsh", "Fungal Networks", 2015),
        ("quist2017", "Quist", "Litter Decay", 2017),
    ]
)


def _net(anomalies: list[Anomaly]) -> list[str]:
    return [
        a.message
        for a in anomalies
        if a.code is AnomalyCode.UNREAD_REGION and "not read (syntax" in a.message
    ]


def _read(tmp_path: Path, name: str, text: str) -> list[str]:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return _net(parse_file(path).all_anomalies())


PANDOC_HEAD = "---\ntitle: Soils\nbibliography: refs.bib\n---\n\n"


@pytest.mark.parametrize(
    ("body", "unread"),
    [
        # (a locator holding brackets: both keys are read -- since fix57d as one group,
        # its nested brackets balanced, no longer "never closed" -- so the net says nothing)
        ("Carbon is stored [@okafor2011, table [2]; @lind2013].\n", None),
        ("Carbon is stored [@okafor2011; @lind2013, p. 4].\n", None),
        ("Carbon is stored [see @okafor2011;\n@lind2013, pp. 3-5].\n", None),
        ("Carbon is stored [@okafor2011][@lind2013].\n", None),
        ("Fungi link roots [-@marsh2015] and @quist2017 [p. 9] agrees.\n", None),
        # no citations: a link whose text holds a handle, a cross reference, an image
        ("Write to [@soil_lab](https://example.org/lab) or see [@fig-map].\n", None),
        ("![Map by @okafor2011](map.png)\n\nText [@lind2013].\n", None),
    ],
)
def test_pandoc_key_net(tmp_path: Path, body: str, unread: str | None) -> None:
    found = _read(tmp_path, "paper.md", PANDOC_HEAD + body + "\nLitter decays [@quist2017].\n")
    if unread is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(unread)


ORG_HEAD = "#+title: Soils\n#+bibliography: refs.bib\n\n"


@pytest.mark.parametrize(
    ("body", "unread"),
    [
        ("Carbon is stored [cite:@okafor2011 table [2]; @lind2013].\n", "2 citation keys"),
        ("Carbon is stored [cite:@okafor2011; @lind2013].\n", None),
        ("Carbon is stored [cite/t:see @okafor2011 p. 3;\n@lind2013].\n", None),
        ("Everything [cite/n:@*] and [cite:@marsh2015].\n", None),
        # an example block shows the syntax: no text of the document, not counted
        (
            "#+begin_example\n[cite:@quist2017 x [1]; @lind2013]\n#+end_example\n\n"
            "Decay [cite:@quist2017].\n",
            None,
        ),
    ],
)
def test_org_key_net(tmp_path: Path, body: str, unread: str | None) -> None:
    tail = (
        "\nLitter decays [cite:@quist2017].\n\nRoots [cite:@lind2013].\n\n#+print_bibliography:\n"
    )
    found = _read(tmp_path, "paper.org", ORG_HEAD + body + tail)
    if unread is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(unread)


_TOKEN = lazy_compile(r"(?<![\w@])@(?P<k>\w+)")


def _key(m: object) -> str | None:
    import re

    assert isinstance(m, re.Match)
    key = str(m.group("k"))
    return None if key.startswith("fig") else key


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("a [@x; @y] b", [("x", 1, 1), ("y", 1, 1)]),
        ("a [see @x;\n@y] b", [("x", 1, 1), ("y", 2, 1)]),
        ("a [@x, [p. @z]] b", [("x", 1, 1)]),  # what is nested is not counted
        ("a [@x](https://e.org) b", []),  # a link
        ("a ![@x](p.png) b", []),  # an image
        ("[@x]: https://e.org", []),  # a link definition
        ("a [@figone] b", []),  # a cross reference
        ("a [@x\n\n@y] b", []),  # never closed in its paragraph
    ],
)
def test_bracket_tokens(text: str, keys: list[tuple[str, int, int]]) -> None:
    assert [(t.key, t.line, t.opened) for t in bracket_tokens(text, _TOKEN, _key)] == keys


def test_unread_keys_reads_each_bracket_by_its_lines() -> None:
    tokens = [KeyToken("a", 3, 3), KeyToken("b", 4, 3), KeyToken("c", 7, 7)]
    assert unread_keys(tokens, {"a": {3}, "b": {3}, "c": {7}}, "X") == []
    (anomaly,) = unread_keys(tokens, {"a": {3}, "b": {9}}, "X [@k]")
    assert anomaly.message.startswith("2 citation keys not read (syntax X [@k]; lines 4, 7)")
    assert anomaly.lines == (4, 7)


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "[" * n,
        lambda n: "[@a " * (n // 4),
        lambda n: "[@a] " * (n // 5),
        lambda n: "](" * (n // 2),
    ],
)
def test_bracket_tokens_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: bracket_tokens(text, _TOKEN, _key), line)


# -- MyST notebooks -------------------------------------------------------------------


def _notebook(cells: list[str]) -> str:
    return json.dumps(
        {
            "cells": [
                {"cell_type": "markdown", "metadata": {}, "source": c.splitlines(True)}
                for c in cells
            ],
            "metadata": {"kernelspec": {"name": "python3", "language": "python"}},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


def test_myst_notebook_is_read_with_confidence(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "myst.yml").write_text(
        "version: 1\nproject:\n  bibliography:\n    - refs.bib\n", encoding="utf-8"
    )
    path = tmp_path / "soils.ipynb"
    path.write_text(
        _notebook(
            [
                "# Soils\n\nSee the [xarray guide](https://docs.example.org/xr) and "
                "the [plotting notes](https://docs.example.org/plot).\n",
                "Carbon pools grow slowly {cite:p}`okafor2011; lind2013`.\n",
            ]
        ),
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.reader == "pandoc-markdown"
    assert doc.reader_confidence is not None and doc.reader_confidence >= 0.7
    assert AnomalyCode.READER_UNCERTAIN not in {a.code for a in doc.all_anomalies()}
    assert {fn.label for fn in doc.footnotes} >= {"okafor2011", "lind2013"}


@pytest.mark.parametrize(
    ("text", "at_least"),
    [
        ("# S\n\nCarbon {cite:p}`okafor2011`.\n", 0.7),  # a role, the project's bibliography
        ("# S\n\nCarbon in `{cite:p}` roles is written so.\n", None),  # code: no role
    ],
)
def test_myst_roles_count_for_reader_choice(
    tmp_path: Path, text: str, at_least: float | None
) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "myst.yml").write_text(
        "version: 1\nproject:\n  bibliography:\n    - refs.bib\n", encoding="utf-8"
    )
    score = score_at(text, str(tmp_path / "page.md"))
    if at_least is None:
        assert score < 0.7
    else:
        assert score >= at_least
