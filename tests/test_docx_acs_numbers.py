"""A Word reference list whose numbers are typed in parentheses, as ACS journals print
them ("(1) Surname, A. B.; Surname, C. Title. *J. Abbr.* Year, *Vol*, pages."): the number
is the entry's, not the start of its names."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from tests.test_reader_docx_lists import build, p, t

ENTRIES = [
    "Varga, D. E.; Holm, K. Ligand Effects in Nickel Catalysis. Angew. Chem., Int. Ed. 2016, "
    "55, 1201–1210.",
    "Ortiz, P. Twinning in Small-Molecule Crystals. Acta Crystallogr. 2004, 60, 77–85.",
]


@pytest.mark.parametrize("form", ["({n}) ", "({n})\t"], ids=["space", "tab"])
def test_parenthesised_typed_numbers(form: str) -> None:
    body = [
        p(t("Nickel and twins"), style="Title"),
        p(t("Both are known (1, 2)."), style=None),
        p(t("References"), style="Heading1"),
        *(p(t(form.format(n=k) + text)) for k, text in enumerate(ENTRIES, start=1)),
    ]
    doc = parse_bytes(build(body), "acs.docx")
    refs = [(e.number, e.reference.authors[:1], e.reference.kind) for e in doc.literature]
    assert refs == [
        (1, ("Varga, D. E.",), RefKind.ARTICLE),
        (2, ("Ortiz, P.",), RefKind.ARTICLE),
    ]
    assert all(not e.reference.title.startswith("(") for e in doc.literature)
