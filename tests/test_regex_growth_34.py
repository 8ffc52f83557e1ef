"""Fix round 34: twelve patterns an earlier round found quadratic (or worse) on adversarial
lines, made linear.  As in tests/test_regex_growth.py (whose ``assert_linear`` this uses):
for each, adversarial lines of the scanner's kind take at most 30 times as long at 10,000
characters as at 1,000, and a table shows the lines the pattern is for still read as before.
(``bstblocks._AND`` was used nowhere, ``_SEP`` having taken its place: it is gone.)
Own fixtures."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.parse.references import archival, chicago, generic, ieee, script_names
from bibcheck.readers import htmlfurniture, mask, orgbook, orginclude, pdftext
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


def _found(pattern: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _matched(pattern: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: (m.span(), m.groupdict()) if (m := pattern.match(text)) else None


# --- a note's publication facts in parentheses (chicago._FACTS) ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "(" + "1" * n, id="digits"),
        pytest.param(lambda n: "(a" + "1" * n + "\x00", id="letter-then-digits"),
        pytest.param(lambda n: "(" + "n.d." * (n // 4), id="no-dates"),
        pytest.param(lambda n: "(1" * (n // 2), id="openings"),
    ],
)
def test_facts_is_linear(line: Line) -> None:
    assert_linear(_found(chicago._FACTS), line)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Tide Mills (Halifax: Nimbus, 1998), 14.", ["Halifax: Nimbus, 1998"]),
        ("Harbour Lights (n.d.), 3", ["n.d."]),
        ("Ropes (see below) and Sails (Leith, 1871)", ["Leith, 1871"]),
        ("Fog (1990) (2nd ed., Oslo 2001)", ["1990", "2nd ed., Oslo 2001"]),
        ("Nets (Bergen: Sjø (1999)", ["1999"]),
        ("Weirs (Bergen: 199)", []),
    ],
)
def test_facts_still_read(text: str, facts: list[str]) -> None:
    assert [m.group("facts") for m in chicago._FACTS.finditer(text)] == facts


# --- a role's name before a backtick (mask._ROLE_NAME, now read backwards) ----------------


def _role(text: str) -> bool:
    return mask._role_name_before(text, 0, len(text))


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "-:a" * (n // 3) + "\x00", id="dash-colon-runs"),
        pytest.param(lambda n: ":a" + ":." * (n // 2), id="scanner"),
        pytest.param(lambda n: "{" + "a" * n, id="open-brace"),
        pytest.param(lambda n: " :" + "a" * n + "::", id="doubled-colon"),
    ],
)
def test_role_name_is_linear(line: Line) -> None:
    assert_linear(_role, line)


@pytest.mark.parametrize(
    ("text", "start", "role"),
    [
        ("see :abbr:", 0, True),
        (":py:func:", 0, True),
        ("text :py:func:", 2, True),
        (":py:func:", 1, False),  # the window starts inside the text: no line start there
        ("x-:term:", 1, True),
        ("a{glossary}", 0, True),
        ("`Table:", 0, False),
        ("word:", 0, False),
        ("a:b:", 0, False),
        (" ::b:", 0, False),
        (" :b::", 0, False),
        (" :b:\n", 0, True),
        (" :b:\n\n", 0, False),
        ("{a b}", 0, False),
    ],
)
def test_role_names_still_read(text: str, start: int, role: bool) -> None:
    assert mask._role_name_before(text, start, len(text)) is role


def test_a_role_still_masks_its_content() -> None:
    # (the behaviour the name is for: a role's content is masked, a code span's colon not)
    m = mask._ROLE_CONTENT.search("see :abbr:`TB`s here")
    assert m is not None and not mask._no_role(m)
    m = mask._ROLE_CONTENT.search("the `x`a:`y` here")
    assert m is not None and mask._no_role(m)


# --- the comma of an inverted Arabic-script name (script_names._INVERTED) -----------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " " * n + "x", id="spaces"),
        pytest.param(lambda n: "\t" * n + "\n", id="tabs"),
        pytest.param(lambda n: "a " * (n // 2) + "x", id="words"),
    ],
)
def test_inverted_is_linear(line: Line) -> None:
    assert_linear(script_names._INVERTED.split, line)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("رضایی، علی", ["رضایی", "علی"]),
        ("رضایی ، علی", ["رضایی", "علی"]),
        ("Amini , Sara", ["Amini", "Sara"]),
        (", , x", ["", "", "x"]),
        ("a\t,\tb ,c", ["a", "b", "c"]),
        ("no comma here", ["no comma here"]),
    ],
)
def test_inverted_still_splits(text: str, parts: list[str]) -> None:
    assert script_names._INVERTED.split(text) == parts


def test_inverted_lists_still_read() -> None:
    assert script_names.joined_people("رضایی، علی؛ امینی، سارا") == ("رضایی، علی", "امینی، سارا")


# --- NLM's bracketed and parenthesised date notes (ieee._DATE_NOTE) ------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "[" + "1" * n, id="bracket-digits"),
        pytest.param(lambda n: " [a" + "1" * n + "\n", id="scanner"),
        pytest.param(lambda n: "2020 (updated " + "1" * n, id="updated-digits"),
        pytest.param(lambda n: "[1" * (n // 2), id="openings"),
    ],
)
def test_date_note_is_linear(line: Line) -> None:
    assert_linear(lambda text: ieee._DATE_NOTE.sub("", text), line)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Oslo: Fjord Press; 2019 [cited 2024 Feb 3].", "Oslo: Fjord Press; 2019."),
        ("2021 [updated 2022 Jul 8; cited 2024 Feb 3]", "2021"),
        ("2016 (updated 2020)", "2016"),
        ("2014 (last updated 2022 Mar).", "2014."),
        ("2009 (Reprinted 2015)", "2009"),
        ("[Internet]. 2019", "[Internet]. 2019"),
        ("2016 (updated often)", "2016 (updated often)"),
        ("Report (updated 2020)", "Report (updated 2020)"),
    ],
)
def test_date_notes_still_removed(text: str, left: str) -> None:
    assert ieee._DATE_NOTE.sub("", text) == left


# --- a PDF's note definition and its notes heading (pdftext) --------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "1 x" + " " * n + "\nx", id="spaces-then-a-line"),
        pytest.param(lambda n: " 1. aa" + " " * n + "\x00", id="scanner"),
        pytest.param(lambda n: "12 " + "a " * (n // 2) + "\nb", id="words"),
    ],
)
def test_definition_is_linear(line: Line) -> None:
    assert_linear(pdftext._DEFINITION.match, line)


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("12 See Marsh, Tidal Mills, 44.  ", ("12", "See Marsh, Tidal Mills, 44.")),
        ("³) Ibid.", ("³", "Ibid.")),
        ("7", ("7", None)),
        ("  5. Nets and weirs \n", ("5", "Nets and weirs")),
        ("1234 Not a note", None),
        ("4 two\nlines", None),
        ("9\u00a0Kay 2001", ("9", "Kay 2001")),
    ],
)
def test_definitions_still_read(line: str, read: tuple[str, str | None] | None) -> None:
    m = pdftext._DEFINITION.match(line)
    assert (m and (m.group("num"), m.group("text"))) == read


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "notes" + " " * n + "x", id="spaces"),
        pytest.param(lambda n: " end notes" + " " * n + "\x00", id="scanner"),
        pytest.param(lambda n: " " * n + "x", id="leading-spaces"),
    ],
)
def test_notes_heading_is_linear(line: Line) -> None:
    assert_linear(pdftext._NOTES_HEADING.match, line)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Notes", True),
        ("End notes :", True),
        ("ENDNOTES", True),
        ("  Notes and References  ", True),
        ("Примечания:", True),
        ("Notes on method", False),
        ("Notes::", False),
    ],
)
def test_notes_headings_still_read(line: str, heading: bool) -> None:
    assert (pdftext._NOTES_HEADING.match(line) is not None) is heading


# --- Org's #+INCLUDE (orginclude._INCLUDE) and a book's linked files (orgbook._LINKED) ----


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "#+include: x" + " " * n + "\nx", id="spaces-then-a-line"),
        pytest.param(lambda n: " #+include: aa" + "\t" * n + "\x00", id="scanner"),
        pytest.param(lambda n: "#+include:" + " " * n, id="no-value"),
    ],
)
def test_include_is_linear(line: Line) -> None:
    assert_linear(orginclude._INCLUDE.match, line)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ('#+INCLUDE: "chapters/one.org" :minlevel 2  ', '"chapters/one.org" :minlevel 2'),
        ("  #+include: two.org\t", "two.org"),
        ("#+include: three.org\r", "three.org\r"),
        ("#+include: four.org\u00a0", "four.org\u00a0"),
        ("#+include: five.org\n", "five.org"),
        ("#+include:   ", None),
        ("#+include:", None),
        ("# +include: six.org", None),
    ],
)
def test_includes_still_read(line: str, value: str | None) -> None:
    m = orginclude._INCLUDE.match(line)
    assert (m and m.group("value")) == value


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "\n" * n + "x", id="blank-lines"),
        pytest.param(lambda n: " \n" * (n // 2) + "x", id="spaced-blank-lines"),
        pytest.param(lambda n: " #+setupfile: a" + " " * n + "\x00", id="scanner"),
        pytest.param(lambda n: "#+include: x" + " " * n + "y", id="spaces-in-value"),
    ],
)
def test_linked_is_linear(line: Line) -> None:
    assert_linear(_found(orgbook._LINKED), line)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ('#+SETUPFILE: "setup/common.org"\n', [("setupfile", "setup/common.org")]),
        (
            "\n\n  #+include: ch1.org :lines 1-9  \n#+INCLUDE: ch2.org",
            [
                ("include", "ch1.org"),
                ("include", "ch2.org"),
            ],
        ),
        ("#+include: https://example.org/a.org", []),
        ("#+title: x\n#+include: ch3.org\r\n", [("include", "ch3.org")]),
        # an empty value is no file (it took the next line, or was a lone space: a traceback)
        ("#+include:\n#+SETUPFILE: setup.org", [("setupfile", "setup.org")]),
        ("#+INCLUDE:   ", []),
        ("#+include:  \n\n", []),
    ],
)
def test_linked_files_still_read(text: str, linked: list[tuple[str, str]]) -> None:
    assert orgbook._linked(text, Path("book")) == [(k, Path("book", n)) for k, n in linked]


# --- an article page's statement headings (htmlfurniture._STATEMENT) -----------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "copyright" + " " * n + "x", id="spaces"),
        pytest.param(
            lambda n: "data , data availability statement" + " " * n + "\x00", id="scanner"
        ),
        pytest.param(lambda n: "data" + ", code" * (n // 6) + "x", id="many-kinds"),
    ],
)
def test_statement_is_linear(line: Line) -> None:
    assert_linear(htmlfurniture._STATEMENT.match, line)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Data availability statement:", True),
        ("Code and data availability", True),
        ("Data, code & materials availability .", True),
        ("Funding information", True),
        ("Competing interests.", True),
        ("Copyright ", True),
        ("Data availability of the models", False),
        ("Copyright law in the colonies", False),
    ],
)
def test_statements_still_read(text: str, statement: bool) -> None:
    assert (htmlfurniture._STATEMENT.match(text) is not None) is statement


# --- a journal's volume and issue (generic._JOURNAL) ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "1(" + "1" * n + "x", id="issue-digits"),
        pytest.param(lambda n: "1 (1-" + "1" * n, id="issue-range"),
        pytest.param(lambda n: ";" + "1" * n + "x", id="after-semicolon"),
    ],
)
def test_journal_is_linear(line: Line) -> None:
    assert_linear(_found(generic._JOURNAL), line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tide Studies 12(3): 45–60.", "12(3):"),
        ("Tide Studies 12 (3–4), 45", "12 (3–4),"),
        ("Tide Studies 12(3-), 45", "12(3-),"),
        ("Tide Studies 1998; 12(3):45", "; 12(3):45"),
        ("Tide Studies, Vol. 12", "Vol. 12"),
        ("Tide Studies, no. 7", "no. 7"),
        ("Twelve Essays on 12 Tides", None),
        ("Tide Studies 12(a): 4", None),
    ],
)
def test_journals_still_found(text: str, found: str | None) -> None:
    m = generic._JOURNAL.search(text)
    assert (m.group(0) if m else None) == found


# --- a published archival source's imprint (archival._PUBLISHED) --------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "(:" + "1" * n, id="colon-digits"),
        pytest.param(lambda n: "(a:" + "1" * n + "x", id="scanner"),
        pytest.param(lambda n: "(" + ":" * n, id="colons"),
        pytest.param(lambda n: "(:1" * (n // 3), id="openings"),
    ],
)
def test_published_is_linear(line: Line) -> None:
    assert_linear(_found(archival._PUBLISHED), line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Letters of a Harbourmaster (Leith: Carr, 1868), 2:14", "(Leith: Carr, 1868)"),
        ("Minutes (Kyiv: Vyd., 1923–1925)", "(Kyiv: Vyd., 1923–1925)"),
        ("Minutes (Leith, 1868)", None),
        ("Minutes (1868: Leith)", None),
        ("Minutes (Leith: Carr (1868))", None),
    ],
)
def test_published_still_found(text: str, found: str | None) -> None:
    m = archival._PUBLISHED.search(text)
    assert (m.group(0) if m else None) == found
