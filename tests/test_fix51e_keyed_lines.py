"""Works cited by key stand at the manuscript's line of their first citation (fix51e).

A reader that resolves keys in a ``.bib`` makes one note per cited work.  Its line is the
line of the manuscript where the work is first cited, never the line of the entry in the
``.bib`` (which the literature entry keeps, naming its file).  Each case places the
``.bib`` entries at lines the manuscript's citations do not stand at, and cites one work
twice, so that a note at the entry's line or at a later citation is told apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

# entries at lines 3 and 11 of the .bib: lines no manuscript below cites at
BIB = """\
% shared bibliography of the project

@book{marsh1902,
  author = {Marsh, Edith},
  title = {Tidal Mills of the Severn},
  publisher = {Gloucester Press},
  year = {1902},
}


@article{hale2010,
  author = {Hale, Owen},
  title = {Water power and tithe},
  journal = {Rural History},
  year = {2010},
}
"""

RST_CONF = """\
Mills
=====

Tide mills are old :cite:p:`hale2010`.

Their ponds silted up.

The Severn had many :cite:t:`marsh1902`, and more
than one was rebuilt :cite:p:`hale2010`.

.. bibliography::
"""

RST_DIRECTIVE = """\
Mills
=====

Tide mills are old :cite:`hale2010`.

The Severn had many :cite:`marsh1902`.

Rebuilt :cite:`hale2010`.

.. bibliography:: refs.bib
"""

RST_FOOTCITE = """\
Mills
=====

Tide mills are old.\\ :footcite:`hale2010`

The Severn had many :cite:`marsh1902`.

.. footbibliography::

.. bibliography::
"""

PANDOC = """\
---
title: Mills
bibliography: refs.bib
---

Tide mills are old [@hale2010].

The Severn had many [@marsh1902], and more
than one was rebuilt [@hale2010].
"""

ORG = """\
#+TITLE: Mills
#+BIBLIOGRAPHY: refs.bib

Tide mills are old [cite:@hale2010].

The Severn had many [cite:@marsh1902], and more
than one was rebuilt [cite:@hale2010].

#+PRINT_BIBLIOGRAPHY:
"""

TYPST = """\
= Mills

Tide mills are old @hale2010.

The Severn had many @marsh1902, and more
than one was rebuilt #cite(<hale2010>).

#bibliography("refs.bib")
"""

ADOC = """\
= Mills
:bibtex-file: refs.bib

Tide mills are old cite:[hale2010].

The Severn had many cite:[marsh1902], and more
than one was rebuilt cite:[hale2010].

[bibliography]
== References

bibliography::[]
"""

LATEX = """\
\\documentclass{article}
\\begin{document}

Tide mills are old \\cite{hale2010}.

The Severn had many \\citet{marsh1902}, and more
than one was rebuilt \\cite{hale2010}.

\\bibliographystyle{plain}
\\bibliography{refs}
\\end{document}
"""

HALE_MARSH = [("hale2010", 4), ("marsh1902", 6)]


@pytest.mark.parametrize(
    ("page", "text", "conf", "expected", "entry_file"),
    [
        # a page in a sub-folder of the Sphinx project: conf.py and the .bib one level up
        pytest.param(
            "guide/mills.rst",
            RST_CONF,
            True,
            [("hale2010", 4), ("marsh1902", 8)],
            "../refs.bib",
            id="rst-conf-subfolder",
        ),
        pytest.param(
            "mills.rst",
            RST_DIRECTIVE,
            False,
            HALE_MARSH,
            "refs.bib",
            id="rst-bibliography-directive",
        ),
        pytest.param(
            "mills.rst",
            RST_FOOTCITE,
            True,
            [("1", 4), ("marsh1902", 6)],
            "refs.bib",
            id="rst-footcite",
        ),
        pytest.param(
            "mills.md", PANDOC, False, [("hale2010", 6), ("marsh1902", 8)], "refs.bib", id="pandoc"
        ),
        pytest.param("mills.org", ORG, False, HALE_MARSH, "refs.bib", id="org"),
        pytest.param(
            "mills.typ", TYPST, False, [("hale2010", 3), ("marsh1902", 5)], "refs.bib", id="typst"
        ),
        pytest.param("mills.adoc", ADOC, False, HALE_MARSH, "refs.bib", id="asciidoc"),
        pytest.param("mills.tex", LATEX, False, HALE_MARSH, "refs.bib", id="latex"),
    ],
)
def test_note_at_first_citation(
    tmp_path: Path,
    page: str,
    text: str,
    conf: bool,
    expected: list[tuple[str, int]],
    entry_file: str,
) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    if conf:
        (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["refs.bib"]\n', encoding="utf-8")
    path = tmp_path / page
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    got = sorted((fn.label, fn.line) for fn in doc.footnotes)
    assert got == sorted(expected)
    assert all(fn.file == "" for fn in doc.footnotes), "the citation is in the manuscript"
    # each note's line is one of its own markers' lines: never another citation's
    for fn in doc.footnotes:
        assert fn.line == min(m.line for m in fn.markers)
        assert fn.reference.line == fn.line
    # an entry shown at its .bib line names the .bib
    bib_lines = {3, 11}
    for entry in doc.literature:
        if entry.line in bib_lines and entry.file:
            assert entry.file == entry_file


@pytest.mark.parametrize(
    ("page", "expected_files"),
    [
        pytest.param("guide/mills.rst", {"../refs.bib"}, id="conf-one-level-up"),
        pytest.param("mills.rst", {"refs.bib"}, id="conf-beside"),
    ],
)
def test_rst_literature_names_its_bib(tmp_path: Path, page: str, expected_files: set[str]) -> None:
    """The literature entries of a Sphinx page keep their .bib lines, naming the file as the
    page's folder reaches it; the notes do not."""
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["refs.bib"]\n', encoding="utf-8")
    path = tmp_path / page
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(RST_CONF, encoding="utf-8")
    doc = parse_file(path)
    assert sorted((e.label, e.line) for e in doc.literature) == [("hale2010", 11), ("marsh1902", 3)]
    assert {e.file for e in doc.literature} == expected_files
    assert {fn.file for fn in doc.footnotes} == {""}


def test_rst_notes_in_order_of_first_citation(tmp_path: Path) -> None:
    """The .bib lists marsh1902 first; the page cites hale2010 first."""
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "conf.py").write_text('bibtex_bibfiles = ["refs.bib"]\n', encoding="utf-8")
    path = tmp_path / "mills.rst"
    path.write_text(RST_CONF, encoding="utf-8")
    doc = parse_file(path)
    assert [fn.label for fn in doc.footnotes] == ["hale2010", "marsh1902"]
