"""Fix 82u: an archive's document cited by repository and title, the holder's reference in
parentheses after the title (``Cartlann Náisiúnta na hÉireann. Title (tag. 2019/45/12).
https://…``, Welsh ``Archifau …``/``Archifdy …``, Basque ``… Artxiboa``): the title is the
document's, after the archive's name -- not the archive's name, nor the title with its
label's first half (:func:`bibcheck.parse.references.archival.archival_item`).  A volume's
``(cyf. 3)`` after a guide's title is no holder's reference.  Own invented examples.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_item
from tests.growth import growth

# entry -> (kind, title)
READINGS: dict[str, tuple[RefKind, str]] = {
    "Cartlann Náisiúnta na hÉireann. Litreacha an choiste áitiúil (tag. 2004/18/7). "
    "https://cartlann.example.ie/2004-18-7": (RefKind.UNKNOWN, "Litreacha an choiste áitiúil"),
    "Archifau Gwent. Llyfr cofnodion y gymdeithas gorawl (cyf. D/GC 12/3). "
    "<https://archifau.example.org/DGC-12-3>": (
        RefKind.UNKNOWN,
        "Llyfr cofnodion y gymdeithas gorawl",
    ),
    "Arabako Artxiboa. Herriko eskolaren kontuak (erref. AA/7/21). "
    "<https://artxiboa.example.eus/aa-7-21>": (RefKind.UNKNOWN, "Herriko eskolaren kontuak"),
    "Dorset Archives. Overseers' accounts of the parish (ref. PE/AB 5/2). "
    "https://archives.example.org/pe-ab": (RefKind.UNKNOWN, "Overseers' accounts of the parish"),
}
# near-misses, their kind kept: a guide's volume, a book's volume
NEAR_MISSES: dict[str, RefKind] = {
    "Archifau Gwent. Canllaw i'r cofnodion (cyf. 2). https://archifau.example.org/canllaw": (
        RefKind.WEB
    ),
    "Evans, R. (2016). Archifau'r ysgolion (cyf. 2). Caerdydd: Gwasg y Brifysgol.": RefKind.BOOK,
}


@pytest.mark.parametrize("text", list(READINGS))
def test_archive_title(text: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind, ref.title) == READINGS[text]


@pytest.mark.parametrize("text", list(NEAR_MISSES))
def test_near_miss_kind(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is NEAR_MISSES[text]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Cartlann Chontae. Leabhar na scoile (tag. 1901/2/3).", "Leabhar na scoile"),
        ("Archifau Gwent. Canllaw (cyf. 3).", None),
        ("Smith, J. A book (ref. AB/1/2).", None),
    ],
)
def test_archival_item(text: str, title: str | None) -> None:
    assert archival_item(text) == title


@pytest.mark.parametrize("unit", ["Ab ", "Ab. ", "(ref. A/1) ", "x ("])
def test_linear(unit: str) -> None:
    assert growth(lambda n: archival_item("Archifau Gwent. " + unit * n), 200, 800) < 6
