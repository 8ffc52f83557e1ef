"""German Wikipedia's citation templates read by what their parameters mean there:
``{{Literatur}}``'s ``Hrsg=`` names the editors (of the volume, or of the ``Sammelwerk``
that holds a chapter), never the publisher (``{{Internetquelle}}``'s ``hrsg=`` is the
site's publisher); a ``Sammelwerk`` with editors or an ISBN is a book holding a chapter,
without them a periodical; ``Spalten=`` are the pages of a work printed in columns; an act
cited by its dated title (``Gesetz, betreffend … vom 30. Juni 1900``) is dated by it; the
short note German articles write for a work cited in full before (``Name: *Titel.* 1990,
S. 4.``) repeats that work.
(:mod:`bibcheck.parse.references.wikicite`, :mod:`.acts`, :mod:`.repeat`)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references.acts import act
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from tests.test_regex_growth import assert_linear


def template(name: str, **params: str) -> CiteTemplate:
    values = {k.lower(): v for k, v in params.items()}
    return CiteTemplate(name, values, {k: 3 for k in values}, "{{...}}", 3, 3)


CASES = [
    pytest.param(
        "literatur",
        {
            "Hrsg": "Ida Brenner, Karl Ost",
            "Titel": "Mühlen am Main",
            "Verlag": "Echter",
            "Ort": "Würzburg",
            "Jahr": "2004",
        },
        {
            "kind": RefKind.BOOK,
            "authors": ("Ida Brenner", "Karl Ost"),
            "publisher": "Echter",
            "year": 2004,
        },
        id="edited-volume-by-its-editors",
    ),
    pytest.param(
        "literatur",
        {"Hrsg": "Ida Brenner", "Titel": "Mühlen am Main", "Ort": "Würzburg", "Jahr": "2004"},
        {"kind": RefKind.BOOK, "authors": ("Ida Brenner",), "publisher": None},
        id="editors-are-no-publisher",
    ),
    pytest.param(
        "literatur",
        {
            "Autor": "Paul Wend",
            "Titel": "Die Walkmühle",
            "Hrsg": "Ida Brenner",
            "Sammelwerk": "Mühlen am Main",
            "Verlag": "Echter",
            "Ort": "Würzburg",
            "Jahr": "2004",
            "Seiten": "12–30",
        },
        {
            "kind": RefKind.CHAPTER,
            "authors": ("Paul Wend",),
            "host": "Mühlen am Main",
            "publisher": "Echter",
            "pages": "12–30",
        },
        id="chapter-in-edited-sammelwerk",
    ),
    pytest.param(
        "literatur",
        {
            "Autor": "Paul Wend",
            "Titel": "Die Walkmühle",
            "Sammelwerk": "Festschrift für Ida Brenner",
            "ISBN": "978-3-429-01234-5",
            "Jahr": "2004",
        },
        {"kind": RefKind.CHAPTER, "host": "Festschrift für Ida Brenner"},
        id="chapter-sammelwerk-with-isbn",
    ),
    pytest.param(
        "literatur",
        {
            "Autor": "Paul Wend",
            "Titel": "Die Walkmühle",
            "Sammelwerk": "Mainfränkisches Jahrbuch",
            "Band": "56",
            "Jahr": "2004",
            "Seiten": "12–30",
        },
        {"kind": RefKind.ARTICLE, "host": "Mainfränkisches Jahrbuch", "volume": "56"},
        id="article-in-periodical",
    ),
    pytest.param(
        "literatur",
        {
            "Autor": "Paul Wend",
            "Titel": "Walkmühle",
            "Sammelwerk": "Handwörterbuch der Müllerei",
            "Hrsg": "Ida Brenner",
            "Jahr": "1911",
            "Spalten": "402–405",
        },
        {"kind": RefKind.CHAPTER, "pages": "402–405"},
        id="columns-as-pages",
    ),
    pytest.param(
        "internetquelle",
        {
            "url": "https://recht.example.de/seuchen_1894",
            "titel": "Verordnung, betreffend die Einfuhr von Lumpen vom 12. März 1894",
            "hrsg": "Archiv des Reichsrechts",
            "abruf": "2024-05-03",
        },
        # (an act on a web page is a report, as an act cited otherwise is: round 82, fix82l)
        {"year": 1894, "publisher": "Archiv des Reichsrechts", "kind": RefKind.REPORT},
        id="act-dated-by-its-title",
    ),
    pytest.param(
        "literatur",
        {"Titel": "Gesetz über das Mühlenwesen vom 5. Juli 1927", "Sammelwerk": "RGBl. I"},
        {"year": 1927},
        id="act-in-literatur-dated-by-its-title",
    ),
    pytest.param(
        "internetquelle",
        {
            "url": "https://recht.example.de/seuchen",
            "titel": "Seuchengesetz",
            "datum": "2019-04-01",
        },
        {"year": 2019},
        id="dated-page-keeps-its-date",
    ),
]


@pytest.mark.parametrize(("name", "params", "expected"), CASES)
def test_german_template_fields(
    name: str, params: dict[str, str], expected: dict[str, object]
) -> None:
    ref = cite_reference(template(name, **params))
    for field, value in expected.items():
        assert getattr(ref, field) == value, field


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("Gesetz, betreffend die Bekämpfung der Reblaus vom 6. Juli 1904", "1904"),
        ("Verordnung, betreffend den Mühlenbetrieb, vom 3.4.1912", "1912"),
    ],
)
def test_act_with_comma_after_its_designation(title: str, year: str) -> None:
    found = act(title)
    assert found is not None and found[1] == year


FULL = (
    "{{Literatur |Autor=Ida Brenner |Titel=Die Mühlen am Main |Verlag=Echter "
    "|Ort=Würzburg |Datum=1998 |Seiten=4–9}}"
)


@pytest.mark.parametrize(
    ("short", "target"),
    [
        ("Brenner: *Die Mühlen am Main.* 1998, S. 12.", 0),
        ("Brenner: Die Mühlen am Main. 1998, S. 12 f.", 0),
        ("Brenner: *Die Mühlen am Main*, S. 40–42.", 0),
        # (another edition: the year differs)
        ("Brenner: *Die Mühlen am Main.* 2011, S. 12.", None),
        # (another work of the author)
        ("Brenner: *Die Flößerei am Main.* 1998, S. 12.", None),
    ],
)
def test_german_short_note_repeats_the_full_note(short: str, target: int | None) -> None:
    found = find_repeats([FULL, "Vgl. Paul Wend: Die Walkmühle. Echter, Würzburg 2004.", short])
    rep = found[2]
    assert (rep.target if rep else None) == target


PAGE = """\
Die Mühle wurde 1730 gebaut.<ref name="b">{{Literatur |Autor=Ida Brenner \
|Titel=Die Mühlen am Main |Verlag=Echter |Ort=Würzburg |Datum=1998 |Seiten=4–9}}</ref> \
Sie brannte 1802 ab.<ref>Brenner: ''Die Mühlen am Main.'' 1998, S. 12.</ref>

== Einzelnachweise ==
<references />
"""


def test_short_note_takes_the_fields_of_the_work() -> None:
    doc = parse_bytes(PAGE.encode(), "page.wiki")
    short = doc.footnotes[1].reference
    assert (short.kind, short.title, short.year, short.publisher) == (
        RefKind.BOOK,
        "Die Mühlen am Main",
        1998,
        "Echter",
    )


@pytest.mark.parametrize(
    "note",
    [
        lambda n: "Brenner: " + "Mühlen " * (n // 7) + "1998, S. 4.",
        lambda n: "A: " + "b. " * (n // 3) + "S.",
    ],
)
def test_long_short_notes_are_linear(note: Callable[[int], str]) -> None:
    assert_linear(lambda text: find_repeats([FULL, text]), note)
