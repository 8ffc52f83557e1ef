"""Sweep 42: Markdown sources have no page artifacts, a block quote's "> " and a bracketed
label after a full stop belong to no claim.  Fixtures written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RawDocument
from bibcheck.parse.claim_text import sentence_start
from bibcheck.readers import ReadOptions
from bibcheck.readers.pandoc import read_opts

NOTE = "\n[^1]: Ada Finch, *Moss and Stone* (Hill Press, 1987).\n"


def _read(text: str, name: str = "notes.md") -> RawDocument:
    return read_opts(text, f"/nonexistent/{name}", ReadOptions())


def _artifacts(doc: RawDocument) -> list[str]:
    return [a.message for a in doc.anomalies if a.code is AnomalyCode.ARTIFACT_LINE]


# link definitions whose names mask alike (same length), a definition list repeating its
# terms, a manual's "or" between command lines: written Markdown, no running heads
LINK_DEFS = "".join(
    f"[`{w}`]: https://pkg.example/{w}\n" for w in ("lichens", "ferns12", "mosses1")
)
DEF_LIST = "".join(f"Plant\n\n: {w}\n\ngreen leaf\n\n" for w in ("oak", "oak", "oak", "oak"))
OR_LINES = "".join(f"    tool --in {k}\n\nor\n\n" for k in range(5))


@pytest.mark.parametrize(
    "block",
    [LINK_DEFS * 2, DEF_LIST, OR_LINES],
    ids=["link-definitions", "definition-list", "manual-or"],
)
def test_markdown_source_lines_are_no_page_artifacts(block: str) -> None:
    text = f"# Plants\n\nMoss grows on stone.[^1]\n\n{block}\nMore text here.\n{NOTE}"
    doc = _read(text)
    assert _artifacts(doc) == []
    assert len(doc.markers) == 1


def test_a_converted_text_with_page_breaks_keeps_its_running_heads() -> None:
    page = "A Field Guide to Moss\n\nMoss grows on stone and bark in the shade.\n\n"
    text = "\f".join(page + f"Text of page {k}.\n" for k in range(4)) + "\nSee it.[^1]\n" + NOTE
    doc = _read(text)
    found = _artifacts(doc)
    assert found and all("repeated 1 times" not in m for m in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("> Moss grows on stone.[^1]\n", "Moss grows on stone."),
        ("> > Moss grows on stone.[^1]\n", "Moss grows on stone."),
        (">Moss grows\n> on stone.[^1]\n", "Moss grows on stone."),
    ],
    ids=["quote", "nested-quote", "two-lines"],
)
def test_a_block_quote_prefix_is_no_claim_text(text: str, expected: str) -> None:
    doc = _read(text + NOTE)
    assert [b.text.strip() for b in doc.blocks if b.text.strip()][0] == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Frogs sing at night.[^not a note] Toads sing by day.", "Toads"),
        ("Frogs sing at night.[7] Toads sing by day.", "Toads"),
        ("Frogs sing at night. Toads sing by day.", "Toads"),
        ("Frogs sing, as [^x] says. Toads sing by day.", "Toads"),
        ("See e.g. [4] Toads sing by day.", "See"),  # an abbreviation ends no sentence
    ],
    ids=["escaped-marker", "bracket-number", "plain", "bracket-inside", "abbreviation"],
)
def test_a_bracketed_label_after_a_stop_ends_the_sentence(text: str, start: str) -> None:
    assert text[sentence_start(text) :].startswith(start)
