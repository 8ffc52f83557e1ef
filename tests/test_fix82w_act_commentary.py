"""A work titled after a law (round 82): a person's book, article or chapter whose title opens
with an act's designation and goes on in words of its own ("… in practice", "… kommentiert",
"… dix ans après", "… në praktikë") is theirs, read as its imprint says, no act's ``report``
(:mod:`bibcheck.parse.references.act_commentary`); the act cited by its designation -- no
person as author, a body as author, the designation the whole title, its own date, subject
or gazette after it -- stays a report.  Invented examples in several languages."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.act_commentary import about_act, personal_author
from tests.growth import growth
from tests.test_regex_growth import assert_linear


def _read(text: str, *, note: bool = False) -> Reference:
    return parse_reference(text, (1,), detect_styles=True, note=note)


WORKS = [
    # Albanian, a quoted title in a note-like entry, no publisher
    ("B. Krasniqi, «Ligji nr. 44/2015 në praktikë», Tiranë, 2021.", False),
    # Spanish, APA with a publisher that names no press
    ("Ortega, L. (2017). Ley 39/2015 en la práctica. Madrid: Tecnos.", False),
    # ... an inverted name with a given name written out
    ("Serrano Gil, Marta. Ley 9/2017 en la práctica contractual. Sevilla, 2020.", False),
    # German, French and Polish: in practice, ten years after
    ("Becker, T. (2022). Verordnung 14/2018 in der Praxis. Hamburg.", False),
    ("Lefèvre, C. Loi n° 2010-737 dix ans après. Lyon, 2020.", False),
    ("Nowak, P. (2021). Ustawa 7/2015 w praktyce sądowej. Poznań.", False),
    # Italian and German commentaries: a subtitle after a colon, a participle after a date
    ("Rinaldi, M. Legge 241/1990: commento. Bologna, 2011.", False),
    ("Weber, K. (2020). Gesetz vom 3. Mai 2019 kommentiert. München.", False),
    # (a commentary's words before the act: no act at the title's head, before and after)
    ("Weber, K. (2020). Kommentar zum Gesetz vom 3. Mai 2019. München.", False),
    # Kosovo's act numbered by its legislature, a commentary's title
    ("Gashi, D. (2022). Ligji Nr. 05/L-131 në praktikë. Prishtinë: Kolegji AAB.", False),
    # in a note too
    ("Ortega, L., Ley 39/2015 en la práctica, Madrid, Tecnos, 2017, p. 12.", True),
]


@pytest.mark.parametrize(("text", "note"), WORKS)
def test_work_about_an_act_is_no_report(text: str, note: bool) -> None:
    ref = _read(text, note=note)
    assert ref.kind is not RefKind.REPORT
    assert ref.authors


ACTS = [
    # no author: the act by its designation, date and subject
    ("Ley 40/2015, de 1 de octubre, de Régimen Jurídico del Sector Público, art. 3.", True),
    ("Ligji Nr. 05/L-131 për Mbrojtjen e Pyjeve, 2017.", False),
    # a body as author, a gazette after it
    (
        "Jefatura del Estado. Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo"
        " Común. BOE núm. 236, 2015.",
        False,
    ),
    # a person's name before the act, the designation the whole title
    ("Krasniqi, B. (2020). Ligji nr. 44/2015. Tiranë.", False),
    # a person before the act, its own date and subject after the designation
    (
        "Ortega, L. (2016). Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo"
        " Común. Madrid.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "note"), ACTS)
def test_act_stays_report(text: str, note: bool) -> None:
    assert _read(text, note=note).kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("title", "authors", "expected"),
    [
        ("Ley 39/2015 en la práctica", ("Ortega, L.",), True),
        ("Ligji nr. 44/2015 në praktikë", ("B. Krasniqi",), True),
        ("Legge 241/1990 trent'anni dopo", ("Rinaldi MG",), True),
        ("Gesetz vom 3. Mai 2019 kommentiert", ("Becker, T.", "Wolf, A."), True),
        # the act's own words after its designation
        ("Ligji nr. 44/2015 për Mbrojtjen e Dëshmitarëve", ("B. Krasniqi",), False),
        ("Ley 39/2015, de 1 de octubre", ("Ortega, L.",), False),
        ("Ustawa 7/2015 w sprawie odpadów", ("Nowak, P.",), False),
        ("Ley 39/2015", ("Ortega, L.",), False),
        # a body, a jurisdiction or a misread designation as the author
        ("Ley 39/2015 en la práctica", ("Ministerio de Justicia",), False),
        ("Ley 39/2015 en la práctica", ("España",), False),
        ("06/L-084 për Pyjet", ("Ligji Nr",), False),
        ("Ley 39/2015 en la práctica", (), False),
        # no act at the title's head
        ("La práctica administrativa", ("Ortega, L.",), False),
    ],
)
def test_about_act(title: str, authors: tuple[str, ...], expected: bool) -> None:
    assert about_act(title, authors) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ortega, L.", True),
        ("Serrano Gil, Marta", True),
        ("B. Krasniqi", True),
        ("J.-P. Lefèvre", True),
        ("Rinaldi MG", True),
        ("Иванов, И.", True),
        ("Ligji Nr", False),
        ("Law No", False),
        ("Ministerio de Justicia", False),
        ("Kuvendi i Republikës së Kosovës", False),
    ],
)
def test_personal_author(name: str, expected: bool) -> None:
    assert personal_author(name) is expected


@pytest.mark.parametrize("unit", ["A. ", "Ab ", "Ab-", "Ab, ", "a "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: personal_author(unit * n + "Z"), 100, 400) < 6
    assert growth(lambda n: about_act("Ley 39/2015 " + unit * n, ("Ortega, L.",)), 100, 400) < 6
    assert_linear(personal_author, lambda n: "A. " * (n // 3) + "Hoxha")
    assert_linear(
        lambda s: about_act(s, ("Ortega, L.",)), lambda n: "Ley 39/2015 " + "en " * (n // 3)
    )
