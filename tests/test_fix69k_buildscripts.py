"""A Pandoc Markdown document whose bibliography is named only on the Pandoc command
line of a build script of any name beside it or above it (``convert.sh``, ``pdf.sh``,
``build.bat``, ``make.ps1``), or by a prefix of ``--bibliography`` (``--biblio=``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers import ReadOptions
from bibcheck.readers.pandoc import read_opts
from bibcheck.readers.projectmeta import build_script_names, project_bibliography

BIB = """@article{Okafor2017,
  author = {Okafor, Chidi and Lind, Maja},
  title = {Wage dispersion across regional labour markets},
  journal = {Journal of Applied Labour Studies},
  year = {2017},
}

@book{Varga2020,
  author = {Varga, Eszter},
  title = {Estimating demand with sparse panels},
  publisher = {Northfield Press},
  year = {2020},
}
"""

CHAPTER = (
    "# Antecedentes\n\n"
    "La dispersión salarial crece con la distancia [@Okafor2017].\n\n"
    "Los paneles escasos complican la estimación [@Varga2020, p. 12].\n\n"
    "# Referencias\n"
)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


CASES = [
    pytest.param(
        {
            "convert.sh": "pandoc informe.md \\\n    --citeproc \\\n"
            "    --bibliography=fuentes.bib \\\n    -o informe.pdf\n",
            "fuentes.bib": BIB,
        },
        "informe.md",
        "convert.sh",
        "fuentes.bib",
        id="convert-sh-continued-lines",
    ),
    pytest.param(
        {
            "pdf.sh": "pandoc -N -V fontsize=12pt portada.md capitulos/2.md capitulos/3.md"
            " meta.yaml -o out/tesis.pdf --bibliography bib/biblioteca.bib --csl apa.csl\n",
            "bib/biblioteca.bib": BIB,
        },
        "capitulos/2.md",
        "pdf.sh",
        "bib/biblioteca.bib",
        id="script-one-folder-up-space-separated",
    ),
    pytest.param(
        {
            "render.sh": "pandoc bericht.md --biblio=quellen.bib -o bericht.html\n",
            "quellen.bib": BIB,
        },
        "bericht.md",
        "render.sh",
        "quellen.bib",
        id="biblio-prefix",
    ),
    pytest.param(
        {
            "build.bat": "@echo off\r\npandoc rapport.md ^\r\n  --citeproc ^\r\n"
            "  --bibliography=sources.bib -o rapport.docx\r\n",
            "sources.bib": BIB,
        },
        "rapport.md",
        "build.bat",
        "sources.bib",
        id="windows-batch-caret-continuation",
    ),
    pytest.param(
        {
            "make.ps1": "pandoc memo.md `\n  --citeproc `\n  --bibliography refs.bib `\n"
            "  -o memo.pdf\n",
            "refs.bib": BIB,
        },
        "memo.md",
        "make.ps1",
        "refs.bib",
        id="powershell-backtick-continuation",
    ),
]


@pytest.mark.parametrize(("files", "document", "script", "bib"), CASES)
def test_a_build_script_of_any_name_names_the_bibliography(
    tmp_path: Path, files: dict[str, str], document: str, script: str, bib: str
) -> None:
    _write(tmp_path, {**files, document: CHAPTER})
    found = project_bibliography(str(tmp_path / document))
    assert found is not None
    assert found.named_in == (tmp_path / script).resolve()
    assert found.names == (bib,)
    path = tmp_path / document
    doc = read_opts(path.read_text(encoding="utf-8"), str(path), ReadOptions())
    assert sorted({m.label for m in doc.markers}) == ["Okafor2017", "Varga2020"]
    assert [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING] == []
    assert len(doc.literature) == 2


def test_a_script_of_another_name_counts_only_for_the_documents_it_names(
    tmp_path: Path,
) -> None:
    # "a.sh" (first by name) renders another document with another bibliography
    _write(
        tmp_path,
        {
            "a.sh": "pandoc otro.md --bibliography=otro.bib -o otro.html\n",
            "b.sh": "pandoc informe.md --bibliography=fuentes.bib -o informe.html\n",
            "fuentes.bib": BIB,
            "informe.md": CHAPTER,
        },
    )
    found = project_bibliography(str(tmp_path / "informe.md"))
    assert found is not None
    assert (found.named_in.name, found.names) == ("b.sh", ("fuentes.bib",))


@pytest.mark.parametrize(
    ("script", "names"),
    [
        pytest.param("all:\n\tpandoc intro.md --biblio=a.bib\n", ("a.bib",), id="biblio"),
        pytest.param("all:\n\tpandoc intro.md --bibliog refs.bib\n", ("refs.bib",), id="bibliog"),
        pytest.param(
            "all:\n\tpandoc intro.md --biblatex --biblio b.bib -o x.tex\n",
            ("b.bib",),
            id="biblatex-is-not-a-bibliography",
        ),
    ],
)
def test_pandoc_long_option_prefixes(script: str, names: tuple[str, ...]) -> None:
    assert build_script_names(script, "intro.md") == names


@pytest.mark.parametrize(
    ("files", "document", "script", "bib"),
    [
        pytest.param(
            {
                "build.sh": "cd kapitel\npandoc --bibliography=../quellen.bib --toc *.md"
                " -o ../arbeit.pdf\ncd ..\n",
                "quellen.bib": BIB,
            },
            "kapitel/02_grundlagen.md",
            "build.sh",
            "quellen.bib",
            id="shell-cd-before-pandoc",
        ),
        pytest.param(
            {
                "build.bat": "cd .\\kapitel\r\ntype *.md > ..\\arbeit.md\r\n"
                "pandoc --bibliography=..\\quellen.bib ..\\arbeit.md -o ..\\arbeit.pdf\r\n"
                "cd ..\r\n",
                "quellen.bib": BIB,
            },
            "kapitel/02_grundlagen.md",
            "build.bat",
            "quellen.bib",
            id="batch-cd-backslashes",
        ),
        pytest.param(
            {
                "Makefile": "all:\n\tcd docs && pandoc informe.md --bibliography=refs/f.bib"
                " -o informe.pdf\n",
                "docs/refs/f.bib": BIB,
            },
            "docs/informe.md",
            "Makefile",
            "docs/refs/f.bib",
            id="make-recipe-cd-on-its-line",
        ),
    ],
)
def test_names_are_relative_to_the_folder_the_script_changed_to(
    tmp_path: Path, files: dict[str, str], document: str, script: str, bib: str
) -> None:
    _write(tmp_path, {**files, document: CHAPTER})
    found = project_bibliography(str(tmp_path / document))
    assert found is not None
    assert found.named_in == (tmp_path / script).resolve()
    assert found.names == (bib,)
    path = tmp_path / document
    doc = read_opts(path.read_text(encoding="utf-8"), str(path), ReadOptions())
    assert [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING] == []
    assert len(doc.literature) == 2


@pytest.mark.parametrize(
    ("lines", "persistent", "folders"),
    [
        (["cd a", "pandoc x"], True, ["a", "a"]),
        (["cd a && pandoc x", "pandoc y"], False, ["a", ""]),
        (["pushd a\\b", "pandoc x", "popd", "pandoc y"], True, ["a/b", "a/b", "", ""]),
        (["cd $OUT", "pandoc x"], True, ["", ""]),
        (["cd ../shared", "pandoc x"], True, ["../shared", "../shared"]),
    ],
)
def test_line_folders(lines: list[str], persistent: bool, folders: list[str]) -> None:
    from bibcheck.readers.scriptdirs import line_folders

    assert line_folders(lines, persistent) == folders
