"""Tufte CSS pages (tufte-css, tufte-jekyll, tufte-pandoc exports): beside the numbered
``<span class="sidenote">`` notes, an unnumbered ``<span class="marginnote">`` often cites
the source of a line or a picture.  Before, margin notes were not read at all (their
citations missed); now each is a note labelled ``m1``, ``m2``... and the sidenotes keep
the numbers CSS gives them.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

_TOGGLE = '<label for="{id}" class="margin-toggle{num}">{mark}</label><input type="checkbox" id="{id}" class="margin-toggle"/>'


def _side(k: int, text: str) -> str:
    return _TOGGLE.format(id=f"sn-{k}", num=" sidenote-number", mark="") + (
        f'<span class="sidenote">{text}</span>'
    )


def _margin(k: int, text: str) -> str:
    return _TOGGLE.format(id=f"mn-{k}", num="", mark="&#8853;") + (
        f'<span class="marginnote">{text}</span>'
    )


def _page(tmp_path: Path, *paragraphs: str) -> Path:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"/>'
        '<link rel="stylesheet" href="tufte.css"/><title>Rivers</title></head>\n<body>\n'
        f"<article>\n<h1>Rivers</h1>\n<section>\n{body}\n</section>\n</article>\n</body>\n</html>\n"
    )
    path = tmp_path / "rivers.html"
    path.write_text(html, encoding="utf-8")
    return path


CASES = [
    (
        "a margin note citing a book",
        [
            "Deltas grow slowly."
            + _margin(1, "Hana Varga, <em>Deltas of the North</em> (Lund: Delta Press, 1998), 41.")
            + " They also shrink.",
        ],
        [("m1", "Deltas of the North", 1998)],
    ),
    (
        "sidenotes keep their numbers around margin notes",
        [
            "Floods return." + _side(1, "Pim Osei, <em>Flood years</em> (Accra: Volta, 2004)."),
            "Silt settles."
            + _margin(1, "Ines Kowal, “Silt and time,” <em>River Review</em> 12 (2010): 3–9."),
            "Banks erode." + _side(2, "Lu Chen, <em>Eroding banks</em> (Wuhan: Yangtze, 2015)."),
        ],
        [
            ("1", "Flood years", 2004),
            ("m1", "Silt and time", 2010),
            ("2", "Eroding banks", 2015),
        ],
    ),
    (
        "two margin notes",
        [
            "Reeds spread." + _margin(1, "Olga Berg, <em>Reed beds</em> (Oslo: Fjord, 2001)."),
            "Eels migrate." + _margin(2, "Sami Haddad, <em>Eel routes</em> (Beirut: Cedar, 2012)."),
        ],
        [("m1", "Reed beds", 2001), ("m2", "Eel routes", 2012)],
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_margin_notes_are_read(
    tmp_path: Path, paragraphs: list[str], expected: list[tuple[str, str, int]]
) -> None:
    doc = parse_file(_page(tmp_path, *paragraphs))
    assert doc.reader == "html"
    got = [
        (
            f.label,
            f.reference.title if f.reference else None,
            f.reference.year if f.reference else None,
        )
        for f in doc.footnotes
    ]
    assert got == expected
