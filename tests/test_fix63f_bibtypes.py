"""fix63f: entry types whose names begin with ``comment``, ``preamble`` or ``string``.

bibtexparser read any block whose type merely *begins* with one of those words as that
block, so biblatex-oscola's ``@commentary`` (a book of authority) and biblatex-jura2's
``@commentary`` (a German statute commentary) vanished as comments and every citation of
them was reported as a key with no entry.  BibTeX and biber know the three blocks by their
whole name only.  Every entry here was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references.bibtex import to_reference
from tests.helpers import biblatex_document

_CASES = [
    # (entry as written, type, key, kind)
    (
        "@commentary{hale,\n  author = {Hale},\n  title = {Pleas of the Crown},\n}\n",
        "commentary",
        "hale",
        RefKind.BOOK,
    ),
    (
        "@Commentary{MueKoBGB,\n  editor = {Maier, Anna},\n"
        "  title = {Handkommentar zum Mietrecht},\n  edition = {4},\n  date = {2019},\n}\n",
        "commentary",
        "MueKoBGB",
        RefKind.BOOK,
    ),
    (
        "@commentary(erskine,\n  author = {Erskine},\n  title = {Institute},\n)\n",
        "commentary",
        "erskine",
        RefKind.BOOK,
    ),
    (
        "@stringency{rule4,\n  title = {Rules of Stringency},\n  date = {2001},\n}\n",
        "stringency",
        "rule4",
        RefKind.UNKNOWN,
    ),
]


@pytest.mark.parametrize(("text", "entry_type", "key", "kind"), _CASES)
def test_entry_type_beginning_like_a_block_is_an_entry(
    text: str, entry_type: str, key: str, kind: RefKind
) -> None:
    source = "@string{pub = {Juris}}\n\n" + text + "\n@comment{not an entry}\n"
    records, errors = read_bib(source)
    assert not errors
    assert [(r.entry_type, r.key) for r in records] == [(entry_type, key)]
    record = records[0]
    assert record.line == 3
    assert record.raw.lower().startswith("@" + entry_type)
    assert "bibcheck" not in record.raw
    assert to_reference(record).kind is kind


@pytest.mark.parametrize(
    ("style", "cite"),
    [("oscola", "\\footcite[1][254]{hale}"), ("jura2", "\\footcite[Rn.~12]{MueKoBGB}")],
)
def test_a_cited_commentary_has_its_entry(tmp_path: Path, style: str, cite: str) -> None:
    bib = "".join(c[0] for c in _CASES[:2])
    preamble = f"\\usepackage[style={style}]{{biblatex}}"
    tex = biblatex_document(tmp_path, preamble, f"The older writers agree.{cite}", bib, "paper.tex")
    doc = parse_file(tex)
    codes = [a.code for a in doc.all_anomalies()]
    assert "citation-key-missing" not in codes
    entries = {e.number: e for e in doc.literature}
    tied = [fn.literature.number for fn in doc.footnotes if fn.literature is not None]
    assert tied
    assert all(entries[n].reference.kind is RefKind.BOOK for n in tied)
