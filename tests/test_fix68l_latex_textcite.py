"""biblatex's \\textcite in the verbose family (and Chicago notes) is the name in the sentence
and the citation in a footnote of its own, numbered with the other footnotes; elsewhere (the
author-title and author-year families) it stays a citation in the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.latex.textcite import textcite_is_footnote
from tests.helpers import biblatex_document


@pytest.mark.parametrize(
    ("preamble", "footnote"),
    [
        pytest.param(r"\usepackage[style=verbose-trad2,backend=biber]{biblatex}", True,
                     id="verbose-trad2"),
        pytest.param(r"\usepackage[style=verbose-ibid]{biblatex}", True, id="verbose-ibid"),
        pytest.param(r"\usepackage[citestyle=verbose-note,bibstyle=authortitle]{biblatex}",
                     True, id="verbose-note-citestyle"),
        pytest.param(r"\usepackage[style=ext-verbose-trad1]{biblatex}", True, id="ext-verbose"),
        pytest.param(r"\usepackage[notes,backend=biber]{biblatex-chicago}", True,
                     id="chicago-notes"),
        pytest.param(r"\usepackage[style=footnote-dw]{biblatex}", True, id="footnote-dw"),
        pytest.param(r"\usepackage[authordate]{biblatex-chicago}", False,
                     id="chicago-authordate"),
        pytest.param(r"\usepackage[style=authortitle-icomp]{biblatex}", False,
                     id="authortitle-keeps-textcite-inline"),
        pytest.param(r"\usepackage[style=authoryear,autocite=footnote]{biblatex}", False,
                     id="autocite-option-not-textcite"),
        pytest.param(r"\usepackage{biblatex}", False, id="default-numeric"),
    ],
)  # fmt: skip
def test_textcite_is_footnote(preamble: str, footnote: bool) -> None:
    assert textcite_is_footnote(preamble) is footnote


BIB = """@book{weber1998, author={Weber, Anna}, title={Die Werkstatt des Malers}, year={1998}}
@book{moreau2004, author={Moreau, Luc}, title={L'atelier et la rue}, year={2004}}
@book{hart2011, author={Hart, Ellen}, title={Studios in Public}, year={2011}}
"""

# (preamble, body): the \textcite is the second footnote, between two \autocites
DOCS = [
    pytest.param(r"\usepackage[style=verbose-trad2]{biblatex}",
                 "Le peintre\\autocite[12]{weber1998} expose seul. Pour \\textcite[45]{moreau2004},\n"
                 "c'est une réclame\\autocite{hart2011}.", id="fr-verbose-trad2"),
    pytest.param(r"\usepackage[style=verbose]{biblatex}",
                 "Der Maler\\autocite[12]{weber1998} stellt aus. Nach \\Textcite{moreau2004}\n"
                 "ist das Werbung\\footcite{hart2011}.", id="de-verbose-Textcite"),
    pytest.param(r"\usepackage[notes]{biblatex-chicago}",
                 "The painter\\autocite{weber1998} showed alone. For \\textcite[45]{moreau2004},\n"
                 "it was publicity\\autocite[3]{hart2011}.", id="en-chicago-notes"),
]  # fmt: skip


@pytest.mark.parametrize(("preamble", "body"), DOCS)
def test_textcite_footnote_is_numbered(tmp_path: Path, preamble: str, body: str) -> None:
    main = biblatex_document(tmp_path, preamble, body, BIB)
    doc = parse_file(main)
    notes = {f.label: (f.line, f.reference.title if f.reference else None) for f in doc.footnotes}
    assert notes["1"] == (5, "Die Werkstatt des Malers")
    assert notes["2"] == (5, "L'atelier et la rue")
    assert notes["3"] == (6, "Studios in Public")
    assert "moreau2004" not in notes


def test_textcite_in_authortitle_stays_in_the_text(tmp_path: Path) -> None:
    main = biblatex_document(
        tmp_path,
        r"\usepackage[style=authortitle]{biblatex}",
        r"The painter\autocite{weber1998} showed alone; \textcite{moreau2004} disagrees.",
        BIB,
    )
    labels = {f.label for f in parse_file(main).footnotes}
    assert "1" in labels and "moreau2004" in labels and "2" not in labels


# (preamble, body): a \textcite written inside a footnote prints in that note (biblatex does
# not nest notes), so it takes no number of its own and stays a citation of its key
NESTED = [
    pytest.param(r"\usepackage[style=verbose-ibid]{biblatex}",
                 "The painter\\autocite{weber1998} showed alone.\\footnote{As \\textcite[45]{moreau2004}\n"
                 "argues.} \\textcite{hart2011} agrees.", id="en-verbose-ibid-in-footnote"),
    pytest.param(r"\usepackage[style=verbose-trad1,backend=biber]{biblatex}",
                 "El pintor\\autocite{weber1998} expuso solo.\\footnote{Véase \\Textcite{moreau2004}.}\n"
                 "Según \\textcite[3]{hart2011}, era publicidad.", id="es-verbose-trad1-Textcite-in-footnote"),
]  # fmt: skip


@pytest.mark.parametrize(("preamble", "body"), NESTED)
def test_textcite_in_a_footnote_takes_no_number(tmp_path: Path, preamble: str, body: str) -> None:
    main = biblatex_document(tmp_path, preamble, body, BIB)
    doc = parse_file(main)
    lines = {f.label: f.line for f in doc.footnotes}
    # notes 1 (\autocite), 2 (the \footnote) and 3 (the \textcite after it): the \textcite
    # inside note 2 is a citation of its key at its line, not a note of its own
    assert lines.get("3") == 6 and "4" not in lines and "hart2011" not in lines
    assert lines.get("moreau2004") == 5


# \textcites in a verbose style: one footnote for the names it prints
def test_textcites_is_one_footnote(tmp_path: Path) -> None:
    main = biblatex_document(
        tmp_path,
        r"\usepackage[style=verbose-note]{biblatex}",
        "Il pittore\\autocite{weber1998} espose da solo; \\textcites[4]{moreau2004}[9]{hart2011}\n"
        "ne discutono.",
        BIB,
    )
    notes = {
        f.label: f.reference.title if f.reference else None for f in parse_file(main).footnotes
    }
    assert notes.get("2") == "L'atelier et la rue"
    assert "3" not in notes
