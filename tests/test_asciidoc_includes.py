"""AsciiDoc: include:: directives, two-line section titles, cross references to other files."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.adocinclude import line_ranges, splice, tagged_lines, verbatim_block
from bibcheck.readers.asciidoc import key_shape, two_line_title


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for fn in doc.footnotes for m in fn.markers]
    return sorted(found + [(m.label, m.line) for m in doc.stray_markers])


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Ausgangslage", "------------"], (2, "Ausgangslage")),
        (["Document Title", "=============="], (1, "Document Title")),
        (["Sub", "~~~"], (3, "Sub")),
        (["Deeper", "^^^^^^^"], (4, "Deeper")),
        (["Short", "--------"], None),  # the underline must be within two characters
        (["Code", "----"], (2, "Code")),  # Asciidoctor reads this as a title too
        (["", "----"], None),  # a listing block opens
        (["* item", "------"], None),  # a list item is no title
        (["[source]", "--------"], None),  # block attributes
        (["Title", "-=-=-"], None),  # mixed characters
        (["Title"], None),
        (["A much longer line of text", "----"], None),  # a delimiter after a paragraph
    ],
    ids=[
        "dash",
        "equals",
        "tilde",
        "caret",
        "too-long",
        "four-dashes",
        "blank",
        "list-item",
        "attributes",
        "mixed",
        "last-line",
        "paragraph-then-delimiter",
    ],
)
def test_two_line_title(lines: list[str], want: tuple[int, str] | None) -> None:
    assert two_line_title(lines, 0) == want


@pytest.mark.parametrize(
    ("value", "count", "want"),
    [
        ("1..3", 10, [1, 2, 3]),
        ("2;5", 10, [2, 5]),
        ("8..-1", 10, [8, 9, 10]),
        ("8..", 10, [8, 9, 10]),
        ("1..2,4", 10, [1, 2, 4]),
        ("9..20", 10, [9, 10]),
        ("x", 10, None),
    ],
    ids=["range", "single", "to-end", "open", "comma", "clipped", "bad"],
)
def test_line_ranges(value: str, count: int, want: list[int] | None) -> None:
    assert line_ranges(value, count) == want


def test_tagged_lines() -> None:
    lines = ["a", "// tag::x[]", "b", "// tag::y[]", "c", "// end::y[]", "// end::x[]", "d"]
    assert tagged_lines(lines, {"x"}) == [3, 5]
    assert tagged_lines(lines, {"y"}) == [5]
    assert tagged_lines(lines, {"z"}) == []


def test_key_shape_separates_citation_keys_from_section_ids() -> None:
    assert key_shape("beyer2016") == key_shape("majors2022b")
    assert key_shape("slo-chapter") != key_shape("beyer2016")
    assert key_shape("slo-chapter") == key_shape("intro-part")


def test_splice_keeps_each_lines_own_number(tmp_path: Path) -> None:
    write(tmp_path, "parts/a.adoc", "A1\nA2\ninclude::b.adoc[]\nA4\n")
    write(tmp_path, "parts/b.adoc", "B1\nB2\n")
    main = write(tmp_path, "main.adoc", ":parts: parts\nM2\ninclude::{parts}/a.adoc[]\nM4\n")
    out = splice(main.read_text().splitlines(), tmp_path, main)
    assert out.lines == [
        ":parts: parts",
        "M2",
        "",
        "A1",
        "A2",
        "",
        "B1",
        "B2",
        "A4",
        "M4",
    ]
    assert out.origin == [1, 2, 3, 1, 2, 3, 1, 2, 4, 4]
    assert out.anomalies == []
    assert out.files == 2


@pytest.mark.parametrize(
    ("directive", "files", "why"),
    [
        ("include::missing.adoc[]", {}, "missing.adoc"),
        ("include::{nowhere}/x.adoc[]", {}, "attribute {nowhere}"),
        ("include::https://example.org/x.adoc[]", {}, "a URL"),
        ("include::loop.adoc[]", {"loop.adoc": "L1\ninclude::loop.adoc[]\n"}, "includes itself"),
    ],
    ids=["missing", "unset-attribute", "url", "loop"],
)
def test_splice_says_what_it_could_not_include(
    tmp_path: Path, directive: str, files: dict[str, str], why: str
) -> None:
    for name, text in files.items():
        write(tmp_path, name, text)
    main = write(tmp_path, "main.adoc", f"Text\n{directive}\nMore\n")
    out = splice(main.read_text().splitlines(), tmp_path, main)
    assert [a.code for a in out.anomalies] == [C.INCLUDE_UNREADABLE]
    assert why in out.anomalies[0].message
    assert out.lines[0] == "Text" and out.lines[-1] == "More"


def test_splice_filters(tmp_path: Path) -> None:
    write(tmp_path, "p.adoc", "one\n// tag::keep[]\ntwo\n// end::keep[]\nthree\nfour\n")
    main = write(
        tmp_path,
        "main.adoc",
        "include::p.adoc[tag=keep]\ninclude::p.adoc[lines=5..6]\ninclude::p.adoc[tags=!keep]\n",
    )
    out = splice(main.read_text().splitlines(), tmp_path, main)
    assert out.lines[:4] == ["", "two", "", "three"]
    assert out.origin[:4] == [1, 3, 2, 5]
    # a filter not understood: the whole file (tag lines dropped), and said
    assert out.lines[5:] == ["", "one", "two", "three", "four"]
    assert [a.code for a in out.anomalies] == [C.INCLUDE_UNREADABLE]
    assert "tags=!keep" in out.anomalies[0].message


def test_included_citations_are_read_at_their_own_lines(tmp_path: Path) -> None:
    write(
        tmp_path,
        "partials/routing.adoc",
        """
        == Routing

        Alerts are routed by labels <<wilkins2020>>.footnote:[Injected by the pipeline.]
        """,
    )
    path = write(
        tmp_path,
        "chapter.adoc",
        """
        Alerting on What Matters
        ========================
        :doctype: book

        Why alerts are noise
        --------------------

        Most pages are not actionable <<beyer2016>>; see <<slo-chapter>>.

        include::partials/routing.adoc[]

        [bibliography]
        References
        ----------

        - [[[beyer2016]]] Beyer, B. et al. (2016). Site Reliability Engineering. O'Reilly.
        - [[[wilkins2020]]] Wilkins, C. (2020). Routing alerts to the right team. ;login: 45(2).
        """,
    )
    doc = parse_file(path)
    assert doc.reader == "asciidoc"
    assert doc.title == "Alerting on What Matters"
    assert cites(doc) == [("1", 3), ("beyer2016", 8), ("wilkins2020", 3)]
    assert [e.label for e in doc.literature] == ["beyer2016", "wilkins2020"]
    codes = {a.code for a in doc.all_anomalies()}
    assert C.CITATION_KEY_MISSING not in codes  # <<slo-chapter>>: another chapter
    assert C.INCLUDE_UNREADABLE not in codes


def test_missing_include_is_said_not_passed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "chapter.adoc",
        """
        = Chapter

        Text <<a2020>>.

        include::partials/gone.adoc[]

        [bibliography]
        == References

        - [[[a2020]]] Author, A. (2020). Title. Publisher.
        """,
    )
    doc = parse_file(path)
    unreadable = [a for a in doc.all_anomalies() if a.code is C.INCLUDE_UNREADABLE]
    assert [a.line for a in unreadable] == [5]


@pytest.mark.parametrize(
    ("lines", "open_after"),
    [
        (["----"], ["----"]),
        (["....", "text", "...."], ["....", "....", None]),
        (["-----", "----", "-----"], ["-----", "-----", None]),  # closes at its own length
        (["---", "text"], [None, None]),  # three dashes open nothing
        (
            ["[source,erlang]", "----", "include::x.erl[]", "----", "after"],
            [None, "----", "----", None, None],
        ),
    ],
    ids=["listing", "literal", "same-length", "too-short", "source-block"],
)
def test_verbatim_block_tracks_listing_and_literal_delimiters(
    lines: list[str], open_after: list[str | None]
) -> None:
    current: str | None = None
    seen = []
    for line in lines:
        current = verbatim_block(current, line)
        seen.append(current)
    assert seen == open_after


def test_an_unreadable_include_in_a_code_listing_costs_no_citation(tmp_path: Path) -> None:
    """The source file of a code sample (``include::`` inside ``----`` or ``....``) holds
    no citation: missing, it is no anomaly; the same include outside a block still is."""
    path = write(
        tmp_path,
        "book.adoc",
        """
        = Book

        The machine follows <<warren83>>.

        [source,erlang]
        ----
        include::../code/example.erl[]
        ----

        ....
        include::../code/output.txt[]
        ....

        include::chapters/missing.adoc[]

        [bibliography]
        == References

        - [[[warren83]]] D. H. D. Warren. An abstract Prolog instruction set. SRI, 1983.
        """,
    )
    doc = parse_file(path)
    unreadable = [a for a in doc.all_anomalies() if a.code is C.INCLUDE_UNREADABLE]
    assert [a.line for a in unreadable] == [14]
    assert cites(doc) == [("warren83", 3)]
