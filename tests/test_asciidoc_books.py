"""AsciiDoc books: a main file of include:: lines, URL macros as link citations, index
terms, passthrough blocks of raw HTML, refusals under --reader asciidoc."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.asciidoc import html_text, numbered_items, numeric_citations, prose
from bibcheck.readers.evidence import citation_evidence


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    return sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers)


CHAPTER_NOTE = """
    [[intro]]
    == Introduction

    The ledger was first described in a short paper.footnote:[J. Roe, The Ledger, 2008.]
    """

CHAPTER_LINKS = """
    [[oracles]]
    == Oracles

    ((("oracles", "defined")))An oracle brings outside data in. https://example.org/feed[Feed One] is one such service.

    [source,python]
    ----
    fetch("https://example.org/api?x=1")
    ----
    """


@pytest.mark.parametrize(
    ("main", "chapters", "want"),
    [
        (  # the main file is only include:: lines: read with its chapter
            "= A Book\n\ninclude::ch01.adoc[]\n",
            {"ch01.adoc": CHAPTER_NOTE},
            [("1", 4)],
        ),
        (  # an attribute in the path, the .asciidoc extension
            "= A Book\n:chapdir: chapters\n\ninclude::{chapdir}/ch01.asciidoc[leveloffset=+1]\n",
            {"chapters/ch01.asciidoc": CHAPTER_NOTE},
            [("1", 4)],
        ),
        (  # a book whose chapters cite by URL macros only
            "= A Book\n:doctype: book\n\ninclude::ch02.asciidoc[]\n",
            {"ch02.asciidoc": CHAPTER_LINKS},
            [("L1", 4)],
        ),
    ],
    ids=["only-includes", "attribute-in-path", "links-only"],
)
def test_book_main_file_reads_its_includes(
    tmp_path: Path, main: str, chapters: dict[str, str], want: list[tuple[str, int]]
) -> None:
    for name, text in chapters.items():
        write(tmp_path, name, text)
    book = write(tmp_path, "book.asciidoc", main)
    doc = parse_file(book)
    assert doc.reader == "asciidoc"
    assert markers(doc) == want


def test_asciidoc_chapter_links_are_citations(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "11chapter.asciidoc",
        """
        [[chapter]]
        == Data Feeds

        ((("feeds", "signed")))((("Relay")))Relay is a signed feed service, see https://relay.example.org/[Relay]. It has ((visible terms)) too.

        [[second]]
        === Another

        Read the <<chapter>> again, and https://docs.example.net/guide[the guide^] for more.

        [source,solidity]
        ----
        // https://inside.example.com/listing[not a citation]
        string url = "https://inside.example.com/data?\\";
        ----

        |===
        | Name | Link
        | One | https://one.example.org/[One site] explains the first.
        | Two | https://two.example.org/[Two site] explains the second.
        |===
        """,
    )
    doc = parse_file(path)
    assert doc.reader == "asciidoc"
    assert doc.reader_confidence >= 0.7  # over wikitext's 0.5 by the margin
    assert markers(doc) == [("L1", 4), ("L2", 9), ("L3", 19), ("L4", 20)]
    urls = [fn.reference.url for fn in doc.footnotes if fn.reference]
    assert not any("inside.example.com" in (u or "") for u in urls)
    claims = {m.line: m.claim.text for fn in doc.footnotes for m in fn.markers if m.claim}
    assert "(((" not in claims[4] and "Relay is a signed feed service" in claims[4]
    assert "visible terms" not in claims[4]  # the sentence after
    assert "Two site" not in claims[19] and "One site" not in claims[20]  # a row each


def test_index_terms_are_no_claim_text(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ch.adoc",
        """
        == Section

        The ((("TEEs (trusted execution environments)")))((("Crier")))enclave model is ((shown)) here.footnote:[A. Author, Enclaves, 2016.]
        """,
    )
    doc = parse_file(path)
    claim = doc.footnotes[0].markers[0].claim
    assert claim is not None
    assert claim.text.startswith("The enclave model is shown here.")


PASSTHROUGH_LIST = """
    == Text

    Transactions are announced [1], and timestamped [2-5].

    ++++
    <p>Blocks are hashed in a tree <a href="#ref_3">[3]</a> <a href="#ref_2">[2]</a>.</p>
    ++++

    ==== References
    ++++
    <p>
    <span id="ref_1">[1]</span> A. Author, "First," 1998.
    </p>
    <p>
    <span id="ref_2">[2]</span> B. Author, "Second," 1999.
    </p>
    <p>
    <span id="ref_3">[3]</span> C. Author, "Third," 2001.
    </p>
    ++++
    """


def test_passthrough_list_is_reported_unread(tmp_path: Path) -> None:
    body = textwrap.dedent(PASSTHROUGH_LIST) + "\nA note.footnote:[D. Author, Notes, 2004.]\n"
    doc = parse_file(write(tmp_path, "paper.adoc", body))
    unread = [a for a in doc.anomalies if a.code is C.UNREAD_REGION]
    assert [a.line for a in unread] == [6, 11]
    assert "2 numeric citations" in unread[0].message
    assert "numbered list of 3 items ([1] ... [3])" in unread[1].message


def test_forced_reader_refusal_counts_and_suggests_others(tmp_path: Path) -> None:
    path = write(tmp_path, "paper.adoc", PASSTHROUGH_LIST)
    with pytest.raises(InputError) as err:
        parse_file(path, reader="asciidoc")
    message = str(err.value)
    assert "4 numeric citations [n] (from line 3)" in message  # [1] [2-5] [3] [2]
    assert "3 numbered list items" in message
    assert "--reader asciidoc" not in message
    with pytest.raises(InputError) as err:
        parse_file(path)  # no reader chosen: the same count
    assert "4 numeric citations [n] (from line 3)" in str(err.value)


@pytest.mark.parametrize(
    ("text", "numeric", "items"),
    [
        ("Seen [1] and [2-5].\n[1] A. Author, Title.\n[2] B. Author.\n", 2, 2),
        ("  [10] Smith, J. A book.\n  [11] Roe, R. Another.\n", 0, 2),
        ("Cited [3], [4].\n", 2, 0),
        # a label alone on its line is a list item's (pdftotext sets a list's labels apart
        # from their text: fix52d)
        ("[1]\n[2]\n", 0, 2),
    ],
    ids=["text-and-list", "indented-list", "citations-only", "bare-labels"],
)
def test_evidence_counts_list_labels_apart(text: str, numeric: int, items: int) -> None:
    found = {e.what: e.count for e in citation_evidence(text)}
    assert found.get("numeric citations [n]", 0) == numeric
    assert found.get("numbered list items [n] text", 0) == items


@pytest.mark.parametrize(
    ("html", "shown_has", "shown_lacks"),
    [
        ('<p><span id="r">[1]</span> W. Roe</p>', "[1]", "span"),
        ("<pre>x[0] = 1</pre> after", "after", "x[0]"),
        ("<math><mi>q</mi></math> text", "text", "mi"),
    ],
)
def test_html_text(html: str, shown_has: str, shown_lacks: str) -> None:
    shown = html_text(html)
    assert len(shown) == len(html)
    assert shown_has in shown and shown_lacks not in shown


def test_numbered_items_and_citations() -> None:
    text = "   [1]  A, Title.\n[2] B.\nSee [7] [2] and [4-6].\n"
    assert numbered_items(text) == [1, 2]
    assert numeric_citations(text) == 3


def test_prose_keeps_lines() -> None:
    text = textwrap.dedent(PASSTHROUGH_LIST).lstrip("\n")
    shown = prose(text)
    assert len(shown.splitlines()) == len(text.splitlines())
    assert "++++" not in shown and "<p>" not in shown and "[3]" in shown
