"""GOST's medium designator, "[Электронный ресурс]" / "[Electronic resource]", is honoured
once, after every rule that relabels kinds (:mod:`bibcheck.parse.references.medium_designator`):
a law, a decision, a treaty so designated with its URL stays the web item it was read as;
the same entry without the designator keeps the kind the rules give it (a report)."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import medium_designator, parse_reference

_REG = (
    "Regulation (EU) 2022/2065 of the European Parliament and of the Council on a Single "
    "Market for Digital Services{d}. – 2022. – URL: https://eur-lex.europa.eu/eli/reg/2022/"
    "2065/oj (дата обращения: 03.02.2024)."
)
_CASE = (
    "Judgment of the Court, Case C-311/18 Data Protection Commissioner v Facebook Ireland{d}. "
    "- 2020. - URL: https://curia.europa.eu/juris/liste.jsf?num=C-311/18"
)
_ACT = (
    "Gesetz über den Datenschutz, BGBl. I S. 2097{d}. - 2017. - URL: "
    "https://www.gesetze-im-internet.de/bdsg_2018/"
)
_TREATY = (
    "Convention between the Republic of Finland and the Kingdom of Norway on reindeer "
    "pastures{d}. – 2016. – URL: https://example.org/treaties/fi-no-2016"
)
_LAW_RU = (
    "Федеральный закон от 12.03.2014 № 35-ФЗ «О внесении изменений в отдельные "
    "законодательные акты»{d}. – URL: http://www.consultant.ru/document/cons_doc_LAW_160000/ "
    "(дата обращения: 10.03.2023)."
)
_BOOK = (
    "Петров, П. П. Теория государства и права{d} : учебник / П. П. Петров. – Москва : "
    "Юрайт, 2020. – 300 с. – URL: https://urait.ru/bcode/450000"
)


@pytest.mark.parametrize(
    ("template", "designator", "kind"),
    [
        # an EU act (legal_kind's designation), designated in Russian and in English
        (_REG, " [Электронный ресурс]", RefKind.WEB),
        (_REG, " [Electronic resource]", RefKind.WEB),
        (_REG, "", RefKind.REPORT),
        # a decision of the EU courts by its case number (legal_kind's mark)
        (_CASE, " [Electronic resource]", RefKind.WEB),
        (_CASE, "", RefKind.REPORT),
        # an act by its official journal (legal_kind's mark)
        (_ACT, " [Electronic resource]", RefKind.WEB),
        (_ACT, " [Elektronnyj resurs]", RefKind.WEB),
        (_ACT, "", RefKind.REPORT),
        # a treaty between states (church_acts' title), in Ukrainian's designator
        (_TREATY, " [Електронний ресурс]", RefKind.WEB),
        (_TREATY, "", RefKind.REPORT),
        # a Russian federal law (gost_legal's act, fix72a: legislation is a report, the
        # corpus conventions)
        (_LAW_RU, " [Электронный ресурс]", RefKind.WEB),
        (_LAW_RU, "", RefKind.REPORT),
        # a designated textbook with its publisher: a book (read as one, never web)
        (_BOOK, " [Электронный ресурс]", RefKind.BOOK),
    ],
)
def test_designated_entry_kind(template: str, designator: str, kind: RefKind) -> None:
    assert parse_reference(template.format(d=designator), (1,)).kind is kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title [Электронный ресурс]. – 2020.", True),
        ("Title [electronic resource]. - 2020.", True),
        ("Title [Электронны рэсурс]. – 2020.", True),
        ("Title [Elektronnyi resurs]. - 2020.", True),
        ("Title [Online]. 2020.", False),
        ("Title. Electronic resource centre, 2020.", False),
    ],
)
def test_designates_medium(text: str, expected: bool) -> None:
    assert medium_designator.designates_medium(text) is expected


@pytest.mark.parametrize(
    ("read", "now", "designated", "kind"),
    [
        (RefKind.WEB, RefKind.REPORT, True, RefKind.WEB),
        (RefKind.WEB, RefKind.BOOK, True, RefKind.WEB),
        (RefKind.WEB, RefKind.REPORT, False, RefKind.REPORT),
        (RefKind.ARTICLE, RefKind.REPORT, True, RefKind.REPORT),
        (RefKind.BOOK, RefKind.BOOK, True, RefKind.BOOK),
    ],
)
def test_designated_web(read: RefKind, now: RefKind, designated: bool, kind: RefKind) -> None:
    text = "Title [Electronic resource]. - 2020." if designated else "Title. - 2020."
    ref = Reference(raw=text, line=1, end_line=1, kind=now)
    assert medium_designator.designated_web(read, ref, text).kind is kind
