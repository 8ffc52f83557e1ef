"""Fix round 41 (s3): margin line numbers printed as blocks of bare numbers, a URL cut after
the dot of a path number, names written in lower case.  Own fixtures, in the patterns of
line-numbered review drafts, pdftotext output and hand-typed lists."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.lowercase_names import _NAMES, capitalised_names
from bibcheck.readers.linenos import _BARE, strip_line_numbers
from bibcheck.readers.linewrap import _NUMBER_CUT, _NUMBER_REST, url_continues
from tests.test_regex_growth import assert_linear

_TEXT = [f"prose line {k} of the draft." for k in range(6)]


@pytest.mark.parametrize(
    ("lines", "blanked"),
    [
        pytest.param(
            ["Abstract", "", "1", "2", "3", "", *_TEXT, "17", "18", "19", "20", "21", "22"],
            {2, 3, 4, 12, 13, 14, 15, 16, 17},
            id="two-rising-blocks",
        ),
        pytest.param(
            [*_TEXT, "204", "207", "208", "209", "212", "213", "214", "215", *_TEXT],
            set(range(6, 14)),
            id="gaps-in-block",
        ),
        pytest.param(
            [*_TEXT, "1", "2", "3", *_TEXT, "4", "5", "6", *_TEXT, "7", "8", "9"],
            set(),
            id="note-numbers-set-apart-short-blocks",
        ),
        pytest.param(
            [*_TEXT, "5", "10", "15", "20", "25", "30", "35", *_TEXT, "40", "45", "50"],
            {*range(6, 13), 19, 20, 21},
            id="every-fifth",
        ),
        pytest.param(
            [*_TEXT, "12", "48", "3", "90", "7", "66", "2"],
            set(),
            id="table-column-not-rising",
        ),
        pytest.param(
            [*_TEXT, "1", "2", "3", "4", "5", "6"],
            set(),
            id="one-block-too-few",
        ),
        pytest.param(
            [*_TEXT, *(str(n) for n in range(30, 38)), *_TEXT, "3", "4", "5"],
            set(range(6, 14)),
            id="falling-block-kept",
        ),
    ],
)
def test_bare_margin_numbers(lines: list[str], blanked: set[int]) -> None:
    out = strip_line_numbers(lines)
    assert {i for i, (a, b) in enumerate(zip(lines, out, strict=True)) if a != b} == blanked
    assert all(out[i] == "" for i in blanked)


_DRAFT = """\
A survey of kite designs

Introduction

1
2
3
4

Kites were flown for signalling (Okafor, 2019) and for
lifting instruments (Lindqvist, 2020).

5
6
7
8
9
10

References
Lindqvist, E. (2020). Meteorological kites revisited. https://arxiv.org/abs/2004.
11872
Okafor, N. (2019). Box kites and their stability. Kite Studies, 4(2), 11–19.
https://doi.org/10.5555/kites.2019.4
31
32
33
34
35
36
"""


def test_line_numbered_draft_reads_no_numbers() -> None:
    doc = parse_bytes(_DRAFT.encode(), "draft.txt", reader="pdf-text")
    raws = [n.reference.raw for n in doc.literature]
    assert len(raws) == 2
    assert not any(line.strip().isdigit() for raw in raws for line in raw.splitlines()[1:])
    urls = {n.reference.url for n in doc.literature}
    assert "https://arxiv.org/abs/2004.11872" in urls
    assert not any("trailing" in a.message for a in doc.anomalies)


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        pytest.param("https://arxiv.org/abs/2209.", "03048", True, id="arxiv-number"),
        pytest.param("https://arxiv.org/abs/1711.", "05101v3", True, id="arxiv-version"),
        pytest.param("see https://arxiv.org/abs/2209.", "03048.", True, id="closing-dot"),
        pytest.param("https://example.org/report.", "2021", False, id="after-word-year"),
        pytest.param("https://example.org/v/2.", "15 participants took part", False, id="prose"),
        pytest.param("https://example.org/abs/2209.", "12", False, id="too-short"),
        pytest.param("https://example.org/abs/2209.", "03048 more words", False, id="sentence"),
    ],
)
def test_url_cut_after_a_number_dot(line: str, following: str, joined: bool) -> None:
    assert url_continues(line, following) is joined


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "ferreira, lucia (2018). Tessitura a mano. Torino: Einaudi.",
            ("ferreira, lucia",),
            "Tessitura a mano",
            id="author-date-inverted",
        ),
        pytest.param(
            "karim haddad. Photo of a harbour. Last visited: 14/02/2022.",
            ("karim haddad",),
            "Photo of a harbour",
            id="names-first",
        ),
        pytest.param(
            "ólafsdóttir, b. (2015). Fishing rights in the north. Reykjavík: Háskóli.",
            ("ólafsdóttir, b",),
            "Fishing rights in the north",
            id="initial-accented",
        ),
        pytest.param(
            "Karim Haddad. Photo of a harbour. Last visited: 14/02/2022.",
            ("Karim Haddad",),
            "Photo of a harbour",
            id="capitalised-unchanged",
        ),
    ],
)
def test_lower_case_names(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.raw == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anna rossi. Title.", ("Anna Rossi. Title.", 10)),
        ("rossi, anna (2019). T.", ("Rossi, Anna (2019). T.", 11)),
        ("Anna Rossi. Title.", None),
        ("a very long run of lower words. Title.", None),
        ("straße weg. Title.", ("Straße Weg. Title.", 10)),
    ],
)
def test_capitalised_names(text: str, expected: tuple[str, int] | None) -> None:
    assert capitalised_names(text) == expected


def test_new_patterns_linear() -> None:
    assert_linear(lambda s: _NAMES.match(s), lambda n: "ab " * (n // 3))
    assert_linear(lambda s: _NAMES.match(s), lambda n: "a, " * (n // 3) + "(")
    assert_linear(lambda s: _BARE.match(s), lambda n: " " * (n - 1) + "x")
    assert_linear(lambda s: _NUMBER_CUT.search(s), lambda n: "/1" * (n // 2))
    assert_linear(lambda s: _NUMBER_REST.match(s), lambda n: "1" * n + "x")
