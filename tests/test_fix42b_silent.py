"""Fix 42b: no silent success for what a rendered document cites and no list resolves.

* Numbered citations ``[3]``, ``[7]`` with no reference list to resolve them: a
  ``no-literature-list`` anomaly with their lines in every reader that leaves them unread
  (HTML, Markdown); plain text reads them as markers with no definition.
* A citation processor's in-text mark for a key it has no data for (Pandoc's
  ``(**key?**)``, citeproc-js's ``(???)``): a ``citation-key-missing`` anomaly
  (:func:`missing_in_text`), in Markdown, HTML, plain text and Word.

Fixtures written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.readers.evidence import numeric_citations
from bibcheck.readers.listgaps import entry_shaped
from bibcheck.readers.noitemdata import missing_in_text
from tests.test_reader_docx_lists import build, p, t
from tests.test_regex_growth import assert_linear


def _found(doc: object, code: AnomalyCode) -> list[Anomaly]:
    return [a for a in doc.anomalies if a.code is code]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("as in [4] and [9].", [(1, "4"), (1, "9")]),
        ("a range [2-5]\nand [6; 8]", [(1, "2"), (1, "5"), (2, "6"), (2, "8")]),
        ("the page is no citation [12, p. 340]", [(1, "12")]),
        ("[1] Lund, A. 1999. Tides.\n[2] Berg, O. 2004. Colour.\n", []),  # a list's labels
        ("a law report [2019] EWHC 2214", []),
    ],
    ids=["two", "range-and-list", "page", "list-labels", "law-report"],
)
def test_numeric_citations(text: str, expected: list[tuple[int, str]]) -> None:
    assert numeric_citations(text) == expected


HTML_NO_LIST = """<html><body>
<h1>Background</h1>
<p>The sampler follows earlier designs [4] and one review [9].</p>
<h1>How to cite</h1>
<p>Cite the entries of the <a href="https://example.org/cite.html">bibliography file</a>.</p>
<h1>Bibliography</h1>
</body></html>
"""

MD_NO_LIST = """# Background

The sampler follows earlier designs [4] and one review [9].

## How to cite

