"""A body's name before the year, not its title; an act under its legislature a report
(round 81, heldout68's Icelandic theatre list).

* ``Body – Unit. Year. *Title*. URL``: a body's name with its unit after a spaced dash, or a
  name no rule knows as a body's (``Bibliothèque nationale de France``), was taken for the
  title while the italic title after the year was lost; the head is the author
  (:func:`.lowercase_body.head_for_title`, :mod:`.body_year`).
* ``Legislature. Year. *Act*. URL``: the act's designation opening the title makes the entry
  a report (:func:`.legal_kind.legal_kind`), Iceland's compound ``…lög nr. 123/2010`` too
  (:mod:`.nordic_acts`).
"""

from __future__ import annotations

import functools

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.growth import growth

_READ = functools.partial(parse_reference, line_starts=[0], detect_styles=True)


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Þjóðminjasafn Íslands – Rannsóknadeild. 2023. _Sarpur_. Sótt 2. mars 2025 af "
            "https://sarpur.example.is/.",
            "Þjóðminjasafn Íslands – Rannsóknadeild",
            "Sarpur",
        ),
        (
            "Bibliothèque nationale de France. 2024. _Gallica_. https://gallica.example.fr/.",
            "Bibliothèque nationale de France",
            "Gallica",
        ),
        (
            "Universität Wien — Institut für Theaterwissenschaft. 2022. *Theaterzettel "
            "digital*. https://zettel.example.at/.",
            "Universität Wien — Institut für Theaterwissenschaft",
            "Theaterzettel digital",
        ),
    ],
    ids=["icelandic-dash", "french-lowercase", "german-em-dash"],
)
def test_the_body_before_the_year_is_the_author(text: str, author: str, title: str) -> None:
    ref = _READ(text)
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.kind is RefKind.WEB


@pytest.mark.parametrize(
    ("text", "author", "title", "kind"),
    [
        (
            "Statistisk sentralbyrå. 1980. Boligtelling 1975. Oslo: SSB.",
            "Statistisk sentralbyrå",
            "Boligtelling 1975",
            RefKind.BOOK,
        ),
        (
            "Carlson, Marvin. 2001. _The Haunted Stage_. Ann Arbor: University of Michigan Press.",
            "Carlson, Marvin",
            "The Haunted Stage",
            RefKind.BOOK,
        ),
        (
            "Sveinn Einarsson. 2012. _Leiklist á Íslandi_. Reykjavík: Mál og menning.",
            "Sveinn Einarsson",
            "Leiklist á Íslandi",
            RefKind.BOOK,
        ),
        # (a commentary on an act, with its publisher: a book still)
        (
            "Páll Jónsson. 2020. _Umferðarlög nr. 77/2019: Skýringarrit_. Reykjavík: Codex.",
            "Páll Jónsson",
            "Umferðarlög nr. 77/2019: Skýringarrit",
            RefKind.BOOK,
        ),
    ],
)
def test_other_heads_stay(text: str, author: str, title: str, kind: RefKind) -> None:
    ref = _READ(text)
    assert ref.authors == (author,)
    assert ref.title == title
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Alþingi. 2010. _Skipulagslög nr. 123/2010_. https://althingi.example.is/2010123.",
            "Skipulagslög nr. 123/2010",
            2010,
        ),
        (
            "Alþingi. 2006. _Lög nr. 116/2006 um stjórn fiskveiða_. "
            "https://althingi.example.is/2006116.",
            "Lög nr. 116/2006 um stjórn fiskveiða",
            2006,
        ),
        (
            "Eduskunta. 2021. _Eläintautilaki 76/2021_. https://finlex.example.fi/20210076.",
            "Eläintautilaki 76/2021",
            2021,
        ),
        (
            "Folketinget. 2017. _Lov nr. 1460 af 19. december 2017 om dyrevelfærd_. "
            "https://retsinformation.example.dk/1460.",
            "Lov nr. 1460 af 19. december 2017 om dyrevelfærd",
            2017,
        ),
    ],
    ids=["icelandic-compound", "icelandic-log", "finnish-named", "danish-lov"],
)
def test_an_act_under_its_legislature_is_a_report(text: str, title: str, year: int) -> None:
    ref = _READ(text)
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is RefKind.REPORT


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Aaa " * 11 + "– " + "Bbb " * 11 + "Ccc – " * n + "2020. _T_.",
        lambda n: "Aaa Bbb – Ccc. 2020. " + "_" * n + "x",
        lambda n: "Alþingi. 2010. _" + "Skipulagslög nr. " * n + "123/2010_.",
    ],
    ids=["dashed-heads", "underscores", "compound-runs"],
)
def test_linear_heads_and_acts(make) -> None:  # type: ignore[no-untyped-def]
    assert growth(lambda n: _READ(make(n)), 8, 32) < 6
