"""CriticMarkup is read as accepted by the sup-markdown and inline-link Markdown readers
too, not only by the Pandoc reader."""

from __future__ import annotations

import pytest

from bibcheck.readers import mdlinks, supmarkdown

SUP = """# Harbour dues

Dues rose in 1890.<sup>1</sup> {--They fell again.<sup>2</sup>--} Ships waited{++ for
weeks++}.<sup>3</sup> {>>Need a source here [4]<<}

## Notes

1. Ann Berg, *Harbour Lights* (Oslo, 1998), 12.
2. Carl Dahl, *Tolls and Tides* (Bergen, 2004), 7.
3. Eva Lund, *Waiting Ships* (Malmö, 2011), 30.
"""

LINKS = """# Reading list

Berg described the dues [1]. {~~Dahl [2]~>Lund [3]~~} followed the ships.

## References

[1] Ann Berg. ["Harbour Lights"](https://example.org/berg). Oslo 1998.
[2] Carl Dahl. ["Tolls and Tides"](https://example.org/dahl). Bergen 2004.
[3] Eva Lund. ["Waiting Ships"](https://example.org/lund). Malmö 2011.
"""


@pytest.mark.parametrize(
    ("reader", "text", "live", "gone", "line_of_3"),
    [
        (supmarkdown.read, SUP, {"1", "3"}, {"2", "4"}, 4),
        (mdlinks.read, LINKS, {"1", "3"}, {"2"}, 3),
    ],
    ids=["sup-markdown", "md-links"],
)
def test_deleted_and_commented_citations_are_gone(
    reader: object, text: str, live: set[str], gone: set[str], line_of_3: int
) -> None:
    doc = reader(text)  # type: ignore[operator]
    labels = {m.label.strip("[]") for m in doc.markers}
    assert live <= labels
    assert not (gone & labels)
    lines = {m.label.strip("[]"): m.line for m in doc.markers}
    assert lines["3"] == line_of_3  # lines are kept
