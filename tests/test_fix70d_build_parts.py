"""fix70d: a build script that joins the chapters into one file before Pandoc renders it
(``type *.md > all.md`` or ``copy /b a.md+b.md all.md`` in a Windows ``build.bat``,
``cat ch*.md > book.md`` in a ``build.sh``): the chapters are the parts of the document
Pandoc renders, so a chapter's ``[^label]`` may be defined in another chapter.  Every text
was written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.readers import ReadOptions
from bibcheck.readers.buildinputs import build_run, pandoc_inputs
from bibcheck.readers.pandoc import read_opts
from bibcheck.readers.projectmeta import build_script_names, project_bibliography

# (script, the inputs of its Pandoc command)
_SCRIPTS = [
    ("@echo off\r\ntype *.md > all.md\r\npandoc all.md -o book.pdf\r\n", [["*.md"]]),
    (
        "@echo off\r\ncopy /b 01-intro.md+02-body.md+99-notes.md all.md\r\n"
        "pandoc all.md --citeproc -o book.docx\r\n",
        [["01-intro.md", "02-body.md", "99-notes.md"]],
    ),
    (
        "cd chapters\r\ncopy /b a.md+b.md ..\\all.md\r\ncd ..\r\npandoc all.md -o out.pdf\r\n",
        [["chapters/a.md", "chapters/b.md"]],
    ),
    ("#!/bin/sh\ncat ch*.md > book.md\npandoc book.md -o book.pdf\n", [["ch*.md"]]),
    ("cat ch*.md > book.md && pandoc book.md -o book.pdf\n", [["ch*.md"]]),
    (
        "cat intro.md > book.md\ncat body.md notes.md >> book.md\npandoc book.md -o book.pdf\n",
        [["intro.md", "body.md", "notes.md"]],
    ),
    ("Get-Content a.md, b.md | Set-Content all.md\npandoc all.md -o out.pdf\n", [["a.md", "b.md"]]),
    ("book.md: a.md b.md\n\tcat $^ > book.md\n\tpandoc book.md -o book.pdf\n", [["a.md", "b.md"]]),
]


@pytest.mark.parametrize(("script", "expected"), _SCRIPTS)
def test_joined_file_stands_for_its_parts(script: str, expected: list[list[str]]) -> None:
    recipe = script.startswith("book.md:")
    assert pandoc_inputs(script, recipe=recipe) == expected


CHAPTER = "# Einleitung\n\nDas Archiv[^arch] und die Sammlung[^samm] sind die Quellen.\n"
NOTES = (
    "# Anmerkungen\n\n"
    "[^arch]: Stadtarchiv Lindau, Bestand B 12, https://archiv.example.de/b12\n"
    "[^samm]: Sammlung Kessler, Findbuch online, https://kessler.example.de/\n"
)

# (script name, script, chapter, notes file): the chapter's notes are in the other file
_PROJECTS = [
    ("build.bat", "@echo off\r\ntype *.md > all.md\r\npandoc all.md -o book.pdf\r\n",
     "01_einleitung.md", "99_notes.md"),
    ("build.bat", "copy /b 01_einleitung.md+99_notes.md all.md\r\npandoc all.md -o book.pdf\r\n",
     "01_einleitung.md", "99_notes.md"),
    ("build.sh", "cat ch*.md > book.md\npandoc book.md -o book.pdf\n",
     "ch1.md", "ch9.md"),
    ("make.ps1", "Get-Content ch1.md, ch2.md | Set-Content all.md\npandoc all.md -o b.pdf\n",
     "ch1.md", "ch2.md"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "script", "chapter", "notes"), _PROJECTS)
def test_chapter_read_with_the_notes_of_the_joined_file(
    tmp_path: Path, name: str, script: str, chapter: str, notes: str
) -> None:
    (tmp_path / name).write_text(script, encoding="utf-8")
    (tmp_path / chapter).write_text(CHAPTER, encoding="utf-8")
    (tmp_path / notes).write_text(NOTES, encoding="utf-8")
    # the joined file of an earlier run is no chapter of its own
    (tmp_path / ("book.md" if "book.md" in script else "all.md")).write_text(
        CHAPTER + NOTES, encoding="utf-8"
    )
    run = build_run(str(tmp_path / chapter))
    assert run is not None and [p.name for p in run.others] == [notes]
    path = tmp_path / chapter
    raw = read_opts(path.read_text(encoding="utf-8"), str(path), ReadOptions())
    assert {(n.label, n.file, n.line) for n in raw.footnotes} == {
        ("arch", notes, 3),
        ("samm", notes, 4),
    }


# (script, chapter, the bibliography the Pandoc command on the joined file names)
_BIBLIOGRAPHIES = [
    ("type ch*.md > all.md\r\npandoc all.md --bibliography=refs.bib -o b.pdf\r\n"
     "pandoc anhang.md --bibliography=anhang.bib -o a.pdf\r\n", "ch1.md", ("refs.bib",)),
    ("cd chapters\r\ncopy /b teil1.md+teil2.md ..\\all.md\r\ncd ..\r\n"
     "pandoc all.md --bibliography=lit/refs.bib -o buch.pdf\r\n", "teil2.md", ("lit/refs.bib",)),
    ("cat intro.md body.md > book.md\npandoc book.md --bibliography refs.bib -o book.pdf\n",
     "body.md", ("refs.bib",)),
]  # fmt: skip


@pytest.mark.parametrize(("script", "chapter", "names"), _BIBLIOGRAPHIES)
def test_bibliography_of_the_joined_file_is_the_chapters(
    script: str, chapter: str, names: tuple[str, ...]
) -> None:
    assert build_script_names(script, chapter, own_only=True) == names


def test_chapter_finds_its_bibliography_through_any_script(tmp_path: Path) -> None:
    (tmp_path / "compile.bat").write_text(
        "type kap*.md > gesamt.md\r\npandoc gesamt.md --bibliography=quellen.bib -o a.docx\r\n",
        encoding="utf-8",
    )
    (tmp_path / "kap1.md").write_text(CHAPTER, encoding="utf-8")
    found = project_bibliography(str(tmp_path / "kap1.md"))
    assert found is not None and found.names == ("quellen.bib",)
    assert found.named_in.name == "compile.bat"
