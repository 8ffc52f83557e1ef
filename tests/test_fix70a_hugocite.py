"""Hugo pages citing with the ``cite`` shortcode (Hugo Cite and themes copying it):
``{{< cite "a;b" "12;4" >}}``, ``{{< cite a >}}``, ``{{< cite key="a" >}}``, the CSL-JSON
bibliography named by the front matter's ``bibFile`` (relative to the Hugo project), by a
``{{< bibliography "path" >}}`` shortcode, or kept in the page bundle as ``*bib*.json``.
Before, such a page was refused ("no reader recognises this document").  Own fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

CSL = [
    {
        "id": "Moreau2016",
        "type": "book",
        "title": "Les archives de la vigne",
        "author": [{"family": "Moreau", "given": "Lise"}],
        "issued": {"date-parts": [[2016]]},
        "publisher": "Éditions du Coteau",
    },
    {
        "id": "OkaforBanda2019",
        "type": "article-journal",
        "title": "Soil memory in terraced vineyards",
        "author": [{"family": "Okafor", "given": "Chidi"}, {"family": "Banda", "given": "Tamu"}],
        "issued": {"date-parts": [[2019]]},
        "container-title": "Journal of Terroir Studies",
        "DOI": "10.5555/jts.2019.7",
    },
    {
        "id": "ruiz:2021-web",
        "type": "webpage",
        "title": "Harvest calendars online",
        "author": [{"family": "Ruiz", "given": "Marta"}],
        "issued": {"date-parts": [[2021]]},
        "URL": "https://harvest.example.org/calendars",
    },
]


@pytest.mark.parametrize(
    ("body", "keys"),
    [
        ('"Moreau2016"', ["Moreau2016"]),
        ("Moreau2016", ["Moreau2016"]),
        ('"Moreau2016" "22-23"', ["Moreau2016"]),
        ('"Moreau2016;OkaforBanda2019" "20;4"', ["Moreau2016", "OkaforBanda2019"]),
        ('"-Moreau2016"', ["Moreau2016"]),  # (cited without the author's name)
        ('"Ruiz 2021"', ["Ruiz 2021"]),
        ('key="OkaforBanda2019" pages="4"', ["OkaforBanda2019"]),
        ("`Moreau2016`", ["Moreau2016"]),
        ('page="/publication/moreau-2016" view="4"', []),  # a theme's publication card
        ("", []),
    ],
)
def test_cite_keys(body: str, keys: list[str]) -> None:
    from bibcheck.readers.hugocite import cite_keys  # (new: imported here, each case its own)

    assert cite_keys(body) == keys


def _site(tmp_path: Path, page: str, *, bundle: bool = False, config: str = "config.toml") -> Path:
    """A Hugo project: its configuration, the CSL-JSON at the project's top (or in the page
    bundle), the page in content/."""
    (tmp_path / config).write_text('title = "Vineyards"\n', encoding="utf-8")
    folder = tmp_path / "content" / "posts" / "terraces"
    folder.mkdir(parents=True)
    where = folder / "my-bib.json" if bundle else tmp_path / "data" / "bib.json"
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text(json.dumps(CSL), encoding="utf-8")
    path = folder / "index.md"
    path.write_text(page, encoding="utf-8")
    return path


FRONT = "---\ntitle: Terraces\nbibFile: data/bib.json\n---\n\n"

PAGES = [
    (
        "quoted keys, one with pages",
        FRONT + 'Terraces keep water {{< cite "Moreau2016" "22-23" >}}.\n'
        'Soils remember {{< cite "OkaforBanda2019" >}}.\n',
        [("Moreau2016", 6), ("OkaforBanda2019", 7)],
    ),
    (
        "two keys in one shortcode",
        FRONT + 'Both agree {{< cite "Moreau2016;OkaforBanda2019" "20;4" >}}.\n',
        [("Moreau2016", 6), ("OkaforBanda2019", 6)],
    ),
    (
        "a bare key and a named one",
        FRONT + 'Terraces {{< cite Moreau2016 >}} and soils {{< cite key="OkaforBanda2019" >}}.\n',
        [("Moreau2016", 6), ("OkaforBanda2019", 6)],
    ),
    (
        "a key of the usual punctuation",
        FRONT + 'Calendars are online {{< cite "ruiz:2021-web" >}}.\n',
        [("ruiz:2021-web", 6)],
    ),
    (
        "the escaped shortcode a page shows is no citation",
        FRONT
        + 'Write {{</* cite "Moreau2016" */>}} to cite; soils {{< cite "OkaforBanda2019" >}}.\n',
        [("OkaforBanda2019", 6)],
    ),
    (
        "a handle is no citation",
        FRONT + 'Terraces {{< cite "Moreau2016" >}}, photos by @OkaforBanda2019.\n',
        [("Moreau2016", 6)],
    ),
]


@pytest.mark.parametrize(("page", "expected"), [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_hugo_citations(tmp_path: Path, page: str, expected: list[tuple[str, int]]) -> None:
    doc = parse_file(_site(tmp_path, page))
    assert doc.reader == "pandoc-markdown"
    assert sorted((m.label, m.line) for f in doc.footnotes for m in f.markers) == expected
    assert C.CITATION_KEY_MISSING not in {a.code for a in doc.all_anomalies()}


def test_the_entries_resolve_from_the_front_matter_file(tmp_path: Path) -> None:
    page = FRONT + 'Soils {{< cite "OkaforBanda2019" >}}; calendars {{< cite "ruiz:2021-web" >}}.\n'
    doc = parse_file(_site(tmp_path, page, config="hugo.yaml"))
    refs = {f.label: f.reference for f in doc.footnotes}
    assert (
        refs["OkaforBanda2019"] is not None and refs["OkaforBanda2019"].doi == "10.5555/jts.2019.7"
    )
    assert refs["ruiz:2021-web"] is not None and refs["ruiz:2021-web"].year == 2021


def test_the_page_bundle_holds_the_bibliography(tmp_path: Path) -> None:
    page = "+++\ntitle = 'Terraces'\n+++\n\nTerraces {{< cite \"Moreau2016\" >}}.\n\n"
    page += "{{< bibliography cited >}}\n"
    doc = parse_file(_site(tmp_path, page, bundle=True))
    assert [f.reference.title for f in doc.footnotes if f.reference] == ["Les archives de la vigne"]


def test_a_bibliography_shortcode_names_the_file(tmp_path: Path) -> None:
    page = '---\ntitle: Terraces\n---\n\nSoils {{< cite "OkaforBanda2019" >}}.\n\n'
    page += '{{< bibliography src="data/bib.json" cited="true" >}}\n'
    doc = parse_file(_site(tmp_path, page))
    assert [f.reference.year for f in doc.footnotes if f.reference] == [2019]


def test_a_key_with_no_entry_is_reported(tmp_path: Path) -> None:
    doc = parse_file(_site(tmp_path, FRONT + 'Terraces {{< cite "Moreau2061" >}}.\n'))
    assert C.CITATION_KEY_MISSING in {a.code for a in doc.all_anomalies()}