Cite the entries of the [bibliography file](https://example.org/cite.html).

## Bibliography
"""


# The same page with its link in the text (fix round 50: a link under "How to cite" is page
# furniture, and a page with nothing else read is refused, below)
HTML_NO_LIST_LINKED = HTML_NO_LIST.replace(
    "one review [9].</p>",
    'one review [9], as the <a href="https://example.org/sampler">sampler page</a> says.</p>',
)


@pytest.mark.parametrize(
    ("data", "name", "reader"),
    [
        (HTML_NO_LIST_LINKED, "page.html", None),
        (MD_NO_LIST, "page.md", "markdown-links"),
    ],
    ids=["html", "markdown-links"],
)
def test_numbers_cited_with_no_list(data: str, name: str, reader: str | None) -> None:
    doc = parse_bytes(data.encode(), name, reader)
    found = _found(doc, AnomalyCode.NO_LITERATURE_LIST)
    assert len(found) == 1
    assert found[0].line == 3
    assert "cites [4], [9] but no reference list was found" in found[0].message


def test_html_page_with_only_numbers_is_refused_naming_them() -> None:
    """Nothing read but "[4]" and "[9]" (its one link is page furniture): exit 2 with what
    was found and which reader might read it, never a silent success."""
    with pytest.raises(InputError) as caught:
        parse_bytes(HTML_NO_LIST.encode(), "page.html", None)
    assert "2 numeric citations [n] (from line 3)" in str(caught.value)
    assert "--reader plain-text" in str(caught.value)


def test_plain_text_numbers_with_no_list_are_markers_without_definition() -> None:
    doc = parse_bytes(MD_NO_LIST.encode(), "page.txt", "plain-text")
    found = _found(doc, AnomalyCode.MARKER_WITHOUT_DEFINITION)
    assert [(a.footnote, a.line) for a in found] == [("4", 3), ("9", 3)]


def test_numbers_resolved_by_a_list_are_no_anomaly() -> None:
    page = HTML_NO_LIST.replace(
        "<h1>Bibliography</h1>",
        "<h1>Bibliography</h1><ol><li>Lund, A. (1999). Tides of the north. Sea, 2, 1–4.</li>"
        "<li>Berg, O. (2004). Colour terms. Lexis, 2, 3–8.</li></ol>",
    )
    doc = parse_bytes(page.encode(), "page.html")
    assert not _found(doc, AnomalyCode.NO_LITERATURE_LIST)


@pytest.mark.parametrize(
    ("line", "keys"),
    [
        ("Shells fold so (**marsh1962?**).", ["marsh1962"]),
        ("Shells fold so (<strong>marsh:shells?</strong>).", ["marsh:shells"]),
        ("Shells fold so (<b>knuth?</b>; **ide2011?**).", ["knuth", "ide2011"]),
        ("**marsh1962?** shows that shells fold.", ["marsh1962"]),
        ("Shells fold so (marsh1962?; ide2011?).", ["marsh1962", "ide2011"]),  # bold lost
        ("Do shells fold? **Really?** They do (really?).", []),  # prose
        ("Shells fold so (???).", [None]),
        ("???", []),  # a slide's notes separator
    ],
    ids=["md", "html", "html-b-and-md", "narrative", "plain", "prose", "citeproc-js", "slide"],
)
def test_missing_in_text(line: str, keys: list[str | None]) -> None:
    assert [a.footnote for a in missing_in_text([(5, line)])] == keys


def test_missing_in_text_says_each_key_once() -> None:
    lines = [(1, "A (**lee2010?**)."), (4, "B (**lee2010?**)."), (6, "C (**obi2018?**).")]
    found = missing_in_text(lines, known=["obi2018"])
    assert [(a.footnote, a.line) for a in found] == [("lee2010", 1)]


HTML_RENDERED = """<html><body>
<p>Colour terms vary (Berg 2004; <strong>lee2010gone?</strong>).</p>
<h2>References</h2>
<div class="csl-bib-body">
<div class="csl-entry">Berg, Ola. 2004. “Colour Terms.” <i>Lexis</i> 2: 3–8.</div>
</div>
</body></html>
"""

MD_RENDERED = """# Notes

Colour terms vary (Berg 2004; **lee2010gone?**).

## References

Berg, Ola. 2004. “Colour Terms.” *Lexis* 2: 3–8.
"""

TXT_RENDERED = """Notes

Colour terms vary [1] and not everywhere (lee2010gone?).

References

[1] Berg, Ola. 2004. Colour Terms. Lexis 2: 3-8.
"""


@pytest.mark.parametrize(
    ("data", "name", "reader", "line"),
    [
        (HTML_RENDERED, "post.html", None, 2),
        (MD_RENDERED, "post.md", "pandoc-markdown", 3),
        (TXT_RENDERED, "post.txt", None, 3),
    ],
    ids=["html", "pandoc-markdown", "plain-text"],
)
def test_rendered_missing_key_is_reported(
    data: str, name: str, reader: str | None, line: int
) -> None:
    doc = parse_bytes(data.encode(), name, reader)
    found = _found(doc, AnomalyCode.CITATION_KEY_MISSING)
    assert [(a.footnote, a.line) for a in found] == [("lee2010gone", line)]


def test_docx_rendered_missing_key_is_reported() -> None:
    data = build(
        [
            p(
                t("Colour terms vary (Berg 2004; "),
                "<w:r><w:rPr><w:b/></w:rPr><w:t>lee2010gone?</w:t></w:r>",
                t(")."),
            ),
            p(t("References"), style="Heading1"),
            p(t("Berg, Ola. 2004. “Colour Terms.” Lexis 2: 3–8.")),
        ]
    )
    doc = parse_bytes(data, "essay.docx")
    found = _found(doc, AnomalyCode.CITATION_KEY_MISSING)
    assert [a.footnote for a in found] == ["lee2010gone"]


def test_placeholder_and_mark_for_one_key_are_said_once() -> None:
    page = HTML_RENDERED.replace(
        "</div>\n</div>", '</div>\n<div class="csl-entry">NO_ITEM_DATA:lee2010gone</div>\n</div>'
    )
    doc = parse_bytes(page.encode(), "post.html")
    found = _found(doc, AnomalyCode.CITATION_KEY_MISSING)
    assert [a.footnote for a in found] == ["lee2010gone"]


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Rowe, K. (2019). Working memory on ships. Memory Studies, 4, 1–9.", True),
        ("Harbour survey data, https://example.org/survey", True),
        ("Ide, C. Reef atlases. doi:10.1000/abc", True),
        ("Some of these were hard to find in the library.", False),
        ("All links were checked in 2021.", False),  # a year, no title-like text
    ],
    ids=["apa", "url", "doi", "remark", "year-remark"],
)
def test_entry_shaped(text: str, shaped: bool) -> None:
    assert entry_shaped(text) is shaped


MD_GAP = """# Tides

Tides follow the moon [1] and the sun [2], the shore [3] and the wind [4].

## References

1. Lund, A. (1999). Tides of the north. *Sea Studies*, 2, 1–4.
2. Berg, O. (2004). Colour terms of the sea. *Lexis*, 2, 3–8.

Rowe, K. (2019). Working memory on ships. Memory Studies, 4, 1–9.

Some of these were hard to find in the library.

3. Obi, N. (2018). Recall in older sailors. *Memory*, 3, 1–4.
4. Marsh, L. (1962). Folding rules of shells. Cold Harbor Papers.
"""


@pytest.mark.parametrize(
    ("data", "name", "reader"),
    [
        (MD_GAP, "notes.md", "pandoc-markdown"),
        (MD_GAP, "notes.md", "sup-markdown"),
        (MD_GAP, "notes.md", "markdown-links"),
    ],
    ids=["pandoc-markdown", "sup-markdown", "markdown-links"],
)
def test_paragraph_between_numbered_items_is_said(data: str, name: str, reader: str | None) -> None:
    doc = parse_bytes(data.encode(), name, reader)
    found = {a.line: a.message for a in _found(doc, AnomalyCode.UNREAD_REGION)}
    read = {e.reference.line for e in doc.literature}
    assert 10 in found or 10 in read  # the unnumbered entry: read or said
    if 10 in found:
        assert "looks like an entry" in found[10]
    assert 12 in found
    assert "is no entry" in found[12]
    assert {14, 15} <= read or 14 in found  # the items after the break: read or said


def test_what_follows_the_list_is_not_its_paragraph() -> None:
    footer = MD_GAP + "\n*This post is licensed CC BY 4.0, 2024. See https://example.org/l.*\n"
    doc = parse_bytes(footer.encode(), "notes.md", "markdown-links")
    assert 17 not in {a.line for a in _found(doc, AnomalyCode.UNREAD_REGION)}


def test_list_read_whole_has_no_unread_paragraph() -> None:
    whole = MD_GAP.replace(
        "Rowe, K. (2019). Working memory on ships. Memory Studies, 4, 1–9.\n\n"
        "Some of these were hard to find in the library.\n\n",
        "",
    )
    doc = parse_bytes(whole.encode(), "notes.md", "pandoc-markdown")
    # no paragraph of the list is unread; the [n] citations of line 3, which pandoc-markdown
    # does not read, are reported on their own line (since fix round 51)
    assert [a.line for a in _found(doc, AnomalyCode.UNREAD_REGION)] == [3]


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (entry_shaped, lambda n: "a" * n),
        (entry_shaped, lambda n: "ab cd " * (n // 6) + "1999"),
        (entry_shaped, lambda n: "ab, " * (n // 4) + "2001"),
        (lambda s: missing_in_text([(1, s)]), lambda n: "(**" + "a1" * (n // 2)),
        (lambda s: missing_in_text([(1, s)]), lambda n: "(a1; " * (n // 5)),
        (numeric_citations, lambda n: "[1, " * (n // 4)),
    ],
    ids=["letters", "words-year", "commas-year", "bold-open", "plain-open", "open-brackets"],
)
def test_regex_growth(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)


def test_html_markup_paragraphs_in_a_list_are_no_remark() -> None:
    page = (
        "# Tides\n\nTides follow the moon<sup>1</sup>.\n\n## References\n\n"
        '<div id="ref-a" class="csl-entry">\n\n1. Lund, A. (1999). Tides. *Sea*, 2, 1–4.\n\n</div>\n\n'
        '<div id="ref-b" class="csl-entry">\n\n2. Berg, O. (2004). Colour. *Lexis*, 2, 3–8.\n\n</div>\n'
    )
    doc = parse_bytes(page.encode(), "notes.md", "sup-markdown")
    assert not _found(doc, AnomalyCode.UNREAD_REGION)
