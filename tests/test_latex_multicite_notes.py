"""A footnote made by a multicite (``\\footcites``, ``\\autocites`` in a note style,
``\\smartcites``) takes its work's fields from the first key's entry, like one key does."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

BIB = """@book{okafor1998, author={Okafor, Nneka and Lund, Per}, title={Harbours of the Bight},
  publisher={Ashgrove}, location={Leeds}, year={1998}}
@article{marlowe2011, author={Marlowe, Tessa}, title={Quarantine and Trade, 1840--1880},
  journaltitle={Maritime Review}, volume={12}, year={2011}, pages={33--58}}
@incollection{ferrant2004, author={Ferrant, Luc}, title={Les ports francs},
  booktitle={Villes et commerce}, editor={Brun, Anne}, publisher={Cerf}, year={2004}}
"""


def _doc(tmp_path: Path, preamble: str, body: str) -> dict[str, tuple[str | None, int | None]]:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{article}\n"
        f"{preamble}\n\\addbibresource{{refs.bib}}\n\\begin{{document}}\n{body}\n"
        "\\printbibliography\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(main)
    return {f.label: (f.reference.title, f.reference.year) for f in doc.footnotes if f.reference}


VERBOSE = r"\usepackage[style=verbose-ibid,backend=biber]{biblatex}"
NUMERIC_FOOT = r"\usepackage[style=numeric,autocite=footnote]{biblatex}"


@pytest.mark.parametrize(
    ("preamble", "body", "title", "year"),
    [
        pytest.param(VERBOSE, r"Ports grew.\autocites[12--14]{okafor1998}[40]{marlowe2011}",
                     "Harbours of the Bight", 1998, id="autocites-verbose"),
        pytest.param(NUMERIC_FOOT, r"Ports grew.\autocites[40]{marlowe2011}[ch.~2]{okafor1998}",
                     "Quarantine and Trade, 1840–1880", 2011, id="autocites-option"),
        pytest.param(r"\usepackage{biblatex}",
                     r"Ports grew.\footcites[see][7]{ferrant2004}[cf.][]{okafor1998}",
                     "Les ports francs", 2004, id="footcites-prenotes"),
        pytest.param(VERBOSE, r"Ports grew.\smartcites(See)()[3]{marlowe2011}[9]{ferrant2004}",
                     "Quarantine and Trade, 1840–1880", 2011, id="smartcites-global-notes"),
        pytest.param(VERBOSE, r"Ports grew.\footcites{okafor1998,marlowe2011}",
                     "Harbours of the Bight", 1998, id="footcite-two-keys"),
    ],
)  # fmt: skip
def test_multicite_note_takes_the_first_entry(
    tmp_path: Path, preamble: str, body: str, title: str, year: int
) -> None:
    assert _doc(tmp_path, preamble, body)["1"] == (title, year)


def test_multicite_note_takes_the_first_citation_pages(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text(
        "\\documentclass{article}\n\\usepackage[style=verbose]{biblatex}\n"
        "\\addbibresource{refs.bib}\n\\begin{document}\n"
        "Ports grew.\\autocites[12--14]{okafor1998}[40]{marlowe2011}\n\\end{document}\n",
        encoding="utf-8",
    )
    (note,) = parse_file(main).footnotes
    assert note.reference is not None
    assert note.reference.pages == "12–14"
    assert note.reference.authors == ("Okafor, Nneka", "Lund, Per")
