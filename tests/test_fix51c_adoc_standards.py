"""Fix 51c: AsciiDoc standards (Metanorma's shape) over several files.

* Bibliography entries wherever a ``* [[[id]]]`` / ``- [[[id,label]]]`` list stands: a
  ``[bibliography]`` section whose title carries a block anchor (``[[Bibliography]]``
  between the style and the title), an annex marked by its title only, Metanorma's
  ``* [[[id,label]]], text``.
* A ``<<id>>`` / ``xref:id[]`` of an entry is a citation; one of a section, an inline
  anchor or a block id (``[[id]]``, ``[#id,reftext=...]``, ``[id=x]``) is none; one of
  nothing, shaped like a citation key, is never dropped in silence.
* Anomalies in included files name the file; an include that fails inside an included
  file says which file it stands in.
* Standards bodies' entries (number, names, colon, title) give names and title.

Own fixtures, written in the shapes such documents use.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.model import RawDocument
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.numbered_documents import names, numbered_entry
from bibcheck.readers.adockeys import reference_key
from bibcheck.readers.asciidoc import read, read_opts
from bibcheck.readers.registry import ReadOptions
from bibcheck.readers.relines import in_file
from tests.growth import growth
from tests.test_regex_growth import assert_linear


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


# A small standard: a main file of includes, clauses in their own files.
MAIN = """
= Tile Matrix Exchange Standard
:doctype: standard
:docnumber: 99-001

include::sections/clause_1_scope.adoc[]

include::sections/clause_2_references.adoc[]

include::sections/clause_5_links.adoc[]

<<<

include::sections/annex_bibliography.adoc[]
"""

SCOPE = """
[[scope]]
== Scope

This standard builds on <<RFC3339>> and the model of <<tms-model>>.
See <<collection-definition>> and <<link-table>> for the resources.

[[collection-definition]]
=== Collections

A collection is described in <<fig-map,the figure>>.

[id=fig-map]
.A map
image::map.png[]
"""

REFERENCES = """
[bibliography]
== Normative references

* [[[RFC3339,IETF RFC 3339]]] Klyne, G., Newman, C.: IETF RFC 3339, Date and Time on the Internet: Timestamps
* [[[OGC19-072,OGC 19-072]]] Charles Heazel: OGC API - Common - Part 1: Core. OGC 19-072, Open Geospatial Consortium
- [[[tms-model]]] OGC 17-083r4, Joan Masó: OGC Two Dimensional Tile Matrix Set. (2022)
"""

LINKS = """
== Links

