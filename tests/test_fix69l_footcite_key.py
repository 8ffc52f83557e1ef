"""A note that cites a work by key (LaTeX ``\\footcite``, ``\\autocite`` in a footnote
style) is tied to THAT key's entry (fix69l): a list may hold two entries with the same
title and year (two printings, the same book with a longer author list, a demo of
``2012a``/``2012b``), and a note citing the second is no citation of the first, which
left the second "uncited" and compared the note with the wrong authors."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C

BIB = r"""\begin{filecontents}{refs.bib}
@book{%(a)s, author={%(aa)s}, title={%(title)s}, publisher={%(pub)s}, year=%(year)s}
@book{%(b)s, author={%(ba)s}, title={%(title)s}, publisher={%(pub)s}, year=%(year)s}
@book{%(c)s, author={%(ca)s}, title={%(other)s}, publisher={%(pub)s}, year=%(year)s}
\end{filecontents}
"""

DOC = r"""\documentclass{article}
%(bib)s\usepackage[style=%(style)s]{biblatex}
\addbibresource{refs.bib}
\begin{document}
%(body)s
\printbibliography
\end{document}
"""

GERMAN = {
    "a": "Berger.2010",
    "b": "Berger2.2010",
    "c": "Vogt.2015",
    "aa": "Berger, Helga",
    "ba": "Berger, Helga and Nowak, Rainer and Sand, Ulla",
    "ca": "Vogt, Karl",
    "title": "Methoden der Feldforschung",
    "other": "Archive und Akten",
    "pub": "Lerchen-Verlag",
    "year": "2010",
}
FRENCH = {
    "a": "morel2004",
    "b": "morel2004b",
    "c": "roux1999",
    "aa": "Morel, Jeanne",
    "ba": "Morel, Jeanne and Faure, Paul",
    "ca": "Roux, Denis",
    "title": "Les ports de la Manche",
    "other": "Le commerce du sel",
    "pub": "Éditions du Quai",
    "year": "2004",
}
ENGLISH = {
    "a": "hale2019",
    "b": "hale2019reprint",
    "c": "ives2001",
    "aa": "Hale, Oren",
    "ba": "Hale, Oren and Pike, Tamsin",
    "ca": "Ives, Laura",
    "title": "Harbour Ledgers",
    "other": "Salt and Silver",
    "pub": "Quayside Press",
    "year": "2019",
}

# (fields, style, body with {a} {b} {c} for the keys)
CASES = [
    (
        GERMAN,
        "authortitle-dw",
        r"Erstens\footcite[Vgl.][S. 1]{{{a}}}. Zweitens\footcite[Vgl.][S. 2]{{{b}}}. Drittens\footcite[S. 3]{{{c}}}.",
    ),
    (
        FRENCH,
        "verbose",
        r"D'abord\footcite[p.~12]{{{a}}}. Ensuite\footcite[p.~40]{{{b}}}. Enfin\footcite{{{c}}}.",
    ),
    (
        ENGLISH,
        "verbose-ibid",
        r"First\autocite[5]{{{a}}}. Second\autocite[7]{{{b}}}. Third\autocite{{{c}}}.",
    ),
    # the second key of a note citing two works is cited too
    (
        GERMAN,
        "authortitle-dw",
        r"Erstens\footcite[Vgl.][S. 1]{{{a}}}. Zweitens\footcite{{{b},{c}}}.",
    ),
    (ENGLISH, "verbose", r"First\footcite{{{a}}}. Second\footcites[7]{{{b}}}[9]{{{c}}}."),
]


def _doc(fields: dict[str, str], style: str, body: str) -> bytes:
    text = DOC % {
        "bib": BIB % fields,
        "style": style,
        "body": body.format(a=fields["a"], b=fields["b"], c=fields["c"]),
    }
    return text.encode()


@pytest.mark.parametrize(("fields", "style", "body"), CASES)
def test_note_is_its_keys_entry(fields: dict[str, str], style: str, body: str) -> None:
    doc = parse_bytes(_doc(fields, style, body), "thesis.tex")
    by_label = {e.number: e.label for e in doc.literature}
    tied = [by_label[f.literature.number] for f in doc.footnotes if f.literature]
    assert tied[:2] == [fields["a"], fields["b"]]
    codes = [a.code for a in doc.all_anomalies()]
    assert C.LITERATURE_UNCITED not in codes
    assert not [a for a in doc.all_anomalies() if "author" in a.message and a.footnote]
