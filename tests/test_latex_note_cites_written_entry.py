"""A footnote holding a citation command takes the first cited entry's parsed fields,
whatever the bibliography is written as: a ``thebibliography`` of ``\\bibitem`` texts
is read like a ``.bib`` file (never the note's remark spliced onto the entry's text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

ITEMS = r"""\bibitem{hale2019}
Hale, Morgan and Iver Tanaka. The Salt Roads of the Upper Nile. Journal of Desert Trade
14 (2019): 101--130.

\bibitem{quist2007}
Quist, Annelie. Caravans and Credit. Oxford: Lanthorn Press, 2007.
"""

BIB = """@article{hale2019, author={Hale, Morgan and Tanaka, Iver},
  title={The Salt Roads of the Upper Nile}, journal={Journal of Desert Trade},
  volume={14}, year={2019}, pages={101--130}}
@book{quist2007, author={Quist, Annelie}, title={Caravans and Credit},
  publisher={Lanthorn Press}, address={Oxford}, year={2007}}
"""

HALE = ("The Salt Roads of the Upper Nile", 2019, "Hale")
QUIST = ("Caravans and Credit", 2007, "Quist")


def _note(tmp_path: Path, source: str, note: str) -> tuple[str | None, int | None, str]:
    if source == "bib":
        (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
        tail = "\\bibliographystyle{plain}\n\\bibliography{refs}\n"
    else:
        tail = "\\begin{thebibliography}{9}\n" + ITEMS + "\\end{thebibliography}\n"
    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{article}\n\\begin{document}\n"
        f"Trade grew along the rivers.\\footnote{{{note}}}\n\n{tail}\\end{{document}}\n",
        encoding="utf-8",
    )
    (found,) = [f for f in parse_file(main).footnotes if f.label == "1"]
    ref = found.reference
    return ref.title, ref.year, ref.authors[0].split(",")[0] if ref.authors else ""


NOTES = [
    pytest.param(
        r"For a long discussion of this question see \cite{hale2019}; we leave it here.",
        HALE,
        id="remark-before-en",
    ),
    pytest.param(
        r"\cite{quist2007} treats the credit side at length, which we leave aside.",
        QUIST,
        id="remark-after-en",
    ),
    pytest.param(
        r"On the routes see \cite{hale2019}; on credit, compare \cite[ch.~3]{quist2007}.",
        HALE,
        id="two-cites-first",
    ),
    pytest.param(
        r"Para una discusión amplia de esta cuestión véase \cite{quist2007}; aquí no "
        r"entramos en ella.",
        QUIST,
        id="remark-before-es",
    ),
    pytest.param(
        r"Подробное обсуждение этого вопроса см. в \cite{hale2019}; здесь мы на нём не "
        r"останавливаемся.",
        HALE,
        id="remark-before-ru",
    ),
    pytest.param(
        r"Eine ausführliche Darstellung bieten \cite{hale2019} und \cite{quist2007}; wir "
        r"gehen darauf nicht ein.",
        HALE,
        id="two-cites-de",
    ),
]


@pytest.mark.parametrize("source", ["thebibliography", "bib"])
@pytest.mark.parametrize(("note", "work"), NOTES)
def test_note_citing_a_work_takes_its_entry(
    tmp_path: Path, source: str, note: str, work: tuple[str, int, str]
) -> None:
    assert _note(tmp_path, source, note) == work


def test_note_takes_the_citation_pages(tmp_path: Path) -> None:
    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{article}\n\\begin{document}\nTrade grew.\\footnote{See "
        "\\cite[p.~44]{quist2007} on credit.}\n\n\\begin{thebibliography}{9}\n"
        + ITEMS
        + "\\end{thebibliography}\n\\end{document}\n",
        encoding="utf-8",
    )
    (note,) = [f for f in parse_file(main).footnotes if f.label == "1"]
    assert (note.reference.title, note.reference.pages) == ("Caravans and Credit", "44")
