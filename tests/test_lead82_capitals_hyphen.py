"""A hyphen at a line end inside a word set in capitals (a family name in an ISO 690 list,
``KRAJ-`` / ``ČOVIČ,``): a typesetter's break where the document writes the word joined
elsewhere (a citation ``(Krajčovič, 2006)``) and never with a hyphen there; the name's own
hyphen otherwise (``LÉVI-`` / ``STRAUSS``).  Every document here is invented for this file.
"""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext
from bibcheck.readers.linewrap import Hyphen, document_words, hyphen_kind, printed_hyphens

# (a sentence of the document, the line ending in the hyphen, the next line, the kind)
CASES = [
    # the document writes the name joined: the break is the typesetter's
    ("as Krajčovič (2006) found", "PALKOVIČ, R. – KRAJ-", "ČOVIČ, J. 2006.", Hyphen.SOFT),
    ("cf. Szczepański 2019, p. 4", "NOWAK, A. – SZCZE-", "PAŃSKI, T. 2019.", Hyphen.SOFT),
    ("(González y Ruiz, 2003)", "GONZÁ-", "LEZ, M. y RUIZ, P. 2003.", Hyphen.SOFT),
    ("MacDonald's survey of 1998", "MAC-", "DONALD, K. 1998. Survey.", Hyphen.SOFT),
    # the document writes it with the hyphen, or not at all: the name's own hyphen
    ("after Lévi-Strauss (1958)", "LÉVI-", "STRAUSS, C. 1958.", Hyphen.HARD),
    ("as Krajčovič (2006) found", "BELICOVÁ, A. – LÉVI-", "STRAUSS, C.", Hyphen.HARD),
    ("no citation of the name", "PALKOVIČ, R. – KRAJ-", "ČOVIČ, J. 2006.", Hyphen.HARD),
    ("Novák-Horváth and Novákhorváth", "NOVÁK-", "HORVÁTH, M. 2011.", Hyphen.HARD),
    # not a word in capitals on both sides, or too short a part: as before
    ("COVID19 in the text", "COVID-", "19 PANDEMIC, 2021.", Hyphen.HARD),
    ("the Abc firm", "A-", "BC, 2020.", Hyphen.HARD),
    ("the Krajčovič firm", "Kraj-", "ČOVIČ, 2020.", Hyphen.HARD),
]


@pytest.mark.parametrize(("sentence", "line", "following", "kind"), CASES)
def test_capitals_break_told_by_the_document(
    sentence: str, line: str, following: str, kind: Hyphen
) -> None:
    lines = [sentence, line, following]
    evidence = (printed_hyphens(lines), document_words(lines), None)
    assert hyphen_kind(line, following, *evidence) is kind


def test_capitals_break_without_evidence_is_the_names_own() -> None:
    assert hyphen_kind("PALKOVIČ, R. – KRAJ-", "ČOVIČ, J. 2006.") is Hyphen.HARD


DOCUMENT = [
    "Mliečne baktérie v ovčom syre",
    "",
    "Pôvodné enterokoky opísali už skôr (Krajčovič, 2006; Novák-Horváth, 2011) a tento",
    "postup sa ustálil v laboratóriách na Slovensku i v zahraničí.",
    "",
    "Literatúra",
    "",
    "HORVÁTOVÁ, E. – PALKOVIČ, R. – KRAJ-",
    "    ČOVIČ, J. 2006. Enterokoky v ovčom hrudkovom syre. Mliekarstvo, 37(2), 14–19.",
    "NOVÁK-",
    "    HORVÁTH, M. 2011. Kultúry a starter. Bratislava : Veda. 210 s.",
]


def test_pdftext_list_joins_a_name_broken_in_capitals() -> None:
    doc = pdftext.read("\n".join(DOCUMENT) + "\n")
    texts = [" ".join(e.text.split()) for e in doc.literature]
    assert texts[0].startswith("HORVÁTOVÁ, E. – PALKOVIČ, R. – KRAJČOVIČ, J. 2006.")
    assert texts[1].startswith("NOVÁK-HORVÁTH, M. 2011.")
