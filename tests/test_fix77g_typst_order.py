"""Typst sorts a list's names as its engine, hayagriva, does.

hayagriva reads a ``.bib`` name's lower-case particle ("de", "van der") as biblatex's
"von" part and always sorts it after the given names ("de Vries" under V), whatever the
style's ``demote-non-dropping-particle`` says (a ``.csl`` file's ``never`` too).  A
capitalised particle that opens the family name ("Van Tassel") is demoted too unless the
style's attribute is ``never`` (round 78, see :mod:`bibcheck.readers.typstorder`).  Every name and title here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.readers import ReadOptions
from bibcheck.readers import typst as reader
from bibcheck.readers.hayagrivanames import sort_parts
from bibcheck.readers.listorder import BY_AUTHOR, ListSort
from bibcheck.readers.typstorder import typst_sort

PARTS = [
    # (name, demote, parts in sort order)
    ("de Vries, Anna", True, ["Vries", "Anna", "de", ""]),
    ("de Vries, Anna", False, ["Vries", "Anna", "de", ""]),
    ("van der Berg, Kees", False, ["Berg", "Kees", "van der", ""]),
    ("De la Torre, Inés", True, ["Torre", "Inés", "De la", ""]),
    ("Van Tassel, Erik", True, ["Tassel", "Erik", "", "Van"]),
    ("Van Tassel, Erik", False, ["Van Tassel", "Erik", "", ""]),
    ("Di Marco, Lucia", True, ["Marco", "Lucia", "", "Di"]),
    ("Van Der Linden, Pim", True, ["Linden", "Pim", "", "Van Der"]),
    ("Morales Soto, Ana", True, ["Morales Soto", "Ana", "", ""]),
    ("The Harbour Trust", True, ["Harbour Trust"]),
    ("Harbour Trust", True, ["Harbour Trust"]),
    ("{Van Tassel}, Erik", True, ["Tassel", "Erik", "", "Van"]),
]


@pytest.mark.parametrize(("name", "demote", "want"), PARTS)
def test_sort_parts(name: str, demote: bool, want: list[str]) -> None:
    assert sort_parts(name, demote) == want


STYLES = [
    # (style as the document names it, sorted by name?, a capitalised particle in front?)
    ("american-meteorological-society", True, False),  # sort-only: demoted
    ("ieee", False, False),  # citation order
    ("apa", True, True),  # never
    ("chicago-author-date", True, False),  # no attribute: display-and-sort
    ("nature", False, False),
]


@pytest.mark.parametrize(("style", "by_name", "keep"), STYLES)
def test_named_styles(style: str, by_name: bool, keep: bool) -> None:
    found = typst_sort(style, None)
    assert found.cited is (not by_name)
    if by_name:
        assert found.hayagriva
        assert found.use_prefix is keep
    assert isinstance(BY_AUTHOR, ListSort)


BIB = """\
@book{pauw2011, author = {Pauw, Carla}, title = {Tidal Flats}, year = {2011}}
@book{devries2015, author = {de Vries, Anna}, title = {Peat and Polders}, year = {2015}}
@book{dekker2019, author = {Dekker, Bram}, title = {Dune Grasses}, year = {2019}}
@book{vantassel2008, author = {Van Tassel, Erik}, title = {Hudson Marshes}, year = {2008}}
@book{ulrich2013, author = {Ulrich, Hanne}, title = {Salt Meadows}, year = {2013}}
"""
BODY = "= Coasts\n\nPeat @devries2015, dunes @dekker2019, flats @pauw2011.\n"
BODY2 = "= Coasts\n\nMarshes @vantassel2008, meadows @ulrich2013, flats @pauw2011.\n"
NEVER_CSL = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
 demote-non-dropping-particle="never">
  <info><title>Coastal Letters</title><id>coastal-letters</id></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <sort><key variable="author"/><key variable="issued"/></sort>
    <layout><text variable="title"/></layout>
  </bibliography>
</style>
"""

DOCS = [
    # (style argument, .csl file or None, body, printed order)
    # a .csl file that never demotes: a lower-case particle still sorts after the given
    # names in Typst ("de Vries" under V)
    ('"coastal.csl"', NEVER_CSL, BODY, ["dekker2019", "pauw2011", "devries2015"]),
    # a capitalised particle is demoted by a sort-only style: "Van Tassel" under T (round
    # 78, see typstorder), kept in front by APA (never)
    (
        '"american-meteorological-society"',
        None,
        BODY2,
        ["pauw2011", "vantassel2008", "ulrich2013"],
    ),
    ('"apa"', None, BODY2, ["pauw2011", "ulrich2013", "vantassel2008"]),
    # a lower-case particle under a demoting style: under V
    ('"chicago-author-date"', None, BODY, ["dekker2019", "pauw2011", "devries2015"]),
]


@pytest.mark.parametrize(("style", "csl", "body", "want"), DOCS)
def test_printed_order(
    tmp_path: Path, style: str, csl: str | None, body: str, want: list[str]
) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    if csl is not None:
        (tmp_path / "coastal.csl").write_text(csl, encoding="utf-8")
    text = f'{body}\n#bibliography("refs.bib", style: {style})\n'
    path = tmp_path / "main.typ"
    path.write_text(text, encoding="utf-8")
    doc = reader.read_opts(text, str(path), ReadOptions())
    assert [n.label for n in doc.literature] == want
