"""A commission's work dated by its place (and month) is its report; a chapter's host after
"In:" in the entry's language, its editors marked in that language; the months and the
access-date labels of Welsh, Irish, Maltese and Albanian."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, reportkind
from bibcheck.parse.references.fields import MONTHS, find_access_date
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    ("text", "note", "kind"),
    [
        ("Law Commission, Reforming the Law of Easements (London, 2011).", False, RefKind.REPORT),
        (
            "Y Pwyllgor Deisebau, Adolygiad o'r Broses Ddeisebu (Caerdydd, 2020).",
            False,
            RefKind.REPORT,
        ),
        (
            "Coimisiún na Meán, Tuarascáil ar Chraoltóireacht (Baile Átha Cliath, 2023).",
            False,
            RefKind.REPORT,
        ),
        (
            "Royal Commission on the Constitution, Report on Devolution (London, March 1973), "
            "[https://example.org/rc](https://example.org/rc)",
            True,
            RefKind.REPORT,
        ),
        (
            "Comisiwn y Gyfraith, Diwygio Cyfraith Tai (Caerdydd, Mehefin 2021), para. 4.2, "
            "https://example.org/tai",
            True,
            RefKind.REPORT,
        ),
    ],
)
def test_commission_reports(text: str, note: bool, kind: RefKind) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert ref.kind is kind


@pytest.mark.parametrize(
    "text",
    [
        # a person's blog post dated to the day is no report
        "Okafor S, 'Planning Reform' (Planning Law Blog, 14 March 2023).",
        # a publisher after the place: a book
        "Law Society, Guide to Conveyancing (London: Sweet & Maxwell, 2019).",
    ],
)
def test_not_commission_reports(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.kind is not RefKind.REPORT


@pytest.mark.parametrize(
    "lead",
    [
        "In: A. Berg & C. Lund (Eds.),",
        "Në: A. Berg & C. Lund (red.),",
        "W: A. Berg, C. Lund (red.),",
        "U: A. Berg i C. Lund (ur.),",
        "En: A. Berg y C. Lund (coord.),",
        "Em: A. Berg & C. Lund (orgs.),",
        "Dans : A. Berg et C. Lund (dir.),",
        "Yn: A. Berg a C. Lund (gol.),",
    ],
)
def test_apa_chapter_in_any_language(lead: str) -> None:
    text = (
        f"Kola, D. (2015). Tektonika e Alpeve. {lead} Geologjia e Ballkanit (pp. 41–60). "
        "Tirana: Akademia."
    )
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.kind is RefKind.CHAPTER
    assert ref.title == "Tektonika e Alpeve"
    assert ref.year == 2015


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("hydref", 10),
        ("ionawr", 1),
        ("márta", 3),
        ("lúnasa", 8),
        ("ottubru", 10),
        ("ġunju", 6),
        ("tetor", 10),
        ("dhjetor", 12),
        ("mai", 5),
        ("mars", 3),
    ],
)
def test_celtic_maltese_albanian_months(word: str, month: int) -> None:
    assert MONTHS[word] == month


@pytest.mark.parametrize(
    "text",
    [
        "Title, https://example.org (parë më 14.03.2023).",
        "Title, https://example.org (cyrchwyd ar 3 Mawrth 2022).",
        "Title, https://example.org (aċċessat fi 12.05.2021).",
    ],
)
def test_access_labels(text: str) -> None:
    found = find_access_date(text)
    assert found is not None
    assert "Title" not in text[found.start : found.end]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "(Ab, " * (n // 5), id="unclosed-places"),
        pytest.param(lambda n: "(Ab Cd Ef Gh Ij, 2019" * (n // 21), id="long-places"),
        pytest.param(lambda n: "Commission " * (n // 11), id="commissions"),
    ],
)
def test_commission_imprint_is_linear(line: Line) -> None:
    assert_linear(lambda text: reportkind.commission_imprint(text, ("Law Commission",)), line)


def test_a_volume_numeral_is_no_in() -> None:
    text = (
        "Ann Reed and Tom Hale, eds, A History of Print, vol. I: The Early Press "
        "(Oxford: Clarendon Press, 2001), pp. 12–40."
    )
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is RefKind.BOOK
