"""Typst lists: a capitalised particle sorts as hayagriva sorts it.

hayagriva (Typst's engine) sorts a name ``Family, Given particle``: a capitalised particle
opening the family name ("Le Roux", "Van Damme") is demoted -- under R, under D -- unless
the style's ``demote-non-dropping-particle`` is ``never`` (APA, MLA: under L, under V); a
lower-case particle ("de Vries") and a particle ending in a lower-case word ("Van der
Meulen", "De la Cruz", biblatex's "von" part) sort after the given names in every style.
See :mod:`bibcheck.readers.typstorder` for the evidence.  Every name and title here is
written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.readers import ReadOptions
from bibcheck.readers import typst as reader
from bibcheck.readers.hayagrivanames import sort_parts
from bibcheck.readers.typstorder import typst_sort

NEVER_CSL = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
 demote-non-dropping-particle="never">
  <info><title>Estuary Letters</title><id>estuary-letters</id></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <sort><key macro="author"/><key variable="issued"/></sort>
    <layout><text variable="title"/></layout>
  </bibliography>
  <macro name="author"><names variable="author"><name/></names></macro>
</style>
"""
# no demote-non-dropping-particle: CSL's default, display-and-sort
DEFAULT_CSL = NEVER_CSL.replace(' demote-non-dropping-particle="never"', "")
SORT_ONLY_CSL = NEVER_CSL.replace('"never"', '"sort-only"')

KEYS = [
    # (name as the entry gives it, style, .csl text or None, parts in sort order)
    # a capitalised particle: demoted by a style without the attribute (Chicago) ...
    ("Le Roux, Yann", "chicago-author-date", None, ["Roux", "Yann", "", "Le"]),
    ("Van Damme, Jef", "chicago-notes", None, ["Damme", "Jef", "", "Van"]),
    # ... and by a sort-only style
    ("Le Roux, Yann", "american-meteorological-society", None, ["Roux", "Yann", "", "Le"]),
    ("Di Stefano, Carla", "harvard-cite-them-right", None, ["Stefano", "Carla", "", "Di"]),
    # kept in front by a style that never demotes
    ("Le Roux, Yann", "apa", None, ["Le Roux", "Yann", "", ""]),
    ("Van Damme, Jef", "mla", None, ["Van Damme", "Jef", "", ""]),
    ("Le Roux, Yann", "modern-language-association", None, ["Le Roux", "Yann", "", ""]),
    ("Le Roux, Yann", "apa.csl", None, ["Le Roux", "Yann", "", ""]),  # a copy, not at hand
    # a .csl file at hand: its attribute decides, whatever its name
    ("Di Stefano, Carla", "estuary.csl", NEVER_CSL, ["Di Stefano", "Carla", "", ""]),
    ("Di Stefano, Carla", "estuary.csl", DEFAULT_CSL, ["Stefano", "Carla", "", "Di"]),
    ("Di Stefano, Carla", "estuary.csl", SORT_ONLY_CSL, ["Stefano", "Carla", "", "Di"]),
    ("Di Stefano, Carla", "apa.csl", DEFAULT_CSL, ["Stefano", "Carla", "", "Di"]),
    # several capitalised particle words: the longest run on the list
    ("Van Der Linden, Pim", "chicago-author-date", None, ["Linden", "Pim", "", "Van Der"]),
    ("Van Der Linden, Pim", "apa", None, ["Van Der Linden", "Pim", "", ""]),
    # a particle ending in a lower-case word is the name's prefix: after the given names
    # in every style
    ("Van der Meulen, Joost", "apa", None, ["Meulen", "Joost", "Van der", ""]),
    ("De la Cruz, Marisol", "mla", None, ["Cruz", "Marisol", "De la", ""]),
    ("De la Cruz, Marisol", "chicago-author-date", None, ["Cruz", "Marisol", "De la", ""]),
    ("de Vries, Anna", "apa", None, ["Vries", "Anna", "de", ""]),
    ("de Vries, Anna", "chicago-author-date", None, ["Vries", "Anna", "de", ""]),
    # a name that merely begins like a particle is not split
    ("Lee, Dana", "chicago-author-date", None, ["Lee", "Dana", "", ""]),
    ("Dean, Ruth", "chicago-author-date", None, ["Dean", "Ruth", "", ""]),
    ("Vance, Owen", "chicago-author-date", None, ["Vance", "Owen", "", ""]),
    ("Delgado Ruiz, Ana", "chicago-author-date", None, ["Delgado Ruiz", "Ana", "", ""]),
    ("Lafleur Dubois, Marc", "chicago-author-date", None, ["Lafleur Dubois", "Marc", "", ""]),
    # an organisation: never split, a leading article dropped
    ("Le Verger Cooperative", "chicago-author-date", None, ["Le Verger Cooperative"]),
    ("The Tidewater Trust", "chicago-author-date", None, ["Tidewater Trust"]),
]


