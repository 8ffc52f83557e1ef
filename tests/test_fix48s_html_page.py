"""Session 48, fix helper s: a whole HTML page is the HTML reader's, and markers read
with none of the notes they point at are never a silent success (issue 11).

* A page with a doctype, ``<html>`` or ``<body>`` whose note bodies open their own line
  with ``<sup>`` (an O'Reilly HTMLBook chapter, an EPUB chapter, a blog's export), or whose
  paragraphs are indented like a Markdown code block, is read as HTML, not as
  ``sup-markdown``; Markdown that holds HTML fragments (no page of its own) is not.
* A reader that read markers but no note or entry, in a text with lines shaped as those
  markers' note bodies, refuses (exit 2) and names the reader to try.
"""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.readers import choose
from bibcheck.readers.evidence import unread_note_bodies

# an HTMLBook chapter: noteref links, footnote paragraphs, each body's <sup> on its own line
BOOK = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><title>Ferries</title></head>
<body>
    <section data-type="chapter">
        <p>
            Crossings were cut in the winter timetable.<sup><a data-type="noteref" id="r1" href="#f1">1</a></sup>
        </p>
        <p>
            The pier was rebuilt after the storm.<sup><a data-type="noteref" id="r2" href="#f2">2</a></sup>
        </p>
        <div data-type="footnotes">
            <p data-type="footnote" id="f1">
                <sup><a href="#r1">1</a></sup>Harbour Board minutes, March 1987.
            </p>
            <p data-type="footnote" id="f2">
                <sup><a href="#r2">2</a></sup>See <a href="https://example.net/pier">the pier history</a>.
            </p>
        </div>
    </section>
</body>
</html>
"""

# the same notes on flush lines, in a page with no doctype (a blog export)
FLUSH = """<html><body>
<p>Crossings were cut in the winter timetable.<sup><a href="#fn1" id="r1">1</a></sup></p>
<p>The pier was rebuilt after the storm.<sup><a href="#fn2" id="r2">2</a></sup></p>
<div class="footnotes">
<p id="fn1">
<sup>1</sup> Harbour Board minutes, March 1987.
</p>
<p id="fn2">
<sup>2</sup> Lindqvist, A. The Pier, 1990.
</p>
</div>
</body></html>
"""

# Markdown converted from a PDF, with HTML superscripts: sup-markdown's own
MARKDOWN = """# Ferries of the north

Crossings were cut in the winter timetable.<sup>1</sup> The pier was rebuilt.<sup>2</sup>

---

<sup>1</sup> Harbour Board minutes, March 1987.

<sup>2</sup> Lindqvist, A. The Pier. Bergen, 1990.
"""


@pytest.mark.parametrize(
    ("text", "name", "reader", "notes"),
    [
        pytest.param(BOOK, "chapter.html", "html", 2, id="htmlbook-indented"),
        pytest.param(BOOK, "chapter.xhtml", "html", 2, id="htmlbook-xhtml"),
        pytest.param(BOOK, "chapter.txt", "html", 2, id="htmlbook-saved-as-txt"),
        pytest.param(BOOK.replace("\n    ", "\n").replace("    ", ""), "ch.htm", "html", 2,
                     id="htmlbook-flush"),
        pytest.param(FLUSH, "post.html", "html", 2, id="no-doctype"),
        pytest.param(MARKDOWN, "ferries.md", "sup-markdown", 2, id="markdown-stays"),
    ],
)  # fmt: skip
def test_whole_page_goes_to_html(text: str, name: str, reader: str, notes: int) -> None:
    assert choose(name, text).reader.name == reader
    doc = parse_bytes(text.encode(), name)
    assert len(doc.footnotes) == notes


def test_markdown_with_page_tags_and_markdown_signs_is_not_a_page() -> None:
    # (three Markdown signs: a fragment of HTML kept in a Markdown file, not a page)
    text = "# A\n\n## B\n\n> quoted\n\n<body>\n" + MARKDOWN.split("\n", 1)[1]
    assert choose("notes.md", text).reader.name == "sup-markdown"


@pytest.mark.parametrize(
    ("text", "labels", "count"),
    [
        pytest.param("  <sup>1</sup> A note.\n<sup>2</sup>B", ["1", "2"], 2, id="sup"),
        pytest.param("<sup><a href='#r1'>1</a></sup>A note.", ["1"], 1, id="sup-link"),
        pytest.param("[^a]: A note.\n", ["a"], 1, id="caret"),
        pytest.param("<sup>3</sup> A note.", ["1"], 0, id="other-label"),
        pytest.param("Text<sup>1</sup> here.", ["1"], 0, id="marker-not-body"),
    ],
)  # fmt: skip
def test_unread_note_bodies(text: str, labels: list[str], count: int) -> None:
    found = unread_note_bodies(text, labels)
    assert (found.count if found else 0) == count


def test_markers_without_their_notes_refuse() -> None:
    # forced: the indented note bodies are a Markdown code block to sup-markdown
    with pytest.raises(InputError, match=r"no note they point at.*--reader html"):
        parse_bytes(BOOK.encode(), "chapter.html", reader="sup-markdown")


def test_markers_with_no_note_bodies_stay_a_finding() -> None:
    # markers whose notes are nowhere in the text: the document's defect, read and said
    text = "# T\n\nOne claim.<sup>1</sup> Another.<sup>2</sup>\n\n---\n\nNothing here.\n"
    doc = parse_bytes(text.encode(), "t.md", reader="sup-markdown")
    assert len(doc.stray_markers) == 2 and not doc.footnotes
