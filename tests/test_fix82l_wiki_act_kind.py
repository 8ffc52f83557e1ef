"""An act cited with a web template ({{cite web}}, {{Cita web}}, {{lien web}}) by its short
title and year or its designation is a ``report``, as an act cited otherwise is (round 82,
fix82l: :func:`.wikicite._act_titled`); a page about an act, or any other page, stays a web page.

Invented titles and addresses.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from tests.growth import growth


def _template(name: str, **params: str) -> CiteTemplate:
    values = {k.replace("_", "-"): v for k, v in params.items()}
    return CiteTemplate(name, values, {k: 3 for k in values}, "{{...}}", 3, 3)


_CASES = [
    ("cite web", "Athletics Act, 2016 (No. 12 of 2016)", RefKind.REPORT),
    ("cite web", "Physical Activity Act 2019", RefKind.REPORT),
    ("cite web", "Sport and Recreation Act 120 of 1998", RefKind.REPORT),
    ("Cite web", "Sport (Amendment) Regulations 2021", RefKind.REPORT),
    ("cita web", "Ley 7/2021, de 12 de mayo, de la Actividad Física", RefKind.REPORT),
    ("lien web", "Loi n° 2021-812 du 24 juin 2021 relative au sport", RefKind.REPORT),
    # near-misses: a page about an act, other pages
    ("cite web", "Guide to the Physical Activity Act 2019", RefKind.WEB),
    ("cite web", "Commentary on the Athletics Act 2016", RefKind.WEB),
    ("cite web", "Marathon – women – all-time list", RefKind.WEB),
    ("cite web", "Why the new sports act matters", RefKind.WEB),
    ("cite web", "Results 2019", RefKind.WEB),
]


@pytest.mark.parametrize(("name", "title", "kind"), _CASES)
def test_an_act_on_a_web_page_is_a_report(name: str, title: str, kind: RefKind) -> None:
    template = _template(
        name, title=title, url="https://laws.example.org/act.pdf", access_date="2025-08-20"
    )
    assert cite_reference(template).kind is kind


def test_a_book_about_an_act_stays_a_book() -> None:
    template = _template(
        "cite book", title="Commentary on the Athletics Act 2016", publisher="Lakeside Press",
        year="2018",
    )  # fmt: skip
    assert cite_reference(template).kind is RefKind.BOOK


@pytest.mark.parametrize("unit", ["Guide ", "Act 2019 ", "The ", "Notes, "])
def test_linear(unit: str) -> None:
    from bibcheck.parse.references.wikicite import _act_titled

    assert growth(lambda n: _act_titled(unit * n + "Act 2019"), 200, 800) < 6
