"""Citation-manager placeholders (fix73d): the record id each citation carries (model, JSON
export and report, the store with its migration), EndNote's other temporary-citation
delimiters (its Temporary Citations preferences), and a Markdown source's code read by the
plain-text reader.

The examples are written here in the shapes the managers write; expected values by hand.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.export.json import build_export
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import Marker, ParsedDocument
from bibcheck.parse.cmplaceholders import Manager, placeholders
from bibcheck.shapes import footnote_json
from bibcheck.store import SCHEMA_VERSION, open_db
from bibcheck.store.documents import load_document, save_document

E = Manager.ENDNOTE
NOW = datetime(2026, 12, 6, tzinfo=UTC)

# text -> [(key, author, year, locator, the cite's own text)] of its cites, in order
Cite = tuple[str, str | None, str | None, str | None, str]
SHAPES: list[tuple[str, list[Cite]]] = [
    # EndNote's other delimiters
    (
        "as found [Halvorsen, 2016 #214].",
        [("endnote:214", "Halvorsen", "2016", None, "Halvorsen, 2016 #214")],
    ),
    (
        "[Halvorsen, 2016 #214; Quispe, 2003 #9@17-19]",
        [
            ("endnote:214", "Halvorsen", "2016", None, "Halvorsen, 2016 #214"),
            ("endnote:9", "Quispe", "2003", "17-19", "Quispe, 2003 #9@17-19"),
        ],
    ),
    (
        "<<Halvorsen, 2016 #214>>",
        [("endnote:214", "Halvorsen", "2016", None, "Halvorsen, 2016 #214")],
    ),
    (
        "«Quispe et al., 2003a #9»",
        [("endnote:9", "Quispe", "2003a", None, "Quispe et al., 2003a #9")],
    ),
    (
        "[see \\Quispe, 2003 #9@4, for the method]",
        [("endnote:9", "Quispe", "2003", "4", "see \\Quispe, 2003 #9@4, for the method")],
    ),
    ("[Quispe, #9]", [("endnote:9", "Quispe", None, None, "Quispe, #9")]),
    ("[, 2003 #9]", [("endnote:9", None, "2003", None, ", 2003 #9")]),
    ("[, #9]", [("endnote:9", None, None, None, ", #9")]),
    ("<<, #9>>", [("endnote:9", None, None, None, ", #9")]),
    (
        "[de la Cruz, 1999 #31]",
        [("endnote:31", "de la Cruz", "1999", None, "de la Cruz, 1999 #31")],
    ),
    # braces: the shapes with nothing before the record number
    ("{, #12}", [("endnote:12", None, None, None, ", #12")]),
    ("{Halvorsen, #12}", [("endnote:12", "Halvorsen", None, None, "Halvorsen, #12")]),
    # never a placeholder: links, wikis, notes, Pandoc, LaTeX, templates, other managers' shapes
    ("[Halvorsen, 2016 #214](https://example.org/a)", []),
    ("[Halvorsen, 2016 #214][ref-a]", []),
    ("[Halvorsen, 2016 #214]: https://example.org/a", []),
    ("![Halvorsen, 2016 #214]", []),
    ("[[Halvorsen, 2016 #214]]", []),
    ("[[Fjords#History]]", []),
    ("[^Halvorsen, 2016 #214]", []),
    ("[@halvorsen2016, p. 4]", []),
    ("\\cite[Halvorsen, 2016 #214]{halvorsen}", []),
    ("a[Halvorsen, 2016 #214]", []),
    ("[Halvorsen, 2016 #214]{.smallcaps}", []),
    ("{{Halvorsen, 2016 #214}}", []),
    ("{% if page #3 %}", []),
    ("[Halvorsen 2016 #214]", []),  # Citavi's shape: braces only
    ("[Halvorsen:2016ab]", []),  # Papers' shape: braces only
    ("[ | Halvorsen, 2016 | | | zu:1:KEY ]", []),  # Zotero's: braces only
    ("[Halvorsen, 2016]", []),
    ("(Halvorsen, 2016 #214)", []),
    ("<Halvorsen, 2016 #214>", []),
    ("[Halvorsen, 2016 #214; and others]", []),
    ("[Chapter 4, #12]", []),
    ("[1999, #3]", []),
    ("see issue [Fix parser, see #12 and #14]", []),
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_placeholder_shapes(text: str, expected: list[Cite]) -> None:
    got = [(c.key, c.author, c.year, c.locator, text[c.start : c.end]) for c in placeholders(text)]
    assert got == expected
    assert all(c.manager is E for c in placeholders(text))


def test_other_delimiters_span_the_whole_pair() -> None:
    text = "x <<Halvorsen, 2016 #214>> y [Quispe, 2003 #9] z"
    first, second = placeholders(text)
    assert text[slice(*first.braces)] == "<<Halvorsen, 2016 #214>>"
    assert text[slice(*second.braces)] == "[Quispe, 2003 #9]"


def test_records_by_the_offset_each_cite_ends() -> None:
    from bibcheck.parse.cmplaceholders import records

    text = "{Halvorsen, 2016 #214; Quispe, 2003 #9} and [Ibarra, 2011 #5]"
    assert records(text) == {21: "endnote:214", 38: "endnote:9", 60: "endnote:5"}


LIST = """
References

