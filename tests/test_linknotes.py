"""Markdown from converters and web clippers: reference-style links, notes written as links.

Fixtures are written here in the patterns the tools write: mammoth (docx -> Markdown),
html2text / MarkDownload / Obsidian clippers ("referenced" links), pandoc
``--reference-links``, python-markdown footnotes and Wikipedia pages through a clipper.
"""

from __future__ import annotations

import pytest

from bibcheck.readers import choose, get_reader
from bibcheck.readers.linknotes import find, to_pandoc
from bibcheck.readers.mediawiki import score as mediawiki_score
from bibcheck.readers.reflinks import inline_references

# --------------------------------------------------------------------------
# Reference-style links written inline
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "See [the survey][2] here.\n\n[2]: https://a.org/s",
            "See [the survey](https://a.org/s) here.\n\n",
        ),
        (  # html2text indents its definitions; a title after the address
            'Read [Kim 2020][1].\n\n   [1]: https://b.net/k "Kim"',
            "Read [Kim 2020](https://b.net/k).\n\n",
        ),
        (  # pandoc --reference-links: collapsed and shortcut, labels case-insensitive
            "As [Lee's Report][] and [the Atlas] say.\n\n[lee's report]: <https://c.io/r>\n"
            "[The  Atlas]: https://c.io/a",
            "As [Lee's Report](https://c.io/r) and [the Atlas](https://c.io/a) say.\n\n\n",
        ),
        (  # an image inside the link text
            "[![](https://img.example/a.png)][7]\n[7]: https://people.example/@ana",
            "[![](https://img.example/a.png)](https://people.example/@ana)\n",
        ),
        (  # a number in brackets alone is a numeric citation, not a shortcut link
            "Shown before [3].\n\n[3]: https://d.org/x",
            "Shown before [3].\n\n",
        ),
        (  # an undefined label and a footnote stay as written
            "A [text][9] and a note[^1].\n\n[^1]: Note.\n[1]: https://e.org",
            "A [text][9] and a note[^1].\n\n[^1]: Note.\n",
        ),
        (  # fenced code is left as written
            "```\n[x][1]\n[1]: https://f.org\n```\n[y][1]\n[1]: https://g.org",
            "```\n[x][1]\n[1]: https://f.org\n```\n[y](https://g.org)\n",
        ),
    ],
    ids=[
        "full",
        "html2text-title",
        "pandoc-collapsed-shortcut",
        "image",
        "number",
        "undefined",
        "fence",
    ],
)
def test_inline_references(text: str, want: str) -> None:
    got = inline_references(text)
    assert got == want
    assert got.count("\n") == text.count("\n")  # every line keeps its number


# --------------------------------------------------------------------------
# Notes written as links
# --------------------------------------------------------------------------

MAMMOTH = """# Odpowiedzialność lekarza

Lekarz odpowiada za brak zgody.<a id="footnote-ref-1"></a>[[1]](#footnote-1) Orzecznictwo jest jednolite.<a id="footnote-ref-2"></a>[[2]](#footnote-2)

1. <a id="footnote-1"></a> J. Nowicki, *Prawo lekarskie*, Lublin 2015, s. 12. [↑](#footnote-ref-1)

2. <a id="footnote-2"></a> Wyrok SN z dnia 3 marca 2010 r., IV CSK 1/10. [↑](#footnote-ref-2)
"""

PYMARKDOWN = """Glaciers retreated fast.<sup>[1](#fn:1)</sup> The data agree.<sup>[2](#fn:2)</sup>

* * *

1. Hoelzle, M. *Glacier monitoring*. Zurich, 2019. [↩](#fnref:1 "Jump back to footnote 1")
2. Zemp, M. *Global glacier changes*. Nature, 2019. [↩](#fnref:2 "Jump back to footnote 2")
"""

WIKIPEDIA = """The bridge opened in 1932.[[1]](#cite_note-1) It was widened later.[[2]](#cite_note-2)

## References

1. **[^](#cite_ref-1)** Smith, J. (1990). *Harbour Bridges*. Sydney Press.
2. **[^](#cite_ref-2)** "Bridge works". *The Herald*. 4 May 1994.
"""

HTML2TEXT_PANDOC = """Rivers flood more often.[1](#fn1) Dams help.[2](#fn2)

* * *

  1. Smith, J. *Floods*. London, 2001.[\u21a9\ufe0e](#fnref1)

  2. Brown, K. *Dams*. Leeds, 2010.[\u21a9\ufe0e](#fnref2)
"""

