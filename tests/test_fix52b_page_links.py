"""Fix 52b: author-year in-page links to a page's own reference list.

Markdown: Pandoc's ``--citeproc -t markdown`` output (``[Moreau 2001](#ref-moreau2001)``
with ``::: {#ref-moreau2001 .csl-entry}`` fenced divs) and entries opening with an empty
anchor under a literature heading; HTML: the journal full-text forms (Springer's
``#ref-CR12``, Elsevier's ``workspace-trigger``, PMC's ``rid``, PLOS's ``#pone…-ref012``).
A link to a heading, a figure or a table cites nothing.  Own fixtures, in the shapes those
tools write; expected results written by hand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers import mdhtml, mdlinks, pagecites
from bibcheck.readers.mdanchored import anchored_entries, fenced_divs
from tests.test_regex_growth import assert_linear

_PANDOC = """\
# Peat and carbon

Carbon loss is rapid [(Moreau and Ito 2001)](#ref-moreau2001). It was measured
again ([Lund 2010, 4](#ref-lund2010); [Moreau and Ito 2001](#ref-moreau2001)).
See [the method](#method) and [Figure 2](#fig-2).

::: {#refs .references .csl-bib-body .hanging-indent}
::: {#ref-lund2010 .csl-entry}
Lund, Astrid. 2010. "Peat and Time." *Journal of Soils* 4: 1--9.
:::

::: {#ref-moreau2001 .csl-entry}
Moreau, Karl, and Taro Ito. 2001. "Carbon in the Uplands." *Soil Review*
12: 33--40.
:::
:::
"""

_NUMERIC_DIVS = """\
# Peat

Carbon loss is rapid [\\[1\\]](#ref-moreau2001) and slow [\\[2\\]](#ref-lund2010).

## References

:::: {#refs .references .csl-bib-body}
::: {#ref-moreau2001 .csl-entry}
[[1] ]{.csl-left-margin}[K. Moreau, "Carbon in the uplands," *Soil Review*, vol. 12, 2001.]{.csl-right-inline}
:::

::: {#ref-lund2010 .csl-entry}
[[2] ]{.csl-left-margin}[A. Lund, "Peat and time," *J. Soils*, vol. 4, 2010.]{.csl-right-inline}
:::
::::
"""

_ANCHORED_LIST = """\
# Peat and carbon

Carbon loss is rapid [Moreau 2001](#ref-moreau2001). It was measured again
<a href="#lund">[Lund 2010]</a>, and see [our method](#method).

## References

- <a id="lund"></a>Lund, A. (2010). Peat and time. *Journal of Soils*, 4, 1-9.
- <a id="ref-moreau2001"></a>Moreau, K. (2001). Carbon in the uplands. *Soil Review*, 12, 33-40.
"""

_ANCHORED_PARAGRAPHS = """\
# Peat and carbon

Carbon loss is rapid [[Moreau 2001]](#ref-moreau2001); it was measured again
[Lund, 2010](#ref-lund2010).

## Bibliography

<span id="ref-lund2010"></span>Lund, A. (2010). Peat and time. *Journal of Soils*, 4, 1-9.

<span id="ref-moreau2001"></span>Moreau, K. (2001). Carbon in the uplands. *Soil Review*, 12, 33-40.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PANDOC, [("2", 3), ("1", 4), ("2", 4)]),
        (_NUMERIC_DIVS, [("1", 3), ("2", 3)]),
        (_ANCHORED_LIST, [("2", 3), ("1", 4)]),
        (_ANCHORED_PARAGRAPHS, [("2", 3), ("1", 4)]),
    ],
)
def test_read(text: str, expected: list[tuple[str, int]]) -> None:
    assert mdlinks.score(text) >= 0.8
    raw = mdlinks.read(text)
    assert sorted((m.label, m.line) for m in raw.markers) == sorted(expected)
    assert [n.label for n in raw.literature] == ["1", "2"]
    titles = {n.label: n.text for n in raw.literature}
    assert titles["1"].startswith(("Lund", "K. Moreau"))


def test_pandoc_entries_parsed(tmp_path: Path) -> None:
    path = tmp_path / "peat.md"
    path.write_text(_PANDOC, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "markdown-links"
    moreau = next(f for f in doc.footnotes if f.label == "2")
    assert moreau.reference.year == 2001
    assert moreau.reference.title == "Carbon in the Uplands"
    assert [len(f.markers) for f in doc.footnotes if f.label == "2"] == [2]


@pytest.mark.parametrize(
    ("lines", "expected", "numbers"),
    [
        (
            ["::: {#ref-a .csl-entry}", "Aho, B. 2001. Title.", "  More.", ":::"],
            ["", "[1] Aho, B. 2001. Title.", "    More.", ""],
            {"ref-a": 1},
        ),
        (
            [
                "::: {#ref-a .csl-entry}",
                "[[3] ]{.csl-left-margin}[Aho, Title.]{.csl-right-inline}",
                ":::",
            ],
            ["", "[3] Aho, Title.", ""],
            {"ref-a": 3},
        ),
        # negatives: a note or a warning box, fenced the same way, is no entry
        (
            ["::: {.callout-note}", "A note.", ":::", "::: {#box .warning}", "Careful.", ":::"],
            ["::: {.callout-note}", "A note.", ":::", "::: {#box .warning}", "Careful.", ":::"],
            {},
        ),
    ],
)
def test_fenced_divs(lines: list[str], expected: list[str], numbers: dict[str, int]) -> None:
    out = list(lines)
    assert fenced_divs(out, 0) == numbers
    assert out == expected


@pytest.mark.parametrize(
    ("lines", "targets", "numbers"),
    [
        (["## References", '- <a id="x1"></a>Aho, B. (2001). Title.'], {"x1"}, {"x1": 1}),
        (["## References", '3. <a name="x1"></a>Aho, B. (2001). Title.'], {"x1"}, {"x1": 3}),
        (["## Works cited", '<span id="aho"></span>Aho, B. (2001). Title.'], {"aho"}, {"aho": 1}),
        # negatives: an anchor no link names; an anchored paragraph under another heading
        (["## References", '- <a id="x1"></a>Aho, B. (2001). Title.'], {"x2"}, {}),
        (["## Method", '<a id="method"></a>We dug three pits.'], {"method"}, {}),
        # an empty anchored line (a heading's anchor before it)
        (["## References", '<a id="top"></a>'], {"top"}, {}),
    ],
)
def test_anchored_entries(lines: list[str], targets: set[str], numbers: dict[str, int]) -> None:
    out = list(lines)
    assert anchored_entries(out, targets, 0) == numbers
    if numbers:
        assert out[1].startswith(f"[{next(iter(numbers.values()))}] Aho")
    else:
        assert out == lines


@pytest.mark.parametrize(
    "text",
    [
        # links to a heading, a figure, a table: no citations, no list made up
        "# T\n\nSee [the method](#method), [Figure 2](#fig2) and [Table 1](#tab1).\n\n"
        "## Method {#method}\n\nWe dug.\n",
        # a numbered list cited by its numbers is pagecites' (left as it is here)
        '# T\n\nSee [[1]](#ref-1).\n\n## References\n\n1. <a id="ref-1"></a>A. Aho, Title, 2001.\n',
    ],
)
def test_rewrite_leaves(text: str) -> None:
    lines = text.split("\n")
    assert mdhtml.rewrite(lines).lines == lines


@pytest.mark.parametrize(
    ("shown", "written"),
    [
        ("Lund 2010", "Lund 2010 [1]"),
        ("Lund 2010, p. 4", "Lund 2010 [1], p. 4"),
        ("Lund and Ito 2010a: 12", "Lund and Ito 2010a [1]: 12"),
        ("Lund", "Lund [1]"),  # no year: the number after the words
        # negative: a number alone names the entry by its number (pagecites' form)
        ("1", "[1](#ref-a)"),
    ],
)
def test_number_after_the_year(shown: str, written: str) -> None:
    lines = [
        f"As shown [{shown}](#ref-a).",
        "",
        "## References",
        "",
        '<a id="ref-a"></a>Lund, A. 2010.',
    ]
    assert mdhtml.rewrite(lines).lines[0] == f"As shown {written}."


# --------------------------------------------------------------------------
# HTML: journal full-text links to the list's items
# --------------------------------------------------------------------------

_JOURNAL = """<html><body><h1>Peat</h1>
<p>Loss is rapid (<a href="#ref-CR12">Moreau et al. 2001</a>) and slow
[<a href="#bib3" class="workspace-trigger">Lund, 2010</a>]. Again <a href="#R12" rid="R12">12</a>
and <a href="#pone.0001-ref003">3</a>. Figure <a href="#fig2">2</a>, Section
<a href="#sec3">3</a> and Table <a href="#tab1">1</a> show it.</p>
<h2>References</h2>
<ol>
<li id="bib3">Lund, A. (2010). Peat and time. Journal of Soils, 4, 1-9.</li>
<li id="pone.0001-ref003">Aho, B. (2005). Moss. Bog Letters, 1, 2-3.</li>
<li id="ref-CR12">Moreau, K., Ito, T. (2001). Carbon in the uplands. Soil Review, 12, 33-40.</li>
<li id="R12">Park, J. (1999). Fens. Wetland Notes, 2, 5-6.</li>
</ol></body></html>
"""


def test_journal_html_links(tmp_path: Path) -> None:
    path = tmp_path / "peat.html"
    path.write_text(_JOURNAL, encoding="utf-8")
    doc = parse_file(path)
    cited = sorted((f.reference.year, len(f.markers)) for f in doc.footnotes)
    assert cited == [(1999, 1), (2001, 1), (2005, 1), (2010, 1)]  # no figure, section, table


# --------------------------------------------------------------------------
# Linear on long and hostile lines
# --------------------------------------------------------------------------

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: ":::" + " {" * (n // 2), id="fence-opens"),
    pytest.param(lambda n: "[" * n, id="open-brackets"),
    pytest.param(lambda n: "[[1] ]{.csl-" * (n // 12), id="csl-spans"),
    pytest.param(lambda n: '<a id="x"' * (n // 9), id="anchors-unclosed"),
    pytest.param(lambda n: "[Lund 2010" * (n // 10), id="years-unclosed"),
    pytest.param(lambda n: "2010, " * (n // 6), id="years"),
]


@pytest.mark.parametrize("line", LINES)
def test_rewrite_is_linear(line: Line) -> None:
    assert_linear(
        lambda text: mdhtml.rewrite(
            [
                f"See [{text[:200]}](#ref-a) {text}",
                "## References",
                f'<a id="ref-a"></a>{text}',
                text,
            ]
        ),
        line,
    )


@pytest.mark.parametrize("line", LINES)
def test_fenced_divs_are_linear(line: Line) -> None:
    assert_linear(lambda text: fenced_divs(["::: {#r .csl-entry}", text, text, ":::"], 0), line)


# --------------------------------------------------------------------------
# Pandoc Markdown with notes: the Pandoc reader reads the same links and divs
# --------------------------------------------------------------------------

_PANDOC_NOTES = """\
# Peat and carbon

Carbon loss is rapid.[^1] It was measured again ([Lund 2010, 4](#ref-lund2010)), and
see [the method](#method).

[^1]: An aside on the uplands.

::: {#refs .references .csl-bib-body .hanging-indent}
::: {#ref-lund2010 .csl-entry}
Lund, Astrid. 2010. "Peat and Time." *Journal of Soils* 4: 1--9.
:::

::: {#ref-moreau2001 .csl-entry}
Moreau, Karl, and Taro Ito. 2001. "Carbon in the Uplands." *Soil Review* 12: 33--40.
:::
:::
"""


def test_pandoc_reader_with_notes(tmp_path: Path) -> None:
    path = tmp_path / "peat.md"
    path.write_text(_PANDOC_NOTES, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "pandoc-markdown"
    cites = sorted((f.label, [m.line for m in f.markers]) for f in doc.footnotes)
    assert cites == [("1", [3]), ("[1]", [3])]
    lund = next(f for f in doc.footnotes if f.label == "[1]")
    assert (lund.reference.year, lund.reference.title) == (2010, "Peat and Time")
    assert [e.reference.year for e in doc.literature] == [2010, 2001]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (_PANDOC_NOTES, ["Lund 2010, 4"]),
        # negatives: a link to a heading beside an entry list no link names; a pandoc
        # source's empty refs div
        (
            "See [the method](#method).[^1]\n\n[^1]: N.\n\n## References\n\n"
            '- <a id="r1"></a>Aho, B. (2001). Title.\n',
            [],
        ),
        ("See [the method](#method).[^1]\n\n[^1]: N.\n\n::: {#refs}\n:::\n", []),
    ],
)
def test_pagecites_rewrite_named(text: str, shown: list[str]) -> None:
    page = pagecites.rewrite(text)
    assert [c.shown for c in page.cites] == shown
    if not shown:
        assert page.text == text


@pytest.mark.parametrize("line", LINES)
def test_pagecites_rewrite_is_linear(line: Line) -> None:
    assert_linear(
        lambda text: pagecites.rewrite(
            f"See [{text[:200]}](#ref-a) {text}\n## References\n"
            f'- <a id="ref-a"></a>{text}\n::: {{#r .csl-entry}}\n{text}\n:::'
        ),
        line,
    )