Halvorsen, T. (2016). Fjords and their sills. Journal of Coastal Water, 12, 1–20.

Quispe, M. (2003). Andean lakes. Limnology Today, 4, 33–41.

Ibarra, L. (2011). Salt marshes of the south. Coastal Studies, 2, 40–48.
"""


def _records(doc: ParsedDocument) -> dict[str, list[str | None]]:
    return {
        fn.reference.authors[0] if fn.reference.authors else "": [m.record for m in fn.markers]
        for fn in doc.footnotes
        if fn.literature is not None
    }


@pytest.mark.parametrize("name", ["fjords.txt", "fjords.md"])
def test_text_markers_carry_their_record(name: str) -> None:
    text = (
        "Sills trap water [Halvorsen, 2016 #214@4] and lakes fill <<Quispe, 2003 #9>>; "
        "marshes differ (Ibarra, 2011), see {Ibarra, 2011 #5}.\n" + LIST
    )
    doc = parse_bytes(text.encode(), name)
    assert _records(doc) == {
        "Halvorsen, T.": ["endnote:214"],
        "Quispe, M.": ["endnote:9"],
        "Ibarra, L.": [None, "endnote:5"],
    }


def test_unmatched_custom_delimiter_placeholder_is_said_with_its_record() -> None:
    text = "Sills trap water [Halvorsen, 2016 #214] and [Moreno, 2020 #77] (Quispe, 2003).\n"
    doc = parse_bytes((text + LIST).encode(), "fjords.txt")
    missing = [(a.message, a.line) for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert missing == [("endnote:77 (Moreno, 2020) names no entry of the reference list", 1)]


CODE_MD = (
    """Sills trap water {Halvorsen, 2016 #214} and lakes fill [Quispe, 2003 #9].

```
settings = {Moreno, 2020 #77}
other = {Ibarra, 2011 #5}
```

    shown = [Moreno, 2020 #78]

Marshes differ (Ibarra, 2011) and `{Moreno, 2020 #79}` is code.
"""
    + LIST
)


def test_markdown_code_placeholders_are_no_citations_for_the_plain_text_reader() -> None:
    doc = parse_bytes(CODE_MD.encode(), "fjords.md")
    assert doc.reader == "plain-text"
    assert C.CITATION_KEY_MISSING not in [a.code for a in doc.all_anomalies()]
    assert _records(doc) == {
        "Halvorsen, T.": ["endnote:214"],
        "Quispe, M.": ["endnote:9"],
        "Ibarra, L.": [None],  # (the fenced block's {Ibarra, 2011 #5} is code)
    }


def test_code_placeholders_blanked_keeps_lines_and_lengths() -> None:
    from bibcheck.readers.cmcode import code_placeholders_blanked

    got = code_placeholders_blanked(CODE_MD)
    assert len(got) == len(CODE_MD) and got.count("\n") == CODE_MD.count("\n")
    assert [c.key for c in placeholders(got)] == ["endnote:214", "endnote:9"]
    assert "settings = " in got and "{Moreno" not in got


def test_a_plain_text_file_keeps_its_indented_lines() -> None:
    """A .txt is no Markdown: an indented line is a paragraph, its placeholder read."""
    text = "Sills trap water (Halvorsen, 2016).\n\n    Lakes fill {Quispe, 2003 #9}.\n" + LIST
    doc = parse_bytes(text.encode(), "fjords.txt")
    assert _records(doc)["Quispe, M."] == ["endnote:9"]


def test_json_shape_and_store_round_trip(tmp_path: Path) -> None:
    text = "Sills trap water [Halvorsen, 2016 #214] and (Quispe, 2003).\n" + LIST
    doc = parse_bytes(text.encode(), "fjords.txt")
    shaped = {
        fn["reference"]["authors"][0]: [m["record"] for m in fn["markers"]]
        for fn in (footnote_json(doc, f) for f in doc.footnotes)
    }
    assert shaped == {"Halvorsen, T.": ["endnote:214"], "Quispe, M.": [None]}
    db = open_db(tmp_path / "r.db")
    save_document(db, doc, size=1, now=NOW)
    back = load_document(db, doc.id)
    assert [[m.record for m in fn.markers] for fn in back.footnotes] == [
        ["endnote:214"],
        [None],
    ]
    exported = json.loads(json.dumps(build_export(db), default=str))
    assert [[m["record"] for m in fn["markers"]] for fn in exported["footnotes"]] == [
        ["endnote:214"],
        [None],
    ]


def test_marker_record_is_optional() -> None:
    assert Marker("1", 3, 4, None).record is None
    assert SCHEMA_VERSION >= 18  # m018 (later migrations may follow)


def test_a_database_of_the_schema_before_opens_keeping_its_markers(tmp_path: Path) -> None:
    from bibcheck.store.sqlite import migrations

    text = "Sills trap water [Halvorsen, 2016 #214] and (Quispe, 2003).\n" + LIST
    doc = parse_bytes(text.encode(), "fjords.txt")
    fresh = tmp_path / "fresh.db"
    new = open_db(fresh)
    save_document(new, doc, size=1, now=NOW)
    new.close()
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m018_marker_record")
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
    assert "record" not in {r[1] for r in conn.execute("pragma table_info('markers')")}
    markers = conn.execute("select count(*) from markers").fetchone()[0]
    conn.close()

    db = open_db(path)  # migrated forward
    after = sqlite3.connect(path)
    assert "record" in {r[1] for r in after.execute("pragma table_info('markers')")}
    assert after.execute("select count(*) from markers").fetchone()[0] == markers == 2
    after.close()
    back = load_document(db, doc.id)  # the old rows: no record yet
    assert [[m.record for m in fn.markers] for fn in back.footnotes] == [[None], [None]]
    assert [[m.line for m in fn.markers] for fn in back.footnotes] == [[1], [1]]


DOCX_BODY = """Sills trap water {Halvorsen, 2016 #214@4} and lakes fill {Quispe, 2003 #9; Halvorsen, 2016 #214}.
Marshes differ {Moreno, 2020 #77}.
# References
Halvorsen, T. (2016). Fjords and their sills. Journal of Coastal Water, 12, 1–20.
Quispe, M. (2003). Andean lakes. Limnology Today, 4, 33–41.
"""

MD_DOC = "Sills trap water [Halvorsen, 2016 #214@4] and lakes fill [Quispe, 2003 #9].\n\n" + (
    "Marshes differ <<Moreno, 2020 #77>>.\n"
    + LIST.replace("\nIbarra", "\nMoreno").replace("(2011)", "(2020)")
)


def _docx(tmp_path: Path) -> Path:
    sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus_build"))
    from build_docx import build  # type: ignore[import-not-found]

    folder = tmp_path / "corpus" / "_src" / "docx" / "fjords"
    folder.mkdir(parents=True)
    (folder / "body.txt").write_text(DOCX_BODY, encoding="utf-8")
    meta = {"document": "fjords.docx"}
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    build(folder)
    return tmp_path / "corpus" / "docx" / "fjords.docx"


@pytest.mark.parametrize("kind", ["docx", "md"])
def test_run_json_report_carries_the_record(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers import run_cli as run

    monkeypatch.chdir(tmp_path)
    if kind == "docx":
        paper = _docx(tmp_path)
    else:
        paper = tmp_path / "fjords.md"
        paper.write_text(MD_DOC, encoding="utf-8")
    code, _, err = run(["run", "--no-archive", str(paper)], capsys)
    assert code in (0, 1), err
    report = json.loads((tmp_path / "reports" / "fjords.json").read_text(encoding="utf-8"))
    records = {
        fn["reference"]["authors"][0]: [m["record"] for m in fn["markers"]]
        for fn in report["footnotes"]
    }
    if kind == "docx":
        assert records == {
            "Halvorsen, T.": ["endnote:214", "endnote:214"],
            "Quispe, M.": ["endnote:9"],
        }
        line = 2
    else:
        assert records == {
            "Halvorsen, T.": ["endnote:214"],
            "Quispe, M.": ["endnote:9"],
            "Moreno, L.": ["endnote:77"],
        }
        return
    missing = [a for a in report["anomalies"] if a["code"] == "citation-key-missing"]
    assert [(a["message"], a["line"]) for a in missing] == [
        ("endnote:77 (Moreno, 2020) names no entry of the reference list", line)
    ]
    said = " ".join(f["message"] for f in report["findings"])
    assert "endnote:77" in said
