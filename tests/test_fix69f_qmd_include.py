"""Quarto manuscripts split over ``{{< include file >}}`` shortcodes: the main file holds
the front matter and its bibliography, the included files the prose and the citations.
Before round 69 such a main file was refused ("no reader recognises this document"): the
citations of its sections were never read."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.qmdinclude import include_target, splice

BIB = """
@book{lind2004,
  author = {Lind, Tova},
  title = {Ledgers of the Harbour},
  publisher = {Example Press},
  year = {2004}
}
@article{moreau2017,
  author = {Moreau, Paul},
  title = {Wages and Tides},
  journal = {Journal of Examples},
  year = {2017}
}
@article{okafor2021,
  author = {Okafor, Ada},
  title = {Risk at Work},
  journal = {Review of Examples},
  year = {2021}
}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("{{< include 01-intro.qmd >}}", "01-intro.qmd"),
        ("{{<include _methods.qmd>}}", "_methods.qmd"),
        ('{{< include "parts/a b.qmd" >}}', "parts/a b.qmd"),
        ("{{< include '_tail.Rmd' >}}  ", "_tail.Rmd"),
        ("   {{< include /shared/note.md >}}", "/shared/note.md"),
        ("{{{< include escaped.qmd >}}}", None),  # Quarto's escape: shown, not included
        ("See {{< include x.qmd >}} here", None),  # not alone on its line
        ("{{< video intro.mp4 >}}", None),
        ("{{< include >}}", None),
    ],
    ids=["bare", "tight", "double", "single", "rooted", "escaped", "inline", "other", "empty"],
)
def test_include_target(line: str, want: str | None) -> None:
    assert include_target(line) == want


def test_splice_keeps_origins_and_files(tmp_path: Path) -> None:
    write(tmp_path, "_quarto.yml", "project:\n  type: default\n")
    write(tmp_path, "sections/intro.qmd", "Intro one.\n{{< include ../shared/box.qmd >}}\n")
    write(tmp_path, "shared/box.qmd", "Box text.\n")
    main = write(
        tmp_path,
        "paper.qmd",
        """
        # Intro

        {{< include sections/intro.qmd >}}

        ```markdown
        {{< include shown.qmd >}}
        ```
        {{< include /shared/box.qmd >}}
        """,
    )
    out = splice(main.read_text(encoding="utf-8").splitlines(), main)
    assert out.lines == [
        "# Intro",
        "",
        "",
        "Intro one.",
        "",
        "Box text.",
        "",
        "```markdown",
        "{{< include shown.qmd >}}",  # inside fenced code: an example
        "```",
        "",
        "Box text.",
    ]
    assert out.origin == [1, 2, 3, 1, 2, 1, 4, 5, 6, 7, 8, 1]
    files = [out.file_of(n) for n in (1, 4, 6, 12)]
    assert files == ["", "sections/intro.qmd", "shared/box.qmd", "shared/box.qmd"]
    assert not out.anomalies


# (main file's body, {included file: text}, cited keys with their lines and files)
CASES = [
    (
        "# Introduction\n\n{{< include 01-intro.qmd >}}\n\n# References\n\n::: {#refs}\n:::\n",
        {"01-intro.qmd": "Harbours kept books [@lind2004; @moreau2017].\n"},
        [("lind2004", 1, "01-intro.qmd"), ("moreau2017", 1, "01-intro.qmd")],
    ),
    (
        '## Datos\n\n{{< include "secciones/_datos.qmd" >}}\n',
        {"secciones/_datos.qmd": "Texto.\n\nSegún @okafor2021, el riesgo crece.\n"},
        [("okafor2021", 3, "secciones/_datos.qmd")],
    ),
    (
        "{{< include a.qmd >}}\n",
        {
            "a.qmd": "Erstens [@lind2004].\n\n{{< include b.qmd >}}\n",
            "b.qmd": "Dann [@okafor2021].\n",
        },
        [("lind2004", 1, "a.qmd"), ("okafor2021", 1, "b.qmd")],
    ),
]


@pytest.mark.parametrize(
    ("body", "files", "want"), CASES, ids=["plain", "quoted-in-text", "nested"]
)
def test_included_citations_are_read(
    tmp_path: Path, body: str, files: dict[str, str], want: list[tuple[str, int, str]]
) -> None:
    write(tmp_path, "refs.bib", BIB)
    for name, text in files.items():
        write(tmp_path, name, text)
    main = write(
        tmp_path, "paper.qmd", '---\ntitle: "A Paper"\nbibliography: refs.bib\n---\n\n' + body
    )
    doc = parse_file(main)
    assert doc.reader == "pandoc-markdown"
    found = sorted((m.label, m.line, m.file) for fn in doc.footnotes for m in fn.markers)
    assert found == want
    assert all(fn.reference is not None for fn in doc.footnotes)


def test_missing_include_is_an_anomaly(tmp_path: Path) -> None:
    write(tmp_path, "refs.bib", BIB)
    write(tmp_path, "_one.qmd", "Seen [@lind2004].\n")
    main = write(
        tmp_path,
        "paper.qmd",
        "---\nbibliography: refs.bib\n---\n\n{{< include _one.qmd >}}\n\n{{< include _two.qmd >}}\n",
    )
    doc = parse_file(main)
    unread = [a for a in doc.anomalies if a.code is C.INCLUDE_UNREADABLE]
    assert [a.line for a in unread] == [7]
    assert "_two.qmd" in unread[0].message
