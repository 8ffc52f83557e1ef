"""MDX blog posts (Docusaurus, Astro): what is no prose makes no citation.

A post in MDX holds ES ``import``/``export`` lines, JSX components (``<Tabs>``, an
``<Admonition>``, a map component whose attributes run over several lines), MDX
``{/* comments */}``, HTML comments, ``<details>`` blocks, ``:::note`` admonitions and a
front matter ``authors:`` list with profile URLs.  Only the links the page shows cite:
those in its prose, in an admonition, a ``<details>`` body or a tab; a link in a
comment or in a component's attribute is none, and a ``<Cite>``-like component breaks
nothing around it.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.mdlinks import read as read_links
from bibcheck.readers.mdxsyntax import blank_non_prose
from tests.test_regex_growth import assert_linear

POST = """---
slug: tidal-gauges-2025
title: "Tidal gauges: the 2025 check"
authors:
  - name: Rosa Feld
    url: https://github.com/rfeld-example
    image_url: https://github.com/rfeld-example.png
  - okafor
tags: [gauges, tides]
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import GaugeMap from '@site/src/components/GaugeMap';
export const gauges = {count: 212, source: 'https://gauges.example.org/list'};

This year we checked 212 tide gauges against the
[national levelling network](https://levelling.example.org/network), up from 180.

{/* truncate */}

{/* TODO: cite [the drift study](https://doi.org/10.1000/drift.draft)
    once it is accepted */}

<GaugeMap
  year={2025}
  filter={(g) => g.active && g.years > 10}
  caption="Gauges checked in [2025](https://gauges.example.org/map)"
/>

:::note Datum changes

Two gauges moved datum, as the
[harbour office notice](https://harbour.example.org/notices/17) explains.

:::

<details>
  <summary>Why twelve months?</summary>

A full year averages out the seasonal cycle, following
[Pugh and Woodworth](https://doi.org/10.1000/tides.2014.1).

</details>

Drift is small <Cite key="lind2019" href="https://doi.org/10.1000/lind.2019">Lind 2019</Cite> at most sites.

<Tabs groupId="lang">
  <TabItem value="py" label="Python">

Read the files with [xarray](https://docs.xarray.example.org/io), as in our notebook.

  </TabItem>
</Tabs>

<!--
Left out: [the 2019 pilot](https://gauges.example.org/pilot)
-->

<Badge kind="new" /> The [station list](https://gauges.example.org/stations) is updated monthly.
"""

WANTED = [
    ("L1", 18, "https://levelling.example.org/network"),
    ("L2", 34, "https://harbour.example.org/notices/17"),
    ("L3", 42, "https://doi.org/10.1000/tides.2014.1"),
    ("L4", 51, "https://docs.xarray.example.org/io"),
    ("L5", 60, "https://gauges.example.org/stations"),
]


def test_mdx_post_cites_only_what_the_page_shows() -> None:
    doc = read_links(POST)
    notes = {n.label: n.reference.url if n.reference else None for n in doc.footnotes}
    assert [(m.label, m.line, notes[m.label]) for m in doc.markers] == WANTED


def test_mdx_post_is_read_by_the_links_reader() -> None:
    doc = parse_bytes(POST.encode(), "2025-06-01-tidal-gauges.mdx")
    assert doc.reader == "markdown-links"
    assert [f.reference.url for f in doc.footnotes] == [url for _, _, url in WANTED]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("a <!-- [x](u) --> b", "a                 b"),
        ("a {/* [x](u) */} b", "a                b"),
        ('<Map a="1 > 0" b={x > 1 ? "[y](u)" : "z"} />\nnext', " " * 44 + "\nnext"),
        ("<Tabs>\ntext\n</Tabs>", "      \ntext\n       "),
        ("a <Unclosed [x](u)\n\nb", "a <Unclosed [x](u)\n\nb"),  # no tag: left as written
        ("a <!-- open [x](u)", "a <!-- open [x](u)"),  # unclosed comment: left
        ("x < y and <b>bold</b>", "x < y and <b>bold</b>"),  # HTML elements: not JSX
    ],
)
def test_blank_non_prose(text: str, kept: str) -> None:
    assert blank_non_prose(text) == kept


@pytest.mark.parametrize("piece", ["<A ", "{/*", "<!--", '<A b="', "<A b={"])
def test_blank_non_prose_is_linear(piece: str) -> None:
    text = "\n".join([piece * 3000] * 5)
    assert len(blank_non_prose(text)) == len(text)
    assert_linear(blank_non_prose, lambda n: "\n".join([piece * (n // (5 * len(piece)))] * 5))
