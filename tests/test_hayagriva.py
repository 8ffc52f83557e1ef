"""Hayagriva YAML entries -> CSL items -> references (Typst's own bibliography format)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.readers.bibsource import Source, load
from bibcheck.readers.hayagriva import is_hayagriva, to_csl


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            {"type": "Article", "title": "Sea ice", "author": "Berg, Anna", "date": 2019,
             "parent": {"type": "periodical", "title": "Polar Letters", "volume": 4, "issue": 2},
             "page-range": "10-19"},
            {"type": "article-journal", "title": "Sea ice", "author": [{"family": "Berg", "given": "Anna"}],
             "issued": {"date-parts": [[2019]]}, "container-title": "Polar Letters", "volume": "4",
             "issue": "2", "page": "10-19"},
        ),
        (
            {"type": "article", "title": "Fast joins", "author": ["Lee, Min", "Okafor, Ada"],
             "parent": {"type": "proceedings", "title": "Proc. of DB Days", "date": "2021-06-02"}},
            {"type": "paper-conference", "author": [{"family": "Lee", "given": "Min"},
             {"family": "Okafor", "given": "Ada"}], "container-title": "Proc. of DB Days",
             "issued": {"date-parts": [[2021, 6, 2]]}},
        ),
        (
            {"type": "web", "title": {"value": "Tide tables", "short": "Tides"},
             "url": {"value": "https://example.org/tides", "date": "2024-03-05"}},
            {"type": "webpage", "title": "Tide tables", "URL": "https://example.org/tides",
             "accessed": {"date-parts": [[2024, 3, 5]]}},
        ),
        (
            {"type": "book", "title": "Rivers", "serial-number": {"doi": "10.1/r", "isbn": "978-3-16"},
             "publisher": {"name": "Delta Press", "location": "Leiden"}},
            {"type": "book", "DOI": "10.1/r", "ISBN": "978-3-16", "publisher": "Delta Press",
             "publisher-place": "Leiden"},
        ),
        (
            {"type": "thesis", "title": "Dunes", "author": {"name": "Vries", "given-name": "Jan", "prefix": "de"},
             "doi": "10.2/d", "publisher": "Univ. of Utrecht", "location": "Utrecht", "editor": "Smit, K."},
            {"type": "thesis", "author": [{"family": "de Vries", "given": "Jan"}], "DOI": "10.2/d",
             "publisher": "Univ. of Utrecht", "publisher-place": "Utrecht",
             "editor": [{"family": "Smit", "given": "K."}]},
        ),
        (
            {"type": "chapter", "title": "Mud", "parent": [{"type": "anthology", "title": "Coasts",
             "publisher": "Brill"}]},
            {"type": "chapter", "container-title": "Coasts", "publisher": "Brill"},
        ),
        ({"type": "Misc", "title": "Untyped note", "author": "World Bank"},
         {"type": "document", "author": [{"literal": "World Bank"}]}),
        ({"type": "chapter", "page-range": "5-9", "parent": {"type": "book", "title": "Sands",
          "author": "Ruiz, Ana", "date": "~2003-06-21"}},
         {"type": "chapter", "author": [{"family": "Ruiz", "given": "Ana"}], "page": "5-9",
          "issued": {"raw": "~2003-06-21"}}),
    ],
    ids=["journal-article", "conference-paper", "web-url-date", "book-serials", "thesis-person-map",
         "parent-list", "misc-organisation", "chapter-by-the-book-authors"],
)  # fmt: skip
def test_entry_to_csl(entry: dict[str, Any], expected: dict[str, Any]) -> None:
    item = to_csl("k", entry)
    assert item["id"] == "k"
    for name, value in expected.items():
        assert item[name] == value, name


@pytest.mark.parametrize(
    ("data", "hayagriva"),
    [
        ({"a": {"type": "book", "title": "T"}}, True),
        ({"references": [{"id": "a", "title": "T"}]}, False),
        ([{"id": "a", "title": "T"}], False),
        ({"title": "A config", "author": "x"}, False),
        ({}, False),
    ],
    ids=["entries", "csl-yaml-references", "csl-yaml-list", "plain-mapping", "empty"],
)
def test_is_hayagriva(data: object, hayagriva: bool) -> None:
    assert is_hayagriva(data) is hayagriva


def test_a_hayagriva_file_loads_with_lines_and_fields(tmp_path: Path) -> None:
    text = (
        "# a comment\n"
        "berg2019:\n"
        "  type: article\n"
        "  title: Sea ice in the Baltic\n"
        '  author: ["Berg, Anna", "Holm, Per"]\n'
        "  date: 2019-04-02\n"
        "  serial-number:\n"
        "    doi: 10.1000/ice\n"
        "  parent: {type: periodical, title: Polar Letters, volume: 4}\n"
        "\n"
        "'site:tides':\n"
        "  type: web\n"
        "  title: Tide tables\n"
        "  url: notaurl\n"
    )
    (tmp_path / "refs.yml").write_text(text, encoding="utf-8")
    bib = load([Source("refs.yml", tmp_path, 3)])
    assert list(bib.entries) == ["berg2019", "site:tides"]
    ref = bib.entries["berg2019"].reference
    assert ref is not None
    assert (ref.line, ref.kind, ref.year, ref.doi) == (2, RefKind.ARTICLE, 2019, "10.1000/ice")
    assert ref.authors == ("Berg, Anna", "Holm, Per")
    assert ref.host == "Polar Letters"
    site = bib.entries["site:tides"].reference
    assert site is not None and site.line == 11
    assert [a.code for a in site.anomalies] == [AnomalyCode.URL_INVALID]
    assert yaml.safe_load(text)  # (the fixture is valid YAML)


def test_broken_hayagriva_yaml_is_an_anomaly(tmp_path: Path) -> None:
    (tmp_path / "refs.yml").write_text("a:\n  title: [unclosed\n", encoding="utf-8")
    bib = load([Source("refs.yml", tmp_path, 7)])
    assert not bib.entries
    assert [(a.code, a.line) for a in bib.anomalies] == [(AnomalyCode.BIBLIOGRAPHY_UNREADABLE, 7)]
