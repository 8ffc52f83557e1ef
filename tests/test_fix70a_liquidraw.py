"""A Jekyll post explaining its citation tags writes them in Liquid's ``{% raw %}`` blocks
("we write {% raw %}{% cite key %}{% endraw %}"): an example shown to the reader, no
citation.  Before, the example's key was read as cited and reported missing (an error).
Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

BIB = (
    "@article{lindqvist2018, author={Lindqvist, Ove}, title={Fjord currents},"
    " journal={Nordic Hydrology}, year={2018}}\n"
    "@book{pereira2011, author={Pereira, Ana}, title={Salt marshes}, publisher={Rio Press},"
    " year={2011}}\n"
)


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("a {% raw %}{% cite x %}{% endraw %} b", "a " + " " * 33 + " b"),
        ("a {%- raw -%}x{%- endraw -%} b", "a " + " " * 26 + " b"),
        ("a {% raw %}x\ny{% endraw %}", "a " + " " * 10 + "\n" + " " * 13),
        ("a {% raw %} never closed", "a " + " " * 22),  # (to the end, as Liquid reads it)
        ("no block {% cite x %}", "no block {% cite x %}"),
    ],
)
def test_blank_raw(text: str, blanked: str) -> None:
    from bibcheck.readers.liquidraw import blank_raw  # (new: imported here, each case its own)

    assert blank_raw(text) == blanked


def _post(tmp_path: Path, body: str) -> Path:
    (tmp_path / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    (tmp_path / "_bibliography").mkdir()
    (tmp_path / "_bibliography" / "references.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    post = tmp_path / "_posts" / "2024-03-02-citing.md"
    post.write_text("---\nlayout: post\ntitle: Citing\n---\n" + body, encoding="utf-8")
    return post


POSTS = [
    (
        "an example tag between raw and endraw",
        "Fjords {% cite lindqvist2018 %}. We write "
        "{% raw %}{% cite <your-key> %}{% endraw %} in a post.\n",
        [("lindqvist2018", 5)],
    ),
    (
        "raw with whitespace control and two spaces",
        "Marshes {% cite pereira2011 %}; the tag is {%- raw  -%}{% cite key %}{%- endraw -%}.\n",
        [("pereira2011", 5)],
    ),
    (
        "a raw block over lines",
        "{% raw %}\nCite with {% cite example2020 %} and list with {% bibliography %}.\n"
        "{% endraw %}\nFjords {% cite lindqvist2018 %}.\n",
        [("lindqvist2018", 8)],
    ),
    (
        "a tag after the block is read",
        "{% raw %}{% cite a %}{% endraw %} then {% cite lindqvist2018 pereira2011 %}.\n",
        [("lindqvist2018", 5), ("pereira2011", 5)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [p[1:] for p in POSTS], ids=[p[0] for p in POSTS])
def test_raw_blocks_hold_no_citations(
    tmp_path: Path, body: str, expected: list[tuple[str, int]]
) -> None:
    doc = parse_file(_post(tmp_path, body))
    assert doc.reader == "pandoc-markdown"
    assert sorted((m.label, m.line) for f in doc.footnotes for m in f.markers) == expected
    assert C.CITATION_KEY_MISSING not in {a.code for a in doc.all_anomalies()}
