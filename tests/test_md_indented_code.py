"""Markdown's indented code blocks are code: a Pandoc ``(@label)`` or ``[@key]`` shown in
one is no citation; the indented paragraphs of list items and footnotes stay text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.readers.mdcode import blank_indented_code, indented_code
from bibcheck.readers.pandoc import read_opts
from bibcheck.readers.registry import ReadOptions
from tests.growth import growth

CASES = [
    ("plain", "Text.\n\n    code line\n    more\n\nText.\n", {2, 3}),
    ("tab", "Text.\n\n\tcode\n", {2}),
    ("no blank before: lazy continuation", "Text\n    still text\n", set()),
    ("blank inside the block", "Text.\n\n    a\n\n    b\nText\n", {2, 4}),
    ("list continuation", "- item\n\n    second paragraph\n", set()),
    ("code in a list item", "- item\n\n        code\n", {2}),
    ("numbered item", "1. item\n\n    more of it\n", set()),
    ("nested item's paragraph", "- a\n    - b\n\n      para of b\n", set()),
    ("footnote continuation", "[^1]: A note.\n\n    Its second paragraph.\n", set()),
    ("example item", "(@one) An example.\n\n    continued\n", set()),
    ("list ended by a paragraph", "- item\n\nText.\n\n    code\n", {4}),
    ("front matter", "---\nabstract: |\n\n    An abstract.\n---\n\nText\n", set()),
    ("after a heading", "# Title\n\n    code\n", {2}),
    ("a fenced block's indented lines", "```\n\n    x = [@a]\n```\n", set()),
    ("MyST directive, blank line first", "````{note}\n\n    text\n````\n\n    code\n", {5}),
    ("an indented fence after a blank is code", "Text.\n\n    ```\n    x\n", {2, 3}),
    ("tildes", "~~~\n\n    [@a]\n~~~\n", set()),
]


@pytest.mark.parametrize(("why", "text", "code"), CASES, ids=[c[0] for c in CASES])
def test_indented_code(why: str, text: str, code: set[int]) -> None:
    assert indented_code(text.split("\n")) == code, why
    blanked = blank_indented_code(text)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")


def test_linear() -> None:
    def lines(count: int) -> list[str]:
        return ((("- a\n\n" + "    " * 10 + "x\n") * count) + "\t \n" * count).split("\n")

    # (four times the lines: about four times the time, not sixteen)
    assert growth(lambda count: indented_code(lines(count)), 2_500, 10_000) < 8


@pytest.mark.parametrize(
    ("body", "keys", "missing"),
    [
        (
            "Seen [@hale2008].\n\nWrite:\n\n    (@ex) An example.\n\n    As (@ex) shows.\n",
            ["hale2008"],
            [],
        ),
        ("Seen [@hale2008].\n\nWrite:\n\n    See [@nowhere2020].\n", ["hale2008"], []),
        (
            "Seen [@hale2008].\n\n- item\n\n    as [@gone2001] says.\n",
            ["hale2008", "gone2001"],
            ["gone2001"],
        ),
    ],
)
def test_pandoc_citations_in_code_are_none(
    tmp_path: Path, body: str, keys: list[str], missing: list[str]
) -> None:
    (tmp_path / "refs.bib").write_text(
        "@book{hale2008, author={Hale, Iris}, title={Fen Windmills}, year={2008}}\n",
        encoding="utf-8",
    )
    path = tmp_path / "paper.md"
    text = f"---\nbibliography: refs.bib\n---\n\n{body}"
    doc = read_opts(text, str(path), ReadOptions())
    assert [m.label for m in doc.markers] == keys
    gone = [a.footnote for a in doc.anomalies if a.code is C.CITATION_KEY_MISSING]
    assert gone == missing
