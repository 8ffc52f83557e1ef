"""Quarto project profiles: ``_quarto-<profile>.yml`` merged over ``_quarto.yml`` when the
profile is active (``QUARTO_PROFILE``, ``--quarto-profile``, ``profile: default:``,
``profile: group:``), for the bibliography, the style and a book's chapters."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from bibcheck.books import find_book
from bibcheck.readers import ReadOptions
from bibcheck.readers.pandoc import read_opts
from bibcheck.readers.projectmeta import project_bibliography, project_style_metadata
from bibcheck.readers.quartoprofile import active_profiles, merged, with_profiles

BIB = """@book{okafor2015,
  author = {Okafor, Ngozi},
  title = {Rivers and their towns},
  publisher = {Harbour Press},
  year = {2015},
}
"""


@pytest.fixture(autouse=True)
def _no_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUARTO_PROFILE", raising=False)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- parsing (pure)


@pytest.mark.parametrize(
    ("config", "environment", "active"),
    [
        ({}, None, []),
        ({}, "print", ["print"]),
        ({}, "print, draft", ["print", "draft"]),
        ({"profile": {"default": "web"}}, None, ["web"]),
        ({"profile": {"default": "web"}}, "print", ["print"]),  # the environment wins
        ({"profile": {"default": ["web", "long"]}}, "", ["web", "long"]),
        ({"profile": {"group": ["basic", "pro"]}}, None, ["basic"]),
        ({"profile": {"group": ["basic", "pro"]}}, "pro", ["pro"]),
        (
            {"profile": {"group": [["basic", "pro"], ["light", "dark"]]}},
            "dark",
            ["dark", "basic"],
        ),
        ({"profile": {"default": "pro", "group": [["basic", "pro"]]}}, None, ["pro"]),
        ({"profile": "odd"}, None, []),
    ],
)
def test_active_profiles(
    config: dict[str, Any], environment: str | None, active: list[str]
) -> None:
    assert active_profiles(config, environment) == active


@pytest.mark.parametrize(
    ("base", "overlay", "result"),
    [
        ({"bibliography": "a.bib"}, {"bibliography": "b.bib"}, {"bibliography": "b.bib"}),
        (
            {"bibliography": ["a.bib"]},
            {"bibliography": ["b.bib", "a.bib"]},
            {"bibliography": ["a.bib", "b.bib"]},
        ),
        ({"title": "T"}, {"csl": "apa.csl"}, {"title": "T", "csl": "apa.csl"}),
        (
            {"format": {"html": {"toc": True}}},
            {"format": {"html": {"bibliography": "w.bib"}}},
            {"format": {"html": {"toc": True, "bibliography": "w.bib"}}},
        ),
        ({"bibliography": "a.bib"}, {"bibliography": ["b.bib"]}, {"bibliography": ["b.bib"]}),
    ],
)
def test_merged(base: dict[str, Any], overlay: dict[str, Any], result: dict[str, Any]) -> None:
    assert merged(base, overlay) == result


def test_the_first_profile_named_wins() -> None:
    files = {"_quarto-a.yml": {"csl": "a.csl"}, "_quarto-b.yml": {"csl": "b.csl"}}
    options, used = with_profiles({"csl": "base.csl"}, files.get, "a,b")
    assert options["csl"] == "a.csl" and list(used) == ["_quarto-a.yml", "_quarto-b.yml"]


def test_a_profile_without_a_file_is_passed_over() -> None:
    options, used = with_profiles({"csl": "base.csl"}, {}.get, "missing")
    assert options == {"csl": "base.csl"} and not used


# ---------------------------------------------------------------- projects


CHAPTER = "# Rivers\n\nTowns grow on rivers [@okafor2015].\n"


def _project(root: Path, extra: dict[str, str]) -> Path:
    _write(root, {"chapters/one.qmd": CHAPTER, "refs.bib": BIB, **extra})
    return root / "chapters" / "one.qmd"


def _read(path: Path) -> list[str]:
    doc = read_opts(path.read_text(encoding="utf-8"), str(path), ReadOptions())
    return sorted(n.label for n in doc.literature)


def test_a_bibliography_named_only_in_the_environments_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chapter = _project(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: website\n",
            "_quarto-print.yml": "bibliography: refs.bib\n",
        },
    )
    assert project_bibliography(str(chapter)) is None
    monkeypatch.setenv("QUARTO_PROFILE", "print")
    found = project_bibliography(str(chapter))
    assert found is not None and found.names == ("refs.bib",)
    assert found.named_in.name == "_quarto-print.yml"
    assert _read(chapter) == ["okafor2015"]


def test_the_default_profile_names_the_bibliography(tmp_path: Path) -> None:
    chapter = _project(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: website\nprofile:\n  default: print\n",
            "_quarto-print.yaml": "format:\n  pdf:\n    bibliography: refs.bib\n",
        },
    )
    found = project_bibliography(str(chapter))
    assert found is not None and found.names == ("refs.bib",)
    assert _read(chapter) == ["okafor2015"]


def test_a_profiles_list_extends_the_projects(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chapter = _project(
        tmp_path,
        {
            "_quarto.yml": "bibliography:\n  - refs.bib\n",
            "_quarto-long.yml": "bibliography:\n  - more.bib\n",
            "more.bib": BIB.replace("okafor2015", "okafor2016"),
        },
    )
    monkeypatch.setenv("QUARTO_PROFILE", "long")
    found = project_bibliography(str(chapter))
    assert found is not None and found.names == ("refs.bib", "more.bib")


def test_a_profiles_style_is_the_projects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chapter = _project(
        tmp_path,
        {
            "_quarto.yml": "bibliography: refs.bib\ncsl: plain.csl\n",
            "_quarto-journal.yml": "csl: journal.csl\n",
        },
    )
    monkeypatch.setenv("QUARTO_PROFILE", "journal")
    found = project_bibliography(str(chapter))
    assert found is not None and found.named_in.name == "_quarto.yml"
    style = project_style_metadata(found.named_in)
    assert style is not None and style["csl"] == "journal.csl"


def test_a_group_activates_its_first_profile(tmp_path: Path) -> None:
    chapter = _project(
        tmp_path,
        {
            "_quarto.yml": "profile:\n  group:\n    - [basic, advanced]\n",
            "_quarto-basic.yml": "bibliography: refs.bib\n",
            "_quarto-advanced.yml": "bibliography: other.bib\n",
        },
    )
    found = project_bibliography(str(chapter))
    assert found is not None and found.names == ("refs.bib",)


def test_a_profile_lists_the_books_chapters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: book\nbibliography: refs.bib\n",
            "_quarto-pro.yml": "book:\n  chapters:\n    - index.qmd\n    - basics.qmd\n    - advanced.qmd\n",
            "_quarto-basic.yml": "book:\n  chapters:\n    - index.qmd\n    - basics.qmd\n",
            "index.qmd": "# Preface\n",
            "basics.qmd": CHAPTER,
            "advanced.qmd": CHAPTER,
            "refs.bib": BIB,
        },
    )
    assert find_book(tmp_path) is None  # no profile active: _quarto.yml lists no chapter
    monkeypatch.setenv("QUARTO_PROFILE", "pro")
    book = find_book(tmp_path)
    assert book is not None and [c.name for c in book.chapters] == ["basics.qmd", "advanced.qmd"]
    monkeypatch.setenv("QUARTO_PROFILE", "basic")
    book = find_book(tmp_path / "index.qmd")
    assert book is not None and [c.name for c in book.chapters] == ["basics.qmd"]


def test_the_cli_option_sets_the_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_cli import run

    chapter = _project(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: website\n",
            "_quarto-print.yml": "bibliography: refs.bib\n",
        },
    )
    try:
        code, out, err = run(
            ["ingest", "--db", str(tmp_path / "a.db"), "--quarto-profile", "print", str(chapter)],
            capsys,
        )
    finally:
        os.environ.pop("QUARTO_PROFILE", None)
    assert code == 0, err
    assert "refs.bib (1 entry, named in ../_quarto-print.yml)" in out
