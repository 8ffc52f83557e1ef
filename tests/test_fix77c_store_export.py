"""Reference.editors and .number stored, migrated and exported (fix77c).

* the store keeps both (``editors`` a JSON list, as ``authors`` is) on SQLite and on
  PostgreSQL (migration ``m020_reference_editors_number``); a database of the schema
  before opens, migrates and keeps its rows, read back with no editors and no number;
* ``bibcheck export json`` and the JSON report carry ``editors`` and ``number``;
* BibTeX/BibLaTeX write ``editor`` (an edited volume whose names are its editors:
  ``editor`` only, never the same names as ``author``; an ``@incollection``'s ``editor`` its
  book's) and ``number``; CSL-JSON ``editor`` and ``number``; RIS ``ED`` (a chapter's
  book's editors ``A2``) and the number as ``SN`` (``M1`` beside an ISBN);
* .bib -> bibcheck -> exported .bib -> bibcheck keeps the editors and the number.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.export.bibtex import export_bibtex
from bibcheck.export.csl import export_csl_json
from bibcheck.export.json import build_export
from bibcheck.export.ris import export_ris
from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument, Reference
from bibcheck.shapes import reference_json
from bibcheck.store import SCHEMA_VERSION, Store, open_db
from bibcheck.store.documents import load_document, save_document

NOW = datetime(2026, 12, 6, tzinfo=UTC)

BIB = r"""
@book{edited,
  editor = {Harlow, Jane and Okafor, Bem},
  title = {Rivers and Their Margins},
  publisher = {Fenwick Press},
  address = {Leeds},
  year = {2014},
}
@incollection{chapter,
  author = {Marsh, Tobias},
  editor = {Harlow, Jane and Okafor, Bem},
  title = {Gravel bars in motion},
  booktitle = {Rivers and Their Margins},
  publisher = {Fenwick Press},
  pages = {12--30},
  year = {2014},
}
@techreport{report,
  author = {Quill, Ada},
  title = {Sediment budgets of small catchments},
  institution = {Northern Water Institute},
  number = {NWI-TR-2019-04},
  year = {2019},
}
@article{article,
  author = {Pike, Rowan},
  title = {Fish passage at low weirs},
  journal = {Journal of Weirs},
  volume = {4},
  number = {2},
  pages = {1--9},
  year = {2011},
}
"""


def _doc(text: str = BIB, name: str = "refs.bib") -> ParsedDocument:
    return parse_bytes(text.encode(), name)


def _by_title(refs: list[Reference], start: str) -> Reference:
    return next(r for r in refs if (r.title or "").startswith(start))


def _refs(doc: ParsedDocument) -> list[Reference]:
    return [e.reference for e in doc.literature]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        db = open_db(tmp_path / "fix77c.db")
        yield db
        db.close()
        return
    pytest.importorskip("psycopg")
    pg_server = request.getfixturevalue("pg_server")
    url = pg_server.create_database("fix77c_editors")
    db = open_db(url)
    try:
        yield db
    finally:
        db.close()
        pg_server.drop_database(url)


def test_editors_and_number_are_stored_and_read_back(store: Store) -> None:
    doc = _doc()
    save_document(store, doc, size=1, now=NOW)
    back = _refs(load_document(store, doc.id))
    assert back == _refs(doc)
    edited, chapter = _by_title(back, "Rivers"), _by_title(back, "Gravel")
    assert edited.editors == edited.authors == ("Harlow, Jane", "Okafor, Bem")
    assert chapter.editors == ("Harlow, Jane", "Okafor, Bem")
    assert chapter.authors == ("Marsh, Tobias",)
    assert _by_title(back, "Sediment").number == "NWI-TR-2019-04"
    assert _by_title(back, "Fish").number is None


def test_the_migration_is_the_newest() -> None:
    assert SCHEMA_VERSION >= 20  # m020 (later migrations may follow)


def test_a_database_of_the_schema_before_opens_keeping_its_references(tmp_path: Path) -> None:
    from bibcheck.store.sqlite import migrations

    doc = _doc()
    fresh = tmp_path / "fresh.db"
    new = open_db(fresh)
    save_document(new, doc, size=1, now=NOW)
    new.close()
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m020_reference_editors_number")
    old.close()
    conn = sqlite3.connect(path)
    conn.execute("attach database ? as fresh", (str(fresh),))
    conn.execute("pragma foreign_keys = off")
    tables = [
        name
        for (name,) in conn.execute("select name from main.sqlite_master where type='table'")
        if not name.startswith(("_", "sqlite"))
    ]
    for table in tables:  # the rows the schema before held: its columns only
        cols = [r[1] for r in conn.execute(f"pragma main.table_info('{table}')")]
        names = ", ".join(f'"{c}"' for c in cols)
        conn.execute(f'insert into main."{table}" ({names}) select {names} from fresh."{table}"')
    conn.commit()
    columns = {r[1] for r in conn.execute("pragma table_info('references')")}
    assert not {"editors", "number"} & columns
    count = conn.execute('select count(*) from "references"').fetchone()[0]
    conn.close()

    db = open_db(path)  # migrated forward
    after = sqlite3.connect(path)
    columns = {r[1] for r in after.execute("pragma table_info('references')")}
    assert {"editors", "number"} <= columns
    assert after.execute('select count(*) from "references"').fetchone()[0] == count == 4
    after.close()
    back = _refs(load_document(db, doc.id))  # the old rows: no editors, no number yet
    assert [(r.editors, r.number) for r in back] == [((), None)] * 4
    assert [r.authors for r in back] == [r.authors for r in _refs(doc)]
    db.close()


def test_json_carries_editors_and_number() -> None:
    refs = _refs(_doc())
    shaped = reference_json(_by_title(refs, "Gravel"))
    assert shaped["editors"] == ["Harlow, Jane", "Okafor, Bem"]
    assert shaped["number"] is None
    assert reference_json(_by_title(refs, "Sediment"))["number"] == "NWI-TR-2019-04"
    db = open_db(memory=True)
    save_document(db, _doc(), size=1, now=NOW)
    exported = json.dumps(build_export(db), ensure_ascii=False)
    assert '"editors": ["Harlow, Jane", "Okafor, Bem"]' in exported
    assert '"number": "NWI-TR-2019-04"' in exported


@pytest.fixture(scope="module")
def db() -> Store:
    db = open_db(memory=True)
    save_document(db, _doc(), size=1, now=NOW)
    return db


def _entry(bib: str, key_start: str) -> str:
    at = bib.index("{" + key_start)
    return bib[at : bib.index("\n}\n", at)]


@pytest.mark.parametrize("style", ["biblatex", "bibtex"])
def test_bibtex_writes_editor_and_number(db: Store, style: str) -> None:
    bib = export_bibtex(db, style=style)  # type: ignore[arg-type]
    edited = _entry(bib, "harlow2014")
    assert "editor = {Harlow, Jane and Okafor, Bem}" in edited
    assert "author" not in edited  # (the same names, never written twice)
    chapter = _entry(bib, "marsh2014")
    assert "author = {Marsh, Tobias}" in chapter
    assert "editor = {Harlow, Jane and Okafor, Bem}" in chapter
    assert "number = {NWI-TR-2019-04}" in _entry(bib, "quill2019")
    assert "number = {2}" in _entry(bib, "pike2011")


def test_csl_json_writes_editor_and_number(db: Store) -> None:
    items = {i["id"][:8]: i for i in json.loads(export_csl_json(db))}
    edited = items["harlow20"]
    assert "author" not in edited
    assert edited["editor"] == [
        {"family": "Harlow", "given": "Jane"},
        {"family": "Okafor", "given": "Bem"},
    ]
    assert items["marsh201"]["author"] == [{"family": "Marsh", "given": "Tobias"}]
    assert len(items["marsh201"]["editor"]) == 2
    assert items["quill201"]["number"] == "NWI-TR-2019-04"
    assert "issue" not in items["quill201"]  # (the same value, once)
    assert items["pike2011"]["issue"] == "2" and "number" not in items["pike2011"]


def test_ris_writes_editors_and_number(db: Store) -> None:
    records = {r.split("\nID  - ")[1][:8]: r for r in export_ris(db).split("\n\n")}
    edited = records["harlow20"]
    assert "ED  - Harlow, Jane\nED  - Okafor, Bem" in edited and "AU  - " not in edited
    chapter = records["marsh201"]
    assert "AU  - Marsh, Tobias" in chapter
    assert "A2  - Harlow, Jane\nA2  - Okafor, Bem" in chapter
    report = records["quill201"]
    assert "SN  - NWI-TR-2019-04" in report and "IS  - " not in report


def test_a_bib_round_trip_keeps_editors_and_number(db: Store) -> None:
    for style in ("biblatex", "bibtex"):
        again = _refs(_doc(export_bibtex(db, style=style), "again.bib"))  # type: ignore[arg-type]
        for start in ("Rivers", "Gravel", "Sediment", "Fish"):
            before, after = _by_title(_refs(_doc()), start), _by_title(again, start)
            assert (after.authors, after.editors, after.number) == (
                before.authors,
                before.editors,
                before.number,
            ), (style, start)


def test_ris_and_csl_round_trips_keep_editors_and_number(db: Store) -> None:
    for text, name in ((export_ris(db), "again.ris"), (export_csl_json(db), "again.json")):
        again = _refs(_doc(text, name))
        for start in ("Rivers", "Gravel", "Sediment"):
            before, after = _by_title(_refs(_doc()), start), _by_title(again, start)
            assert (after.editors, after.number) == (before.editors, before.number), (name, start)
