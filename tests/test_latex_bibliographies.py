"""Bibliographies of LaTeX manuscripts: hand-written lists, thebibliography, .bib files
(read once), the .bbl fallback, and what is said when citations cannot be resolved."""

from __future__ import annotations

from pathlib import Path

import pytest

import bibcheck.bibfile
from bibcheck.manuscript import parse_bytes, parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.model import ParsedDocument
from bibcheck.readers.latex.convert import citation_numbers, page_locator


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    found += [(m.label, m.line) for m in doc.stray_markers]
    return sorted(found, key=lambda c: (c[1], c[0]))


def tex(body: str) -> ParsedDocument:
    return parse_bytes(
        ("\\documentclass{article}\n\\begin{document}\n" + body + "\n\\end{document}\n").encode(),
        "paper.tex",
    )


@pytest.mark.parametrize(
    ("body", "bound", "numbers"),
    [
        pytest.param("1", 10, [1], id="one"),
        pytest.param("2, 5", 10, [2, 5], id="list"),
        pytest.param("3--5", 10, [3, 4, 5], id="range-tex-dash"),
        pytest.param("3–5", 10, [3, 4, 5], id="range-en-dash"),
        pytest.param("1,~с.~25", 10, [1], id="russian-page"),
        pytest.param("1, p. 25; 4, pp. 3-5", 10, [1, 4], id="pages-and-semicolon"),
        pytest.param("2; 7", 10, [2, 7], id="semicolon"),
        pytest.param("0, 1", 10, None, id="interval-with-zero"),
        pytest.param("2019", 10, None, id="a-year"),
        pytest.param("a", 10, None, id="a-letter"),
        pytest.param("1, see below", 10, None, id="prose"),
        pytest.param("25", 10, None, id="far-beyond-the-list"),
    ],
)
def test_citation_numbers(body: str, bound: int, numbers: list[int] | None) -> None:
    assert citation_numbers(body, bound) == numbers


RUSSIAN = r"""\section{Введение}
Экспорт вырос на 12\%~[1]. Импорт снизился [2, с.~45].
См. также [1, 3] и [\ref{lit:petrov}]. Отрезок $[1, 2]$ --- не ссылка.

\section*{Список литературы}
\begin{enumerate}
\item Иванов И.~И. Экономика Беларуси. --- Минск : Наука, 2020. --- 250~с.
\item\label{lit:petrov} Петров П.~П. Торговля и рост // Вопросы экономики. --- 2019. --- №~3.
\item Сидоров С.~С. Логистика [Электронный ресурс]. --- URL: \url{https://example.org/log}
  (дата обращения: 12.03.2023).
\end{enumerate}"""


def test_hand_written_enumerate_list_under_a_russian_heading() -> None:
    doc = tex(RUSSIAN)
    assert cites(doc) == [("[1]", 4), ("[2]", 4), ("[1]", 5), ("[2]", 5), ("[3]", 5)]
    assert [(e.number, e.line) for e in doc.literature] == [(1, 9), (2, 10), (3, 11)]
    assert doc.literature[2].reference.url == "https://example.org/log"
    note = next(f for f in doc.footnotes if f.label == "[3]")
    assert note.literature is not None and note.literature.number == 3
    assert not [a for a in doc.all_anomalies() if a.code in (C.UNREAD_REGION, C.LITERATURE_UNCITED)]


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param(
            "\\section*{References}\n\\noindent 1. Smith, J. (2020). Trade. \\emph{J. Trade}, 3, 1--9.\n\n"
            "\\noindent 2. Lee, K. (2018). \\emph{Dry ports}. London: Routledge.\n",
            id="numbered-paragraphs",
        ),
        pytest.param(
            "\\textbf{References}\n\n[1] Smith, J. (2020). Trade. \\emph{J. Trade}, 3, 1--9.\\\\\n"
            "[2] Lee, K. (2018). \\emph{Dry ports}. London: Routledge.\\\\\n",
            id="bold-heading-and-line-breaks",
        ),
        pytest.param(
            "\\section{Bibliography}\n\\begin{itemize}\n\\item[{[1]}] Smith, J. (2020). Trade. \\emph{J. Trade}, 3, 1--9.\n"
            "\\item[{[2]}] Lee, K. (2018). \\emph{Dry ports}. London: Routledge.\n\\end{itemize}\n",
            id="itemize-with-labels",
        ),
    ],
)
def test_hand_written_lists_in_other_shapes(listing: str) -> None:
    doc = tex("Trade grew [1]. Ports grew [2].\n\n" + listing)
    assert cites(doc) == [("[1]", 3), ("[2]", 3)]
    assert [e.reference.title for e in doc.literature] == ["Trade", "Dry ports"]


