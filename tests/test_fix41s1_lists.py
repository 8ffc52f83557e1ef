"""Fix 41s1: what stands under a literature heading and is no entry, and one work read twice.

* Running prose under a literature heading (a paper template's "Citations" section telling
  how to cite, a sentence about the list) is no entry: :func:`running_prose`, and the HTML,
  Markdown and Word readers that take paragraphs there.
* citeproc's ``NO_ITEM_DATA:key`` placeholder is a key with no entry (an error), never an
  entry: :func:`placeholder_key`, in Markdown, HTML and Word.
* A Word file's printed list beside the ``--bibliography`` works it cites by ``[@key]``:
  each work once (:func:`printed_works`).

Fixtures written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RawNote, Reference
from bibcheck.readers.noitemdata import placeholder_key
from bibcheck.readers.printedlist import printed_works
from bibcheck.readers.proseentry import running_prose
from bibcheck.readers.registry import ReadOptions
from tests.test_reader_docx_lists import build, p, t


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        # sentences about citing and about the list
        ("Write citations to entries in the .bib file in this syntax.", True),
        ('For a quick reference: [@key] gives "(Author, 2001)".', True),
        ("Please cite the software with the [paper](https://example.org/cite.html).", True),
        ("The works listed below are cited in the chapters of this report.", True),
        ("Die folgenden Titel werden im Text zitiert und sind hier aufgeführt.", True),
        # entries: a year, a status, an address, a DOI shown
        ("Smith, J. (2001). The theory of everything in a nutshell. Journal of Things.", False),
        ("Doe, A. (in press). Learning to count birds in wetlands. Ibis.", False),
        ("Lee, K. A guide to the river and its many towns. https://example.org/rivers", False),
        ("Kim, S. Notes on the shape of tides. doi:10.1234/tides.1", False),
        ("Adams, Ann. 2001. “Semantic Primes.” Lingua 3: 1–9.", False),
        # names and titles in capitals: no prose
        ("World Health Organization. Global Report on Falls.", False),
        # a year inside quotes is an example, not a publication year; outside it counts
        ('The list uses "(Author, 2001)" for each work cited in the text.', True),
        ("Our survey of the coastal towns was printed in 1999 by the society.", False),
    ],
    ids=[
        "how-to-cite",
        "quoted-example",
        "markdown-link",
        "list-intro",
        "german-intro",
        "apa-sentence-case",
        "in-press",
        "url",
        "doi",
        "chicago",
        "corporate",
        "year-in-quotes",
        "year-outside-quotes",
    ],
)
def test_running_prose(text: str, prose: bool) -> None:
    assert running_prose(text) is prose


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("NO_ITEM_DATA:goddard1998bad.", "goddard1998bad"),
        ("  NO_ITEM_DATA:lee-2020 ", "lee-2020"),
        ("NO_ITEM_DATA: smith:2001.", "smith:2001"),
        ("NO_ITEM_DATA:", None),
        ("See NO_ITEM_DATA:x in the log.", None),
        ("NO_ITEM_DATA:two words", None),
        ("Smith, J. 2001. A title.", None),
    ],
    ids=["citeproc-el", "spaces", "colon-key", "empty", "mentioned", "two-words", "entry"],
)
def test_placeholder_key(text: str, key: str | None) -> None:
    assert placeholder_key(text) == key


def _lit(doc: object) -> list[str]:
    return [e.reference.raw for e in doc.literature]  # type: ignore[attr-defined]


def _codes(doc: object) -> list[AnomalyCode]:
    return [a.code for a in doc.anomalies]  # type: ignore[attr-defined]


HTML_CITING = """<html><body>
<h1>Methods</h1>
<p>The sampler follows earlier designs [2] and a review [5].</p>
<h1>Citing this work</h1>
<p>Cite the entries of the <a href="https://example.org/howto.html">bibliography file</a>.</p>
<p>A citation such as [@doe] is printed as "(Doe, 2015)" in the output.</p>
<h1>Bibliography</h1>
<p>Rowe, K. (2019). Working memory load. Memory Studies, 4, 1–9.</p>
<p>Obi, N. (2018). Recall in older adults. Memory, 3, 1–4.</p>
</body></html>
"""


def test_html_how_to_cite_section_is_no_list() -> None:
    doc = parse_bytes(HTML_CITING.encode(), "paper.html")
    raws = _lit(doc)
    assert not any("bibliography file" in r or "printed as" in r for r in raws)


HTML_NOTE_IN_LIST = """<html><body>
<p>Trams came back (Rowe, 2019; Obi, 2018).</p>
<h2>References</h2>
<p>The works below are cited in the text of this chapter.</p>
<p>Rowe, K. (2019). Working memory load. Memory Studies, 4, 1–9.</p>
<p>Obi, N. (2018). Recall in older adults. Memory, 3, 1–4.</p>
</body></html>
"""


def test_html_sentence_about_the_list_is_no_entry() -> None:
    doc = parse_bytes(HTML_NOTE_IN_LIST.encode(), "chapter.html")
    raws = _lit(doc)
    assert len(raws) == 2
    assert all("cited in the text" not in r for r in raws)


MD_LIST = """# Notes on tides

