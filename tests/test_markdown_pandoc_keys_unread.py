"""Pandoc ``[@key]`` citations are never dropped in silence (sweep 30 problem 2).

A Manubot-style manuscript with a ``## Links`` list matching one body link was read by
the markdown-links reader, and its fourteen ``[@key]`` citations were dropped with "Not
read: nothing reported". The links reader now steps aside when key citations outnumber
the links its list matches, and a Markdown reader that does not read key citations says
how many it left.
"""

from __future__ import annotations

import textwrap

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.evidence import (
    KRAMDOWN_CITATION,
    PANDOC_CITATION,
    unread_kramdown_citations,
    unread_pandoc_citations,
)
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("as shown [@doe2001].", ["[@doe2001]"]),
        (
            "two [@doe2001; @roe2010] and [see @kim, p. 3]",
            ["[@doe2001; @roe2010]", "[see @kim, p. 3]"],
        ),
        ("suppressed [-@doe2001]", ["[-@doe2001]"]),
        ("braced [@{https://doi.org/10.1/x}]", ["[@{https://doi.org/10.1/x}]"]),
        ("write to [me@example.org] or [info: a@b.org]", []),  # addresses
        ("see [@fig-map] and [Appendix @sec-a]", []),  # cross-references
        ("thanks to [@octocat](https://github.com/octocat) and [@hubot][1]", []),  # handles
    ],
    ids=["one", "several", "suppressed", "braced", "addresses", "crossrefs", "handles"],
)
def test_pandoc_citation(text: str, found: list[str]) -> None:
    assert PANDOC_CITATION.findall(text) == found


def test_pandoc_citation_is_linear() -> None:
    def near_misses(size: int) -> None:
        for text in ("[" * size, "[a " * (size // 3), "[x; " * (size // 4) + "@"):
            assert PANDOC_CITATION.findall(text) == []

    # ten times the near-misses: far under the hundredfold of a quadratic scan
    assert growth(near_misses, 4000, 40000) < 30


GUIDE = textwrap.dedent(
    """\
    # Guide

    This template is for [the writing tool](https://example.org/tool).

    ## Links

    [Home of the writing tool](https://example.org/tool)

    ## Citations

    Citation by key [@doe2001].
    Two at once [@doe2001; @roe2010], and a suppressed year [-@roe2010].
    """
)


def test_links_section_does_not_win_over_key_citations() -> None:
    doc = parse_bytes(GUIDE.encode(), "guide.md")
    assert doc.reader == "pandoc-markdown"
    markers = [*doc.stray_markers, *(m for f in doc.footnotes for m in f.markers)]
    assert sorted(m.label for m in markers) == ["doe2001", "doe2001", "roe2010", "roe2010"]


def test_links_list_matching_more_links_than_keys_stays_links() -> None:
    text = textwrap.dedent(
        """\
        # Notes

        Compare [the first study](https://a.example/one) with
        [the second](https://b.example/two); a colleague's handle is [@octocat][gh].

        ## Links

        - [The first study](https://a.example/one)
        - [The second study](https://b.example/two)

        [gh]: https://github.com/octocat
        """
    )
    doc = parse_bytes(text.encode(), "notes.md")
    assert doc.reader == "markdown-links"
    assert not [a for a in doc.all_anomalies() if "Pandoc citations" in a.message]


@pytest.mark.parametrize(
    ("reader", "said"),
    [
        ("markdown-links", True),
        ("sup-markdown", True),
        ("pandoc-markdown", False),
        ("latex", False),
    ],
)
def test_unread_pandoc_citations(reader: str, said: bool) -> None:
    found = unread_pandoc_citations(reader, "a\nb [@x; @y]\nc [@z]\n")
    assert (found is not None) is said
    if found is not None:
        assert (found.count, found.line) == (2, 2)


def test_forced_links_reader_says_what_it_left() -> None:
    doc = parse_bytes(GUIDE.encode(), "guide.md", reader="markdown-links")
    unread = [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]
    assert any("3 Pandoc citations [@key] (from line 11)" in a.message for a in unread)


DRAFT = textwrap.dedent(
    """\
    ---
    title: An Example Protocol Extension
    docname: draft-example-00

    normative:
      HTTP: RFC9110
    informative:
      RFC7932:
    --- abstract

    A short abstract.

    --- middle

    # Introduction

    This extends HTTP semantics {{HTTP}} using Brotli {{?RFC7932}}; see
    {{Section 8 of HTTP}} and {{HTTP, Section 12}}.
    The registry is at [the IANA page](https://www.iana.org/assignments/http-parameters/).
    Related work: [the design notes](https://example.org/notes).
    """
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("{{RFC2119}} {{!RFC8174}} {{?I-D.ietf-httpbis-x}} {{-HTTP}}", 4),
        ("{{Section 8 of HTTP}}, {{Appendix A in RFC9110}}, {{HTTP, Section 4.2}}", 3),
        ("{{ page.title }} {{site.url}} {{ .Title }}", 0),  # Liquid, Hugo templates
    ],
    ids=["references", "sections", "templates"],
)
def test_kramdown_citation(text: str, count: int) -> None:
    assert len(KRAMDOWN_CITATION.findall(text)) == count


def test_kramdown_rfc_draft_is_said_not_read_by_another_reader() -> None:
    # (the Pandoc reader reads a draft's citations: test_kramdown_rfc.py)
    doc = parse_bytes(DRAFT.encode(), "draft-example.md", reader="markdown-links")
    unread = [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]
    assert [a.line for a in unread if "kramdown-rfc" in a.message] == [17]
    assert "4 kramdown-rfc citations" in unread[0].message


def test_double_braces_outside_a_draft_are_no_kramdown() -> None:
    text = "---\ntitle: A Hugo post\n---\n\nSee {{RFC2119}}-like text [the page](https://a.example/x).\n"
    assert unread_kramdown_citations(text, text) is None