@pytest.mark.parametrize(
    "heading",
    [
        "Список використаних джерел",
        "Literaturverzeichnis",
        "Références bibliographiques",
        "Bibliografía",
        "Normative References",
    ],
)
def test_hand_written_lists_under_headings_of_other_languages(heading: str) -> None:
    """Every heading of the shared vocabulary starts a hand-written list in LaTeX too."""
    doc = tex(
        "Trade grew [1]. Ports grew [2; 1].\n\n\\section*{" + heading + "}\n\\begin{enumerate}\n"
        "\\item Smith, J. (2020). Trade. \\emph{J. Trade}, 3, 1--9.\n"
        "\\item Lee, K. (2018). \\emph{Dry ports}. London: Routledge.\n\\end{enumerate}"
    )
    assert cites(doc) == [("[1]", 3), ("[1]", 3), ("[2]", 3)]
    assert [e.reference.title for e in doc.literature] == ["Trade", "Dry ports"]
    assert C.UNREAD_REGION not in {a.code for a in doc.all_anomalies()}


def test_a_literature_heading_with_nothing_readable_is_said() -> None:
    doc = tex("Trade grew [1].\n\n\\section*{References}\n\\input{refs-not-here}\n")
    assert (C.UNREAD_REGION, 5) in [(a.code, a.line) for a in doc.all_anomalies()]


def test_heading_of_a_generated_bibliography_is_no_hand_list(tmp_path: Path) -> None:
    (tmp_path / "r.bib").write_text("@book{a, title={Alpha}, year=2001}\n")
    (tmp_path / "p.tex").write_text(
        "\\begin{document}\nA \\cite{a}.\n\\section*{References}\n\\bibliography{r}\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "p.tex")
    assert [e.label for e in doc.literature] == ["a"]
    assert C.UNREAD_REGION not in {a.code for a in doc.all_anomalies()}


BIB_AB = (
    "@book{a, author={Ames, Lee}, title={Alpha}, year=2001}\n@book{b, title={Beta}, year=2002}\n"
)


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        pytest.param(
            "\\section{Sources}\nThe survey rests on 120 parish registers kept between 1750 and\n"
            "1800.\\footnote{They are listed in the appendix.} Their dating follows \\cite{a}.\n",
            [("1", 6), ("a", 6)],
            id="sources-with-footnote-and-cite",
        ),
        pytest.param(
            "\\section{Literature}\nEarlier work \\citep{a,b} used smaller samples, 1990--2005.\n",
            [("a", 5), ("b", 5)],
            id="literature-with-citations",
        ),
        pytest.param(
            "\\section*{Sources}\nMost of what follows comes from interviews with harbour staff. "
            "They were recorded in the spring, transcribed by two assistants, checked against "
            "the minutes of the port authority, and anonymised. Where two accounts differed we "
            "kept both. Quotations are translated by the author. Names of people and firms are "
            "changed. Places are not, since the harbour is well known. The recordings are kept "
            "by the university archive and may be consulted on request. Their transcripts run "
            "to some four hundred pages in all.\n\n"
            "The harbour's own statistics were used for the volumes of cargo handled in each "
            "month. These are published as tables and were copied by hand. They cover every "
            "year since the port reopened. Gaps are few and are marked. Where a month is "
            "missing we interpolated. The tables were checked twice. Totals were compared "
            "with national figures and agree within a few tonnes. This gives some confidence "
            "in the smaller series too.\n\n\\section{Results}\nLater, \\cite{b} confirmed it.\n",
            [("b", 10)],
            id="sources-as-prose",
        ),
    ],
)
def test_a_body_section_named_like_a_bibliography_is_body(
    tmp_path: Path, section: str, expected: list[tuple[str, int]]
) -> None:
    (tmp_path / "r.bib").write_text(BIB_AB)
    (tmp_path / "p.tex").write_text(
        "\\documentclass{article}\n\\bibliography{r}\n\\begin{document}\n"
        + section
        + "\\end{document}\n"
    )
    doc = parse_file(tmp_path / "p.tex")
    assert cites(doc) == expected
    assert all(e.label in ("a", "b") for e in doc.literature)
    assert C.UNREAD_REGION not in {a.code for a in doc.all_anomalies()}


