"""A project file's YAML is read by one function (projectmeta._yaml_mapping / _mapping):
Quarto's and bookdown's files, an index page's front matter, a Pandoc defaults file.  The
values are those the three copies it replaces gave."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.readers.projectmeta import (
    build_script_names,
    project_bibliography,
    project_style_metadata,
)

CHAPTER = "# Harbours\n\nA claim [@pier2019].\n"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


# (project files, the file named, what project_style_metadata gives: a key's value or None)
STYLE = [
    ({"_bookdown.yml": "csl: harbour.csl\n"}, "_bookdown.yml", "harbour.csl"),
    ({"_output.yml": "csl: [broken\n"}, "_output.yml", None),  # broken YAML
    ({"_metadata.yml": "- csl\n- other\n"}, "_metadata.yml", None),  # a list, no mapping
    ({"_metadata.yml": ""}, "_metadata.yml", None),  # nothing
    ({"index.qmd": "---\ncsl: quay.csl\n---\n\n# Start\n"}, "index.qmd", "quay.csl"),
    ({"index.Rmd": "# Start, no front matter\n"}, "index.Rmd", None),
    ({"index.md": "---\ncsl: dock.csl\n---\n# Start\n"}, "index.md", None),  # MyST's page
    ({"index.Rmd": "<!-- note -->\n---\ncsl: dock.csl\n---\n# Start\n"}, "index.Rmd", "dock.csl"),
    ({"_quarto.yml": "project:\n  type: book\ncsl: jetty.csl\n"}, "_quarto.yml", "jetty.csl"),
    ({"_quarto.yml": "csl: jetty.csl\n", "_quarto-print.yml": "csl: pier.csl\n"},
     "_quarto-print.yml", "jetty.csl"),  # no active profile: the project file's own options
    ({"_toc.yml": "csl: jetty.csl\n"}, "_toc.yml", None),  # not a Pandoc project file
]  # fmt: skip


@pytest.mark.parametrize(("files", "named", "csl"), STYLE)
def test_project_style_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str], named: str, csl: str
) -> None:
    monkeypatch.delenv("QUARTO_PROFILE", raising=False)
    _write(tmp_path, files)
    found = project_style_metadata(tmp_path / named)
    assert (found.get("csl") if found is not None else None) == csl


# (project files beside the chapter, the bibliography names found, the file naming them)
BIBLIOGRAPHY = [
    ({"_bookdown.yml": "bibliography: [harbour.bib]\n"}, ("harbour.bib",), "_bookdown.yml"),
    ({"_metadata.yml": "bibliography: [broken\n"}, None, None),
    ({"_metadata.yml": "- bibliography\n"}, None, None),
    ({"index.qmd": "---\nbibliography: quay.bib\n---\n# Start\n"}, ("quay.bib",), "index.qmd"),
    ({"index.md": "# Start\n\nbibliography: quay.bib\n"}, None, None),  # no front matter
    ({"_config.yml": "sphinx:\n  config:\n    bibtex_bibfiles: [dock.bib]\n"},
     ("dock.bib",), "_config.yml"),
]  # fmt: skip


@pytest.mark.parametrize(("files", "names", "named_in"), BIBLIOGRAPHY)
def test_project_bibliography_read_from_yaml(
    tmp_path: Path,
    files: dict[str, str],
    names: tuple[str, ...] | None,
    named_in: str | None,
) -> None:
    _write(tmp_path, {**files, "chapters/harbours.md": CHAPTER})
    found = project_bibliography(str(tmp_path / "chapters/harbours.md"))
    if names is None:
        assert found is None
        return
    assert found is not None
    assert (found.names, found.named_in.name) == (names, named_in)


# (the defaults files there are, the bibliographies "pandoc -d paper" names through them)
DEFAULTS = [
    ({"paper.yaml": "bibliography: harbour.bib\n"}, ["harbour.bib"]),
    ({"paper": "bibliography: [quay.bib, dock.bib]\n"}, ["quay.bib", "dock.bib"]),
    ({"paper.yaml": "bibliography: [broken\n"}, []),
    ({"paper.yaml": "- bibliography\n", "paper.yml": "bibliography: dock.bib\n"}, []),
    ({"paper.yml": "bibliography: dock.bib\n"}, ["dock.bib"]),
    ({}, []),
]  # fmt: skip


@pytest.mark.parametrize(("files", "bibs"), DEFAULTS)
def test_defaults_file_bibliography(files: dict[str, str], bibs: list[str]) -> None:
    script = "all:\n\tpandoc -d paper harbours.md -o harbours.pdf\n"
    found = build_script_names(script, "harbours.md", files.get)
    assert list(found) == bibs
