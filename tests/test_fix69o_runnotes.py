"""A Pandoc chapter whose ``[^label]`` markers are defined in another input file of the
same Pandoc command of a build script (``cd chapters`` then ``pandoc *.md`` in a
``build.sh``; a Makefile's list of chapters, or ``$^`` of the rule): those definitions
are its notes, at their lines in their own file, named in the coverage line; a label
that no file of the run defines stays a marker without a definition."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.parse.numbering import check_numbering
from bibcheck.readers import ReadOptions
from bibcheck.readers.pandoc import read_opts

# ---------------------------------------------------------------------------
# the input files of each Pandoc command of a script
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("script", "recipe", "expected"),
    [
        # a shell script: the glob after its cd
        (
            "cd kapitel\npandoc --bibliography=../lit.bib --toc *.md -o ../arbeit.pdf\ncd ..\n",
            False,
            [["kapitel/*.md"]],
        ),
        # names written one by one, the output left out
        (
            "pandoc -s intro.md corps.md liens.md -o memoire.pdf\n",
            False,
            [["intro.md", "corps.md", "liens.md"]],
        ),
        # a Makefile's list in a variable, and its recipe's cd on the line only
        (
            "CHAPTERS = one.md two.md notes.md\n\n"
            "paper.pdf: $(CHAPTERS)\n\tcd text && pandoc $(CHAPTERS) -o ../paper.pdf\n"
            "\tpandoc extra.md -o extra.pdf\n",
            True,
            [["text/one.md", "text/two.md", "text/notes.md"], ["extra.md"]],
        ),
        # make's $^ and $(wildcard ...)
        (
            "report.pdf: $(wildcard src/*.md)\n\tpandoc $^ --output=$@\n",
            True,
            [["src/*.md"]],
        ),
        (
            "essay.html: a.md b.md\n\tpandoc -o essay.html $^\n",
            True,
            [["a.md", "b.md"]],
        ),
        # a Markdown output named after -o is no input
        ("pandoc in.docx -o out.md\n", False, []),
    ],
)
def test_pandoc_inputs(script: str, recipe: bool, expected: list[list[str]]) -> None:
    from bibcheck.readers.buildinputs import pandoc_inputs  # (new in this round)

    assert pandoc_inputs(script, recipe=recipe) == expected


# ---------------------------------------------------------------------------
# the chapter read with the notes of its run
# ---------------------------------------------------------------------------

CHAPTER_DE = (
    "# Grundlagen\n\n"
    "Relationale Systeme wie Tabellarix[^tabx] und Kolumna[^kol] speichern Zeilen.\n\n"
    "Dokumentenspeicher wie Blattwerk[^blatt] speichern Dokumente.\n"
)
NOTES_DE = (
    "\n[^tabx]: https://tabellarix.example.org/\n"
    "[^kol]: https://kolumna.example.net/docs\n"
    "[^blatt]: Blattwerk-Projekt, Handbuch, https://blattwerk.example.com/\n"
)
CHAPTER_FR = (
    "# Méthode\n\nLe corpus vient des archives municipales[^arch] et d'un fonds privé[^fonds].\n"
)
NOTES_FR = (
    "# Notes\n\n"
    "[^arch]: Archives municipales de Valmont, série D, https://archives.example.fr/d\n"
    "[^fonds]: Fonds Marchal, inventaire en ligne, https://marchal.example.fr/\n"
)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def _read(path: Path):  # type: ignore[no-untyped-def]
    return read_opts(path.read_text(encoding="utf-8"), str(path), ReadOptions())


CASES = [
    # build.sh: cd into the chapters, pandoc *.md
    (
        {
            "build.sh": "cd kapitel\npandoc --toc *.md -o ../arbeit.pdf\ncd ..\n",
            "kapitel/00_notes.md": NOTES_DE,
            "kapitel/02_grundlagen.md": CHAPTER_DE,
        },
        "kapitel/02_grundlagen.md",
        {"tabx": ("00_notes.md", 2), "kol": ("00_notes.md", 3), "blatt": ("00_notes.md", 4)},
        "build.sh",
    ),
    # a Makefile naming its chapters in a list
    (
        {
            "Makefile": "PARTS = chap/methode.md chap/notes.md\n\n"
            "memoire.pdf: $(PARTS)\n\tpandoc $(PARTS) -o memoire.pdf\n",
            "chap/methode.md": CHAPTER_FR,
            "chap/notes.md": NOTES_FR,
        },
        "chap/methode.md",
        {"arch": ("notes.md", 3), "fonds": ("notes.md", 4)},
        "Makefile",
    ),
    # the recipe's $^ with the rule's prerequisites
    (
        {
            "makefile": "out.html: intro.md links.md\n\tpandoc -s $^ -o $@\n",
            "intro.md": CHAPTER_DE,
            "links.md": NOTES_DE,
        },
        "intro.md",
        {"tabx": ("links.md", 2), "kol": ("links.md", 3), "blatt": ("links.md", 4)},
        "makefile",
    ),
]


@pytest.mark.parametrize(("files", "document", "expected", "script"), CASES)
def test_notes_from_the_run(
    tmp_path: Path,
    files: dict[str, str],
    document: str,
    expected: dict[str, tuple[str, int]],
    script: str,
) -> None:
    _write(tmp_path, files)
    raw = _read(tmp_path / document)
    notes = {n.label: (n.file, n.line) for n in raw.footnotes}
    assert notes == expected
    undefined = [
        a
        for a in check_numbering(raw.markers, raw.footnotes, labels_are_names=True)
        if a.code is AnomalyCode.MARKER_WITHOUT_DEFINITION
    ]
    assert undefined == []
    said = [f.text() for f in raw.bibliographies]
    assert any(script in s and "same Pandoc run" in s for s in said), said


def test_note_text_is_read(tmp_path: Path) -> None:
    _write(tmp_path, CASES[0][0])
    raw = _read(tmp_path / "kapitel/02_grundlagen.md")
    texts = {n.label: n.text for n in raw.footnotes}
    assert "blattwerk.example.com" in texts["blatt"]


def test_label_defined_nowhere_stays_an_error(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "build.sh": "cd kapitel\npandoc *.md -o ../arbeit.pdf\n",
            "kapitel/00_notes.md": "[^tabx]: https://tabellarix.example.org/\n",
            "kapitel/02_grundlagen.md": CHAPTER_DE,
        },
    )
    raw = _read(tmp_path / "kapitel/02_grundlagen.md")
    assert {n.label for n in raw.footnotes} == {"tabx"}
    undefined = {
        a.footnote
        for a in check_numbering(raw.markers, raw.footnotes, labels_are_names=True)
        if a.code is AnomalyCode.MARKER_WITHOUT_DEFINITION
    }
    assert undefined == {"kol", "blatt"}


@pytest.mark.parametrize(
    "script",
    [
        # the notes file is rendered by a command of its own, not with the chapter
        "pandoc 02_grundlagen.md -o a.pdf\npandoc 00_notes.md -o b.pdf\n",
        # no Pandoc command at all
        "cat *.md > all.md\n",
    ],
)
def test_other_files_not_in_the_run_are_not_read(tmp_path: Path, script: str) -> None:
    _write(
        tmp_path,
        {
            "build.sh": script,
            "00_notes.md": NOTES_DE,
            "02_grundlagen.md": CHAPTER_DE,
        },
    )
    raw = _read(tmp_path / "02_grundlagen.md")
    assert raw.footnotes == ()
    from bibcheck.readers.buildinputs import build_run  # (new in this round)

    assert build_run(str(tmp_path / "02_grundlagen.md")) is None
