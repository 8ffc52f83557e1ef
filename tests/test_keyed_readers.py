"""Readers that cite by key: Pandoc/R Markdown/Quarto, Org-mode, AsciiDoc; CSL-JSON items."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument, RefKind
from bibcheck.parse.references.csljson import to_reference
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
  year = {2019},
  doi = {10.1234/jt.2019.7}
}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for fn in doc.footnotes for m in fn.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda c: (c[1], c[0]))


def codes(doc: ParsedDocument) -> list[C]:
    return [a.code for a in doc.all_anomalies()]


# ---------------------------------------------------------------- Pandoc citations


@pytest.mark.parametrize(
    ("line", "keys"),
    [
        ("Trade grew [@smith2020].", ["smith2020"]),
        ("Trade grew [see @smith2020, pp. 33-35].", ["smith2020"]),
        ("Both agree [@smith2020; @lee2019, ch. 2].", ["smith2020", "lee2019"]),
        ("Smith says so [-@smith2020].", ["smith2020"]),
        ("@lee2019 argues that markets matter.", ["lee2019"]),
        ("As @lee2019 [p. 4] argues, markets matter.", ["lee2019"]),
        ("Braced keys [@{smith2020}] work too.", ["smith2020"]),
        ("Write to info@example.org or see `[@lee2019]` in code.", []),
        ("See @fig-map and [@sec:intro] for details.", []),
        ("An escaped \\@lee2019 is text.", []),
    ],
    ids=[
        "bracketed",
        "prefix-locator",
        "several",
        "suppress-author",
        "in-text",
        "in-text-locator",
        "braced-key",
        "email-and-code",
        "cross-references",
        "escaped",
    ],
)
def test_pandoc_citation_syntax(tmp_path: Path, line: str, keys: list[str]) -> None:
    write(tmp_path, "refs.bib", BIB)
    path = write(tmp_path, "p.md", f"---\nbibliography: refs.bib\n---\n\n{line}\n")
    doc = parse_file(path) if keys else None
    if doc is None:
        raw = read_pandoc(f"---\nbibliography: refs.bib\n---\n\n{line}\n")
        assert raw.markers == ()
        return
    assert sorted(cites(doc)) == sorted((k, 5) for k in keys)
    assert C.CITATION_KEY_MISSING not in codes(doc)


PANDOC_MORE = """\
---
title: Platform liability
bibliography: refs.bib
abstract: |
  Platforms moderate at scale [@smith2020], and the law
  has followed.
---

Two models compete:

(@strict) strict liability for hosted content;
(@notice) notice and takedown.