Tides follow the moon (Rowe 2019).

## Bibliography

Rowe, Kim. 2019. *Working Memory Load*. Leiden: Brill.

Please write to the editors when a link in this list no longer works, so that it can be fixed.

Obi, Nia. 2018. *Recall in Older Adults*. Boston: Quay Books.
"""


def test_markdown_prose_paragraph_in_list_is_no_entry() -> None:
    doc = parse_bytes(MD_LIST.encode(), "notes.md", "pandoc-markdown")
    raws = _lit(doc)
    assert len(raws) == 2
    assert all("editors" not in r for r in raws)


MD_PLACEHOLDER = """# Notes

Colour terms vary ((<a href="#citeproc_bib_item_1">Berg 2004</a>); lee2010gone).

## References

<div class="csl-bib-body">
  <div class="csl-entry"><a id="citeproc_bib_item_1"></a>Berg, Ola. 2004. “Colour Terms.” <i>Lexis</i> 2: 3–8.</div>
  <div class="csl-entry">NO_ITEM_DATA:lee2010gone.</div>
</div>
"""

HTML_PLACEHOLDER = """<html><body>
<p>Colour terms vary (Berg 2004; lee2010gone).</p>
<h2>References</h2>
<div class="csl-bib-body">
<div class="csl-entry">Berg, Ola. 2004. “Colour Terms.” <i>Lexis</i> 2: 3–8.</div>
<div class="csl-entry">NO_ITEM_DATA:lee2010gone</div>
</div>
</body></html>
"""


@pytest.mark.parametrize(
    ("data", "name"),
    [(MD_PLACEHOLDER, "post.md"), (HTML_PLACEHOLDER, "post.html")],
    ids=["markdown", "html"],
)
def test_no_item_data_is_a_missing_key(data: str, name: str) -> None:
    doc = parse_bytes(data.encode(), name)
    assert not any("NO_ITEM_DATA" in r for r in _lit(doc))
    missing = [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert [a.footnote for a in missing] == ["lee2010gone"]
    assert AnomalyCode.LITERATURE_UNCITED not in _codes(doc)


def test_docx_no_item_data_is_a_missing_key() -> None:
    data = build(
        [
            p(t("Colour terms vary (Berg 2004; lee2010gone).")),
            p(t("References"), style="Heading1"),
            p(t("Berg, Ola. 2004. “Colour Terms.” Lexis 2: 3–8.")),
            p(t("NO_ITEM_DATA:lee2010gone")),
        ]
    )
    doc = parse_bytes(data, "essay.docx")
    assert not any("NO_ITEM_DATA" in r for r in _lit(doc))
    missing = [a.footnote for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert missing == ["lee2010gone"]


def test_docx_prose_under_literature_heading_is_no_entry() -> None:
    data = build(
        [
            p(t("Trams came back (Rowe 2019).")),
            p(t("Bibliography"), style="Heading1"),
            p(t("Each work cited in the text is listed here once, in the order of its author.")),
            p(t("Rowe, K. (2019). Working memory load. Memory Studies, 4, 1–9.")),
        ]
    )
    doc = parse_bytes(data, "essay.docx")
    raws = _lit(doc)
    assert len(raws) == 1
    assert raws[0].startswith("Rowe")


def _work(key: str, title: str, year: int | None, author: str) -> RawNote:
    ref = Reference(raw=title, line=1, end_line=1, title=title, year=year, authors=(author,))
    return RawNote(key, title, 1, 1, reference=ref, key=True)


def _printed(*texts: str) -> list[RawNote]:
    return [RawNote(str(k), text, k, k) for k, text in enumerate(texts, 1)]


@pytest.mark.parametrize(
    ("printed", "works", "expected"),
    [
        (  # APA rendering of two works, in the list's order
            _printed(
                "Marsh, L., & Tan, R. (1962). Folding rules of shells. Cold Harbor Papers.",
                "Ide, C. (2011). A map of reef atlases: a resource. Ocean Data, 39, 1–5.",
            ),
            [
                _work("ide2011", "A map of reef atlases: a resource", 2011, "Ide, C."),
                _work("marsh1962", "Folding rules of shells", 1962, "Marsh, L."),
            ],
            {0: "marsh1962", 1: "ide2011"},
        ),
        (  # an entry added by hand: no work
            _printed("Our own field notes, kept by the station (2020)."),
            [_work("ide2011", "A map of reef atlases", 2011, "Ide, C.")],
            {},
        ),
        (  # the title printed but another year: another edition, not the work
            _printed("Ide, C. (1999). A map of reef atlases. Ocean Data."),
            [_work("ide2011", "A map of reef atlases", 2011, "Ide, C.")],
            {},
        ),
        (  # one title, two authors: the entry naming the work's author
            _printed(
                "Berg, O. (2004). Notes on colour terms. Lexis.",
                "Lund, P. (2004). Notes on colour terms. Lexis.",
            ),
            [
                _work("lund", "Notes on colour terms", 2004, "Lund, P."),
                _work("berg", "Notes on colour terms", 2004, "Berg, O."),
            ],
            {0: "berg", 1: "lund"},
        ),
        (  # a title too short to tell
            _printed("Ide, C. (2011). Notes. Ocean Data."),
            [_work("ide2011", "Notes", 2011, "Ide, C.")],
            {},
        ),
    ],
    ids=["apa-two", "by-hand", "other-year", "same-title", "short-title"],
)
def test_printed_works(
    printed: list[RawNote], works: list[RawNote], expected: dict[int, str]
) -> None:
    assert printed_works(printed, works) == expected


BIB = """@article{marsh1962, author={Marsh, L. and Tan, R.}, title={Folding rules of shells},
 journal={Cold Harbor Papers}, year={1962}}
@article{ide2011, author={Ide, C.}, title={A map of reef atlases: a resource},
 journal={Ocean Data}, year={2011}}
"""


def test_docx_keys_with_printed_list_and_bibliography(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(BIB, encoding="utf-8")
    data = build(
        [
            p(t("Shells fold [@marsh1962] and reefs are mapped [@ide2011].")),
            p(t("References"), style="Heading1"),
            p(t("Ide, C. (2011). A map of reef atlases: a resource. Ocean Data.")),
            p(t("Marsh, L., & Tan, R. (1962). Folding rules of shells. Cold Harbor Papers.")),
        ]
    )
    doc = parse_bytes(data, "draft.docx", options=ReadOptions(bibliography=(str(bib),)))
    assert len(doc.literature) == 2
    assert {e.label for e in doc.literature} == {"marsh1962", "ide2011"}
    assert AnomalyCode.LITERATURE_UNCITED not in _codes(doc)
    # printed order kept
    assert [e.label for e in doc.literature] == ["ide2011", "marsh1962"]