[#link-table,reftext='{table-caption} {counter:table-num}']
|===
| rel | meaning
| self | this document
|===

Links follow <<RFC8288,Web Linking>> and the <<link-types,registered types>>, as the
best practices advise (<<SDWBP,Best Practices>>; xref:DWBP[]).  A missing one:
<<OGC99-999>>.  Another page's section: <<install.adoc#getting-started>>.

[source,asciidoc]
----
* [[[not-an-entry]]] A listing, no entry.
----
"""

ANNEX = """
[appendix]
[bibliography]
[[Bibliography]]
== Bibliography

* [[[SDWBP,1]]], W3C/OGC: Spatial Data on the Web Best Practices, W3C Working Group Note 28 September 2017
* [[[DWBP,2]]], W3C: Data on the Web Best Practices, W3C Recommendation 31 January 2017
* [[[link-types,3]]], IANA: Link Relation Types
* [[[RFC8288,IETF RFC 8288]]] Nottingham, M.: IETF RFC 8288, Web Linking
"""


def _standard(tmp_path: Path, annex: str = ANNEX, links: str = LINKS) -> RawDocument:
    write(tmp_path, "sections/clause_1_scope.adoc", SCOPE)
    write(tmp_path, "sections/clause_2_references.adoc", REFERENCES)
    write(tmp_path, "sections/clause_5_links.adoc", links)
    write(tmp_path, "sections/annex_bibliography.adoc", annex)
    main = write(tmp_path, "document.adoc", MAIN)
    return read_opts(main.read_text(), str(main), ReadOptions())


def test_entries_in_every_bibliography_of_the_standard(tmp_path: Path) -> None:
    raw = _standard(tmp_path)
    got = [(n.label, n.file, n.line) for n in raw.literature]
    assert got == [
        ("RFC3339", "sections/clause_2_references.adoc", 4),
        ("OGC19-072", "sections/clause_2_references.adoc", 5),
        ("tms-model", "sections/clause_2_references.adoc", 6),
        ("SDWBP", "sections/annex_bibliography.adoc", 6),
        ("DWBP", "sections/annex_bibliography.adoc", 7),
        ("link-types", "sections/annex_bibliography.adoc", 8),
        ("RFC8288", "sections/annex_bibliography.adoc", 9),
    ]
    # (Metanorma's comma after the anchor is no part of the entry)
    assert next(n.text for n in raw.literature if n.label == "DWBP").startswith("W3C: Data")


@pytest.mark.parametrize(
    "annex",
    [
        # the block anchor between the style and the title (Metanorma's template)
        ANNEX,
        # an annex marked by its title only, entries written with "-"
        ANNEX.replace("[bibliography]\n", "").replace("* [[[", "- [[["),
        # the anchor above the style
        ANNEX.replace("[bibliography]\n[[Bibliography]]", "[[Bibliography]]\n[bibliography]"),
    ],
    ids=["anchor-below-style", "title-only", "anchor-above-style"],
)
def test_annex_citations_are_citations(tmp_path: Path, annex: str) -> None:
    raw = _standard(tmp_path, annex=annex)
    marks = {(m.label, m.file, m.line) for m in raw.markers}
    links = "sections/clause_5_links.adoc"
    assert {
        ("RFC8288", links, 9),
        ("link-types", links, 9),
        ("SDWBP", links, 10),
        ("DWBP", links, 10),
        ("RFC3339", "sections/clause_1_scope.adoc", 4),
        ("tms-model", "sections/clause_1_scope.adoc", 4),
    } <= marks


def test_internal_cross_references_are_no_citations(tmp_path: Path) -> None:
    raw = _standard(tmp_path)
    labels = {m.label for m in raw.markers}
    # a section's [[id]], a table's [#id,reftext=...], an image's [id=...], a listing's
    # [[[id]]], another page's section
    for internal in ("collection-definition", "link-table", "fig-map", "not-an-entry"):
        assert internal not in labels
    assert not [k for k in labels if "getting-started" in k]
    assert not [a for a in raw.anomalies if a.code is C.XREF_UNRESOLVED]


def test_missing_entry_is_said_with_its_file(tmp_path: Path) -> None:
    raw = _standard(tmp_path)
    missing = [a for a in raw.anomalies if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("OGC99-999", 11)]
    assert missing[0].message.endswith("(in sections/clause_5_links.adoc)")
    assert ("OGC99-999", "sections/clause_5_links.adoc", 11) in {
        (m.label, m.file, m.line) for m in raw.markers
    }


def test_anomaly_in_the_main_file_names_no_file(tmp_path: Path) -> None:
    links = LINKS.replace("<<OGC99-999>>", "<<RFC3339>>")
    main_text = MAIN.replace("<<<", "See <<ISO9999>>.")
    write(tmp_path, "sections/clause_1_scope.adoc", SCOPE)
    write(tmp_path, "sections/clause_2_references.adoc", REFERENCES)
    write(tmp_path, "sections/clause_5_links.adoc", links)
    write(tmp_path, "sections/annex_bibliography.adoc", ANNEX)
    main = write(tmp_path, "document.adoc", main_text)
    raw = read_opts(main.read_text(), str(main), ReadOptions())
    missing = [a for a in raw.anomalies if a.code is C.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("ISO9999", 11)]
    assert "(in " not in missing[0].message


def test_include_failing_in_an_included_file_names_that_file(tmp_path: Path) -> None:
    write(tmp_path, "sections/clause.adoc", "== Clause\n\ninclude::../gone.adoc[]\n")
    main = write(tmp_path, "document.adoc", "= T\n\ninclude::sections/clause.adoc[]\n")
    raw = read_opts(main.read_text(), str(main), ReadOptions())
    unread = [a for a in raw.anomalies if a.code is C.INCLUDE_UNREADABLE]
    assert len(unread) == 1
    assert "at line 3 of sections/clause.adoc" in unread[0].message
    # (one in the main file names no file)
    main = write(tmp_path, "other.adoc", "= T\n\ninclude::gone.adoc[]\n")
    raw = read_opts(main.read_text(), str(main), ReadOptions())
    unread = [a for a in raw.anomalies if a.code is C.INCLUDE_UNREADABLE]
    assert "at line 3 was not read" in unread[0].message


@pytest.mark.parametrize(
    ("message", "name", "want"),
    [
        ("<<X1>> points at nothing", "a/b.adoc", "<<X1>> points at nothing (in a/b.adoc)"),
        # a message that names the file already is left as it is
        ("include::c.adoc[] at line 3 of a/b.adoc", "a/b.adoc", "include::c.adoc[] at line 3 of a/b.adoc"),
    ],
)  # fmt: skip
def test_in_file(message: str, name: str, want: str) -> None:
    assert in_file(message, name) == want


# --- one file: block anchors, entries anywhere, negatives --------------------------------

ONE = """\
= Notes
{head}
== Text

Timestamps follow <<RFC3339>>; see <<defs>> and [[inline-anchor]]this term.

[[defs]]
== Definitions

Terms as in <<inline-anchor>>.

<<<

{bib}
"""

BIB = """\
[bibliography]
[[refs]]
== References

* [[[RFC3339,IETF RFC 3339]]] Klyne, G., Newman, C.: IETF RFC 3339, Date and Time on the Internet: Timestamps
"""


@pytest.mark.parametrize(
    ("head", "bib", "want_marks", "want_entries"),
    [
        ("", BIB, [("RFC3339", 5)], ["RFC3339"]),
        # the same list under a title alone (no [bibliography] style)
        ("", BIB.replace("[bibliography]\n", ""), [("RFC3339", 5)], ["RFC3339"]),
        # "[[[" inside a listing is code: no entry, and then no citation either
        ("", "----\n" + BIB.split("\n", 3)[3] + "----\n", [], []),
        # "[[[x]]]" in a paragraph, not a list item: no entry
        ("", "See [[[RFC3339]]] here.\n", [], []),
    ],
    ids=["style-and-anchor", "title-only", "listing", "paragraph"],
)
def test_bibliography_list_anywhere(
    head: str, bib: str, want_marks: list[tuple[str, int]], want_entries: list[str]
) -> None:
    raw = read(ONE.format(head=head, bib=bib))
    assert [(m.label, m.line) for m in raw.markers] == want_marks
    assert [n.label for n in raw.literature] == want_entries
    assert not [a for a in raw.anomalies if a.footnote in ("defs", "inline-anchor")]


@pytest.mark.parametrize(
    ("item", "want"),
    [
        # the label alone: Metanorma fetches the entry by the document number
        ("* [[[ISO712,ISO 712]]]", "ISO 712"),
        ("* [[[ISO712,nofetch(ISO 712:2009)]]]", "ISO 712:2009"),
        # a text of its own wins; a bare number or a word is no document's label
        ("* [[[ISO712,ISO 712]]], _Cereals -- Moisture_", "*Cereals -- Moisture*"),
        ("* [[[ref1,1]]]", ""),
        ("* [[[post,HTTP POST]]]", ""),
    ],
    ids=["label-only", "nofetch", "own-text", "number", "word"],
)
def test_entry_of_its_label_alone(item: str, want: str) -> None:
    raw = read(f"= T\n\n== Scope\n\nSee <<ISO712>>.\n\n[bibliography]\n== Refs\n\n{item}\n")
    assert [n.text for n in raw.literature] == [want]


# --- a cross reference shaped like a citation key, in a document with no bibliography ---


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("Encrypted transport <<RFC8484>> and <<SDWBP,best practices>>.", 2),
        ("See xref:smith2020[].", 1),
        # sections of other pages, a section id, a file: no citation keys
        ("See <<getting-started>>, <<_overview>>, <<sec-x>> and <<guide.adoc#top>>.", 0),
    ],
    ids=["designation-and-acronym", "author-year", "sections"],
)
def test_no_bibliography_key_shaped_xrefs_are_said(body: str, want: int) -> None:
    raw = read(f"= T\n\n== Part\n\n{body}\n")
    unread = [a for a in raw.anomalies if a.code is C.UNREAD_REGION]
    assert raw.markers == ()
    if want:
        assert len(unread) == 1 and unread[0].line == 5
        assert unread[0].message.startswith(f"{want} cross reference")
    else:
        assert unread == []


@pytest.mark.parametrize(
    ("key", "want"),
    [
        ("RFC3339", True),
        ("OGC17-069r3", True),
        ("ISO19115-1", True),
        ("NIST800-86", True),
        ("SDWBP", True),
        ("smith2020", True),
        ("vanDijk_2019a", True),
        ("getting-started", False),
        ("collection-definition", False),
        ("link-types", False),
        ("Overview", False),
        ("API", True),  # (an acronym: a key if nothing else has the id)
        ("v2", False),
    ],
)
def test_reference_key(key: str, want: bool) -> None:
    assert reference_key(key) is want


# --- standards bodies' entries --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "IETF RFC 3986, Berners-Lee, T., Fielding, R., Masinter, L: Uniform Resource "
            "Identifier (URI): Generic Syntax. (2005)",
            ("Berners-Lee, T.", "Fielding, R.", "Masinter, L"),
            "Uniform Resource Identifier (URI): Generic Syntax",
            2005,
        ),
        (
            "OGC 19-072, Charles Heazel: OGC API - Common - Part 1: Core",
            ("Charles Heazel",),
            "OGC API - Common - Part 1: Core",
            None,
        ),
        (
            "Klyne, G., Newman, C.: IETF RFC 3339, Date and Time on the Internet: Timestamps",
            ("Klyne, G.", "Newman, C."),
            "Date and Time on the Internet: Timestamps",
            None,
        ),
        (
            "Charles Heazel: OGC API - Common - Part 2: Geospatial Data (Draft). OGC 20-024, "
            "Open Geospatial Consortium",
            ("Charles Heazel",),
            "OGC API - Common - Part 2: Geospatial Data (Draft)",
            None,
        ),
        (
            "ISO: ISO 19115-1:2014, Geographic information -- Metadata -- Part 1: Fundamentals",
            ("ISO",),
            "Geographic information -- Metadata -- Part 1: Fundamentals",
            2014,
        ),
        (
            "OGC 17-069r4, Clemens Portele, Panagiotis Vretanos, Charles Heazel: OGC API - "
            "Features - Part 1: Core. (2019)",
            ("Clemens Portele", "Panagiotis Vretanos", "Charles Heazel"),
            "OGC API - Features - Part 1: Core",
            2019,
        ),
        (
            "OGC 08-131r3, Open Geospatial Consortium: The Specification Model -- A Standard "
            "for Modular specifications (2009)",
            ("Open Geospatial Consortium",),
            "The Specification Model -- A Standard for Modular specifications",
            2009,
        ),
    ],
    ids=["number-first", "number-first-forward", "number-before-title", "number-after-title",
         "body-acronym", "three-editors", "body-name"],
)  # fmt: skip
def test_standards_entry_fields(
    text: str, authors: tuple[str, ...], title: str, year: int | None
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)


@pytest.mark.parametrize(
    "text",
    [
        # a title with a colon, no document number
        "Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group. KDIGO 2012 "
        "Clinical Practice Guideline. Kidney Int Suppl. 2013;3:1-150.",
        "HTTP: The Definitive Guide. O'Reilly, 2002.",
        # a title-case title after the number is no name
        "ISO 19115-1:2014, Geographic Information: Metadata -- Part 1",
        "NIST SP 800-86, Guide to Integrating Forensic Techniques into Incident Response: "
        "Recommendations",
        # names, a colon, a title: no number, so not this module's
        "Smith, J.: A study of queues. Journal of Things 3, 2019.",
        # a title with a digit is no number ("HTML5")
        "W3C: HTML5, W3C Recommendation",
        # a book's identifier is no document number, nor one further on than the title
        "Paula Brandt: *Die erfundene Mühle.* Musterverlag Kassel 1985, ISBN 3-12-345678-9.",
        "Paula Brandt: Die erfundene Mühle. Musterverlag, Kassel 1985. Reihe ABC 12.",
    ],
    ids=["kdigo", "acronym-title", "title-case-title", "guide", "no-number", "html5", "isbn",
         "series-after-imprint"],
)  # fmt: skip
def test_not_a_numbered_entry(text: str) -> None:
    assert numbered_entry(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Berners-Lee, T., Fielding, R., Masinter, L", ("Berners-Lee, T.", "Fielding, R.", "Masinter, L")),
        ("Charles Heazel and Joan Masó", ("Charles Heazel", "Joan Masó")),
        ("W3C", ("W3C",)),
        ("Geographic Information", None),
        ("Data on the Web", None),
        ("Smith", None),
    ],
)  # fmt: skip
def test_names(text: str, want: tuple[str, ...] | None) -> None:
    assert names(text) == want


# --- linear on long lines --------------------------------------------------------------

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab " * (n // 3), id="capitalised-words"),
    pytest.param(lambda n: "Smith, J, " * (n // 10), id="names"),
    pytest.param(lambda n: "RFC 1, " * (n // 7), id="numbers"),
    pytest.param(lambda n: "OGC 19-072, " + "A. " * (n // 3 - 4), id="initials"),
    pytest.param(lambda n: "X: " * (n // 3), id="colons"),
    pytest.param(lambda n: "[[" * (n // 2), id="brackets"),
]


@pytest.mark.parametrize("line", LINES)
def test_numbered_entry_is_linear(line: Line) -> None:
    assert_linear(numbered_entry, line)


@pytest.mark.parametrize("line", LINES)
def test_reference_key_is_linear(line: Line) -> None:
    assert_linear(reference_key, line)


@pytest.mark.parametrize("line", LINES)
def test_block_anchors_and_ids_are_linear(line: Line) -> None:
    assert_linear(lambda text: read(f"= T\n\n[[{text}\n[id={text}]\n\n{text}\n"), line)


def _unknown_keys(count: int) -> RawDocument:
    body = " ".join(f"<<RFC{n}>>" for n in range(count))
    return read(f"= T\n\n== Part\n\n{body}\n")


def test_many_unknown_keys_are_read_in_linear_time() -> None:
    # (four times the keys: about four times the time, not sixteen)
    assert growth(_unknown_keys, 250, 1000) < 8


def test_many_unknown_keys_are_one_anomaly() -> None:
    raw = _unknown_keys(2000)
    unread = [a for a in raw.anomalies if a.code is C.UNREAD_REGION]
    assert len(unread) == 1 and "and 1995 more" in unread[0].message