@pytest.mark.parametrize(("name", "style", "csl", "want"), KEYS)
def test_sort_key(name: str, style: str, csl: str | None, want: list[str]) -> None:
    sort = typst_sort(style, csl)
    assert sort.hayagriva
    assert sort_parts(name, not sort.use_prefix) == want


@pytest.mark.parametrize(
    ("style", "keep"),
    [
        ("chicago-author-date", False),
        ("chicago-notes", False),
        ("american-meteorological-society", False),
        ("apa", True),
        ("american-psychological-association", True),
        ("mla", True),
        ("elsevier-harvard", True),
        ("springer-basic-author-date", True),
    ],
)
def test_named_style_particle(style: str, keep: bool) -> None:
    sort = typst_sort(style, None)
    assert not sort.cited
    assert sort.use_prefix is keep


def test_numeric_style_keeps_citation_order() -> None:
    assert typst_sort("ieee", None).cited


YML = """\
roux2011:
  type: book
  title: Salt Marsh Birds
  author: Le Roux, Yann
  date: 2011
mercier2015:
  type: article
  title: Oyster Beds of the Bay
  author: Mercier, Odile
  date: 2015
  parent:
    type: periodical
    title: Coastal Notes
sauvage2009:
  type: book
  title: Dune Flora
  author: Sauvage, Paul
  date: 2009
lambert2018:
  type: book
  title: Tide Mills
  author: Lambert, Claire
  date: 2018
damme2004:
  type: book
  title: Polder Dikes
  author: Van Damme, Jef
  date: 2004
"""
BIB = """\
@book{roux2011, author = {Le Roux, Yann}, title = {Salt Marsh Birds}, year = {2011}}
@book{mercier2015, author = {Mercier, Odile}, title = {Oyster Beds}, year = {2015}}
@book{sauvage2009, author = {Sauvage, Paul}, title = {Dune Flora}, year = {2009}}
@book{lambert2018, author = {Lambert, Claire}, title = {Tide Mills}, year = {2018}}
@book{damme2004, author = {Van Damme, Jef}, title = {Polder Dikes}, year = {2004}}
"""
BODY = (
    "= Shores\n\nBirds @roux2011 and oysters @mercier2015; dunes @sauvage2009,\n"
    "mills @lambert2018 and dikes @damme2004.\n"
)
DEMOTED = ["damme2004", "lambert2018", "mercier2015", "roux2011", "sauvage2009"]
KEPT = ["lambert2018", "roux2011", "mercier2015", "sauvage2009", "damme2004"]

DOCS = [
    # (bibliography file, style argument, .csl file or None, printed order)
    ("refs.yml", '"chicago-author-date"', None, DEMOTED),
    ("refs.yml", '"apa"', None, KEPT),
    ("refs.bib", '"chicago-author-date"', None, DEMOTED),
    ("refs.bib", '"mla"', None, KEPT),
    ("refs.yml", '"estuary.csl"', NEVER_CSL, KEPT),
    ("refs.yml", '"estuary.csl"', DEFAULT_CSL, DEMOTED),
]


@pytest.mark.parametrize(("bib", "style", "csl", "want"), DOCS)
def test_printed_order(
    tmp_path: Path, bib: str, style: str, csl: str | None, want: list[str]
) -> None:
    (tmp_path / bib).write_text(YML if bib.endswith(".yml") else BIB, encoding="utf-8")
    if csl is not None:
        (tmp_path / "estuary.csl").write_text(csl, encoding="utf-8")
    text = f'{BODY}\n#bibliography("{bib}", style: {style})\n'
    path = tmp_path / "main.typ"
    path.write_text(text, encoding="utf-8")
    doc = reader.read_opts(text, str(path), ReadOptions())
    assert [n.label for n in doc.literature] == want