def test_a_sources_list_is_still_a_list() -> None:
    doc = tex(
        "Archives were used [1, 2].\n\n\\section*{Sources}\n"
        "1. Harbour Board minutes, 1921--1939. City Archive, box 14.\n\n"
        "2. Port statistics 1950--1990. Available at \\url{https://stats.example.org/port}.\n"
    )
    assert cites(doc) == [("[1]", 3), ("[2]", 3)]
    assert [e.number for e in doc.literature] == [1, 2]


def test_citing_past_the_end_of_the_list() -> None:
    doc = tex(
        "Grew [4].\n\n\\section*{References}\n\\begin{enumerate}\n\\item Smith, J. (2020). Trade. Paris: Seuil.\n\\end{enumerate}"
    )
    assert cites(doc) == [("[4]", 3)]
    assert (C.CITATION_KEY_MISSING, 3) in [(a.code, a.line) for a in doc.all_anomalies()]


THEBIB = r"""Grew \cite{dupont}. Fell \citet[p.~3]{lee}. Rose \cite{garcon}.
%\cite{commented}
\begin{thebibliography}{99}
\bibitem[Dupont(2001)]{dupont} Dupont, J. (2001). \emph{Les ports}. Paris: Seuil.
%\bibitem{lee} A commented-out duplicate.
\bibitem[{Lee et~al.(2018)Lee, Kim, and Park}]{lee} Lee, K. (2018). \emph{Dry ports}. London: Routledge.
\end{thebibliography}
"""


def test_thebibliography_with_natbib_labels() -> None:
    doc = tex(THEBIB)
    assert cites(doc) == [("dupont", 3), ("garcon", 3), ("lee", 3)]
    assert [(e.label, e.line) for e in doc.literature] == [("dupont", 6), ("lee", 8)]
    assert doc.literature[1].reference.title == "Dry ports"
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert [a.footnote for a in missing] == ["garcon"] and "thebibliography" in missing[0].message


def test_bbl_is_read_when_no_bib_is_there(tmp_path: Path) -> None:
    (tmp_path / "paper.bbl").write_text(
        "\\begin{thebibliography}{1}\n\n\\bibitem{lee}\nLee, K. (2018).\n\\newblock {\\em Dry ports}.\n"
        "\\newblock London: Routledge.\n\n\\end{thebibliography}\n"
    )
    (tmp_path / "paper.tex").write_text(
        "\\begin{document}\nA \\cite{lee}.\n\\bibliography{gone}\n\\end{document}\n"
    )
    doc = parse_file(tmp_path / "paper.tex")
    assert [(e.label, e.line, e.reference.title) for e in doc.literature] == [
        ("lee", 3, "Dry ports")
    ]
    assert C.CITATION_KEY_MISSING not in {a.code for a in doc.all_anomalies()}
    assert any("paper.bbl" in a.message for a in doc.all_anomalies())


