"""Quarto's local settings and dotenv profiles: ``_quarto.yml.local`` merged over the
project and its profiles, its ``profile: default:`` and ``QUARTO_PROFILE=`` in
``_environment``/``_environment.local`` naming the profile when the environment does not —
in Quarto's order (environment, dotenv, local file, ``_quarto.yml``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.books import find_book
from bibcheck.readers.projectmeta import project_bibliography, project_style_metadata
from bibcheck.readers.quartoprofile import dotenv_value, with_profiles

BIB = "@book{okafor2015,\n  author = {Okafor, Ngozi},\n  title = {Rivers},\n  year = {2015},\n}\n"


@pytest.fixture(autouse=True)
def _no_profile(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUARTO_PROFILE", raising=False)


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in {"chapters/one.qmd": "# R\n\nText [@okafor2015].\n", **files}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "chapters" / "one.qmd"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("QUARTO_PROFILE=print\n", "print"),
        ("export QUARTO_PROFILE=print\n", "print"),
        ('QUARTO_PROFILE="print,draft"\n', "print,draft"),
        ("QUARTO_PROFILE='web' # the site\n", "web"),
        ("QUARTO_PROFILE=web # the site\n", "web"),
        ("# QUARTO_PROFILE=print\nOTHER=1\n", None),
        ("QUARTO_PROFILE_X=print\n", None),
        ("QUARTO_PROFILE=a\nQUARTO_PROFILE=b\n", "b"),
        (" QUARTO_PROFILE = spaced \n", "spaced"),
        ("", None),
    ],
)
def test_dotenv_value(text: str, value: str | None) -> None:
    assert dotenv_value(text, "QUARTO_PROFILE") == value


# (the files beside _quarto.yml, the environment, the csl the options end with, files used)
CASES = [
    # the local file wins over the project and over the profile
    ({"_quarto.yml.local": {"csl": "local.csl"}}, None, "local.csl", ["_quarto.yml.local"]),
    (
        {"_quarto-a.yml": {"csl": "a.csl"}, "_quarto.yaml.local": {"csl": "local.csl"}},
        "a",
        "local.csl",
        ["_quarto.yaml.local", "_quarto-a.yml"],
    ),
    # the local file's profile: default: names the profile when nothing else does
    (
        {"_quarto.yml.local": {"profile": {"default": "a"}}, "_quarto-a.yml": {"csl": "a.csl"}},
        None,
        "a.csl",
        ["_quarto.yml.local", "_quarto-a.yml"],
    ),
    # the environment wins over the local file's default
    (
        {
            "_quarto.yml.local": {"profile": {"default": "a"}},
            "_quarto-a.yml": {"csl": "a.csl"},
            "_quarto-b.yml": {"csl": "b.csl"},
        },
        "b",
        "b.csl",
        ["_quarto.yml.local", "_quarto-b.yml"],
    ),
    # the dotenv file wins over the local file's default (and _environment.local over _environment)
    (
        {
            "_environment": "QUARTO_PROFILE=b\n",
            "_quarto.yml.local": {"profile": {"default": "a"}},
            "_quarto-a.yml": {"csl": "a.csl"},
            "_quarto-b.yml": {"csl": "b.csl"},
        },
        None,
        "b.csl",
        ["_quarto.yml.local", "_quarto-b.yml"],
    ),
    (
        {
            "_environment": "QUARTO_PROFILE=a\n",
            "_environment.local": "QUARTO_PROFILE=b\n",
            "_quarto-a.yml": {"csl": "a.csl"},
            "_quarto-b.yml": {"csl": "b.csl"},
        },
        None,
        "b.csl",
        ["_quarto-b.yml"],
    ),
    # nothing beside it: the project's own options
    ({}, None, "base.csl", []),
]


@pytest.mark.parametrize(("files", "environment", "csl", "used"), CASES)
def test_with_local_settings(
    files: dict[str, object], environment: str | None, csl: str, used: list[str]
) -> None:
    def load(name: str) -> dict[str, object] | None:
        value = files.get(name)
        return value if isinstance(value, dict) else None

    def text(name: str) -> str | None:
        value = files.get(name)
        return value if isinstance(value, str) else None

    options, names = with_profiles(
        {"csl": "base.csl"}, load, environment, use_environment=False, read_text=text
    )
    assert (options["csl"], list(names)) == (csl, used)


def test_a_bibliography_named_in_the_local_settings(tmp_path: Path) -> None:
    chapter = _write(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: website\ncsl: plain.csl\n",
            "_quarto.yml.local": "bibliography: refs.bib\ncsl: house.csl\n",
            "refs.bib": BIB,
        },
    )
    found = project_bibliography(str(chapter))
    assert found is not None and found.names == ("refs.bib",)
    assert found.named_in.name == "_quarto.yml.local"
    style = project_style_metadata(tmp_path / "_quarto.yml")
    assert style is not None and style["csl"] == "house.csl"


def test_the_dotenv_profile_names_the_bibliography(tmp_path: Path) -> None:
    chapter = _write(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: website\n",
            "_environment": "QUARTO_PROFILE=print\n",
            "_quarto-print.yml": "bibliography: refs.bib\n",
            "refs.bib": BIB,
        },
    )
    found = project_bibliography(str(chapter))
    assert found is not None and found.names == ("refs.bib",)
    assert found.named_in.name == "_quarto-print.yml"


def test_a_dotenv_profile_lists_the_books_chapters(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "_quarto.yml": "project:\n  type: book\nbibliography: refs.bib\n",
            "_environment.local": "QUARTO_PROFILE=pro\n",
            "_quarto-pro.yml": "book:\n  chapters:\n    - index.qmd\n    - basics.qmd\n",
            "index.qmd": "# Preface\n",
            "basics.qmd": "# B\n\nText [@okafor2015].\n",
            "refs.bib": BIB,
        },
    )
    book = find_book(tmp_path)
    assert book is not None and [c.name for c in book.chapters] == ["basics.qmd"]
