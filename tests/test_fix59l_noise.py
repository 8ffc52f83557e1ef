"""fix59l: punctuation a sentence owns after an address in parentheses is no notice;
zero-padded bracketed digits (crystal directions ``[001]``) are no numeric citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.evidence import citation_evidence, numeric_citations
from bibcheck.readers.zerobrackets import in_zero_padded_run, zero_padded
from bibcheck.urlparen import paren_open_before, sentence_owns
from bibcheck.urls import extract_urls

# --- urlparen ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("dropped", "opened", "owned"),
    [
        (")", True, True),
        (").", True, True),
        ("),", True, True),
        (".)", True, True),
        (".);", True, True),
        (")", False, False),  # a ")" too many: told
        (").", False, False),
        (".", True, False),  # no ")" at all: the usual notice
        (",,", True, False),
        ("))", True, False),  # one ")" more than the writer opened
        ("'.", True, False),
    ],
)
def test_sentence_owns(dropped: str, opened: bool, owned: bool) -> None:
    assert sentence_owns(dropped, opened) is owned


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("see the tracker (https://x.org/a)", True),
        ("(see the tracker https://x.org/a)", True),
        ("(an aside) and then https://x.org/a)", False),  # the "(" was closed
        ("(first paragraph\n\nthen https://x.org/a)", False),  # another paragraph
        ("(outer (inner) still open https://x.org/a)", True),
        ("no bracket https://x.org/a)", False),
    ],
)
def test_paren_open_before(text: str, opened: bool) -> None:
    assert paren_open_before(text, text.index("https://")) is opened


@pytest.mark.parametrize(
    ("text", "url", "told"),
    [
        ("See the tracker (https://bugs.example.org/issue123).", "https://bugs.example.org/issue123", False),
        ("Two trackers (https://a.example.org/x and https://b.example.org/y), and more.", "https://b.example.org/y", False),
        ("(Mirror at https://m.example.net/pkg/.)", "https://m.example.net/pkg/", False),
        ("The mirror https://m.example.net/pkg). Then more.", "https://m.example.net/pkg", True),
        ("Grab it from https://m.example.net/pkg,, please", "https://m.example.net/pkg", True),
        ("Read https://docs.example.com/guide.", "https://docs.example.com/guide", True),
        # (a link target and <…> keep what the writer put inside: fix61e)
        ("(see [the guide](https://docs.example.com/guide.))", "https://docs.example.com/guide.", False),
        ("(see <https://docs.example.com/guide.>)", "https://docs.example.com/guide.", False),
    ],
)  # fmt: skip
def test_trailing_notice_in_text(text: str, url: str, told: bool) -> None:
    found = extract_urls(text, [1])
    assert url in [u.url for u in found.urls]
    notes = [a for a in found.anomalies if a.code is C.URL_TRAILING_PUNCTUATION]
    assert bool(notes) is told


# --- zerobrackets -----------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "padded"),
    [("001", True), ("010", True), ("0001", True), ("1, 02", True), ("3-07", True),
     ("100", False), ("10", False), ("0", False), ("3, 10", False), ("1-100", False)],
)  # fmt: skip
def test_zero_padded(group: str, padded: bool) -> None:
    assert zero_padded(group) is padded


@pytest.mark.parametrize(
    ("text", "bracket", "padded"),
    [
        ("along [100], [010] and [001] alike", "[100]", True),
        ("along [100], [010] and [001] alike", "[010]", True),
        ("the [110]/[001] pair", "[110]", True),
        ("the [110] or [001] axis", "[110]", True),
        ("as shown in [100] and [12]", "[100]", False),
        ("as shown in [100]. The [001] axis", "[100]", False),  # another sentence's
        ("cited [7] before the [001] axis", "[7]", False),
    ],
)
def test_in_zero_padded_run(text: str, bracket: str, padded: bool) -> None:
    start = text.index(bracket)
    assert in_zero_padded_run(text, start, start + len(bracket)) is padded


def test_evidence_counts_no_directions() -> None:
    text = "Cubic axes [100], [010] and [001] are alike; studies agree [4] and [9].\n"
    assert numeric_citations(text) == [(1, "4"), (1, "9")]
    (numeric,) = [e for e in citation_evidence(text) if e.what == "numeric citations [n]"]
    assert numeric.count == 2


# --- whole documents ----------------------------------------------------------

_CHAPTER = """# Minerals

Quartz grows fastest along the c axis {cite}`smith2001`. In a cubic crystal the
directions [100], [010] and [001] are equivalent; the hexagonal axis is written
[0001] beside [110] {cite:p}`jones2010`.
"""


def test_myst_chapter_directions_are_no_citations() -> None:
    doc = parse_bytes(_CHAPTER.encode(), "chapter.md", None)
    codes = {a.code for a in doc.all_anomalies()}
    assert C.NO_LITERATURE_LIST not in codes
    assert C.CITATION_KEY_MISSING in codes  # its keys are still read


def test_numbered_list_of_120_keeps_citation_100() -> None:
    body = (
        "Growth\n\nGrowth is fastest along [001] as shown before [100], and slower "
        "elsewhere [7].\n\nReferences\n\n"
    )
    refs = "".join(
        f"[{i}] A. Author{i}, Study {i} of crystal growth, J. Cryst. {i} (2001) {i}-{i + 9}.\n"
        for i in range(1, 121)
    )
    doc = parse_bytes((body + refs).encode(), "paper.txt", None)
    assert [f.label for f in doc.footnotes] == ["100", "7"]
    assert len(doc.literature) == 120


_PEP = """PEP: 9999
Title: Example

Abstract
========

This was discussed on the tracker [1]_ and the list [2]_ and elsewhere [3]_.

References
==========

.. [1] The issue tracker (https://bugs.example.org/issue123).
.. [2] Mailing-list thread (see https://mail.example.org/archives/list/dev/thread/ABC/),
   with replies.
.. [3] A stray bracket https://docs.example.org/notes).
"""


def test_rst_notes_tell_only_the_unopened_parenthesis(tmp_path: Path) -> None:
    path = tmp_path / "pep-9999.rst"
    path.write_text(_PEP, encoding="utf-8")
    doc = parse_file(path)
    notes = [a for a in doc.all_anomalies() if a.code is C.URL_TRAILING_PUNCTUATION]
    assert [(a.line, a.message) for a in notes] == [
        (15, "trailing ').' dropped from 'https://docs.example.org/notes).'")
    ]