def test_a_bib_named_many_times_is_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = bibcheck.bibfile.parse_string

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(bibcheck.bibfile, "parse_string", counting)
    bibcheck.bibfile._CACHE.clear()
    (tmp_path / "shared.bib").write_text("@book{a, title={Alpha}, year=2001}\n")
    (tmp_path / "ch.tex").write_text("\\bibliography{shared}\nMore \\cite{a}.\n")
    for name in ("one", "two"):
        (tmp_path / f"{name}.tex").write_text(
            "\\bibliography{shared,shared.bib}\n\\addbibresource{./shared.bib}\n"
            "\\begin{document}\nA \\cite{a}.\n\\input{ch}\n\\end{document}\n"
        )
        doc = parse_file(tmp_path / f"{name}.tex")
        assert [e.label for e in doc.literature] == ["a"]
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("item", "authors", "title", "host", "year"),
    [
        pytest.param(
            "Müller, Hans: \\emph{Hafen und Handel}. Berlin: Springer, 1999.",
            ("Müller, Hans",),
            "Hafen und Handel",
            None,
            1999,
            id="din-book",
        ),
        pytest.param(
            "Schmidt, Anna; Weber, Bernd: \\emph{Der Hafen}. Duisburg: Mercator, 2000.",
            ("Schmidt, Anna", "Weber, Bernd"),
            "Der Hafen",
            None,
            2000,
            id="din-two-authors",
        ),
        pytest.param(
            "Bundesanstalt für Gewässerkunde: \\emph{Verkehrsbericht 2018}. Koblenz, 2019.",
            ("Bundesanstalt für Gewässerkunde",),
            "Verkehrsbericht 2018",
            None,
            2019,
            id="din-corporate",
        ),
        pytest.param(
            "Notteboom, Theo: Container river services. In: \\emph{Asia Pacific Viewpoint} 48 (2007), S.~330--343.",
            ("Notteboom, Theo",),
            "Container river services",
            "Asia Pacific Viewpoint",
            2007,
            id="din-article",
        ),
        pytest.param(
            "J.~Dupont and K.~Lee.\n\\newblock Trade and ports.\n\\newblock {\\em J. Trade}, 3(2):1--9, 2005.",
            ("J. Dupont", "K. Lee"),
            "Trade and ports",
            None,
            2005,
            id="bibtex-newblock",
        ),
        pytest.param(
            "\\bibinfo{author}{Smith, J.} \\bibinfo{title}{Dry ports}, \\bibinfo{journal}{Transp. Rev.} \\bibinfo{year}{2011}.",
            ("Smith, J.",),
            "Dry ports",
            "Transp. Rev.",
            2011,
            id="bibinfo",
        ),
        pytest.param(
            "Smith, J. (2020). Trade and growth. \\emph{Journal of Trade}, 3(2), 1--10.",
            ("Smith, J.",),
            "Trade and growth",
            "Journal of Trade",
            2020,
            id="apa-italic-journal-is-no-title",
        ),
        pytest.param(
            "Margaret Lowe, \\emph{Tides and Tariffs: The Port of Leith (1700--1750)}\n"
            "(Edinburgh: Birlinn, 1988).",
            ("Margaret Lowe",),
            "Tides and Tariffs: The Port of Leith (1700–1750)",
            None,
            1988,
            id="note-form-years-in-the-title",
        ),
        pytest.param(
            "Anne Kerr and Paul de Witt, \\emph{River Trade in the North}, 3 vols. (London:\n"
            "Methuen, 1975).",
            ("Anne Kerr", "Paul de Witt"),
            "River Trade in the North",
            None,
            1975,
            id="note-form-two-authors-and-volumes",
        ),
    ],
)
def test_bibitem_markup_gives_the_fields(
    item: str, authors: tuple[str, ...], title: str, host: str | None, year: int
) -> None:
    doc = tex(
        f"A \\cite{{k}}.\n\\begin{{thebibliography}}{{9}}\n\\bibitem{{k}} {item}\n\\end{{thebibliography}}"
    )
    ref = doc.literature[0].reference
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    if host is not None:
        assert ref.host == host


def test_a_lower_case_phrase_before_the_italics_is_no_author() -> None:
    doc = tex(
        "A \\cite{k}.\n\\begin{thebibliography}{9}\n\\bibitem{k} The port authority of Hull, "
        "\\emph{Annual Report} (Hull, 2001).\n\\end{thebibliography}"
    )
    ref = doc.literature[0].reference
    assert "The port authority of Hull" not in ref.authors and ref.year == 2001


