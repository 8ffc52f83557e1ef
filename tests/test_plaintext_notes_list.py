"""Plain text whose body cites ``[n]`` and whose numbered list at the end is headed
"Notes", "Endnotes" or "Sources" (parliamentary briefings, committee reports, research
service reports, memos): the list is read as the reference list; a wrapped body line that
starts with a citation is no list item; OSCOLA pinpoints (``[9, s 78(4)-(6)]``,
``[1, paras 30-34]``, ``[2, sch 1 para 3]``) are citations, also broken over two lines.
Fixtures in ``tests/fixtures/plainnotes/``, written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.evidence import citation_evidence
from bibcheck.readers.plaintext import MARKER, expand, join_ranges, score
from tests.test_regex_growth import assert_linear

FIXTURES = Path(__file__).parent / "fixtures" / "plainnotes"

CITED = {
    "commons-briefing.txt": (
        [(1, 14), (1, 15), (2, 16), (3, 19), (4, 21), (5, 25), (6, 26), (7, 27), (8, 27)]
        + [(9, 27), (10, 34), (10, 35), (11, 36), (12, 37), (13, 38), (14, 41), (15, 42)]
        + [(16, 43), (4, 43)],
        16,
    ),
    "lords-report.txt": (
        [(1, 14), (2, 16), (3, 19), (4, 21), (5, 21), (1, 26), (6, 27), (7, 28), (8, 31)]
        + [(9, 32), (10, 33), (11, 34), (2, 37)],
        11,
    ),
    "crs-report.txt": (
        [(1, 14), (2, 16), (3, 16), (4, 18), (5, 18), (3, 23), (6, 24), (7, 25), (8, 26)]
        + [(9, 31), (10, 32)],
        10,
    ),
    "thinktank-memo.txt": (
        [(1, 9), (2, 10), (3, 10), (4, 12), (5, 15), (6, 16), (7, 16), (8, 18), (5, 19)]
        + [(9, 21), (10, 21)],
        10,
    ),
}


@pytest.mark.parametrize("name", sorted(CITED))
def test_notes_list_is_read_with_every_citation(name: str) -> None:
    cited, entries = CITED[name]
    doc = parse_bytes((FIXTURES / name).read_bytes(), name)
    assert doc.reader == "plain-text"
    found = sorted((int(m.label), m.line) for f in doc.footnotes for m in f.markers)
    assert found == sorted(cited)
    assert [e.number for e in doc.literature] == list(range(1, entries + 1))
    assert not doc.stray_markers
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.LITERATURE_NUMBERING not in codes
    assert AnomalyCode.LITERATURE_UNCITED not in codes


def test_a_changelog_with_bracketed_notes_is_still_refused() -> None:
    with pytest.raises(InputError):
        parse_bytes((FIXTURES / "changelog.txt").read_bytes(), "changelog.txt")


_BODY = "A claim [1] and another [2].\n\n"
_ITEMS = "[1] First work, 2001.\n[2] Second work, 2002.\n"


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        pytest.param(_BODY + "Notes\n-----\n\n" + _ITEMS, True, id="notes-underlined"),
        pytest.param(_BODY + "ENDNOTES\n\n" + _ITEMS, True, id="endnotes-capitals"),
        pytest.param(_BODY + "Notes to Chapter 2\n\n" + _ITEMS, True, id="notes-scoped"),
        pytest.param(
            _BODY + "Notes\n\n1. First work, 2001.\n2. Second work, 2002.\n",
            True,
            id="notes-numbered-with-dots",
        ),
        pytest.param(
            _BODY + "Notes\n\nThe survey was run twice; see the appendix.\n\n" + _ITEMS,
            False,
            id="notes-heading-over-prose",
        ),
        pytest.param("Notes\n\n" + _ITEMS, False, id="no-citation-above"),
        pytest.param(
            _BODY + "References\n\n" + _ITEMS + "\nNotes\n\nThe survey was run twice.\n",
            True,
            id="references-then-prose-notes",
        ),
        pytest.param(
            _BODY + "References\n\nSee the notes.\n\nNotes\n\n" + _ITEMS,
            True,
            id="empty-references-then-notes-list",
        ),
    ],
)
def test_a_notes_heading_over_a_numbered_list(text: str, fits: bool) -> None:
    assert (score(text) >= 0.5) is fits


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param("[9, s 78(4)-(6)]", ["9"], id="subsections-range"),
        pytest.param("[1, s 21(1)(b)]", ["1"], id="nested-subsections"),
        pytest.param("[1, paras 30-34]", ["1"], id="paras"),
        pytest.param("[2, sch 1]", ["2"], id="schedule"),
        pytest.param("[10, sch 1 para 3]", ["10"], id="schedule-and-paragraph"),
        pytest.param("[10, pt 1]", ["10"], id="part"),
        pytest.param("[11, reg 4(2)]", ["11"], id="regulation"),
        pytest.param("[12, r 55.10(2)]", ["12"], id="rule"),
        pytest.param("[1, cl 14(3)]", ["1"], id="clause"),
        pytest.param("[5, ch 6]", ["5"], id="chapter"),
        pytest.param("[4, col 46]", ["4"], id="column"),
        pytest.param("[3, ss 2-4]", ["3"], id="sections"),
    ],
)
def test_oscola_pinpoints(text: str, labels: list[str]) -> None:
    found = [m.group("label") for m in MARKER.finditer(text)]
    assert [n for label in found for n in expand(label)] == labels


@pytest.mark.parametrize(
    ("lines", "first", "second"),
    [
        pytest.param(
            ["see also the discussion in [1,", "    paras 30-34]."],
            "see also the discussion in [1, paras 30-34]",
            ".",
            id="comma-then-pinpoint",
        ),
        pytest.param(
            ["time limits are extended [3, s", "    22], which"],
            "time limits are extended [3, s 22]",
            ", which",
            id="broken-after-the-word",
        ),
        pytest.param(["as in [26,", "27] and"], "as in [26, 27]", " and", id="list-of-numbers"),
        pytest.param(
            ["a bracket [3, which", "was never closed] here"],
            "a bracket [3, which",
            "was never closed] here",
            id="no-citation",
        ),
    ],
)
def test_a_pinpoint_broken_over_two_lines(lines: list[str], first: str, second: str) -> None:
    assert join_ranges(lines) == [first, second]


def test_a_wrapped_body_line_starting_with_a_citation_is_no_list_item() -> None:
    text = (
        "The committee examined the issue\n"
        "    [7] and returned to it later [8].\n"
        "Other work\n"
        "[3] showed the same.\n\n"
        "Notes\n\n"
        "[1] First work.\n[2] Second work.\n[3] Third work.\n"
    )
    found = {e.what: e.count for e in citation_evidence(text)}
    assert found["numeric citations [n]"] == 3
    assert found["numbered list items [n] text"] == 3


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "[1, " + "s 1 " * (n // 4), id="chained-places"),
        pytest.param(
            lambda n: "[1, sch 1" + " para 3" * (n // 7) + "x]", id="chained-never-closed"
        ),
        pytest.param(lambda n: "[1, s 1" + "(2)" * (n // 3), id="subsections"),
        pytest.param(lambda n: "[2," + " " * n + "a]", id="spaces"),
        pytest.param(lambda n: "x" * n, id="one-word"),
    ],
)
def test_long_lines_parse_in_linear_time(line: Callable[[int], str]) -> None:
    def read(text: str) -> object:
        join_ranges([text, text])
        list(MARKER.finditer(text))
        return citation_evidence("\n".join([text[:60]] * 200))

    assert_linear(read, line)
