"""Pandoc and Org notes, citation groups, chunk captions and paragraph bibliographies.

Inline notes that run over lines (``^[...]``, ``[fn::...]``), citations written inside
notes (each a citation of its own), a citation group before a colon, captions in code
chunk options, org-cite styles, and a bibliography written as paragraphs.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument
from bibcheck.readers.asciidoc import url_macros
from bibcheck.readers.common import read_paragraph_list
from bibcheck.readers.org import read as read_org
from bibcheck.readers.pandoc import read as read_pandoc

BIB = """\
@book{smith2020,
  author = {Smith, Jane and Doe, John},
  title = {Trade and Cooperation},
  publisher = {Nauka},
  year = {2020}
}
@article{lee2019,
  author = {Lee, Kim},
  title = {Regional Markets},
  journal = {Journal of Trade},
  year = {2019}
}
@misc{obs2024,
  author = {{Harbour Observatory}},
  title = {Tide gauge records},
  year = {2024},
  url = {https://tides.example.org/records}
}
"""
HEAD = "---\nbibliography: refs.bib\n---\n\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def pandoc(tmp_path: Path, body: str, name: str = "p.md") -> ParsedDocument:
    write(tmp_path, "refs.bib", BIB)
    return parse_file(write(tmp_path, name, HEAD + textwrap.dedent(body).lstrip("\n")))


def org(tmp_path: Path, body: str) -> ParsedDocument:
    write(tmp_path, "refs.bib", BIB)
    text = "#+TITLE: T\n#+BIBLIOGRAPHY: refs.bib\n\n" + textwrap.dedent(body).lstrip("\n")
    return parse_file(write(tmp_path, "n.org", text))


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for fn in doc.footnotes for m in fn.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda c: (c[1], c[0]))


def claim(doc: ParsedDocument, label: str, k: int = 0) -> str:
    marker = next(fn for fn in doc.footnotes if fn.label == label).markers[k]
    assert marker.claim is not None
    return marker.claim.text


# ---------------------------------------------------------------- Pandoc: a group before ":"


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "The gap is the selection bias [@lee2019, 14--15]: it never vanishes.\n",
            [("lee2019", 5)],
        ),
        (
            "With observational data the difference is biased\n[@smith2020, p. 3]:\n\n$$x$$\n",
            [("smith2020", 6)],
        ),
        ("Both say so [@smith2020; @lee2019]:\n", [("lee2019", 5), ("smith2020", 5)]),
        ("Text.\n\n[@lee2019]: https://example.org/lee\n", []),
        ('Text.\n\n  [@lee2019]: <https://example.org/lee> "Lee"\n', []),
    ],
    ids=["mid-line", "line-start-before-display", "group", "link-definition", "titled-def"],
)
def test_pandoc_citation_before_a_colon(
    tmp_path: Path, body: str, want: list[tuple[str, int]]
) -> None:
    if not want:
        assert read_pandoc(HEAD + body).markers == ()
        return
    doc = pandoc(tmp_path, body)
    assert cites(doc) == want


# ---------------------------------------------------------------- Pandoc: inline notes


INLINE = """
Ports grew quickly after the war.^[The figures are from the harbour
board; they cover cargo only, not passengers.] Tonnage doubled by 1960
[@smith2020].

* A list item with a note^[Skip section 3.3.3
  unless you enjoy asymptotics.] and more text [@lee2019].
* A second item.

The tide records^[Kept since 1871. See
@lee2019 [p. 4] for the method, and
the gauge data [@obs2024].] are complete. Nothing else.
"""


def test_pandoc_inline_notes_over_several_lines(tmp_path: Path) -> None:
    doc = pandoc(tmp_path, INLINE)
    notes = {fn.label: fn for fn in doc.footnotes}
    assert notes["^1"].line == 5
    assert notes["^1"].reference.raw.startswith("The figures are from the harbour")
    assert notes["^1"].reference.raw.endswith("not passengers.")
    assert notes["^2"].line == 9
    assert "unless you enjoy asymptotics." in notes["^2"].reference.raw
    assert cites(doc) == [
        ("^1", 5),
        ("smith2020", 7),
        ("^2", 9),
        ("lee2019", 10),
        ("^3", 13),
        ("lee2019", 14),
        ("obs2024", 15),
    ]
    # The note's text is not body text; the body continues after the note.
    assert claim(doc, "^1") == "Ports grew quickly after the war."
    assert claim(doc, "smith2020") == "Tonnage doubled by 1960"
    assert claim(doc, "^3") == "The tide records"


def test_pandoc_unclosed_inline_note_is_text(tmp_path: Path) -> None:
    doc = pandoc(tmp_path, "A caret^[that never closes.\n\nA new paragraph [@lee2019].\n")
    assert cites(doc) == [("lee2019", 7)]


# ---------------------------------------------------------------- Pandoc: citations in notes


NOTES = """
Markets were regional before 1900.[^1] Trade then grew.[^only]

[^1]: For the long view see @smith2020, ch. 3, and on prices
    [@lee2019, p. 12].

[^only]: [@obs2024].
"""


def test_pandoc_citations_inside_notes_are_citations(tmp_path: Path) -> None:
    doc = pandoc(tmp_path, NOTES)
    assert cites(doc) == [
        ("1", 5),
        ("only", 5),
        ("smith2020", 7),
        ("lee2019", 8),
        ("obs2024", 10),
    ]
    notes = {fn.label: fn for fn in doc.footnotes}
    assert notes["1"].reference.title == "Trade and Cooperation"  # its first cited entry
    assert claim(doc, "smith2020").startswith("For the long view see Smith, ch. 3")
    # A note that is only a citation supports what the note's marker supports.
    assert claim(doc, "obs2024") == "Trade then grew."
    # printed as Pandoc's default style (Chicago author-date) sorts it: by author
    assert [e.label for e in doc.literature] == ["obs2024", "lee2019", "smith2020"]


# ---------------------------------------------------------------- Pandoc: chunk captions


CHUNKS = """
Sites were surveyed yearly [@smith2020].

```{r map, echo=FALSE, fig.cap="Gauges used, from the observatory [@obs2024]."}
plot(x)  # [@smith2020] in code is not a citation
```

```{python}
#| label: fig-trend
#| fig-cap: "Tonnage by decade [@smith2020, p. 5]"
#| fig-subcap:
#|   - "Cargo [@lee2019]"
#|   - "Passengers"
#| echo: false
df = load("[@lee2019]")
```

```{r}
#| tbl-cap: Prices after @lee2019
kable(prices)
knitr::kable(tab, caption = "Groups [data: survey; method as in @obs2024].")
label <- "see [@smith2020]"  # a string that is no caption is code
```

```markdown
A plain block with fig.cap="[@lee2019]" is code.
```
"""


def test_citations_in_chunk_captions(tmp_path: Path) -> None:
    doc = pandoc(tmp_path, CHUNKS, "c.Rmd")
    assert cites(doc) == [
        ("smith2020", 5),
        ("obs2024", 7),
        ("smith2020", 13),
        ("lee2019", 15),
        ("lee2019", 22),
        ("obs2024", 24),
    ]
    assert claim(doc, "obs2024") == "Gauges used, from the observatory"


# ---------------------------------------------------------------- Pandoc: bibliography paragraphs


CHICAGO = """\
# The harbour

Tonnage doubled.[^1] Prices fell.[^2]

[^1]: Erik Barnouw, *A Tower in Babel: A History of Broadcasting in the United States to
    1933* (New York: Oxford University Press, 1966), 91.

[^2]: Barnouw, *Tower in Babel*, 95.

## Bibliography

Works cited in the notes, in alphabetical order.

Barnouw, Erik. *A Tower in Babel: A History of Broadcasting in the United
States to 1933*. New York: Oxford University Press, 1966.

Craig, Douglas B. *Fireside Politics*. Baltimore: Johns Hopkins University
Press, 2000.

**Archives**

Federal Radio Commission. *Annual Report*. Washington, DC: GPO, 1927.\\
Harbour Board. *Minutes*. Hull, 1931.
"""


def test_pandoc_bibliography_of_paragraphs(tmp_path: Path) -> None:
    doc = parse_file(write(tmp_path, "h.md", CHICAGO))
    entries = [(e.line, e.reference.year) for e in doc.literature]
    assert entries == [(14, 1966), (17, 2000), (22, 1927), (23, 1931)]
    assert doc.literature[0].reference.title is not None
    assert doc.literature[0].reference.title.startswith("A Tower in Babel")
    assert [fn.literature.number for fn in doc.footnotes if fn.literature] == [1, 1]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Smith, J. *Title*. 2020.\n\nDoe, A. *Other*. 2019.\n", [[1], [3]]),
        ("Intro without a year.\n\nSmith, J. *Title*.\n  Oxford, 2020.\n", [[3, 4]]),
        (
            "Smith, J. *Title*, 2020.\\\nDoe, A. *Other*, 2019.  \nLee, K. *X*, 2018.\n",
            [[1], [2], [3]],
        ),
        ("Smith, J. *Title*, 2020.\n\n**Online**\n\nDoe, A. https://a.org/x\n", [[1], [5]]),
        ("Just prose here.\n\nAnd more prose.\n", []),
    ],
    ids=["blank-lines", "intro-and-hanging-indent", "hard-breaks", "sub-heading", "no-refs"],
)
def test_read_paragraph_list(text: str, want: list[list[int]]) -> None:
    items = read_paragraph_list(text.split("\n"), 0, set())
    assert [list(n.line_starts) for n in items] == want
    assert [n.label for n in items] == [str(k) for k in range(1, len(want) + 1)]


# ---------------------------------------------------------------- Org


@pytest.mark.parametrize(
    ("cite", "cited"),
    [
        ("[cite/na:@lee2019]", True),
        ("[cite/noauthor/bare:@lee2019]", True),
        ("[cite/nb:@lee2019]", True),
        ("[cite/ft:@lee2019]", True),
        ("[cite/t/cf:@lee2019]", True),
        ("[cite//b:@lee2019]", True),
        ("[cite/l:@lee2019 p. 4]", True),
        ("[cite/y/b:@lee2019]", True),
        ("[cite/n:@lee2019]", False),
        ("[cite/nocite:@lee2019]", False),
    ],
    ids=[
        "na",
        "noauthor-bare",
        "numeric",
        "note",
        "text-caps-full",
        "bare",
        "locators",
        "year-bare",
        "n",
        "nocite",
    ],
)
def test_org_cite_styles(cite: str, cited: bool) -> None:
    raw = read_org(f"#+TITLE: T\n\n* Section\nThe collection {cite} is standard.\n")
    assert [m.label for m in raw.markers] == (["lee2019"] if cited else [])


ORG_NOTES = """\
* Case studies
The nests are the best-known success [cite:@smith2020], and the
collection [cite/na:@lee2019] remains the practical
guide.[fn::Its second edition appeared in
2018 under a new title.] A survey[fn:survey:Published by
the observatory [cite:@obs2024].] agrees.

* Footnotes
[fn:1] Discussed at length, with the figures, in
[cite:@lee2019 ch. 2].
"""


def test_org_inline_notes_over_lines_and_citations_in_notes(tmp_path: Path) -> None:
    doc = org(tmp_path, ORG_NOTES)
    assert cites(doc) == [
        ("smith2020", 5),
        ("lee2019", 6),
        ("inline-1", 7),
        ("survey", 8),
        ("obs2024", 9),
        ("lee2019", 13),
    ]
    notes = {fn.label: fn for fn in doc.footnotes}
    assert notes["inline-1"].reference.raw == (
        "Its second edition appeared in\n2018 under a new title."
    )
    assert notes["survey"].reference.title == "Tide gauge records"
    assert claim(doc, "survey") == "A survey"


def test_org_inline_note_does_not_run_into_a_heading() -> None:
    raw = read_org("#+TITLE: T\n\n* A\nText[fn::never closed\n* B\nMore] here.\n")
    assert [n.label for n in raw.footnotes] == []


def test_pandoc_reads_the_same_inline_note_as_org_counts_it() -> None:
    raw = read_pandoc("Text^[one\ntwo] and more^[three].\n")
    assert [(n.label, n.text) for n in raw.footnotes] == [("^1", "one\ntwo"), ("^2", "three")]


# ---------------------------------------------------------------- AsciiDoc


ADOC = """\
= Caching
:toc:

== Introduction

For background see <<fielding2000,Fielding's
dissertation>> and the survey by <<wang1999>>. Measurements by
xref:berger2018[Berger and
colleagues] agree.footnote:[Dams follow the
https://peat.example.org/code[IUCN, _Peatland Code_, 2023].] Hit ratios fell.footnote:[See
also <<wang1999,the
survey>>.]

[bibliography]
== References

* [[[fielding2000]]] Fielding, R. T. (2000). Architectural styles. PhD thesis.
* [[[wang1999]]] Wang, J. (1999). A survey of web caching schemes. https://example.org/wang[Full text^].
* [[[berger2018]]] Berger, D. S. (2018). AdaptSize. In NSDI.
"""


def test_asciidoc_wrapped_cross_references_and_url_macros(tmp_path: Path) -> None:
    doc = parse_file(write(tmp_path, "c.adoc", ADOC))
    assert cites(doc) == [
        ("fielding2000", 6),
        ("wang1999", 7),
        ("berger2018", 8),
        ("1", 9),
        ("2", 10),
        ("wang1999", 11),
    ]
    assert claim(doc, "fielding2000") == "For background see Fielding's dissertation"
    assert claim(doc, "berger2018") == "Measurements by Berger and colleagues"
    note = next(fn for fn in doc.footnotes if fn.label == "1")
    assert note.reference.url == "https://peat.example.org/code"
    wang = next(e for e in doc.literature if e.label == "wang1999")
    assert wang.reference.url == "https://example.org/wang"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("see https://a.org/c[IUCN, _Code_, 2023].", "see IUCN, _Code_, 2023. https://a.org/c"),
        ("link:https://a.org/c[the code^]", "the code https://a.org/c"),
        ("https://a.org/c[the code,window=_blank]", "the code https://a.org/c"),
        ('https://a.org/c["Code, v2",role=ext]', "Code, v2 https://a.org/c"),
        ("https://a.org/c[] and https://b.org", "https://a.org/c and https://b.org"),
    ],
    ids=["text", "caret", "attributes", "quoted", "empty"],
)
def test_asciidoc_url_macros(text: str, want: str) -> None:
    assert url_macros(text) == want


def test_org_bibliography_of_paragraphs() -> None:
    text = (
        "#+TITLE: Ports\n\n* Body\nTonnage doubled.[fn:1]\n\n* Footnotes\n"
        "[fn:1] Lee, Kim. /Regional Markets/. Oxford: Clarendon, 2019, 14.\n\n"
        "* References\n\nLee, Kim. /Regional Markets/. Oxford: Clarendon,\n  2019.\n\n"
        "Smith, Jane. /Trade and Cooperation/. Moscow: Nauka, 2020.\n"
    )
    raw = read_org(text)
    assert [(n.label, n.line_starts) for n in raw.literature] == [("1", (11, 12)), ("2", (14,))]
    assert raw.detect_styles


def test_sup_markdown_bibliography_of_paragraphs(tmp_path: Path) -> None:
    text = (
        "# Ports\n\nTonnage doubled.<sup>1</sup>\n\n---\n\n"
        "<sup>1</sup> Lee, Kim. *Regional Markets*. Oxford: Clarendon, 2019, 14.\n\n"
        "## Bibliography\n\nLee, Kim. *Regional Markets*. Oxford: Clarendon, 2019.\n\n"
        "Smith, Jane. *Trade and Cooperation*. Moscow: Nauka, 2020.\n"
    )
    doc = parse_file(write(tmp_path, "s.md", text))
    assert doc.reader == "sup-markdown"
    assert [(e.line, e.reference.year) for e in doc.literature] == [(11, 2019), (13, 2020)]
    assert doc.footnotes[0].literature is not None
