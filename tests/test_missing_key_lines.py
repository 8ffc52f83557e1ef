"""A key cited with no entry is reported with every line that cites it.

A placeholder left at several places (``[@TODO]``, ``[@QUELLE]``, ``\\cite{?}``,
``[cite:@XXX]``) or a number past the end of the list must be findable at each
place: the finding lists all its lines, also when the document is rebuilt from the
store, and the anomaly's JSON carries them (``lines``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bibcheck.analyse import analyse, analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, Finding, FindingKind
from bibcheck.shapes import anomaly_json
from bibcheck.store import open_db
from bibcheck.store.documents import document_ids, load_document, save_document

BIB = "@book{hale2019, author={Hale, Ruth}, title={Tidal Towns}, year={2019}, publisher={Dock}}\n"

CASES = {
    "pandoc-todo": (
        "draft.md",
        "---\nbibliography: refs.bib\n---\n\nTowns grew [@hale2019].\n\n"
        "Trade fell [@TODO] after 1450.\n\nCredit, too, [see @TODO, p. 4] fell.\n"
        "And here [@TODO].\n",
        "TODO",
        [7, 9, 10],
    ),
    "quarto-quelle-de": (
        "index.qmd",
        "---\ntitle: Entwurf\nbibliography: refs.bib\n---\n\n"
        '{{< todo "Quelle nachtragen" >}}\n\nDie Wahlbeteiligung sank [@QUELLE].\n\n'
        "Sie stieg später wieder [@hale2019; @QUELLE].\n",
        "QUELLE",
        [8, 10],
    ),
    "latex-question-mark": (
        "paper.tex",
        "\\documentclass{article}\n\\begin{document}\nTowns grew \\cite{hale2019}.\n\n"
        "Trade fell \\cite{?}.\n\nCredit fell too~\\cite{?}.\n\\bibliography{refs}\n\\end{document}\n",
        "?",
        [5, 7],
    ),
    "org-xxx-fr": (
        "brouillon.org",
        "#+bibliography: refs.bib\n* Introduction\nLes villes [cite:@hale2019].\n\n"
        "Le commerce [cite:@XXX] recule.\n\nLe crédit aussi [cite:@XXX].\n",
        "XXX",
        [5, 7],
    ),
    "numeric-past-the-list": (
        "note.txt",
        "A survey of tidal towns\n\nTowns grew [1]. Trade fell [3].\n\n"
        "Credit fell as well [3], as [2] shows.\n\nReferences\n\n"
        "[1] Hale, R. Tidal Towns. London: Dock, 2019.\n"
        "[2] Marsh, T. Salt and Credit. Leeds: Quay, 2015.\n",
        "3",
        [3, 5],
    ),
    "mediawiki-sfn": (
        "article.wiki",
        "'''Tidal towns''' grew.{{sfn|Hale|2019|p=3}} Trade fell.{{sfn|Marsh|2015|p=4}}\n\n"
        "Credit fell too.{{sfn|Marsh|2015|p=4}}\n\n== References ==\n{{reflist}}\n\n"
        "== Sources ==\n* {{cite book |last=Hale |first=Ruth |title=Tidal Towns |year=2019 "
        "|publisher=Dock}}\n",
        None,
        [1, 3],
    ),
}


def _write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _missing(found: list[Finding], key: str | None) -> Finding:
    (hit,) = [
        f
        for f in found
        if f.kind is FindingKind.MISSING_LITERATURE_ENTRY
        and dict(f.evidence).get("anomaly") == AnomalyCode.CITATION_KEY_MISSING.value
        and (key is None or key in f.footnotes)
    ]
    return hit


@pytest.mark.parametrize(("name", "text", "key", "lines"), CASES.values(), ids=CASES.keys())
def test_every_citing_line_is_listed(
    tmp_path: Path, name: str, text: str, key: str | None, lines: list[int]
) -> None:
    doc = parse_file(_write(tmp_path, name, text))
    assert list(_missing(analyse_document(doc, {}, {}), key).lines) == lines


@pytest.mark.parametrize(("name", "text", "key", "lines"), CASES.values(), ids=CASES.keys())
def test_every_citing_line_is_listed_from_the_store(
    tmp_path: Path, name: str, text: str, key: str | None, lines: list[int]
) -> None:
    db = open_db(memory=True)
    save_document(
        db, parse_file(_write(tmp_path, name, text)), size=0, now=datetime(2026, 1, 1, tzinfo=UTC)
    )
    assert list(_missing(analyse(db), key).lines) == lines


@pytest.mark.parametrize("case", ["pandoc-todo", "org-xxx-fr"])
def test_the_anomaly_json_carries_every_line(tmp_path: Path, case: str) -> None:
    name, text, key, lines = CASES[case]
    doc = parse_file(_write(tmp_path, name, text))
    (anomaly,) = [
        a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING and a.footnote == key
    ]
    shaped = anomaly_json(doc, anomaly)
    assert shaped["line"] == lines[0]
    assert shaped["lines"] == lines


@pytest.mark.parametrize("case", ["pandoc-todo", "org-xxx-fr"])
def test_the_stored_anomaly_keeps_every_line(tmp_path: Path, case: str) -> None:
    name, text, key, lines = CASES[case]
    doc = parse_file(_write(tmp_path, name, text))
    db = open_db(memory=True)
    save_document(db, doc, size=0, now=datetime(2026, 1, 1, tzinfo=UTC))
    (stored,) = [
        a
        for a in load_document(db, document_ids(db)[0]).anomalies
        if a.code is AnomalyCode.CITATION_KEY_MISSING and a.footnote == key
    ]
    assert list(stored.lines) == lines