Model (@notice) dominates [see @smith2020, 35;
@lee2019, ch. 2], as the cases show.
"""


def test_pandoc_examples_abstract_and_wrapped_groups(tmp_path: Path) -> None:
    """Example-list labels are no keys; the abstract is read; a citation group wrapped over
    two lines counts where it starts, for every key."""
    write(tmp_path, "refs.bib", BIB)
    doc = parse_file(write(tmp_path, "draft.md", PANDOC_MORE))
    assert cites(doc) == [("smith2020", 5), ("lee2019", 14), ("smith2020", 14)]
    assert C.CITATION_KEY_MISSING not in codes(doc)


def test_pandoc_cited_key_is_a_note_with_the_entry(tmp_path: Path) -> None:
    write(tmp_path, "refs.bib", BIB)
    path = write(
        tmp_path,
        "p.md",
        """
        ---
        title: "A paper"
        bibliography: refs.bib
        ---

        @lee2019 showed that markets matter. Trade grew [@smith2020, p. 4].
        Nobody wrote [@ghost2001].[^1]

        [^1]: For a longer treatment of this see @smith2020, ch. 3.
        """,
    )
    doc = parse_file(path)
    notes = {fn.label: fn for fn in doc.footnotes}
    assert notes["lee2019"].reference.doi == "10.1234/jt.2019.7"
    assert notes["lee2019"].literature is not None and notes["lee2019"].literature.method == "key"
    claim = notes["lee2019"].markers[0].claim
    assert claim is not None and claim.text == "Lee showed that markets matter"
    assert notes["1"].reference.title == "Trade and Cooperation"
    assert [e.label for e in doc.literature] == ["lee2019", "smith2020"]
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("ghost2001", 7)]
    assert C.MARKER_WITHOUT_DEFINITION not in codes(doc)


def test_pandoc_without_a_bibliography_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "p.md", "# Paper\n\nTrade grew [@smith2020] and [@lee2019].\n")
    doc = parse_file(path)
    found = codes(doc)
    assert found.count(C.CITATION_KEY_MISSING) == 2
    assert C.BIBLIOGRAPHY_UNREADABLE in found


@pytest.mark.parametrize(
    ("front", "extra"),
    [
        ("bibliography: [refs.bib, more.json]", {}),
        ("bibliography:\n  - refs.bib\n  - more.json", {}),
        ("bibliography: refs.bib", {"more.json": None}),
    ],
    ids=["inline-list", "block-list", "plus-command-line"],
)
def test_pandoc_bibliographies_from_yaml_and_command_line(
    tmp_path: Path, front: str, extra: dict[str, None]
) -> None:
    write(tmp_path, "refs.bib", BIB)
    item = {"id": "web2022", "type": "webpage", "title": "Trade data", "URL": "https://a.org/t"}
    (tmp_path / "more.json").write_text(json.dumps([item]), encoding="utf-8")
    path = write(tmp_path, "p.Rmd", f"---\n{front}\n---\n\nSee [@lee2019; @web2022].\n")
    doc = parse_file(path, bibliography=[tmp_path / name for name in extra])
    assert [e.label for e in doc.literature] == ["lee2019", "web2022"]
    assert doc.literature[1].reference.url == "https://a.org/t"


def test_pandoc_inline_references_and_nocite() -> None:
    text = textwrap.dedent(
        """
        ---
        nocite: |
          @extra
        references:
        - id: one
          type: book
          title: First book
          issued: {date-parts: [[2001]]}
        - id: extra
          type: book
          title: Listed only
        ---

        Text [@one].
        """
    ).lstrip("\n")
    raw = read_pandoc(text)
    assert [n.label for n in raw.literature] == ["one", "extra"]
    assert raw.literature[0].line == 5
    ref = raw.literature[0].reference
    assert ref is not None and ref.year == 2001


def test_pandoc_code_chunks_and_comments_are_not_text() -> None:
    text = "Real [@a].\n\n```{r}\nx <- 1 # [@b]\n```\n\n<!-- [@c] -->\n"
    raw = read_pandoc(text)
    assert [m.label for m in raw.markers] == ["a"]


# ---------------------------------------------------------------- Pandoc labels


def test_pandoc_labels_are_names() -> None:
    text = textwrap.dedent(
        """
        First[^10]. The passage[^3]: it says so. Again[^10].

        [^10]: Ref ten. 2020.
        [^3]: Ref three. 2021.
        """
    ).lstrip("\n")
    raw = read_pandoc(text)
    assert [m.label for m in raw.markers] == ["10", "3", "10"]
    assert raw.labels_are_names
    doc = parse_file_text(text)
    assert not {C.NUMBERING_GAP, C.NUMBERING_OUT_OF_ORDER, C.DUPLICATE_MARKER} & set(codes(doc))


def parse_file_text(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "p.md")


def test_pandoc_conditional_duplicates_are_one_note() -> None:
    text = textwrap.dedent(
        """
        ::: {.content-visible when-format="html"}
        Online[^d].

        [^d]: Demo page. URL: https://a.org/demo
        :::

        ::: {.content-visible when-format="pdf"}
        In print[^d].

        [^d]: Demo page. URL: https://a.org/demo
        :::

        Plain[^e].

        [^e]: One.
        [^e]: Two.
        """
    ).lstrip("\n")
    doc = parse_file_text(text)
    assert [f.label for f in doc.footnotes].count("d") == 1
    dups = [a for a in doc.all_anomalies() if a.code is C.DUPLICATE_DEFINITION]
    assert [a.footnote for a in dups] == ["e"]


def test_code_fence_lines_are_not_page_artifacts() -> None:
    text = "\n\n".join(f"Para {i}[^{i}].\n\n```\ncode\n```" for i in range(1, 5))
    text += "\n\n" + "\n".join(f"[^{i}]: Ref {i}." for i in range(1, 5)) + "\n"
    raw = read_pandoc(text)
    assert C.ARTIFACT_LINE not in [a.code for a in raw.anomalies]


# ---------------------------------------------------------------- Org-mode


@pytest.mark.parametrize(
    ("line", "keys"),
    [
        ("Shown cite:smith2020,lee2019.", ["smith2020", "lee2019"]),
        ("Shown citep:lee2019 and citet:smith2020.", ["lee2019", "smith2020"]),
        ("Shown [[cite:&smith2020;&lee2019]].", ["smith2020", "lee2019"]),
        ("Shown [[citep:See;&lee2019 p. 3]].", ["lee2019"]),
        ("Shown [[cite:lee2019][see::p. 4]].", ["lee2019"]),
        ("Shown [cite:@smith2020].", ["smith2020"]),
        ("Shown [cite/t:see @lee2019 p. 3; @smith2020].", ["lee2019", "smith2020"]),
        ("Verbatim =cite:lee2019= and ~citep:smith2020~ are code.", []),
        ("See ref:fig-1 and label:sec-a, not citations.", []),
        ("#+CAPTION: Conductivity at 25 °C, after cite:lee2019.", ["lee2019"]),
        ("#+NAME: cite:lee2019", []),
    ],
    ids=[
        "orgref2",
        "citep-citet",
        "orgref3",
        "orgref3-prefix",
        "orgref2-description",
        "orgcite",
        "orgcite-style-prefix",
        "verbatim",
        "refs-and-labels",
        "caption",
        "other-keyword",
    ],
)
def test_org_citation_syntax(line: str, keys: list[str]) -> None:
    raw = read_org(f"#+TITLE: T\n\n* Section\n{line}\n")
    assert [m.label for m in raw.markers] == keys


# Every citation link type org-ref defines (its natbib and biblatex lists, with the starred
# and capitalised forms and the multi-cite ones), bracketed (v3) and plain (v2).
ORGREF_TYPES = [
    *("citet", "citet*", "citep", "citep*", "citealt", "citealt*", "citealp", "citealp*"),
    *("citenum", "citetext", "citeauthor", "citeauthor*", "citeyear", "citeyear*"),
    *("citeyearpar", "Citet", "Citep", "Citealt", "Citealp", "Citeauthor"),
    *("Citet*", "Citep*", "Citealt*", "Citealp*", "Citeauthor*"),
    *("cite", "Cite", "cite*", "parencite", "Parencite", "parencite*", "footcite"),
    *("footcitetext", "textcite", "Textcite", "smartcite", "Smartcite", "supercite"),
    *("autocite", "Autocite", "autocite*", "Autocite*", "citetitle", "citetitle*"),
    *("citedate", "citedate*", "citeurl", "fullcite", "footfullcite", "notecite"),
    *("Notecite", "pnotecite", "Pnotecite", "fnotecite"),
    *("cites", "Cites", "parencites", "Parencites", "footcites", "footcitetexts"),
    *("smartcites", "Smartcites", "textcites", "Textcites", "supercites", "autocites"),
    "Autocites",
]


@pytest.mark.parametrize("kind", ORGREF_TYPES)
@pytest.mark.parametrize(
    ("form", "keys"),
    [
        pytest.param("Shown [[{kind}:&ito2018]].", ["ito2018"], id="v3"),
        pytest.param(
            "Shown [[{kind}:As in &ito2018 p. 2;&bao2021]].", ["ito2018", "bao2021"], id="v3-text"
        ),
        pytest.param("Shown {kind}:ito2018,bao2021 here.", ["ito2018", "bao2021"], id="v2"),
    ],
)
def test_org_ref_link_types(kind: str, form: str, keys: list[str]) -> None:
    raw = read_org(f"#+TITLE: T\n\n* Section\n{form.format(kind=kind)}\n")
    assert [m.label for m in raw.markers] == keys


@pytest.mark.parametrize(
    "line",
    [
        "See ref:tab-2, eqref:eq-1, pageref:sec-a and nameref:sec-b.",
        "Links [[citeproc:x]] and [[excite:&ito2018]] and recite:ito2018 are no citations.",
        "Also [[nocite:&ito2018]] and nocite:bao2021 print nothing.",
    ],
    ids=["cross-references", "look-alike-types", "nocite"],
)
def test_org_ref_non_citation_links(line: str) -> None:
    assert not read_org(f"#+TITLE: T\n\n* Section\n{line}\n").markers


def test_org_document_with_bib_footnotes_and_skipped_parts(tmp_path: Path) -> None:
    write(tmp_path, "refs.bib", BIB)
    path = write(
        tmp_path,
        "ch.org",
        """
        #+TITLE: Chapter
        #+BIBLIOGRAPHY: refs.bib

        * Intro
        Markets matter citep:lee2019. A note[fn:1] and an inline one[fn:: See cite:smith2020.].

        #+BEGIN_SRC python
        s = "cite:ghost1"
        #+END_SRC

        * COMMENT Draft
        cite:ghost2

        * Later                                                         :noexport:
        cite:ghost3

        * Footnotes
        [fn:1] Discussed by cite:smith2020, ch. 2.
        """,
    )
    doc = parse_file(path)
    assert doc.reader == "org"
    # A citation inside a note is a citation of its own (issue 11, round 2).
    assert cites(doc) == [
        ("1", 5),
        ("inline-1", 5),
        ("lee2019", 5),
        ("smith2020", 5),
        ("smith2020", 18),
    ]
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert notes["1"].title == notes["inline-1"].title == "Trade and Cooperation"
    assert [e.label for e in doc.literature] == ["lee2019", "smith2020"]
    assert C.CITATION_KEY_MISSING not in codes(doc)


ORG_NOTES = """\
#+TITLE: Scooters

