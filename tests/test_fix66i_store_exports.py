"""A work's identifiers (fix66i) stored (migration m016, SQLite and PostgreSQL; a database
made by the schema before keeps its rows) and exported: BibTeX/biblatex ``isbn``,
``pmid``, ``pmcid``, ``eprint`` + ``eprinttype``/``archiveprefix``; CSL-JSON ``ISBN``,
``PMID``, ``PMCID``; RIS ``SN``, ``AN`` (PMID), ``C2`` (PMCID); the JSON export."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.export.bibtex import works_to_bibtex
from bibcheck.export.csl import works_to_csl
from bibcheck.export.json import build_export
from bibcheck.export.ris import works_to_ris
from bibcheck.export.works import Work
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.store import Store, open_db
from bibcheck.store.documents import load_document, save_document

NOW = datetime(2026, 12, 5, tzinfo=UTC)
ISBN13 = "9783161484100"

_DOC = """Fever spreads fast.[^1] Books help.[^2] Models learn.[^3]

[^1]: Li Q, Guan X. Early transmission dynamics. N Engl J Med. 2020;382(13):1199-207. PMID: 31995857; PMCID: PMC7121484.
[^2]: Sipser, M. *Introduction to the Theory of Computation*. Boston: Cengage, 2012. ISBN 978-3-16-148410-0.
[^3]: Hu, E. et al. LoRA: low-rank adaptation of large language models. arXiv preprint arXiv:2106.09685v2, 2021.
"""  # noqa: E501

_WANT = [
    ("31995857", "PMC7121484", None, None),
    (None, None, ISBN13, None),
    (None, None, None, "2106.09685v2"),
]


def _ids(ref: Reference) -> tuple[str | None, ...]:
    return (ref.pmid, ref.pmcid, ref.isbn, ref.arxiv)


def test_round_trip_on_each_backend(store: Store) -> None:
    doc = parse_bytes(_DOC.encode(), "ids.md")
    save_document(store, doc, size=1, now=NOW)
    back = load_document(store, doc.id)
    assert [_ids(f.reference) for f in back.footnotes] == _WANT


def test_a_database_of_the_schema_before_migrates_keeping_its_rows(tmp_path: Path) -> None:
    from bibcheck.store.sqlite import migrations

    # a document saved by the schema before m016: its rows copied, the new columns left out
    fresh = tmp_path / "fresh.db"
    doc = parse_bytes(_DOC.encode(), "ids.md")
    new = open_db(fresh)
    save_document(new, doc, size=1, now=NOW)
    new.close()
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m016_reference_identifiers")
    old.close()
    conn = sqlite3.connect(path)
    conn.execute("attach database ? as fresh", (str(fresh),))
    conn.execute("pragma foreign_keys = off")
    tables = [
        name
        for (name,) in conn.execute("select name from main.sqlite_master where type='table'")
        if not name.startswith(("_", "sqlite"))
    ]
    for table in tables:
        cols = [r[1] for r in conn.execute(f"pragma main.table_info('{table}')")]
        names = ", ".join(f'"{c}"' for c in cols)
        conn.execute(f'insert into main."{table}" ({names}) select {names} from fresh."{table}"')
    conn.commit()
    counts = {t: conn.execute(f'select count(*) from main."{t}"').fetchone()[0] for t in tables}
    columns = {r[1] for r in conn.execute("pragma table_info('references')")}
    assert "pmid" not in columns
    conn.close()

    db = open_db(path)  # migrated forward
    columns = {r[1] for r in sqlite3.connect(path).execute("pragma table_info('references')")}
    assert {"pmid", "pmcid", "isbn", "arxiv"} <= columns
    after = sqlite3.connect(path)
    assert {t: after.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables} == (
        counts
    )
    after.close()
    back = load_document(db, doc.id)  # the old rows: no identifiers yet
    assert [_ids(f.reference) for f in back.footnotes] == [(None,) * 4] * 3
    # (the same bytes at the same parser version are not stored again: the lead's
    # PARSER_VERSION bump re-reads them) a new document's fields are stored
    other = parse_bytes(_DOC.replace("Fever", "Heat").encode(), "other.md")
    save_document(db, other, size=1, now=NOW)
    assert [_ids(f.reference) for f in load_document(db, other.id).footnotes] == _WANT


def test_the_json_export_carries_them(tmp_path: Path) -> None:
    db = open_db(tmp_path / "j.db")
    save_document(db, parse_bytes(_DOC.encode(), "ids.md"), size=1, now=NOW)
    data = json.loads(json.dumps(build_export(db), default=str))
    refs = [fn["reference"] for fn in data["footnotes"]]
    assert [(r["pmid"], r["pmcid"], r["isbn"], r["arxiv"]) for r in refs] == _WANT


def _work(kind: RefKind, **ids: str) -> Work:
    ref = Reference(
        "raw", 1, 1, kind=kind, authors=("Li, Qun",), title="Early dynamics", year=2020,
        host="N Engl J Med" if kind is RefKind.ARTICLE else None, **ids,  # type: ignore[arg-type]
    )  # fmt: skip
    return Work("li2020", ref, ())


_ARTICLE = {"pmid": "31995857", "pmcid": "PMC7121484", "arxiv": "2106.09685v2"}


@pytest.mark.parametrize(
    ("style", "kind", "ids", "lines"),
    [
        ("biblatex", RefKind.ARTICLE, _ARTICLE,
         ["pmid = {31995857}", "pmcid = {PMC7121484}", "eprint = {2106.09685v2}",
          "eprinttype = {arxiv}"]),
        ("bibtex", RefKind.ARTICLE, _ARTICLE,
         ["pmid = {31995857}", "pmcid = {PMC7121484}", "eprint = {2106.09685v2}",
          "archiveprefix = {arXiv}"]),
        ("biblatex", RefKind.BOOK, {"isbn": ISBN13}, [f"isbn = {{{ISBN13}}}"]),
        ("bibtex", RefKind.BOOK, {"isbn": ISBN13}, [f"isbn = {{{ISBN13}}}"]),
    ],
)  # fmt: skip
def test_bibtex(style: str, kind: RefKind, ids: dict[str, str], lines: list[str]) -> None:
    text = works_to_bibtex([_work(kind, **ids)], style)  # type: ignore[arg-type]
    assert all(line in text for line in lines), text


@pytest.mark.parametrize(
    ("kind", "ids", "want"),
    [
        (RefKind.ARTICLE, _ARTICLE, {"PMID": "31995857", "PMCID": "PMC7121484"}),
        (RefKind.BOOK, {"isbn": ISBN13}, {"ISBN": ISBN13}),
    ],
)
def test_csl_json(kind: RefKind, ids: dict[str, str], want: dict[str, str]) -> None:
    (item,) = json.loads(works_to_csl([_work(kind, **ids)]))
    assert {k: item[k] for k in want} == want


@pytest.mark.parametrize(
    ("kind", "ids", "lines"),
    [
        (RefKind.ARTICLE, _ARTICLE, ["AN  - 31995857", "C2  - PMC7121484"]),
        (RefKind.BOOK, {"isbn": ISBN13}, [f"SN  - {ISBN13}"]),
    ],
)
def test_ris(kind: RefKind, ids: dict[str, str], lines: list[str]) -> None:
    ris = works_to_ris([_work(kind, **ids)]).splitlines()
    assert all(line in ris for line in lines), ris
