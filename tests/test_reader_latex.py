"""LaTeX reader: a paper written for the tests (tests/fixtures/latex/paper.tex + refs.bib)
and small sources for the edge cases (thebibliography, unbalanced braces, a missing or
broken .bib)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ClaimKind, ParsedDocument, RefKind
from bibcheck.readers import reader_for
from bibcheck.readers.latex import group_end

FIXTURE = Path(__file__).parent / "fixtures" / "latex" / "paper.tex"


@pytest.fixture(scope="module")
def doc() -> ParsedDocument:
    return parse_file(FIXTURE)


def fn(doc: ParsedDocument, label: str):
    return next(f for f in doc.footnotes if f.label == label)


def codes(doc: ParsedDocument) -> list[C]:
    return [a.code for a in doc.all_anomalies()]


def test_counts(doc: ParsedDocument) -> None:
    assert (doc.reader, doc.title) == ("latex", "Dry Ports and the New Silk Road")
    assert [f.label for f in doc.footnotes] == [
        "1",
        "2",
        "3",
        "smith2020",
        "lee2018",
        "mueller2019",
    ]
    # biblatex authoryear prints its list sorted nyt (fix51f), not in citation order
    assert [e.label for e in doc.literature] == ["brown2015", "lee2018", "mueller2019", "smith2020"]
    assert [m.label for m in doc.stray_markers] == ["ghost2000"]


def test_footnotes_with_nested_braces_and_links(doc: ParsedDocument) -> None:
    one = fn(doc, "1")
    assert one.markers[0].claim.text == "Freight through the dry port rose by 40% in 2022."
    assert (one.line, one.markers[0].line, one.markers[0].column) == (10, 10, 51)
    assert one.reference.url == "https://port.example.org/report-2022"
    assert "Annual report 2022" in one.reference.raw
    two = fn(doc, "2")
    assert two.markers[0].claim.kind is ClaimKind.QUOTE
    assert two.markers[0].claim.text == "the busiest year in our history"
    assert "(nested braces here)" in two.reference.raw
    assert two.reference.url == "https://weekly.example.org/interviews/director_2023"
    assert C.URL_TRAILING_PUNCTUATION not in {a.code for a in two.reference.anomalies}


def test_citations_take_the_bib_entry(doc: ParsedDocument) -> None:
    smith = fn(doc, "smith2020")
    assert [(m.line, m.claim.text) for m in smith.markers] == [
        (16, "Rail links were extended to the border"),
        (17, "Tariffs fell for the third year"),
    ]
    ref = smith.reference
    assert (ref.authors, ref.title, ref.host, ref.year, ref.doi) == (
        ("Smith, John", "Doe, Anna"),
        "Trade and Growth in Asia",
        "Journal of Trade",
        2020,
        "10.1234/jt.2020.3",
    )
    assert ref.raw == r"\parencite[see][45]{smith2020}"
    assert smith.literature is not None and smith.literature.number == 4
    assert fn(doc, "mueller2019").reference.authors == ("Müller, Zoë",)
    assert (
        fn(doc, "mueller2019").markers[0].claim.text
        == "Zoë Müller wrote the first study of the corridor"
    )


def test_footcite_is_a_footnote_with_its_page(doc: ParsedDocument) -> None:
    three = fn(doc, "3")
    assert (three.reference.title, three.reference.pages, three.reference.kind) == (
        "A History of the Port",
        "112",
        RefKind.BOOK,
    )
    assert three.literature is not None and three.literature.number == 1


def test_uncited_bib_entries_are_not_literature(doc: ParsedDocument) -> None:
    assert all(e.label != "uncited2021" for e in doc.literature)
    # \cite{ghost2000}: reported once, as the more precise citation-key-missing (an error)
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [a.footnote for a in missing] == ["ghost2000"]
    assert C.BIBLIOGRAPHY_UNREADABLE not in codes(doc)


def test_comment_is_ignored(doc: ParsedDocument) -> None:
    assert all("not a note" not in f.reference.raw for f in doc.footnotes)


THEBIB = r"""\documentclass{article}
\begin{document}
Exports doubled in two years~\cite{w1}. Imports fell\footnote{See \cite{w2}, p.~7.}.
\begin{thebibliography}{9}
\bibitem{w1} Smith, J. (2020). Trade and growth. \emph{Journal of Trade}, 3(2), 1--10.
\bibitem{w2} Doe, Jane. \emph{The Book of Ports}. New York: Norton, 2015.
\end{thebibliography}
\end{document}
"""


def test_thebibliography_items() -> None:
    doc = parse_bytes(THEBIB.encode(), "thebib.tex")
    assert [e.label for e in doc.literature] == ["w1", "w2"]
    assert doc.literature[0].reference.title == "Trade and growth"
    assert doc.literature[1].reference.publisher == "Norton"
    w1 = fn(doc, "w1")
    assert w1.markers[0].claim.text == "Exports doubled in two years"
    assert w1.literature is not None and w1.literature.number == 1
    note = fn(doc, "1")
    assert note.reference.title == "The Book of Ports"
    assert note.literature is not None and note.literature.number == 2


def test_unbalanced_braces_keep_the_rest(tmp_path: Path) -> None:
    source = "First claim.\\footnote{Never closed, https://example.org/a\n\nSecond claim.\\footnote{Closed, 2020.}\n"
    doc = parse_bytes(source.encode(), "broken.tex")
    assert [f.label for f in doc.footnotes] == ["1", "2"]
    assert fn(doc, "1").reference.url == "https://example.org/a"
    assert fn(doc, "2").markers[0].claim.text == "Second claim."
    assert C.DOCUMENT_DAMAGED in codes(doc)


def test_missing_bib_is_an_anomaly(tmp_path: Path) -> None:
    tex = tmp_path / "p.tex"
    tex.write_text("\\bibliography{nowhere}\nA claim \\cite{k}.\\footnote{Plain note, 2020.}\n")
    doc = parse_file(tex)
    assert C.BIBLIOGRAPHY_UNREADABLE in codes(doc)
    assert [f.label for f in doc.footnotes] == ["1"]


def test_broken_bib_keeps_the_good_entries(tmp_path: Path) -> None:
    (tmp_path / "r.bib").write_text(
        "@book{good, title={Good Book}, year={2019}, publisher={Norton}}\n\n"
        "@article{bad, title={Broken entry, year=2020\n\n"
        "@book{fine, title={Fine Book}, year={2018}}\n"
    )
    tex = tmp_path / "p.tex"
    tex.write_text("\\addbibresource{r.bib}\nOne \\cite{good}. Two \\cite{fine}.\n")
    doc = parse_file(tex)
    assert [e.label for e in doc.literature] == ["good", "fine"]
    assert fn(doc, "good").reference.title == "Good Book"
    broken = [a for a in doc.all_anomalies() if a.code is C.BIBLIOGRAPHY_UNREADABLE]
    assert len(broken) == 1 and "r.bib, line 3" in broken[0].message


def test_reader_chosen_for_latex_text() -> None:
    assert reader_for("paper.txt", THEBIB).name == "latex"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("{a{b}c}", 0, 7), ("{a\\}b}", 0, 6), ("{never", 0, None), ("x{}", 1, 3)],
)
def test_group_end(text: str, start: int, end: int | None) -> None:
    assert group_end(text, start) == end
