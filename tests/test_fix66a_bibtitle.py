"""fix66a gap 1: a .bib entry whose only title-like field is booktitle/maintitle/chapter
is titled as biblatex prints it; an entry left with no title at all is said."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.readers.bibtex import read

TITLED = [
    # (entry, title, host)
    (
        "@proceedings{w19, editor = {Marsh, Ada}, year = {2019},\n"
        "  booktitle = {Proceedings of the Ninth Workshop on Tidal Sensors}}",
        "Proceedings of the Ninth Workshop on Tidal Sensors",
        None,
    ),
    (
        "@inbook{c7, author = {Lind, Oskar}, year = {2011},\n"
        "  chapter = {Sediment Transport in Narrow Estuaries}, booktitle = {Coastal Dynamics}}",
        "Sediment Transport in Narrow Estuaries",
        "Coastal Dynamics",
    ),
    (
        "@incollection{k3, author = {Ruiz, Pia}, title = {}, year = {2004},\n"
        "  booktitle = {Handbuch der Küstenforschung}}",
        "Handbuch der Küstenforschung",
        None,
    ),
    (
        "@mvbook{m1, author = {Okafor, Chidi}, maintitle = {Histories of the Delta}, year = 1999}",
        "Histories of the Delta",
        None,
    ),
    (
        "@collection{c2, editor = {Berg, Ina}, title = {{}}, year = {2001},\n"
        "  booktitle = {Estudios sobre el litoral}}",
        "Estudios sobre el litoral",
        None,
    ),
    (  # no chapter: the book's title
        "@inbook{c8, author = {Sato, Yui}, booktitle = {河口の地形学}, year = 2015}",
        "河口の地形学",
        None,
    ),
]


@pytest.mark.parametrize(("bib", "title", "host"), TITLED)
def test_titled_by_book_or_chapter(bib: str, title: str, host: str | None) -> None:
    doc = read(bib)
    ref = doc.literature[0].reference
    assert ref is not None
    assert (ref.title, ref.host) == (title, host)
    assert not [a for a in ref.anomalies if a.code is AnomalyCode.TITLE_MISSING]


UNTITLED = [
    ("@collection{col2, editor = {Berg, Ina}, title = {{}}, year = {2001}}", "col2"),
    ("@proceedings{p0, editor = {Kim, Jae}, year = {2020}, publisher = {IEEE}}", "p0"),
    ("@inbook{ib1, author = {Novak, Jan}, year = 1990, publisher = {Academia}}", "ib1"),
    ("@book{b9, author = {Moreau, Lise}, title = {  }, year = 2003}", "b9"),
]


def test_numbered_chapter_is_no_copy_of_its_book() -> None:
    ref = read(
        "@inbook{c9, author = {Novak, Jan}, chapter = {9}, booktitle = {Lakes}, year = 1990}"
    )
    part = ref.literature[0].reference
    assert part is not None
    assert (part.title, part.host) == (None, "Lakes")
    assert not [a for a in part.anomalies if a.code is AnomalyCode.TITLE_MISSING]


@pytest.mark.parametrize(("bib", "key"), UNTITLED)
def test_no_title_is_said(bib: str, key: str) -> None:
    ref = read(bib).literature[0].reference
    assert ref is not None
    notes = [a for a in ref.anomalies if a.code is AnomalyCode.TITLE_MISSING]
    assert len(notes) == 1
    assert repr(key) in notes[0].message
