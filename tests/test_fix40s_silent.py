"""Session 40, fix helper s: things read wrongly with no anomaly (issue 11).

* a hand-written numbered list's ``[n]`` inside a LaTeX footnote cites entry n (as ``[n]``
  in the body does), with the pages after it;
* a ``\\bibitem`` (or any list entry) that opens with one em dash before the stop (LaTeX's
  and SmartyPants' ``---``) repeats the author of the entry before;
* a textual citation (``\\citeA``, ``\\citet``, ``\\textcite``) cites the sentence it
  stands in, its names written as words of that sentence;
* a body link whose one linked word is a name (``[GitHub](url)``) is titled by it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.parse.references.same_author import repeats_author
from bibcheck.readers.latex import read_at

NUMBERED = r"""\documentclass{article}
\begin{document}
Glaciers thin in warm summers [1]. Meltwater feeds the lakes.\footnote{%s}
Lakes grow each decade [2].
\section*{%s}
\begin{enumerate}
\item Ostrander, L. (1998). Thinning of valley glaciers. Alpine Review 4: 1--19.
\item Ostrander, L. (2003). Proglacial lakes. Alpine Review 9: 33--50.
\item Vasquez, R. (2011). Meltwater routing. Hydrology Notes 2: 5--25.
\end{enumerate}
\end{document}
"""


@pytest.mark.parametrize(
    ("note", "heading", "cited", "pages"),
    [
        pytest.param("See [3], p.~12.", "References", ["[3]"], "12", id="page"),
        pytest.param("Compare [3].", "Bibliography", ["[3]"], None, id="bare"),
        pytest.param("As in [2, 3].", "Literature", ["[2]", "[3]"], None, id="two"),
        pytest.param("Measured in [1]--[3]; see also [2].", "References", ["[1]", "[3]", "[2]"],
                     None, id="several"),
        pytest.param("An aside [sic] with no number.", "References", [], None, id="no-number"),
    ],
)  # fmt: skip
def test_number_in_a_note_cites_the_entry(
    note: str, heading: str, cited: list[str], pages: str | None
) -> None:
    doc = parse_bytes((NUMBERED % (note, heading)).encode(), "glaciers.tex")
    in_note = [
        fn.label
        for fn in doc.footnotes
        for m in fn.markers
        if fn.label.startswith("[") and m.line == 3 and m.claim and "Meltwater" in m.claim.text
    ]
    assert sorted(set(in_note)) == sorted(set(cited))
    uncited = [a for a in doc.all_anomalies() if a.code.value == "literature-uncited"]
    assert ("entry 3" in " ".join(a.message for a in uncited)) is ("[3]" not in cited)
    note_fn = next(fn for fn in doc.footnotes if fn.label == "1")
    if len(cited) == 1:
        assert note_fn.reference.title == "Meltwater routing"
        assert note_fn.reference.pages == (pages or "5–25")


THEBIB = r"""\documentclass{article}
\begin{document}
Dunes migrate inland \cite{a}. Later surveys agree \cite{b}. Others differ \cite{c}.
\begin{thebibliography}{9}
\bibitem{a} Lindqvist, A. (1990). ``Coastal dune migration.'' \emph{Sand Studies} 2: 1--9.
\bibitem{b} %s (1996). ``Dunes revisited.'' \emph{Sand Studies} 8: 10--30.
\bibitem{c} Okoro, T. (2001). ``Stable dunes.'' \emph{Coast} 5: 3--8.
\end{thebibliography}
\end{document}
"""


@pytest.mark.parametrize(
    ("dash", "inherits"),
    [
        pytest.param("---,", True, id="three-hyphens-comma"),
        pytest.param("---.", True, id="three-hyphens-stop"),
        pytest.param("\u2014\u2014.", True, id="two-em-dashes"),
        pytest.param("\\textemdash.", True, id="textemdash"),
        pytest.param("Berg, S.", False, id="a-name"),
    ],
)  # fmt: skip
def test_bibitem_dash_repeats_the_author(dash: str, inherits: bool) -> None:
    doc = parse_bytes((THEBIB % dash).encode(), "dunes.tex")
    authors = [e.reference.authors for e in doc.literature]
    assert authors[0] == ("Lindqvist, A.",)
    assert (authors[1] == authors[0]) is inherits
    assert authors[2] == ("Okoro, T.",)


@pytest.mark.parametrize(
    ("text", "repeats"),
    [
        pytest.param("\u2014, (2004). Title.", True, id="one-em-dash-comma"),
        pytest.param("\u2014. Title. London, 1990.", True, id="one-em-dash-stop"),
        pytest.param("\u2014 A Title. London, 1990.", False, id="em-dash-then-title"),
        pytest.param("\u2013. Title.", False, id="one-en-dash"),
    ],
)  # fmt: skip
def test_one_em_dash_before_the_stop_repeats(text: str, repeats: bool) -> None:
    assert repeats_author(text) is repeats


MARKDOWN_DASH = """\
# Dunes