def test_natbib_label_gives_the_year_the_text_lacks() -> None:
    doc = tex(
        "A \\cite{w}.\n\\begin{thebibliography}{9}\n\\bibitem[WSV(2018)]{w} WSV: \\emph{Verkehrsdaten}. \\url{https://w.example.de/v}.\n\\end{thebibliography}"
    )
    assert doc.literature[0].reference.year == 2018


@pytest.mark.parametrize(
    ("post", "pages"),
    [
        pytest.param("45", "45", id="bare"),
        pytest.param("p.~45", None, id="tilde-not-yet-text"),
        pytest.param("p. 45", "45", id="p"),
        pytest.param("pp. 3--5", "3–5", id="pp-range"),
        pytest.param("S. 112f.", "112", id="german-f"),
        pytest.param("с. 10–12", "10–12", id="russian"),
        pytest.param("ch. 3", None, id="chapter-is-no-page"),
        pytest.param("Eq. 2", None, id="equation-is-no-page"),
    ],
)
def test_page_locator(post: str, pages: str | None) -> None:
    assert page_locator(post) == pages


def test_a_heading_word_in_running_text_is_not_converted_as_a_heading() -> None:
    """ "Quellen" or "literature" inside a footnote that spans lines is text: looking at it
    as a possible heading must not report its open brace."""
    doc = tex(
        "Costs vary.\\footnote{The costs differ between the Quellen\n"
        "and the literature; the lower one is used.} Trade grew [1].\n\n"
        "\\section*{References}\n\\begin{enumerate}\n"
        "\\item Smith, J. (2020). Trade. \\emph{J. Trade}, 3, 1--9.\n\\end{enumerate}"
    )
    assert C.DOCUMENT_DAMAGED not in {a.code for a in doc.all_anomalies()}
    assert [e.reference.title for e in doc.literature] == ["Trade"]


def test_sections_inside_a_paragraph_bibliography_group_it_and_are_no_entries() -> None:
    doc = tex(
        "Trade grew [1].\n\n\\chapter*{Bibliography}\n\n\\section*{Manuscript sources}\n\n"
        "Archives nationales, Paris: series G1 (salt tax farm), 1700--1789.\n\n"
        "\\section*{Printed sources and secondary works}\n\\addcontentsline{toc}{section}{Printed}\n\n"
        "Smith, John. \\emph{Salt and Trade}. Paris: Dupont, 1968.\n\n"
        "Lee, Kim. \\emph{Dry Ports}. London: Routledge, 2018.\n"
    )
    titles = [e.reference.raw.split(".")[0] for e in doc.literature]
    assert titles == [
        "Archives nationales, Paris: series G1 (salt tax farm), 1700–1789",
        "Smith, John",
        "Lee, Kim",
    ]


@pytest.mark.parametrize(
    ("authors", "want"),
    [
        (r"J. Lien \textit{et al.}", ["J. Lien"]),
        (r"J. Lien \emph{et al.}", ["J. Lien"]),
        (r"J. Lien and I. Gillian", ["J. Lien", "I. Gillian"]),
    ],
    ids=["textit-et-al", "emph-et-al", "two-names"],
)
def test_italic_et_al_is_no_title(authors: str, want: list[str]) -> None:
    doc = tex(
        "Radar sensing~\\cite{soli}.\n\n\\begin{thebibliography}{9}\n"
        f"\\bibitem{{soli}} {authors}, ``Soli: Ubiquitous gesture sensing with millimeter"
        " wave radar,'' \\emph{ACM Trans. Graph.}, vol. 35, no. 4, pp. 1--19, Jul. 2016.\n"
        "\\end{thebibliography}\n"
    )
    ref = doc.literature[0].reference
    assert ref.title == "Soli: Ubiquitous gesture sensing with millimeter wave radar"
    assert list(ref.authors) == want
