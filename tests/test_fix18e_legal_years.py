"""Legal notes: the year of an act from its date, number or gazette; a public-domain case
citation's year; an agency's Bluebook report; a ``supra`` to a note that repeats first."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import act
from bibcheck.parse.references.repeat import Repeat, find_repeats

ACTS = [
    pytest.param(
        "Abwasserverordnung vom 17. Juni 2004 (BGBl. I S. 1108), § 3.",
        ("Abwasserverordnung vom 17. Juni 2004", "2004"),
        id="de-date",
    ),
    pytest.param(
        "Verordnung über Hygiene in Badeanlagen (BGBl. 2021 II Nr. 44), § 2.",
        ("Verordnung über Hygiene in Badeanlagen", "2021"),
        id="de-gazette-year",
    ),
    pytest.param(
        "Ustawa z dnia 20 lipca 2017 r. Prawo wodne (Dz.U. 2023 poz. 1478), art. 12.",
        ("Ustawa z dnia 20 lipca 2017 r. Prawo wodne", "2017"),  # (the subject: fix34p)
        id="pl-date",
    ),
    pytest.param(
        "Loi du 29 juillet 1881 sur la liberté de la presse, art. 29.",
        ("Loi du 29 juillet 1881 sur la liberté de la presse", "1881"),  # (fix34p)
        id="fr-date",
    ),
    pytest.param("Ley 39/2015, de 1 de octubre, art. 21.", ("Ley 39/2015", "2015"), id="es-number"),
    pytest.param(
        "Legge 6 novembre 2012, n. 190, art. 1.", ("Legge 6 novembre 2012", "2012"), id="it-date"
    ),
    pytest.param("Zákon č. 89/2012 Sb., § 5.", ("Zákon č. 89/2012", "2012"), id="cz-number"),
    pytest.param(
        "Regulation (EU) 2016/679, Article 6(1)(f).", ("Regulation (EU) 2016/679", "2016"), id="eu"
    ),
    pytest.param(
        "Council Directive 91/271/EEC, Annex I.",
        ("Council Directive 91/271/EEC", "1991"),
        id="eu-yy",
    ),
    pytest.param(
        "Regulation (EC) No 1272/2008, Annex VI.",
        ("Regulation (EC) No 1272/2008", "2008"),
        id="eu-number-year",
    ),
    pytest.param(
        "Richtlinie (EU) 2019/904 des Europäischen Parlaments und des Rates vom 5. Juni 2019 "
        "über die Verringerung, ABl. L 155.",
        (
            "Richtlinie (EU) 2019/904 des Europäischen Parlaments und des Rates vom 5. Juni 2019 "
            "über die Verringerung",
            "2019",
        ),
        id="eu-de-long",
    ),
    pytest.param(
        "Wyrok SN z dnia 14 marca 2012 r., II CSK 316/11, OSNC 2013, nr 2, poz. 20.",
        ("Wyrok SN z dnia 14 marca 2012", "2012"),
        id="pl-judgment-date-not-reporter",
    ),
    pytest.param(
        "Urteil des BGH vom 8. Februar 2011, VI ZR 311/09, NJW 2011, 1434.",
        ("Urteil des BGH vom 8. Februar 2011", "2011"),
        id="de-judgment",
    ),
    pytest.param("Gesetzgebung und Verwaltung im Wandel, Berlin 2004.", None, id="book-no-act"),
    pytest.param("Decree of the people, 12 pages.", None, id="english-prose"),
]


@pytest.mark.parametrize(("text", "expected"), ACTS)
def test_act_title_and_year(text: str, expected: tuple[str, str] | None) -> None:
    assert act(text) == expected


NOTES = [
    pytest.param(
        "Wasserhaushaltsgesetz vom 31. Juli 2009 (BGBl. I S. 2585), § 50.",
        {"year": 2009, "kind": None},
        id="de-act-no-commentary",
    ),
    pytest.param(
        "Directive (EU) 2019/1024, Article 5.", {"year": 2019, "kind": None}, id="eu-short-form"
    ),
    pytest.param(
        "Rozporządzenie Rady Ministrów z dnia 3 marca 2020 r. w sprawie szkoleń "
        "(Dz.U. 2020 poz. 401).",
        {"year": 2020, "kind": None},
        id="pl-regulation",
    ),
    pytest.param(
        "Wyrok NSA z dnia 5 czerwca 2018 r., I OSK 1234/16, ONSAiWSA 2019, nr 3, poz. 41.",
        {"year": 2018},
        id="pl-judgment-year-of-date",
    ),
    pytest.param(
        "Marlow v. Lakeside Dairy, Inc., 2021 WI 14, ¶ 22, 955 N.W.2d 101. The court drew "
        "on the intrusion tort. See Restatement (Second) of Torts § 652A (Am. L. Inst. 1977).",
        {"year": 2021},
        id="neutral-case-then-restatement",
    ),
    pytest.param(
        "Pell v. Ward, 2017 IL App (2d) 160734, ¶ 9. Compare Restatement (Third) of "
        "Property § 4 (Am. L. Inst. 2003).",
        {"year": 2017},
        id="neutral-appellate-district",
    ),
    pytest.param(
        "Ortiz v. Rand Freight Co., No. 3:19-cv-220, 2020 WL 4412200, at *2. See Restatement "
        "(Second) of Agency § 7 (Am. L. Inst. 1958).",
        {"year": 2020},
        id="westlaw-no-parentheses",
    ),
    pytest.param(
        "Fed. Commc’ns Comm’n, *Spectrum Auctions and Rural Carriers* 12–14 (2021), https://fcc.example.gov/b.",
        {"kind": RefKind.REPORT, "year": 2021, "title": "Spectrum Auctions and Rural Carriers"},
        id="agency-commission",
    ),
    pytest.param(
        "U.S. Dep’t of Lab., Contractor Misclassification in Trucking 7 (2019).",
        {"kind": RefKind.REPORT, "title": "Contractor Misclassification in Trucking"},
        id="agency-department",
    ),
    pytest.param(
        "U.S. Gov’t Accountability Off., GAO-19-52, Consumer Data: Better Oversight Needed 30 "
        "(2018).",
        {"kind": RefKind.REPORT, "title": "Consumer Data: Better Oversight Needed"},
        id="agency-report-number",
    ),
    pytest.param(
        "Nat’l Ports Council, Dredging Costs 12 (2018).",
        {"kind": RefKind.BOOK},
        id="council-not-agency",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTES)
def test_legal_note_fields(text: str, expected: dict[str, Any]) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert ref.kind is not RefKind.COMMENTARY
    if "year" in expected:
        assert ref.year == expected["year"]
    if expected.get("kind") is not None:
        assert ref.kind is expected["kind"]
    if "title" in expected:
        assert ref.title == expected["title"]


SUPRA = [
    pytest.param(
        [
            "Hale v. Orr, 2020 IL 125001, ¶ 8.",
            "Id. ¶ 12. For a critique, see Dana Whit, Scan Counts, 44 Ill. L. Rev. 3, 9 (2023).",
            "Compare Whit, supra note 2, at 11, with Lee Park, Other Views, 9 Law J. 1 (2024).",
        ],
        Repeat("supra", 1, "11"),
        id="compare-supra-to-id-note-later-work",
    ),
    pytest.param(
        [
            "Hale v. Orr, 2020 IL 125001, ¶ 8.",
            "Id. ¶ 12. For a critique, see Dana Whit, Scan Counts, 44 Ill. L. Rev. 3, 9 (2023).",
            "See generally Whit, supra note 2.",
        ],
        Repeat("supra", 1, None),
        id="see-generally-supra",
    ),
    pytest.param(
        [
            "Hale v. Orr, 2020 IL 125001, ¶ 8.",
            "Id. ¶ 12.",
            "Hale, supra note 2, at 4.",
        ],
        Repeat("supra", 0, "4"),
        id="supra-to-id-note-follows-it",
    ),
]


@pytest.mark.parametrize(("notes", "expected"), SUPRA)
def test_supra_to_a_note_that_repeats_first(notes: list[str], expected: Repeat) -> None:
    labels = [str(i + 1) for i in range(len(notes))]
    assert find_repeats(notes, labels)[-1] == expected
