"""A book's HTML chapter whose citations link to the book's bibliography page (Sphinx,
Jupyter Book): read as citations labelled by the entry each links to, their works named
by the link text, with what says their entries are on a page that was not read (one
``bibliography-unreadable``, exit 2 from ``ingest``), never a missing list.  Pages
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.cli import main
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.coverage import bibliography_unread, coverage
from bibcheck.readers.htmlcrosspage import (
    named_work,
    unread_list_message,
    work_reference,
)
from tests.test_regex_growth import assert_linear

_CHAPTER = """<html><body><nav><a href="https://git.example.org/atlas">Source</a>
<a href="sources.html#top">Sources 2024</a></nav>
<main><h1>Dunes</h1>
<p>Marram grass binds loose sand <span id="id1">[<a class="reference internal" href="sources.html#id12">Voss <em>et al.</em>, 2018</a>]</span>.</p>
<p>The first survey was made by <span id="id2">Okonkwo [<a class="reference internal" href="sources.html#id3">2009</a>]</span>,
and repeated later <span id="id3">[<a class="reference internal" href="sources.html#id12">Voss <em>et al.</em>, 2018</a>,
<a class="reference internal" href="sources.html#id8">Lind and Haas, 2021b</a>]</span>.</p>
</main></body></html>
"""

_OWN_LIST = """<html><body><main><h1>Dunes</h1>
<p>Marram grass binds sand (<a href="#r1">Voss, 2018</a>); see also
<a href="sources.html#id3">Okonkwo 2009</a>.</p>
<h2>References</h2>
<ol><li id="r1">Voss, A. (2018). Marram and the moving dune. Coastal Notes, 4, 1-9.</li></ol>
</main></body></html>
"""


@pytest.mark.parametrize(
    ("before", "shown", "expected"),
    [
        ("", "Voss et al., 2018", "Voss et al., 2018"),
        ("by Okonkwo [", "2009", "Okonkwo, 2009"),
        ("Roe et al. (", "2020b", "Roe et al., 2020b"),
        ("as Lind and Haas [", "2021", "Lind and Haas, 2021"),
        ("was described by [", "2017", "2017"),  # no name before it
        ("Pelt [", "n.d.", "Pelt, n.d."),
        ("", "  Voss   2018 ", "Voss 2018"),
    ],
)
def test_named_work(before: str, shown: str, expected: str) -> None:
    assert named_work(before, shown) == expected


@pytest.mark.parametrize(
    ("work", "authors", "year"),
    [
        ("Voss et al., 2018", ("Voss",), 2018),
        ("Lind and Haas, 2021b", ("Lind", "Haas"), 2021),
        ("Okonkwo, 2009", ("Okonkwo",), 2009),
        ("Pelt, n.d.", ("Pelt",), None),
        ("2017", (), 2017),
    ],
)
def test_work_reference(work: str, authors: tuple[str, ...], year: int | None) -> None:
    ref = work_reference(work, 7)
    assert (ref.authors, ref.year, ref.title, ref.line) == (authors, year, None, 7)


@pytest.mark.parametrize(
    ("pages", "given", "says", "not_says"),
    [
        (("sources.html",), (), "which was not given", "--bibliography"),
        (("sources.html",), ("book/sources.html",), "not an HTML page", "not given"),
        (("a.html", "b.html"), ("other.bib",), "(a.html, b.html)", "--bibliography"),
    ],
)
def test_unread_list_message(
    pages: tuple[str, ...], given: tuple[str, ...], says: str, not_says: str
) -> None:
    message = unread_list_message(3, pages, given)
    assert says in message
    assert not_says not in message
    assert "source" in message  # what to read instead


def test_chapter_citations_are_read() -> None:
    doc = parse_bytes(_CHAPTER.encode(), "dunes.html")
    assert [(m.label, m.line) for fn in doc.footnotes for m in fn.markers] == [
        ("id12", 4),
        ("id12", 6),
        ("id3", 5),
        ("id8", 7),
    ]
    works = {fn.label: fn.reference for fn in doc.footnotes}
    assert works["id3"] is not None and works["id3"].authors == ("Okonkwo",)
    assert works["id8"] is not None and works["id8"].year == 2021
    codes = [a.code for a in doc.all_anomalies()]
    assert codes.count(AnomalyCode.BIBLIOGRAPHY_UNREADABLE) == 1
    assert codes.count(AnomalyCode.CITATION_KEY_MISSING) == 3
    assert AnomalyCode.NO_LITERATURE_LIST not in codes
    assert bibliography_unread(coverage(doc))


def test_page_with_its_own_list_is_unchanged() -> None:
    doc = parse_bytes(_OWN_LIST.encode(), "dunes.html")
    assert len(doc.literature) == 1
    assert not any(a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE for a in doc.all_anomalies())
    assert "id3" not in {fn.label for fn in doc.footnotes}


@pytest.mark.parametrize("given", [False, True])
def test_ingest_stores_and_exits_2(
    tmp_path: Path, given: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "dunes.html"
    page.write_text(_CHAPTER, encoding="utf-8")
    (tmp_path / "sources.html").write_text("<html><body><p>list</p></body></html>", "utf-8")
    args = ["ingest", "--db", str(tmp_path / "b.db"), str(page)]
    if given:
        args += ["--bibliography", str(tmp_path / "sources.html")]
    exit_code = main(args)
    out, err = capsys.readouterr()
    assert exit_code == 2, out + err
    assert "stored:" in out
    assert "listed on another page" in err
    assert "not HTML" in err
    assert "Traceback" not in out + err


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "1999" * (n // 4), id="years"),
        pytest.param(lambda n: "Voss " + " " * n + "et al.", id="spaces-et-al"),
        pytest.param(lambda n: "Lind and " * (n // 9), id="joins"),
        pytest.param(lambda n: "a," * (n // 2) + " 2018", id="commas"),
    ],
)
def test_work_text_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: work_reference(text, 1), line)
    assert_linear(lambda text: named_work(text, "2018"), line)