Dunes migrate.[^1]

[^1]: Lindqvist, *Coastal Dune Migration*, 4.

## References

Lindqvist, Anna. *Coastal Dune Migration*. Uppsala: Strand, 1990.

\u2014. *Dunes Revisited*. Uppsala: Strand, 1996.
"""


def test_markdown_smartypants_dash_repeats_the_author() -> None:
    doc = parse_bytes(MARKDOWN_DASH.encode(), "dunes.md")
    assert [e.reference.authors for e in doc.literature] == [("Lindqvist, Anna",)] * 2


TEXTUAL = r"""\documentclass{article}
\usepackage{apacite}
\begin{document}
Rainfall varies by decade. %s
\end{document}
"""
BIB = """\
@article{lind, author={Lindqvist, Anna}, title={Rain and dunes}, journal={Sand}, year={1990}}
@article{two, author={Okoro, Tunde and Berg, Sara}, title={Wet years}, journal={Sand}, year={2001}}
@article{many, author={Kim, Ji and Lee, Bo and Park, Su}, title={Dry years}, journal={Sand},
  year={2005}}
"""


@pytest.mark.parametrize(
    ("sentence", "key", "claim"),
    [
        pytest.param(r"\citeA{lind} measured both.", "lind", "Lindqvist measured both",
                     id="citeA-opens"),
        pytest.param(r"\citet{two} found the opposite.", "two",
                     "Okoro and Berg found the opposite", id="citet-two"),
        pytest.param(r"\textcite{many} repeated it.", "many", "Kim et al. repeated it",
                     id="textcite-many"),
        pytest.param(r"As \Textcite{lind} showed, dunes move.", "lind",
                     "As Lindqvist showed, dunes move", id="inside"),
        pytest.param(r"Dunes move \citep{lind}.", "lind", "Dunes move", id="parenthetical"),
    ],
)  # fmt: skip
def test_textual_citation_cites_its_sentence(
    tmp_path: Path, sentence: str, key: str, claim: str
) -> None:
    (tmp_path / "refs.bib").write_text(BIB)
    path = tmp_path / "rain.tex"
    path.write_text((TEXTUAL % sentence) + "\\bibliography{refs}\n")
    doc = parse_file(path)
    fn = next(f for f in doc.footnotes if f.label == key)
    got = fn.markers[0].claim
    assert got is not None
    assert got.text == claim


def _work(text: str) -> int:
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        nonlocal count
        if "bibcheck" not in frame.f_code.co_filename:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        read_at(text, "")
    finally:
        sys.settrace(None)
    return count


def _textual(n: int) -> str:
    body = " ".join(f"\\citet{{k{i}}} found {i}" for i in range(n))
    return TEXTUAL.replace("%s", body)


def _note_numbers(n: int) -> str:
    items = "\n".join(f"\\item Author {i}. Title {i}. 2001." for i in range(1, 6))
    note = "See " + ", ".join("[1], p.~2" for _ in range(n)) + "."
    return (
        NUMBERED.replace("%s", note, 1)
        .replace("%s", "References", 1)
        .replace("\\begin{enumerate}\n", "\\begin{enumerate}\n" + items + "\n", 1)
    )


@pytest.mark.parametrize("make", [_textual, _note_numbers], ids=["textual", "note-numbers"])
def test_grows_linearly(make: Callable[[int], str]) -> None:
    small, big = _work(make(100)), _work(make(400))
    assert big < 6 * small


@pytest.mark.parametrize(
    ("link", "title"),
    [
        pytest.param("[WebProbe](https://webprobe.example.org/)", "WebProbe", id="camel"),
        pytest.param("[NOAA](https://noaa.example.gov/)", "NOAA", id="acronym"),
        pytest.param("[reported](https://news.example.com/a)", None, id="verb"),
        pytest.param("[here](https://news.example.com/b)", None, id="here"),
        pytest.param("[Tuesday](https://news.example.com/c)", None, id="capitalised-word"),
    ],
)  # fmt: skip
def test_one_linked_name_titles_the_body_link(link: str, title: str | None) -> None:
    text = (
        '+++\ntitle = "Pages"\n+++\n\n'
        f"Page weight keeps growing, as measured with {link} over the years.\n\n"
        "Heavier pages load slowly on phones, according to the "
        "[Mobile Speed Study](https://speed.example.org/study).\n"
    )
    doc = parse_bytes(text.encode(), "pages.md")
    first = doc.footnotes[0]
    assert first.reference.title == title
