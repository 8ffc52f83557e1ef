"""An MDX page (Docusaurus, Astro, Next.js) citing with its site's own JSX components
(``<FootnoteRef n="1"/>``, ``<Cite bref="key"/>``): no reader reads them, so the page is
refused with what it holds and the advice to check the built HTML, or, read for its other
citations, carries an ``unread-region`` anomaly.  Never "0 findings, exit 0"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.cli import main
from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.evidence import unread_jsx_components

ASTRO = """---
title: Back to top
---
import { Footnote, FootnoteRef, Footnotes } from "../components/Footnotes";

Scrolling costs readers time.<FootnoteRef n="1"/> Buttons help.<FootnoteRef n="2"/>

<Footnotes>
  <Footnote n="1">See <a href="https://example.org/scroll">a study</a>.</Footnote>
  <Footnote n="2">A survey of sites, 2023.</Footnote>
</Footnotes>
"""

SLIDES = """---
title: Cardiology review
bibliography: refs.bib
---

# Results

Outcomes improved [@roe2020; @sun2021].

Earlier trials disagreed <Cite bref="lee2019"/> and <Cite bref="kim2018"/>.
"""


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('A claim.<FootnoteRef n="1"/>', "<FootnoteRef>"),
        ('<Cite bref="x"/>', "<Cite>"),
        ("<Sidenote>An aside.</Sidenote>", "<Sidenote>"),
        ('<Citation id="a">', "<Citation>"),
    ],
)
def test_components_found(text: str, found: str) -> None:
    evidence = unread_jsx_components(text)
    assert evidence is not None and found in evidence.what


@pytest.mark.parametrize(
    "text",
    ["<footnote>html is lower case</footnote>", "<Tabs><TabItem>x</TabItem></Tabs>", "a < Cite b"],
)
def test_no_components(text: str) -> None:
    assert unread_jsx_components(text) is None


def test_page_of_components_is_refused_with_what_it_holds() -> None:
    with pytest.raises(InputError) as caught:
        parse_bytes(ASTRO.encode(), "back-to-top.mdx")
    message = str(caught.value)
    assert "<FootnoteRef>" in message and "JSX" in message and "HTML" in message
    assert "--reader rst" not in message


def test_forced_reader_does_not_pass_in_silence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "back-to-top.mdx"
    page.write_text(ASTRO, encoding="utf-8")
    db = str(tmp_path / "d.db")
    code = main(["ingest", "--db", db, "--reader", "pandoc-markdown", str(page)])
    assert code == 2
    assert "JSX" in capsys.readouterr().err


def test_components_beside_read_citations_are_an_unread_region() -> None:
    doc = parse_bytes(SLIDES.encode(), "talk.md")
    assert doc.reader == "pandoc-markdown"  # read for its [@key] citations
    unread = [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]
    assert len(unread) == 1 and "<Cite>" in unread[0].message and unread[0].line == 10
