"""The coverage line says which bibliography files citation keys were looked up in, and
where each was named (issue 11: "coverage, not silence")."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import BibliographyFile
from bibcheck.parse.coverage import coverage
from bibcheck.store import open_db
from bibcheck.store.documents import load_document, save_document
from tests.test_cli import run

BIB = """@book{smith2020,
  author = {Smith, Ann},
  title = {A Book on Rivers},
  publisher = {River Press},
  year = {2020},
}

@article{lee2019,
  author = {Lee, Bo},
  title = {Silt and Sand},
  journal = {Journal of Silt},
  year = {2019},
}
"""


@pytest.mark.parametrize(
    ("file", "text"),
    [
        (
            BibliographyFile("refs.bib", 42, "_quarto.yml"),
            "refs.bib (42 entries, named in _quarto.yml)",
        ),
        (BibliographyFile("refs.bib", 1, "line 3"), "refs.bib (1 entry, named at line 3)"),
        (
            BibliographyFile("a.json", 0, "--bibliography"),
            "a.json (0 entries, from --bibliography)",
        ),
        (
            BibliographyFile("refs.bib", 2, "ch1.tex, line 4"),
            "refs.bib (2 entries, named in ch1.tex, line 4)",
        ),
        (BibliographyFile("main.bbl", 7, ""), "main.bbl (7 entries)"),
    ],
)
def test_bibliography_file_text(file: BibliographyFile, text: str) -> None:
    assert file.text() == text


# Each case: files of a project (name -> text), the document, extra --bibliography files,
# and the bibliography part the coverage line must hold.
CASES: list[tuple[str, dict[str, str], str, tuple[str, ...], list[str]]] = [
    (
        "pandoc front matter",
        {
            "refs.bib": BIB,
            "paper.md": "---\ntitle: T\nbibliography: refs.bib\n---\n\nAs shown [@smith2020].\n",
        },
        "paper.md",
        (),
        ["refs.bib (2 entries, named at line 3)"],
    ),
    (
        "quarto project file",
        {
            "_quarto.yml": "project:\n  type: book\nbibliography: refs.bib\n",
            "refs.bib": BIB,
            "ch1.qmd": "# One\n\nAs shown [@smith2020] and @lee2019 said.\n",
        },
        "ch1.qmd",
        (),
        ["refs.bib (2 entries, named in _quarto.yml)"],
    ),
    (
        "command line",
        {"refs.bib": BIB, "paper.md": "# Paper\n\nAs shown [@smith2020; @lee2019].\n"},
        "paper.md",
        ("refs.bib",),
        ["{dir}/refs.bib (2 entries, from --bibliography)"],  # as resolved
    ),
    (
        "latex main file",
        {
            "refs.bib": BIB,
            "main.tex": "\\documentclass{article}\n\\begin{document}\nAs shown \\cite{smith2020}."
            "\n\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n",
        },
        "main.tex",
        (),
        ["refs.bib (2 entries, named at line 5)"],
    ),
    (
        "latex included file",
        {
            "refs.bib": BIB,
            "back.tex": "% back matter\n\\printbibliography\\addbibresource{refs.bib}\n",
            "main.tex": "\\documentclass{article}\n\\usepackage{biblatex}\n\\begin{document}\n"
            "As shown \\autocite{lee2019}.\n\\input{back}\n\\end{document}\n",
        },
        "main.tex",
        (),
        ["refs.bib (2 entries, named in back.tex, line 2)"],
    ),
    (
        "sphinx conf.py above the page",
        {
            "conf.py": "extensions = ['sphinxcontrib.bibtex']\nbibtex_bibfiles = ['refs.bib']\n",
            "refs.bib": BIB,
            "guide/page.rst": "Page\n====\n\nAs shown :cite:p:`smith2020`.\n",
        },
        "guide/page.rst",
        (),
        ["refs.bib (2 entries, named in ../conf.py)"],
    ),
    (
        "org keyword",
        {
            "refs.bib": BIB,
            "notes.org": "#+title: Notes\n#+bibliography: refs.bib\n\nAs shown [cite:@smith2020].\n",
        },
        "notes.org",
        (),
        ["refs.bib (2 entries, named at line 2)"],
    ),
    (
        "asciidoc attribute",
        {
            "refs.bib": BIB,
            "book.adoc": "= Book\n:bibtex-file: refs.bib\n\nAs shown cite:[smith2020].\n\n"
            "[bibliography]\n== References\n\nbibliography::[]\n",
        },
        "book.adoc",
        (),
        ["refs.bib (2 entries, named at line 2)"],
    ),
    (
        "typst",
        {
            "refs.bib": BIB,
            "paper.typ": '= Paper\n\nAs shown @smith2020.\n\n#bibliography("refs.bib")\n',
        },
        "paper.typ",
        (),
        ["refs.bib (2 entries, named at line 5)"],
    ),
]


@pytest.mark.parametrize(
    ("files", "document", "extra", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_coverage_names_the_bibliography_files(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str],
    document: str,
    extra: tuple[str, ...],
    expected: list[str],
) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    doc = parse_file(tmp_path / document, bibliography=extra)
    cover = coverage(doc)
    expected = [e.format(dir=tmp_path.resolve()) for e in expected]
    assert list(cover.bibliographies) == expected
    assert f"; bibliography: {', '.join(expected)}. Not read:" in cover.line()
    assert cover.as_json()["bibliographies"] == expected


def test_no_bibliography_no_bibliography_part(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    path.write_text("Text[^1].\n\n[^1]: Smith, A. *A Book*. 2020.\n", encoding="utf-8")
    cover = coverage(parse_file(path))
    assert cover.bibliographies == () and "bibliography:" not in cover.line()


def test_bibliographies_are_stored_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "_quarto.yml").write_text("bibliography: refs.bib\n", encoding="utf-8")
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    chapter = tmp_path / "ch1.qmd"
    chapter.write_text("# One\n\nAs shown [@smith2020].\n", encoding="utf-8")
    doc = parse_file(chapter)
    db = open_db(tmp_path / "a.db")
    save_document(db, doc, size=10, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert load_document(db, doc.id).bibliographies == (
        BibliographyFile("refs.bib", 2, "_quarto.yml"),
    )
    db.close()
    dbfile = str(tmp_path / "b.db")
    code, out, err = run(["ingest", "--db", dbfile, str(chapter)], capsys)
    assert code == 0, err
    assert "bibliography: refs.bib (2 entries, named in _quarto.yml)" in out
    code, out, _ = run(["show", "--db", dbfile], capsys)
    assert "refs.bib (2 entries, named in _quarto.yml)" in out
    reports = tmp_path / "reports"
    run(["report", "--db", dbfile, "-o", str(reports), "--fail-on", "never"], capsys)
    data = json.loads((reports / "ch1.json").read_text(encoding="utf-8"))
    assert data["document"]["bibliographies"] == [
        {"name": "refs.bib", "entries": 2, "named_in": "_quarto.yml"}
    ]
    assert data["summary"]["coverage"]["bibliographies"] == [
        "refs.bib (2 entries, named in _quarto.yml)"
    ]
    markdown = (reports / "ch1.md").read_text(encoding="utf-8")
    assert r"bibliography: refs.bib (2 entries, named in \_quarto.yml)" in markdown
    assert "refs.bib (2 entries, named in _quarto.yml)" in (reports / "ch1.html").read_text(
        encoding="utf-8"
    )
    out_json = tmp_path / "export.json"
    code, _, err = run(["export", "json", "--db", dbfile, "-o", str(out_json)], capsys)
    assert code == 0, err
    exported = json.loads(out_json.read_text(encoding="utf-8"))
    assert exported["documents"][0]["bibliographies"][0]["named_in"] == "_quarto.yml"
