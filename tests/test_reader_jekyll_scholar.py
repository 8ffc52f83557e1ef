"""jekyll-scholar citations in Jekyll sites (personal academic sites, the Galaxy Training
Network's tutorials): ``{% cite a b --file refs -l 23 %}``, ``{% reference a %}``, with the
bibliography named by ``--file``, by the site's ``_config.yml`` (``scholar: source /
bibliography``; by default ``_bibliography/references.bib``) or kept beside the page.
Read by the Pandoc reader as Pandoc citations.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.sitecite import scholar_keys

BIB = (
    "@article{smith2019, author={Smith, Ada}, title={Tidal energy in estuaries},"
    " journal={Ocean Engineering}, year={2019}, doi={10.1000/oe.2019.1}}\n"
    "@book{jones2008, author={Jones, Bo}, title={Coastal processes}, publisher={Elsevier},"
    " year={2008}}\n"
    "@online{tide-site, author={Tide Office}, title={Tide tables}, url={https://tides.example.org/},"
    " urldate={2024-02-01}}\n"
)


@pytest.mark.parametrize(
    ("body", "keys"),
    [
        ("smith2019", ["smith2019"]),
        ("smith2019 jones2008", ["smith2019", "jones2008"]),
        ('"smith2019"', ["smith2019"]),
        ("smith2019 -l 23", ["smith2019"]),
        ("smith2019 --locator 23-5 --label page", ["smith2019"]),
        ("smith2019 --file coastal", ["smith2019"]),
        ("-f coastal smith2019 jones2008", ["smith2019", "jones2008"]),
        ("smith2019 --prefix 'see' -L chapter", ["smith2019"]),
        ("", []),
    ],
)
def test_scholar_keys(body: str, keys: list[str]) -> None:
    assert scholar_keys(body) == keys


def _tutorial(tmp_path: Path, body: str) -> Path:
    """A Galaxy-Training-Network-like tutorial: tutorial.md with tutorial.bib beside it."""
    folder = tmp_path / "topics" / "ocean" / "tutorials" / "tides"
    folder.mkdir(parents=True)
    (tmp_path / "_config.yml").write_text("title: Training\n", encoding="utf-8")
    (folder / "tutorial.bib").write_text("# the tutorial's references\n" + BIB, "utf-8")
    page = folder / "tutorial.md"
    page.write_text("---\nlayout: tutorial_hands_on\ntitle: Tides\n---\n\n" + body, "utf-8")
    return page


def _cited(page: Path) -> list[tuple[str, int]]:
    doc = parse_file(page)
    assert doc.reader == "pandoc-markdown"
    return sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)


CITES = [
    ("one key", "Tides carry energy {% cite smith2019 %}.\n", [("smith2019", 6)]),
    ("no spaces", "Tides carry energy {%cite smith2019%}.\n", [("smith2019", 6)]),
    (
        "two keys",
        "Estuaries {% cite smith2019 jones2008 %}.\n",
        [("jones2008", 6), ("smith2019", 6)],
    ),
    ("a locator", "As shown {% cite jones2008 -l 42 %}.\n", [("jones2008", 6)]),
    ("a full reference", "Read {% reference jones2008 %} first.\n", [("jones2008", 6)]),
    (
        "in a block quote",
        "> <comment-title></comment-title>\n> Tables come from {% cite tide-site %}.\n"
        "{: .comment}\n",
        [("tide-site", 7)],
    ),
    (
        "other Liquid tags are no citations",
        "Click {% icon galaxy-eye %} and run {% tool [Tides](toolshed/tides/1.0) %}.\n"
        "Then {% cite smith2019 %}.\n",
        [("smith2019", 7)],
    ),
    ("Hugo's shortcode", "Energy {{% cite smith2019 %}}.\n", [("smith2019", 6)]),
    (
        "a handle is no citation",
        "Energy {% cite smith2019 %}, thanks to @jones2008 for the data.\n",
        [("smith2019", 6)],
    ),
    (
        "a tag in a code block is code",
        "```\n{% cite jones2008 %}\n```\nEnergy {% cite smith2019 %}.\n",
        [("smith2019", 9)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CITES], ids=[c[0] for c in CITES])
def test_scholar_citations(tmp_path: Path, body: str, expected: list[tuple[str, int]]) -> None:
    assert _cited(_tutorial(tmp_path, body)) == expected


def test_the_entries_resolve_from_the_bib_beside_the_page(tmp_path: Path) -> None:
    doc = parse_file(_tutorial(tmp_path, "Energy {% cite smith2019 tide-site %}.\n"))
    refs = {f.label: f.reference for f in doc.footnotes}
    assert refs["smith2019"] is not None and refs["smith2019"].doi == "10.1000/oe.2019.1"
    assert refs["tide-site"] is not None and refs["tide-site"].url == "https://tides.example.org/"
    codes = {a.code for a in doc.all_anomalies()}
    assert C.BIBLIOGRAPHY_UNREADABLE not in codes and C.CITATION_KEY_MISSING not in codes


@pytest.mark.parametrize(
    ("config", "where"),
    [
        (
            "scholar:\n  source: /_bibliography/\n  bibliography: papers.bib\n",
            "_bibliography/papers",
        ),
        ("scholar:\n  source: ./assets/bib\n  bibliography: refs\n", "assets/bib/refs"),
        ("title: A site\n", "_bibliography/references"),  # jekyll-scholar's defaults
    ],
)
def test_the_site_configuration_names_the_bibliography(
    tmp_path: Path, config: str, where: str
) -> None:
    (tmp_path / "_config.yml").write_text(config, encoding="utf-8")
    (tmp_path / f"{where}.bib").parent.mkdir(parents=True)
    (tmp_path / f"{where}.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    post = tmp_path / "_posts" / "2025-06-01-tides.md"
    post.write_text(
        "---\nlayout: post\n---\nTides {% cite jones2008 %}.\n\n{% bibliography --cited %}\n",
        "utf-8",
    )
    assert _cited(post) == [("jones2008", 4)]
    assert [e.reference.year for e in parse_file(post).literature] == [2008]


def test_a_file_option_names_the_bibliography(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: A site\n", encoding="utf-8")
    (tmp_path / "_bibliography").mkdir()
    (tmp_path / "_bibliography" / "coastal.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    post = tmp_path / "_posts" / "2025-06-01-tides.md"
    post.write_text("---\nlayout: post\n---\nTides {% cite jones2008 --file coastal %}.\n", "utf-8")
    doc = parse_file(post)
    assert [f.reference.title for f in doc.footnotes if f.reference] == ["Coastal processes"]


def test_no_bibliography_anywhere_is_reported(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: A site\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    post = tmp_path / "_posts" / "2025-06-01-tides.md"
    post.write_text("---\nlayout: post\n---\nTides {% cite jones2008 %}.\n", "utf-8")
    anomalies = parse_file(post).all_anomalies()
    unreadable = [a.message for a in anomalies if a.code is C.BIBLIOGRAPHY_UNREADABLE]
    assert unreadable and "references.bib" in unreadable[0]
    assert C.CITATION_KEY_MISSING in {a.code for a in anomalies}
