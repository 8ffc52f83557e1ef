"""Lines in other files: a citation in an ``\\input`` or ``include::`` file, an entry of
a ``.bib``, carry the file their line is in (``file``, "" for the document itself),
through the store, the JSON shapes, ``bibcheck show`` and the HTML report."""

from __future__ import annotations

import json
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from bibcheck.cli import cli
from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument, place
from bibcheck.store import SCHEMA_VERSION, open_db
from bibcheck.store.documents import load_document, save_document
from bibcheck.store.schema import MIGRATIONS

BIB = """
@book{moss1999,
  author = {Moss, Ada},
  title = {Harbour Records},
  publisher = {Quay Press},
  year = {1999}
}

@article{lund2012,
  author = {Lund, Per},
  title = {Tides and Tolls},
  journal = {Maritime Notes},
  year = {2012}
}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def latex_project(folder: Path) -> Path:
    write(folder, "refs.bib", BIB)
    write(
        folder,
        "parts/second.tex",
        r"""
        \section{Tolls}
        Tolls rose \cite{lund2012}.
        A note here.\footnote{Written in the included file.}
        """,
    )
    return write(
        folder,
        "paper.tex",
        r"""
        \documentclass{article}
        \begin{document}
        Records survive \cite{moss1999}.
        \input{parts/second}
        \bibliographystyle{plain}
        \bibliography{refs}
        \end{document}
        """,
    )


def pandoc_project(folder: Path) -> Path:
    write(folder, "refs.bib", BIB)
    return write(
        folder,
        "post.md",
        """
        ---
        title: Ports
        bibliography: refs.bib
        references:
        - id: inline2020
          type: book
          title: An Inline Work
          issued: {date-parts: [[2020]]}
        ---

        Records survive [@moss1999]. Tolls rose [@lund2012]. Inline too [@inline2020].
        """,
    )


def adoc_project(folder: Path) -> Path:
    write(
        folder,
        "chapters/one.adoc",
        """
        == One

        Harbours grew.footnote:[Moss, Harbour Records, 1999.]
        """,
    )
    return write(
        folder,
        "book.adoc",
        """
        = A Book

        Before the chapter.footnote:[Lund, Tides and Tolls, 2012.]

        include::chapters/one.adoc[]
        """,
    )


def org_project(folder: Path) -> Path:
    write(folder, "refs.bib", BIB)
    write(
        folder,
        "ch/one.org",
        """
        * One
        Records survive [cite:@moss1999].
        """,
    )
    return write(
        folder,
        "book.org",
        """
        #+title: A Book
        #+bibliography: refs.bib

        Tolls rose [cite:@lund2012].

        #+include: "ch/one.org"
        """,
    )


def markers(doc: ParsedDocument) -> dict[str, list[tuple[int, str]]]:
    return {fn.label: [(m.line, m.file) for m in fn.markers] for fn in doc.footnotes}


@pytest.mark.parametrize(
    ("project", "want_markers", "want_notes", "want_literature"),
    [
        (
            latex_project,
            {"moss1999": [(3, "")], "lund2012": [(2, "parts/second.tex")]},
            {"moss1999": (3, ""), "lund2012": (2, "parts/second.tex")},
            [(8, "refs.bib"), (1, "refs.bib")],  # plain.bst sorts: Lund before Moss
        ),
        (
            pandoc_project,
            {"moss1999": [(11, "")], "lund2012": [(11, "")], "inline2020": [(11, "")]},
            {"moss1999": (11, ""), "lund2012": (11, ""), "inline2020": (11, "")},
            None,  # the keys' entries are notes, not a list
        ),
        (
            adoc_project,
            {"1": [(3, "")], "2": [(3, "chapters/one.adoc")]},
            {"1": (3, ""), "2": (3, "chapters/one.adoc")},
            [],
        ),
        (
            org_project,
            {"lund2012": [(4, "")], "moss1999": [(2, "ch/one.org")]},
            {"lund2012": (4, ""), "moss1999": (2, "ch/one.org")},
            [(8, "refs.bib"), (1, "refs.bib")],  # cited order; lines of refs.bib, not moved
        ),
    ],
)
def test_lines_carry_their_file(
    tmp_path: Path,
    project: object,
    want_markers: dict[str, list[tuple[int, str]]],
    want_notes: dict[str, tuple[int, str]],
    want_literature: list[tuple[int, str]] | None,
) -> None:
    assert callable(project)
    doc = parse_file(project(tmp_path))
    got = markers(doc)
    for label, where in want_markers.items():
        assert got[label] == where, label
    notes = {fn.label: (fn.line, fn.file) for fn in doc.footnotes}
    for label, where in want_notes.items():
        assert notes[label] == where, label
    if want_literature is not None:
        assert [(e.line, e.file) for e in doc.literature] == want_literature


def test_latex_footnote_in_included_file(tmp_path: Path) -> None:
    doc = parse_file(latex_project(tmp_path))
    note = next(fn for fn in doc.footnotes if fn.label == "1")
    assert (note.line, note.file) == (3, "parts/second.tex")
    assert [(m.line, m.file) for m in note.markers] == [(3, "parts/second.tex")]


def test_pandoc_bib_entries_keep_their_own_lines(tmp_path: Path) -> None:
    """A key's note stands at its citation in the manuscript; the entry it resolves to is
    line 1 / 8 of refs.bib, so an anomaly or export of the entry names refs.bib."""
    from bibcheck.readers.bibsource import Source, load

    write(tmp_path, "refs.bib", BIB)
    bib = load([Source("refs.bib", tmp_path, 3)])
    assert [(n.line, n.file) for n in bib.entries.values()] == [(1, "refs.bib"), (8, "refs.bib")]


def test_org_bib_entries_are_not_moved_by_the_include_map(tmp_path: Path) -> None:
    """Splicing an included file shifts the combined text's lines, never a .bib's."""
    doc = parse_file(org_project(tmp_path))
    fn = next(fn for fn in doc.footnotes if fn.label == "moss1999")
    # the note is at its citation in ch/one.org; its reference keeps the entry's fields
    assert fn.reference.title == "Harbour Records"
    assert (fn.line, fn.file) == (2, "ch/one.org")


def test_files_survive_the_store_and_the_json_shapes(tmp_path: Path) -> None:
    from bibcheck.shapes import footnote_json, literature_json

    doc = parse_file(latex_project(tmp_path))
    store = open_db(tmp_path / "b.db")
    save_document(store, doc, size=1, now=datetime(2026, 1, 1, tzinfo=UTC))
    back = load_document(store, doc.id)
    assert markers(back) == markers(doc)
    assert [(f.label, f.file) for f in back.footnotes] == [(f.label, f.file) for f in doc.footnotes]
    # (plain.bst prints Lund before Moss)
    assert [(e.line, e.file) for e in back.literature] == [(8, "refs.bib"), (1, "refs.bib")]
    shaped = {f.label: footnote_json(back, f) for f in back.footnotes}
    assert shaped["lund2012"]["file"] == "parts/second.tex"
    assert shaped["lund2012"]["markers"][0]["file"] == "parts/second.tex"
    assert shaped["moss1999"]["file"] is None  # the document itself
    assert shaped["moss1999"]["markers"][0]["file"] is None
    assert literature_json(back, back.literature[0])["file"] == "refs.bib"


def test_show_and_report_name_the_file(tmp_path: Path) -> None:
    main = latex_project(tmp_path)
    db = str(tmp_path / "b.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", "--db", db, str(main)]).exit_code == 0
    shown = runner.invoke(cli, ["show", "--db", db], terminal_width=200)
    assert "parts/second.tex:2" in shown.output
    out = tmp_path / "rep"
    done = runner.invoke(cli, ["report", "--db", db, "-o", str(out), "--format", "html,json"])
    assert done.exit_code in (0, 1), done.output
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "marker parts/second.tex:2; note parts/second.tex:2" in html
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    files = {f["label"]: f["file"] for f in data["footnotes"]}
    assert files == {"moss1999": None, "lund2012": "parts/second.tex", "1": "parts/second.tex"}


@pytest.mark.parametrize(
    ("line", "file", "want"),
    [(12, "", "12"), (3, "sec/intro.tex", "sec/intro.tex:3"), (1, "refs.bib", "refs.bib:1")],
)
def test_place(line: int, file: str, want: str) -> None:
    assert place(line, file) == want


def test_schema_version_is_the_newest_migration() -> None:
    assert SCHEMA_VERSION == int(MIGRATIONS[-1].name[1:4]) == 20
