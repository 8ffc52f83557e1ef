"""sup-markdown: a newsletter essay whose only list is its numbered endnotes under a notes
heading (``## Notes``), cited ``<sup>n</sup>``.  The list is read as the notes it is: an
aside with no work in it is commentary, as a footnote definition would be; and inline HTML
in a note's text is rendered to text before the note is parsed (a superscript exponent in a
title is ``²``, a subscript digit a digit, italics the Markdown emphasis)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.readers.supmarkdown import _note_text
from tests.test_regex_growth import assert_linear

BODY = """# The cost of long prompts

Attention compares every token with every other.<sup>1</sup> The cost grows as
n<sup>2</sup>.<sup>2</sup> Kernels that tile the matrix help,<sup>3</sup> but only by a
constant;<sup>4</sup> a 10<sup>6</sup>-token prompt is still expensive.<sup>5</sup>

---

{heading}

1. Maria Lund and Tomas Berg, "Attention in Practice," *Journal of Model Systems* 4 (2021). https://example.org/lund-berg

2. Strictly, the cost also grows with the head dimension, and there are many heads and layers per model.

3. Aiko Tanaka and Ravi Menon, "Tiled Attention in O(n<sup>2</sup>) Time and O(n) Memory," arXiv:2204.01234 (2022). https://arxiv.org/abs/2204.01234

4. This depends on the hardware. On a recent accelerator the break-even point sits near a few thousand tokens; on older cards it comes earlier.

5. Lena Marsh, "CO<sub>2</sub> Budgets of <i>Very</i> Long Contexts," *Green Computing Letters* 2 (2023). https://example.org/marsh
"""


@pytest.mark.parametrize("heading", ["## Notes", "## Endnotes", "**Notes**"])
def test_notes_list_commentary_and_inline_html(heading: str) -> None:
    doc = parse_bytes(BODY.format(heading=heading).encode(), "essay.md", "sup-markdown")
    notes = {f.label: f.reference for f in doc.footnotes}
    assert sorted(notes, key=int) == ["1", "2", "3", "4", "5"]
    assert notes["2"].kind is RefKind.COMMENTARY
    assert notes["4"].kind is RefKind.COMMENTARY
    assert notes["1"].kind is not RefKind.COMMENTARY
    assert notes["1"].authors == ("Maria Lund", "Tomas Berg")
    assert notes["3"].title == "Tiled Attention in O(n²) Time and O(n) Memory"
    assert notes["3"].authors == ("Aiko Tanaka", "Ravi Menon")
    assert notes["5"].title == "CO2 Budgets of Very Long Contexts"
    assert "<" not in (notes["5"].raw + notes["3"].raw)


def test_footnote_definitions_render_inline_html() -> None:
    text = (
        "A claim.<sup>1</sup> Another.<sup>2</sup>\n\n---\n\n"
        '<sup>1</sup> Aiko Tanaka and Ravi Menon, "Tiled Attention in O(n<sup>2</sup>) Time," '
        "arXiv:2204.01234 (2022).\n\n"
        "<sup>2</sup> Strictly, the constant matters more than the exponent here.\n"
    )
    doc = parse_bytes(text.encode(), "essay.md", "sup-markdown")
    notes = {f.label: f.reference for f in doc.footnotes}
    assert notes["1"].title == "Tiled Attention in O(n²) Time"
    assert notes["2"].kind is RefKind.COMMENTARY


@pytest.mark.parametrize("piece", ["<sup>2 ", "<i>x", "<sub>", "<sup>" + "9" * 20])
def test_rendering_a_long_note_stays_linear(piece: str) -> None:
    assert_linear(_note_text, lambda n: piece * (n // len(piece)))
