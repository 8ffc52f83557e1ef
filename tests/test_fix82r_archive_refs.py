"""Fix 82r: an archive's document cited with the holder's reference in parentheses after its
label, and archives named in Welsh, Irish, Scottish Gaelic and Basque
(:mod:`bibcheck.parse.references.archival`): ``Archifdy X. Title (cyf. D/DX 41/2). <url>``
is an unpublished document, ``unknown`` (tests/corpus/README.md: archival files), not a web
page.  A volume's ``(cyf. 3)`` or ``(ref. 12)`` after a book's title is no reference.
Own invented examples.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_file, repository
from tests.growth import growth

CASES: dict[str, bool] = {
    "Archifdy Ceredigion. Cofnodion cymdeithas lenyddol y dref (cyf. D/CL 7/4). "
    "<https://archifdy.example.org/D-CL-7-4>": True,
    "Wiltshire Archives. Vestry minutes of the parish (ref. P/12 3/1). "
    "<https://archives.example.org/P12>": True,
    "Cartlann Chathair Bhaile Átha Cliath. Miontuairiscí an bhoird (tag. 1921/7/3). "
    "<https://cartlann.example.ie/1921-7-3>": True,
    "Gipuzkoako Artxiboa. Udal batzarren aktak (erref. GAO/12/4). "
    "<https://artxiboa.example.eus/gao-12-4>": True,
    "Tasglann nan Eilean Siar. Clàran na sgoile (ref. SC/3/2). <https://tasglann.example.org>": (
        True
    ),
    # near-misses: a volume after a book's title; a guide to the archives by its volume
    "Davies, M. (2018). Archifau'r capeli (cyf. 3). Aberystwyth: Gwasg y Llyfrgell.": False,
    "Brown, K. (2015). Records of the archives (ref. 12). Oxford: Clarendon Press.": False,
    "Archifau Cymru. (2021). Canllaw i'r casgliadau (cyf. 2). https://archifau.example.org/c": (
        False
    ),
}


@pytest.mark.parametrize("text", list(CASES))
def test_archive_reference_in_parentheses(text: str) -> None:
    assert archival_file(text) is CASES[text]
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.kind is RefKind.UNKNOWN) is CASES[text]


@pytest.mark.parametrize(
    ("name", "held"),
    [
        ("Archifau Morgannwg", True),
        ("Archifdy Sir Gâr", True),
        ("Cartlann Náisiúnta na hÉireann", True),
        ("Bizkaiko Foru Artxiboa", True),
        ("Gwasg Prifysgol Cymru", False),
    ],
)
def test_repository_names(name: str, held: bool) -> None:
    assert repository(name) is held


@pytest.mark.parametrize("unit", ["(cyf. D/D ", "Archifau (ref. ", "1/2/3 ", "(tag. 1"])
def test_linear(unit: str) -> None:
    assert growth(lambda n: archival_file("Archifau X. " + unit * n + ")"), 200, 800) < 6
