"""Fix 38t: where a reference's title ends, in every reader (own entries, written in the
patterns of council reports, standards lists, project deliverables, GOST 7.1 / ДСТУ 8302
entries and clinical guidelines):

* a report's addressee, a standard's designation, a project and its grant number after the
  title and a comma are no part of it (:mod:`bibcheck.parse.references.title_tails`);
* a standard's designation before the title is no part of it, for the bodies of North
  America, Japan, Australia and Turkey too ("ASCE/SEI 41-17, Title");
* GOST's other title information that is a genre (": крат. стат. сб."), a statement of
  responsibility naming a body before GOST's URL label ("Title / IFLA. URL: …"), a body's
  heading of one word in a body's shape ("Росстат. Title") are outside the title, and a
  year before the material designation ("Title. 2022 [Электронный ресурс]") inside it;
* a collective author whose name holds a colon ("Kidney Disease: Improving Global Outcomes
  (KDIGO) … Work Group. Title. Journal …") is the author, not the title; a Nature article
  by a collective author ("The … Collaborative Group. Title. J. 1, 2 (2020).") an article.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import nature, parse_reference
from bibcheck.parse.references.group_heading import masked_heading
from bibcheck.parse.references.title_tails import without_tail
from tests.test_regex_growth import assert_linear


def _read(text: str, *, note: bool = False) -> tuple[str | None, tuple[str, ...]]:
    ref = parse_reference(text, [1] * (text.count("\n") + 1), detect_styles=True, note=note)
    return ref.title, ref.authors


TAILS = [
    # (title as read, title)
    ("Bus lane review: options, report to the Transport Committee", "Bus lane review: options"),
    ("Library strategy 2030, a report for the Culture Board", "Library strategy 2030"),
    ("Parkraumkonzept Innenstadt, Bericht an den Stadtrat", "Parkraumkonzept Innenstadt"),
    ("Plan vélo, rapport au Conseil municipal", "Plan vélo"),
    ("Plan de movilidad, informe a la Junta de Gobierno", "Plan de movilidad"),
    ("Piano del verde, relazione al Consiglio comunale", "Piano del verde"),
    ("Radio equipment for alarms, ETSI EN 300 330 V2.1.1", "Radio equipment for alarms"),
    ("Quality management systems, ISO 9001:2015", "Quality management systems"),
    (
        "Fatigue of welded decks: guidance, Bridge fatigue monitoring project, RFCS-CT-2012-00045",
        "Fatigue of welded decks: guidance",
    ),
    ("Soil carbon survey, grant agreement No. 862695", "Soil carbon survey"),
    # no tail: as they were
    ("Reports to the Board, 1900–1950", "Reports to the Board, 1900–1950"),
    ("Cities, towns and villages", "Cities, towns and villages"),
    ("The Manhattan Project, a history", "The Manhattan Project, a history"),
    ("Report to the Nation", "Report to the Nation"),
]


@pytest.mark.parametrize(("read", "title"), TAILS)
def test_title_tails(read: str, title: str) -> None:
    assert without_tail(read) == title


ENTRIES = [
    # (entry, title, authors)
    (
        "Borough of Exford (2021). Kerbside charging: trial results and next steps, report\n"
        "to Environment Scrutiny Panel, 14 March 2021.",
        "Kerbside charging: trial results and next steps",
        ("Borough of Exford",),
    ),
    (
        "Wideband data transmission systems in the 2,4 GHz band, ETSI EN 300 328\nV2.2.2, 2019.",
        "Wideband data transmission systems in the 2,4 GHz band",
        (),
    ),
    (
        "SteelDeck, Fatigue of orthotropic decks: guideline, Orthotropic bridge decks\n"
        "project, RFSR-CT-2011-00032, 2015.",
        "Fatigue of orthotropic decks: guideline",
        ("SteelDeck",),
    ),
    (
        "ACI 318-19, Building Code Requirements for Structural Concrete. Farmington\n"
        "Hills, MI: American Concrete Institute, 2019.",
        "Building Code Requirements for Structural Concrete",
        (),
    ),
    (
        "Пермский край в цифрах. 2020 : крат. стат. сб. / Пермьстат. – Пермь, 2021. – 98 с.",
        "Пермский край в цифрах. 2020",
        (),
    ),
    (
        "Libraries in wartime / UNESCO. URL: https://www.unesco.org/libraries (date of "
        "access: 12.05.2023).",
        "Libraries in wartime",
        (),
    ),
    (
        "Мінфін. Державний бюджет України 2023 [Електронний ресурс]. URL: "
        "https://index.minfin.com.ua/ (дата звернення: 02.02.2024).",
        "Державний бюджет України 2023",
        ("Мінфін",),
    ),
    (
        "Татарстанстат. Татарстан в цифрах. 2019 [Электронный ресурс]. URL: "
        "https://16.rosstat.gov.ru/ (дата обращения: 10.01.2023).",
        "Татарстан в цифрах. 2019",
        ("Татарстанстат",),
    ),
    (
        "ЯндексЛавка. Отчёт о доставке продуктов [Электронный ресурс]. URL: "
        "https://lavka.yandex.ru/ (дата обращения: 10.01.2023).",
        "Отчёт о доставке продуктов",
        ("ЯндексЛавка",),
    ),
    # a German author-year entry, its place and publisher, then the address and the date it
    # was read (cut out, the comma before them left)
    (
        "Hartmann, Petra (2019): Stadtumbau im Ruhrgebiet, Dortmund: Technische Universität\n"
        "Dortmund, online unter: https://www.tu-dortmund.de/y.pdf (abgerufen am 3.2.2022).",
        "Stadtumbau im Ruhrgebiet",
        ("Hartmann, Petra",),
    ),
    # a title of two sentences, its first one word: no body
    (
        "Логистика. Управление цепью поставок / Д. Уотерс. – М. : Юнити, 2003. – 503 с.",
        "Логистика. Управление цепью поставок",
        ("Уотерс, Д.",),
    ),
    (
        "Global Lung Health: Chronic Obstructive Disease (GLHCOD) Writing Committee. GLHCOD\n"
        "report on the management of COPD. Lung Int. 2021;44:S1-S80.",
        "GLHCOD report on the management of COPD",
        ("Global Lung Health: Chronic Obstructive Disease (GLHCOD) Writing Committee",),
    ),
    (
        "Sepsis: Surviving Severe Infection (SSSI) Guideline Panel. SSSI guideline for the\n"
        "early care of sepsis. Crit Care Suppl. 2018;4(2):1-90.",
        "SSSI guideline for the early care of sepsis",
        ("Sepsis: Surviving Severe Infection (SSSI) Guideline Panel",),
    ),
]


@pytest.mark.parametrize(("entry", "title", "authors"), ENTRIES)
def test_entry_titles(entry: str, title: str, authors: tuple[str, ...]) -> None:
    assert _read(entry) == (title, authors)


NATURE_GROUPS = [
    (
        "Global Lung Health: Chronic Obstructive Disease (GLHCOD) Writing Committee. GLHCOD\n"
        "2021 report on the management of COPD. Lung Int. 44, S1–S80 (2021).",
        "GLHCOD 2021 report on the management of COPD",
        "Global Lung Health: Chronic Obstructive Disease (GLHCOD) Writing Committee",
    ),
    (
        "The NORTHWIND Trial Investigators. Tidal ventilation in severe asthma. Thorax Res.\n"
        "71, 210–219 (2016).",
        "Tidal ventilation in severe asthma",
        "The NORTHWIND Trial Investigators",
    ),
]


@pytest.mark.parametrize(("entry", "title", "group"), NATURE_GROUPS)
def test_nature_group_articles(entry: str, title: str, group: str) -> None:
    ref = parse_reference(entry, [1, 2], detect_styles=True)
    assert (ref.title, ref.authors, ref.kind) == (title, (group,), RefKind.ARTICLE)


def test_standard_first_is_a_report() -> None:
    text = "ASME B31.3-2020, Process Piping. New York: ASME, 2020."
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.kind) == ("Process Piping", RefKind.REPORT)


def test_group_heading_needs_its_body_word() -> None:
    # a title and its subtitle, no collective author
    assert masked_heading("Climate: A New Story. Berkeley: North Atlantic, 2014.") is None
    title, authors = _read("Climate: A New Story of Water. Berkeley: North Atlantic, 2014.")
    assert title is not None and title.startswith("Climate: A New Story")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Title" + ", report to X" * (n // 13), id="report-to-repeated"),
        pytest.param(lambda n: "T, " + "a " * (n // 2) + "project, A1-", id="project-words"),
        pytest.param(lambda n: "T, " + "ISO 9" * (n // 5), id="designations"),
        pytest.param(lambda n: "T" + ", A1-B2" * (n // 7), id="grant-codes"),
    ],
)
def test_title_tails_are_linear(line: object) -> None:
    assert_linear(without_tail, line)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "A: " + "b " * (n // 2) + "Work Group", id="group-no-stop"),
        pytest.param(lambda n: "A: " + "Work Group " * (n // 11), id="group-words"),
    ],
)
def test_group_heading_is_linear(line: object) -> None:
    assert_linear(masked_heading, line)  # type: ignore[arg-type]
    assert_linear(nature.parse, lambda n: line(n) + ". T. J 1, 2 (2020).")  # type: ignore[operator]
