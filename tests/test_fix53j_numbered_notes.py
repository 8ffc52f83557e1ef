"""Fix 53j: an HTML page whose note anchors were stripped (a word processor's export pasted
into a content manager): markers paired with the notes written as numbered paragraphs;
a run that stays unpaired said; a button's words are no marker.  Own fixtures, in the
shapes such exports and magazine pages take."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers.htmlnumbered import numbered_run
from tests.test_regex_growth import assert_linear

_NOTES = [
    "Baker v. Town, 512 U.S. 100, 104 (1994).",
    "Ann Lowe, <em>Ramps and the Law</em>, Wash. Post (Mar. 2, 2003), https://example.org/ramps.",
    "Paul Finch, <em>Open Courts</em>, 91 Yale L.J. 55, 60 (2001).",
]


def _page(marker: Callable[[int], str], number: Callable[[int], str]) -> str:
    body = " ".join(f"Sentence {n} of the essay.{marker(n)}" for n in range(1, 4))
    notes = "\n".join(f"<p>{number(n)}{text}</p>" for n, text in enumerate(_NOTES, start=1))
    return (
        "<!DOCTYPE html><html><head><title>Essay</title></head><body><main><article>"
        f"<h1>Essay</h1>\n<p>{body}</p>\n<p>&nbsp;</p>\n{notes}\n"
        "</article></main></body></html>\n"
    )


def _read(tmp_path: Path, html: str) -> ParsedDocument:
    path = tmp_path / "essay.html"
    path.write_text(html, encoding="utf-8")
    return parse_file(str(path))


_LINK = lambda n: f'<a href="#_ftn{n}">[{n}]</a>'  # noqa: E731
_SUP = lambda n: f"<sup>{n}</sup>"  # noqa: E731


@pytest.mark.parametrize(
    ("marker", "number"),
    [
        (_LINK, lambda n: f"[{n}]. "),
        (_LINK, lambda n: f"{n}. "),
        (_LINK, lambda n: f"[{n}] "),
        (_SUP, lambda n: f"[{n}]. "),
        (_SUP, lambda n: f"{n}. "),
    ],
)
def test_paired_by_number(
    tmp_path: Path, marker: Callable[[int], str], number: Callable[[int], str]
) -> None:
    doc = _read(tmp_path, _page(marker, number))
    assert [f.label for f in doc.footnotes] == ["1", "2", "3"]
    assert [f.reference.title for f in doc.footnotes][1:] == ["Ramps and the Law", "Open Courts"]
    assert doc.footnotes[0].reference.raw.startswith("Baker v. Town")  # its number taken off
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.MARKER_WITHOUT_DEFINITION not in codes


def test_unpaired_run_is_said(tmp_path: Path) -> None:
    # negative for the pairing: markers that are no numbers ("[i]") reach no numbered
    # paragraph -- the run is said to be unread, never dropped in silence
    roman = ["i", "ii", "iii"]
    doc = _read(
        tmp_path, _page(lambda n: f'<a href="#_edn{n}">[{roman[n - 1]}]</a>', lambda n: f"{n}. ")
    )
    unread = [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]
    assert unread and "3 paragraphs numbered 1-3" in unread[0].message


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>[1]. A.</p><p>[2]. B.</p><p>[3] C.</p>", [1, 2, 3]),
        ("<p>1. A.</p><p>more of note 1</p><p>2. B.</p>", [1, 2]),
        # the last run wins (a numbered procedure earlier in the text is none of it)
        (
            "<p>1. Step.</p><p>2. Step.</p><p>Text.</p><p>1. A.</p><p>2. B.</p><p>3. C.</p>",
            [1, 2, 3],
        ),
        # negatives: a lone numbered paragraph; numbers not from 1; a year; list items
        ("<p>1. Only one.</p>", None),
        ("<p>4. A.</p><p>5. B.</p>", None),
        ("<p>2019. A year.</p><p>2020. Another.</p>", None),
        ("<ol><li>1. A.</li><li>2. B.</li></ol>", None),
    ],
)
def test_numbered_run(html: str, expected: list[int] | None) -> None:
    run = numbered_run(BeautifulSoup(html, "html.parser"))
    assert (sorted(run.paragraphs) if run is not None else None) == expected


def test_button_is_no_marker(tmp_path: Path) -> None:
    html = (
        "<html><body><main><article><h1>Essay</h1>"
        '<div><a class="button" href="#footnotes-container">See Footnotes</a>'
        '<a href="#fn-download">Download</a></div>'
        '<p>Text.<sup><a href="#fn1" id="r1">1</a></sup> More.<sup><a href="#fn2" id="r2">2</a>'
        '</sup></p><div id="footnotes-container"><ol>'
        '<li id="fn1">Ann Lowe, <em>Ramps</em> (2003). <a href="#r1">↩</a></li>'
        '<li id="fn2">Paul Finch, <em>Courts</em> (2001). <a href="#r2">↩</a></li>'
        "</ol></div></article></main></body></html>"
    )
    doc = _read(tmp_path, html)
    assert [f.label for f in doc.footnotes] == ["1", "2"]


Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "[" * n, id="brackets"),
    pytest.param(lambda n: "1" * n, id="digits"),
    pytest.param(lambda n: "[1" * (n // 2), id="unclosed"),
    pytest.param(lambda n: " " * n + "x", id="spaces"),
]


@pytest.mark.parametrize("line", LINES)
def test_numbered_run_linear(line: Line) -> None:
    assert_linear(
        lambda text: numbered_run(
            BeautifulSoup(f"<p>1. {text}</p><p>{text}</p><p>2. a</p>", "html.parser")
        ),
        line,
    )
