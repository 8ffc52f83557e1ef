"""A report's header counts notes as the coverage line does: works cited by key are not
footnotes ("in 2 works cited by key", "in 1 footnote, 2 works cited by key"), in the
Markdown and the HTML report alike.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bibcheck.cli import cli
from bibcheck.parse.coverage import Coverage

BIB = """@book{ash2019, author = {Ash, Lena}, title = {Field Notes}, publisher = {Moor}, year = {2019}}
@book{bay2020, author = {Bay, Olof}, title = {Salt Roads}, publisher = {Moor}, year = {2020}}
"""
PAGE = """---
title: Salt
bibliography: refs.bib
---

Salt was traded [@ash2019] and taxed [@bay2020].{footnote}
{definition}"""


def _cover(footnotes: int, keys: int) -> Coverage:
    return Coverage("pandoc-markdown", 0.9, "score", 2, 0, footnotes, keys, 2, {}, False)


@pytest.mark.parametrize(
    ("footnotes", "keys", "text"),
    [
        (0, 2, "2 works cited by key"),
        (1, 2, "1 footnote, 2 works cited by key"),
        (12, 0, "12 footnotes"),
        (0, 0, "0 footnotes"),
        (0, 1, "1 work cited by key"),
    ],
)
def test_notes_text(footnotes: int, keys: int, text: str) -> None:
    assert _cover(footnotes, keys).notes_text() == text


@pytest.mark.parametrize(
    ("note", "header"),
    [(False, "in 2 works cited by key, "), (True, "in 1 footnote, 2 works cited by key, ")],
)
def test_report_headers(tmp_path: Path, note: bool, header: str) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page = PAGE.format(
        footnote="[^1]" if note else "",
        definition="\n[^1]: Salt tax rolls, 1740, county archive.\n" if note else "",
    )
    (tmp_path / "salt.md").write_text(page, encoding="utf-8")
    db, out = str(tmp_path / "s.db"), tmp_path / "out"
    args = ["run", str(tmp_path / "salt.md"), "--db", db, "--no-check", "--no-archive"]
    done = CliRunner().invoke(cli, [*args, "--no-verify", "--format", "md,html", "-o", str(out)])
    assert done.exit_code in (0, 1), done.output
    md = next(out.glob("*.md")).read_text(encoding="utf-8")
    assert header in md
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert f"· {header.removeprefix('in ').removesuffix(', ')} ·" in html