Schemes run in many cities.[fn:1] Most riders would have walked.[fn:2] Injuries rose.[fn:3]

[fn:1] NACTO, [[https://nacto.example.org/micromobility-2021/][Shared Micromobility in North
America 2021]], 2022.
[fn:2] 6t-bureau de recherche, /Usages des trottinettes électriques en
France/ (Paris: 6t, 2019), 14.
[fn:3] Austin Public Health, /Scooter Injuries Study/, May 2019,
[[https://health.example.gov/scooters.pdf][PDF]].
"""


def test_org_note_links_and_italics_are_read_as_titles() -> None:
    doc = parse_bytes(ORG_NOTES.encode(), "memo.org")
    refs = {f.label: f.reference for f in doc.footnotes}
    assert (refs["1"].authors, refs["1"].title, refs["1"].url) == (
        ("NACTO",),
        "Shared Micromobility in North America 2021",
        "https://nacto.example.org/micromobility-2021/",
    )
    assert refs["2"].title == "Usages des trottinettes électriques en France"
    assert (refs["3"].title, refs["3"].url) == (
        "Scooter Injuries Study",
        "https://health.example.gov/scooters.pdf",
    )


def test_org_missing_key_and_missing_bib(tmp_path: Path) -> None:
    path = write(
        tmp_path, "n.org", "#+TITLE: N\n\n* A\nSee cite:lee2019.\n\nbibliography:gone.bib\n"
    )
    doc = parse_file(path)
    found = codes(doc)
    assert C.CITATION_KEY_MISSING in found and C.BIBLIOGRAPHY_UNREADABLE in found


# ---------------------------------------------------------------- AsciiDoc


def test_asciidoc_bibliography_citations_and_cross_references(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "g.adoc",
        """
        = Guide
        :toc:

        == Intro

        Backoff matters <<brooker2015>>, see also <<lee,Lee>> and <<_setup>>.
        A note.footnote:[Discussed in <<lee>>, ch. 2.] Missing <<nowhere>>.

        [[setup-anchor]]
        == Setup

        Fine <<setup-anchor>>.

        [bibliography]
        == References

        * [[[brooker2015]]] Brooker, M. (2015). Exponential backoff and jitter.
          https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/
        * [[[lee]]] Lee, K. (2019). Regional markets. Journal of Trade, 3(1), 1-9.
        """,
    )
    doc = parse_file(path)
    assert doc.reader == "asciidoc"
    # A citation inside a note is a citation of its own (issue 11, round 2); so is a
    # reference shaped like a key whose entry is missing (fix round 31).
    assert cites(doc) == [("brooker2015", 6), ("lee", 6), ("1", 7), ("lee", 7), ("nowhere", 7)]
    assert [e.label for e in doc.literature] == ["brooker2015", "lee"]
    assert doc.literature[0].reference.url == (
        "https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/"
    )
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("nowhere", 7)]
    note = next(fn for fn in doc.footnotes if fn.label == "1")
    assert note.literature is not None and note.literature.number == 2


# ---------------------------------------------------------------- CSL-JSON


@pytest.mark.parametrize(
    ("item", "fields"),
    [
        (
            {
                "id": "a",
                "type": "article-journal",
                "title": "T",
                "author": [{"family": "Smith", "given": "Jane"}, {"literal": "WHO"}],
                "container-title": "J",
                "issued": {"date-parts": [[2020, 5]]},
                "DOI": "https://doi.org/10.1/X",
                "page": "1-9",
                "volume": "3",
                "issue": "2",
            },
            {
                "kind": RefKind.ARTICLE,
                "authors": ("Smith, Jane", "WHO"),
                "host": "J",
                "year": 2020,
                "doi": "10.1/X",
                "pages": "1-9",
                "volume": "3",
                "issue": "2",
            },
        ),
        (
            {
                "id": "w",
                "type": "webpage",
                "title": "Page",
                "URL": "https://a.org/p",
                "accessed": {"date-parts": [[2023, 1, 2]]},
            },
            {"kind": RefKind.WEB, "url": "https://a.org/p", "access_date_raw": "2023-1-2"},
        ),
        (
            {"id": "b", "type": "book", "title": "B", "issued": {"raw": "circa 1999"}},
            {"kind": RefKind.BOOK, "year": 1999},
        ),
        (
            {"id": "u", "type": "webpage", "title": "No URL"},
            {"kind": RefKind.WEB, "anomalies": (C.URL_MISSING,)},
        ),
        (
            {"id": "d", "type": "book", "title": "Bad", "accessed": {"date-parts": [[2023]]}},
            {"anomalies": (C.ACCESS_DATE_INVALID,)},
        ),
        (
            {"id": "s", "type": "dataset", "title": "Wage survey 2018", "publisher": "Office"},
            {"anomalies": ()},
        ),
    ],
    ids=[
        "article",
        "webpage",
        "raw-date",
        "web-without-url",
        "partial-access-date",
        "dataset-without-url",
    ],
)
def test_csl_item_to_reference(item: dict[str, object], fields: dict[str, object]) -> None:
    ref = to_reference(item, 7)
    assert ref.line == 7 and ref.style == "csl-json"
    for name, want in fields.items():
        got = getattr(ref, name)
        if name == "anomalies":
            got = tuple(a.code for a in got)
        assert got == want, name


@pytest.mark.parametrize(
    ("title", "cited"),
    [
        (".Purge latency targets footnote:cf[]", [("1", 5), ("1", 7)]),
        (".Regional targets <<brooker2015>>", [("1", 5), ("brooker2015", 7)]),
        (".Regional targets", [("1", 5)]),
    ],
    ids=["named-footnote-again", "citation", "plain-title"],
)
def test_asciidoc_block_title_that_cites_is_text(
    tmp_path: Path, title: str, cited: list[tuple[str, int]]
) -> None:
    path = write(
        tmp_path,
        "t.adoc",
        f"""
        = Design

        == Purging

        Tags group keys.footnote:cf[Cloudflare, "Purge by tags", Cloudflare Docs, 2023.]

        {title}
        |===
        |Region |p50
        |EU |40
        |===

        [bibliography]
        == References

        * [[[brooker2015]]] Brooker, M. (2015). Exponential backoff and jitter. AWS.
        """,
    )
    doc = parse_file(path)
    assert sorted(cites(doc)) == sorted(cited)


def test_asciidoctor_bibtex_list_need_not_hold_a_work_a_note_names(tmp_path: Path) -> None:
    """A bibliography made from a .bib by the keys cited holds what is cited by key: a
    footnote naming software by its address is no missing entry."""
    write(
        tmp_path,
        "refs.bib",
        "@book{lee2019, author={Lee, K.}, title={Regional markets}, year={2019}}\n",
    )
    path = write(
        tmp_path,
        "r.adoc",
        """
        = Report
        :bibtex-file: refs.bib

        Markets grew cite:[lee2019]. We used software.footnote:[Stratify, version 1.5;
        see http://www.stratify.example/ (accessed 12 October 2022).]

        [bibliography]
        == References

        bibliography::[]
        """,
    )
    doc = parse_file(path)
    assert [f.label for f in doc.footnotes if f.label == "lee2019"] == ["lee2019"]
    assert C.LITERATURE_MISSING not in {a.code for a in doc.all_anomalies()}


def test_asciidoc_metanorma_entries_with_a_comma_after_the_anchor(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "s.adoc",
        """
        = Sensor API

        The API follows <<OGC17-069>> and <<ISO8601-1>>.

        [bibliography]
        == Normative references

        * [[[OGC17-069,OGC 17-069r4]]], OGC API -- Features -- Part 1: Core, version 1.0.1. Open Geospatial Consortium (2022).
        * [[[ISO8601-1,ISO 8601-1]]], Date and time -- Representations for information interchange -- Part 1: Basic rules. International Organization for Standardization (2019).
        """,
    )
    doc = parse_file(path)
    # a standard is a document: its version stays its title's (tests/corpus/README,
    # "Conventions decided in round 73")
    assert [e.reference.title for e in doc.literature] == [
        "OGC API -- Features -- Part 1: Core, version 1.0.1",
        "Date and time -- Representations for information interchange -- Part 1: Basic rules",
    ]
    assert [e.reference.year for e in doc.literature] == [2022, 2019]
