"""A Tufte CSS margin note beside a figure (``<figure><label class="margin-toggle">…</label>
<input type="checkbox" class="margin-toggle"/><span class="marginnote">From …, page 92.
</span><img …/></figure>``): the figure's source, read as an unnumbered note (``m1``) as a
margin note in a paragraph is.  Before, a note inside ``<figure>`` was not read at all; its
lead-in ``From`` was read as part of the author's name.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

HEAD = (
    '<!DOCTYPE html>\n<html><head><link rel="stylesheet" href="tufte.css">'
    "<title>Rivers</title></head>\n<body><article><h1>Rivers of the plain</h1>\n<section>\n"
    "<p>The delta shifted twice in a century."
    '<label for="sn-1" class="margin-toggle sidenote-number"></label>'
    '<input type="checkbox" id="sn-1" class="margin-toggle"/><span class="sidenote">Ilona '
    "Varga, <em>Rivers of the Plain</em> (Szeged: Delta Press, 2004), 41.</span> Towns "
    "followed the water.</p>\n"
)
TAIL = "<p>Markets moved with the river.</p>\n</section></article></body></html>\n"
TOGGLE = (
    '<label for="mn-fig-1" class="margin-toggle">&#8853;</label>'
    '<input type="checkbox" id="mn-fig-1" class="margin-toggle"/>'
)

FIGURES = [
    (
        "note before the image",
        f'<figure>{TOGGLE}<span class="marginnote">From Kwame Osei, <em>Markets by the Water'
        '</em> (Accra: Harbour Books, 2011), page 92.</span><img src="map.png" alt="A map"/>'
        "</figure>\n",
        ("Kwame Osei",),
        "Markets by the Water",
        2011,
    ),
    (
        "note after the image",
        f'<figure><img src="ferry.png" alt="A ferry"/>{TOGGLE}<span class="marginnote">Anke '
        "van der Berg, <em>Ferries and Fords</em> (Leiden: Brill, 2019), 17.</span></figure>\n",
        ("Anke van der Berg",),
        "Ferries and Fords",
        2019,
    ),
    (
        "a full-width figure with an adapted-from note",
        f'<figure class="fullwidth">{TOGGLE}<span class="marginnote">Adapted from Tamu Banda, '
        "<em>Harbour Towns</em> (Nairobi: Lakeside, 2015), 3.</span>"
        '<img src="harbour.png" alt="Harbours"/></figure>\n',
        ("Tamu Banda",),
        "Harbour Towns",
        2015,
    ),
]


@pytest.mark.parametrize(
    ("figure", "authors", "title", "year"),
    [f[1:] for f in FIGURES],
    ids=[f[0] for f in FIGURES],
)
def test_margin_note_in_a_figure_is_read(
    tmp_path: Path, figure: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    path = tmp_path / "page.html"
    path.write_text(HEAD + figure + TAIL, encoding="utf-8")
    doc = parse_file(path)
    notes = {f.label: f for f in doc.footnotes}
    assert set(notes) == {"1", "m1"}
    ref = notes["m1"].reference
    assert ref is not None
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    assert [m.line for m in notes["m1"].markers] == [6]