SUBSTACK = """Wind farms cut bills.[1](https://notes.example/p/wind#footnote-1) Prices fell again.[2](https://notes.example/p/wind#footnote-2)

[1](https://notes.example/p/wind#footnote-anchor-1)

Ofgem data for 2023; see [the tables](https://ofgem.example/t).

[2](https://notes.example/p/wind#footnote-anchor-2)

A longer note that runs
over two lines.

[Share](https://notes.example/p/wind?action=share)
"""

MAMMOTH_PARAGRAPHS = """Tekst.<a id="footnote-ref-1"></a>[[1]](#footnote-1) Dalej.<a id="footnote-ref-2"></a>[[2]](#footnote-2)

1. <a id="footnote-1"></a> Pierwszy akapit przypisu.

    Drugi akapit: K. Lis, *Tytuł*, Gdańsk 2001. [↑](#footnote-ref-1)

2. <a id="footnote-2"></a> Tamże, s. 4. [↑](#footnote-ref-2)

Zakończenie artykułu.
"""

SUBSTACK_PARAGRAPHS = """Rents rose.[1](#footnote-1) Wages did not.[2](#footnote-2)

[1](#footnote-anchor-1)

First paragraph of the note.

Second paragraph, with [a source](https://stats.example/rents).

[2](#footnote-anchor-2)

The last note.

[Leave a comment](https://blog.example/p/rents/comments)
"""


@pytest.mark.parametrize(
    ("text", "markers", "notes"),
    [
        (
            MAMMOTH,
            [(2, "1"), (2, "2")],
            [("1", "J. Nowicki, *Prawo lekarskie*, Lublin 2015, s. 12.")],
        ),
        (
            PYMARKDOWN,
            [(0, "1"), (0, "2")],
            [("1", "Hoelzle, M. *Glacier monitoring*. Zurich, 2019.")],
        ),
        (
            WIKIPEDIA,
            [(0, "1"), (0, "2")],
            [("1", "Smith, J. (1990). *Harbour Bridges*. Sydney Press.")],
        ),
        (
            SUBSTACK,
            [(0, "1"), (0, "2")],
            [
                ("1", "Ofgem data for 2023; see [the tables](https://ofgem.example/t)."),
                ("2", "A longer note that runs over two lines."),
            ],
        ),
        (
            MAMMOTH_PARAGRAPHS,
            [(0, "1"), (0, "2")],
            [
                ("1", "Pierwszy akapit przypisu. Drugi akapit: K. Lis, *Tytuł*, Gdańsk 2001."),
                ("2", "Tamże, s. 4."),
            ],
        ),
        (
            SUBSTACK_PARAGRAPHS,
            [(0, "1"), (0, "2")],
            [
                (
                    "1",
                    "First paragraph of the note. Second paragraph, with "
                    "[a source](https://stats.example/rents).",
                ),
                ("2", "The last note."),
            ],
        ),
        (HTML2TEXT_PANDOC, [(0, "1"), (0, "2")], [("2", "Brown, K. *Dams*. Leeds, 2010.")]),
    ],
    ids=[
        "mammoth",
        "python-markdown",
        "wikipedia-clip",
        "substack-clip",
        "mammoth-paragraphs",
        "substack-paragraphs",
        "html2text-of-pandoc-html",
    ],
)
def test_find(text: str, markers: list[tuple[int, str]], notes: list[tuple[str, str]]) -> None:
    found = find(text.split("\n"))
    assert [(m.line, m.label) for m in found.markers] == markers
    got = {n.label: n.text for n in found.notes}
    assert len(got) == 2
    for label, note in notes:
        assert got[label] == note


def test_no_notes_without_back_links() -> None:
    # a numbered list of links and an in-page link are no notes
    text = "See [1](#section-1).\n\n1. [Intro](https://a.org) text\n2. More\n"
    assert find(text.split("\n")).notes == ()
    assert to_pandoc(text) == text


def test_to_pandoc_keeps_lines() -> None:
    got = to_pandoc(MAMMOTH)
    assert got.count("\n") == MAMMOTH.count("\n")
    lines = got.split("\n")
    assert lines[2].endswith("brak zgody.[^1] Orzecznictwo jest jednolite.[^2]")
    assert lines[4] == "[^1]: J. Nowicki, *Prawo lekarskie*, Lublin 2015, s. 12."
    assert "↑" not in got and "<a id" not in got


