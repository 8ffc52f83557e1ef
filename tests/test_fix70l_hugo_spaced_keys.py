"""Hugo Cite shortcodes whose keys hold spaces (CSL-JSON ids such as ``"Varga 2004"``):
``{{< cite "Varga 2004" >}}``, ``{{< cite "Varga 2004;Osei 2011" "12;34" >}}``.  The quoted
argument is unambiguous (split on ``;``); each key is matched to an ``id`` exactly, and a key
with no entry is reported.  Before, such citations were dropped without a word.  Own fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

CSL = [
    {
        "id": "Varga 2004",
        "type": "book",
        "title": "Rivers of the plain",
        "author": [{"family": "Varga", "given": "Ilona"}],
        "issued": {"date-parts": [[2004]]},
        "publisher": "Delta Press",
    },
    {
        "id": "Osei 2011",
        "type": "book",
        "title": "Markets by the water",
        "author": [{"family": "Osei", "given": "Kwame"}],
        "issued": {"date-parts": [[2011]]},
        "publisher": "Harbour Books",
    },
    {
        "id": "van der Berg 2019 a",
        "type": "article-journal",
        "title": "Ferries and fords",
        "author": [{"family": "van der Berg", "given": "Anke"}],
        "issued": {"date-parts": [[2019]]},
        "container-title": "Journal of River Towns",
    },
]

FRONT = "---\ntitle: Rivers\nbibFile: data/bib.json\n---\n\n"


def _site(tmp_path: Path, body: str) -> Path:
    (tmp_path / "config.toml").write_text('title = "Rivers"\n', encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "bib.json").write_text(json.dumps(CSL), encoding="utf-8")
    folder = tmp_path / "content" / "posts" / "rivers"
    folder.mkdir(parents=True)
    path = folder / "index.md"
    path.write_text(FRONT + body, encoding="utf-8")
    return path


CASES = [
    (
        "one key with a space",
        'Towns followed the river {{< cite "Varga 2004" >}}.\n',
        [("Varga 2004", 6)],
    ),
    (
        "two spaced keys and their pages",
        'Both agree {{< cite "Varga 2004;Osei 2011" "12;34" >}}.\n',
        [("Osei 2011", 6), ("Varga 2004", 6)],
    ),
    (
        "spaces around the separator",
        'Both agree {{< cite "Varga 2004; Osei 2011" >}}.\n',
        [("Osei 2011", 6), ("Varga 2004", 6)],
    ),
    (
        "a key of several words",
        'Ferries too {{< cite "van der Berg 2019 a" "7" >}}.\n',
        [("van der Berg 2019 a", 6)],
    ),
    (
        "a named key with a space",
        'Markets moved {{< cite key="Osei 2011" pages="34" >}}.\n',
        [("Osei 2011", 6)],
    ),
    (
        "a spaced key cited without its author",
        'As Varga shows {{< cite "-Varga 2004" >}}.\n',
        [("Varga 2004", 6)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_spaced_keys_are_cited(tmp_path: Path, body: str, expected: list[tuple[str, int]]) -> None:
    doc = parse_file(_site(tmp_path, body))
    assert sorted((m.label, m.line) for f in doc.footnotes for m in f.markers) == expected
    assert all(f.reference is not None and f.reference.year for f in doc.footnotes)
    assert C.CITATION_KEY_MISSING not in {a.code for a in doc.all_anomalies()}


def test_the_entries_resolve_exactly(tmp_path: Path) -> None:
    doc = parse_file(_site(tmp_path, 'Both {{< cite "Varga 2004;Osei 2011" "12;34" >}}.\n'))
    titles = {f.label: f.reference.title for f in doc.footnotes if f.reference}
    assert titles == {"Varga 2004": "Rivers of the plain", "Osei 2011": "Markets by the water"}


@pytest.mark.parametrize(
    "body",
    [
        'Nobody wrote this {{< cite "Nagy 1999" >}}.\n',
        'Half of it {{< cite "Varga 2004;Nagy 1999" "1;2" >}}.\n',
        'A near miss {{< cite "Varga  2004" >}}.\n',  # (two spaces: no id has them)
    ],
)
def test_a_spaced_key_with_no_entry_is_reported(tmp_path: Path, body: str) -> None:
    doc = parse_file(_site(tmp_path, body))
    missing = [a for a in doc.all_anomalies() if a.code is C.CITATION_KEY_MISSING]
    assert missing