# --------------------------------------------------------------------------
# Reader choice and reading
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reader", "labels", "first"),
    [
        (
            MAMMOTH,
            "pandoc-markdown",
            ["1", "2"],
            "J. Nowicki, *Prawo lekarskie*, Lublin 2015, s. 12.",
        ),
        (
            PYMARKDOWN,
            "pandoc-markdown",
            ["1", "2"],
            "Hoelzle, M. *Glacier monitoring*. Zurich, 2019.",
        ),
        (
            WIKIPEDIA,
            "pandoc-markdown",
            ["1", "2"],
            "Smith, J. (1990). *Harbour Bridges*. Sydney Press.",
        ),
    ],
    ids=["mammoth", "python-markdown", "wikipedia-clip"],
)
def test_converted_notes_read_as_footnotes(
    text: str, reader: str, labels: list[str], first: str
) -> None:
    choice = choose("article.md", text)
    assert choice.reader.name == reader
    assert not choice.uncertain
    doc = choice.reader.read(text)
    assert [m.label for m in doc.markers] == labels
    assert [n.label for n in doc.footnotes] == labels
    assert doc.footnotes[0].text == first


def test_wiki_links_are_not_markdown_links() -> None:
    # "[[1]](#footnote-1)" is a Markdown link whose text is "[1]", not a wiki link
    three = MAMMOTH.replace("jednolite.", "jednolite.[[3]](#footnote-3)")
    assert mediawiki_score(three) == 0.0
    assert mediawiki_score("== A ==\n[[Paris]] and [[Lyon]] are '''cities'''.\n") > 0


CLIPPED = """---
source: https://heat.example/p/shade
author: R. Costa
---

[![](https://cdn.example/avatar.png)][1]

[R. Costa][2]

[Share][3]

Shade lowers skin temperature, as [a field trial][4] showed.[1][5] The [city's plan][6] agrees.

[1][7]

Measured at noon; see [the dataset][8].

[Subscribe][9]

[1]: https://people.example/@rcosta
[2]: https://people.example/@rcosta
[3]: https://heat.example/p/shade?action=share
[4]: https://doi.org/10.1000/trial
[5]: https://heat.example/p/shade#footnote-1
[6]: https://city.example/plan
[7]: https://heat.example/p/shade#footnote-anchor-1
[8]: https://data.example/noon.csv
[9]: https://heat.example/subscribe
"""

HTML2TEXT = """# Notes on rivers

Floods rose in 2021, as [the agency's report][1] and [a later study][2] showed.

Nothing else here; [the report][1] again.

   [1]: https://agency.example/floods-2021
   [2]: https://doi.org/10.1000/rivers
"""


def test_clipped_page_links_and_notes() -> None:
    choice = choose("clip.md", CLIPPED)
    assert choice.reader.name == "markdown-links"
    assert not choice.uncertain
    doc = choice.reader.read(CLIPPED)
    assert [(m.label, m.line) for m in doc.markers] == [("L1", 12), ("1", 12), ("L2", 12)]
    notes = {n.label: n for n in doc.footnotes}
    assert set(notes) == {"L1", "L2", "1"}
    assert notes["L1"].reference is not None
    assert notes["L1"].reference.url == "https://doi.org/10.1000/trial"
    assert notes["1"].line == 16
    assert notes["1"].reference is not None
    assert notes["1"].reference.url == "https://data.example/noon.csv"


def test_reference_links_are_link_citations() -> None:
    choice = choose("rivers.md", HTML2TEXT)
    assert choice.reader.name == "markdown-links"
    doc = choice.reader.read(HTML2TEXT)
    assert [(m.label, m.line) for m in doc.markers] == [("L1", 3), ("L2", 3), ("L1", 5)]
    urls = [n.reference.url for n in doc.footnotes if n.reference is not None]
    assert urls == ["https://agency.example/floods-2021", "https://doi.org/10.1000/rivers"]


def test_forced_readers_read_link_notes() -> None:
    doc = get_reader("pandoc-markdown").read(CLIPPED)
    assert [m.label for m in doc.markers] == ["1"]
    doc = get_reader("markdown-links").read(MAMMOTH)
    assert [n.label for n in doc.footnotes] == ["1", "2"]
