"""Fix 39l: a note or entry that opens with a statute named by its kind first (Lao, Thai,
Khmer, Vietnamese, Ukrainian, Tagalog, Swahili, Arabic, Amharic …), then its number and/or
date, is a legal work, never commentary: its title is the name up to the amended mark, the
number or the date (the article cited is never in it), its year the enactment year (a
Buddhist Era year less 543).  Own fixtures, in the shape such notes take."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import legal, parse_reference
from bibcheck.parse.references.acts import caseless_titled_law, designated_law, era_year
from bibcheck.parse.references.civil_law import legal_source
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        # Lao: amended mark, number, date, article
        (
            "ກົດໝາຍວ່າດ້ວຍປ່າໄມ້ (ສະບັບປັບປຸງ) ເລກທີ 64/ສພຊ, ລົງວັນທີ 13 ມິຖຸນາ 2019, ມາດຕາ 12.",
            "ກົດໝາຍວ່າດ້ວຍປ່າໄມ້",
            2019,
        ),
        ("ດຳລັດວ່າດ້ວຍວິສາຫະກິດ ເລກທີ 122/ນຍ, ລົງວັນທີ 5 ພຶດສະພາ 2015", "ດຳລັດວ່າດ້ວຍວິສາຫະກິດ", 2015),
        # Thai: a Buddhist Era year is the Common Era year + 543 (2562 BE = 2019 CE), in
        # Arabic or Thai digits
        ("พระราชบัญญัติป่าชุมชน พ.ศ. 2562 มาตรา 4", "พระราชบัญญัติป่าชุมชน", 2019),
        ("พระราชบัญญัติป่าชุมชน (ฉบับที่ 2) พ.ศ. ๒๕๖๓", "พระราชบัญญัติป่าชุมชน", 2020),
        # Khmer
        ("ច្បាប់ស្តីពីព្រៃឈើ ឆ្នាំ២០០២ មាត្រា ៥", "ច្បាប់ស្តីពីព្រៃឈើ", 2002),
        # Vietnamese: number, then date; a year after "năm"
        (
            "Luật Bảo vệ môi trường số 72/2020/QH14 ngày 17 tháng 11 năm 2020, Điều 3.",
            "Luật Bảo vệ môi trường",
            2020,
        ),
        ("Bộ luật Lao động năm 2019, Điều 7", "Bộ luật Lao động", 2019),
        # Ukrainian: number, then date, then the article
        (
            "Закон про місцеве самоврядування № 280/97-ВР від 21.05.1997, ст. 26.",
            "Закон про місцеве самоврядування",
            1997,
        ),
        # Swahili, Arabic
        ("Sheria ya Misitu Na. 14 ya 2002, kifungu 3.", "Sheria ya Misitu", 2002),
        ("قانون البيئة رقم 4 لسنة 1994، المادة 2.", "قانون البيئة", 1994),
        # an act known by its kind and number keeps the number
        ("Batas Republika Blg. 7160, Seksyon 2.", "Batas Republika Blg. 7160", None),
        ("አዋጅ ቁጥር 456/2005", "አዋጅ ቁጥር 456/2005", 2005),
    ],
)
def test_designated_law_title_and_year(text: str, title: str, year: int | None) -> None:
    assert designated_law(text) == (title, None if year is None else str(year))
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is not RefKind.COMMENTARY
    assert (ref.title, ref.year) == (title, year)
    assert legal.recognised(text)


@pytest.mark.parametrize(
    "text",
    [
        "ກົດໝາຍສະບັບນີ້ຖືກຮັບຮອງເອົາແລ້ວ.",  # prose about a law: no number, no date
        "Luật sư Nguyễn Văn A cho rằng một số điều cần sửa.",  # "một số điều": no number
        "Sheria ya ardhi imebadilika sana tangu uhuru.",  # prose, no designation
        "Закон",  # the word alone
    ],
)
def test_not_a_designated_law(text: str) -> None:
    assert designated_law(text) is None


@pytest.mark.parametrize(
    ("text", "buddhist", "year"),
    [
        ("พ.ศ. 2560", True, 2017),  # a marked Buddhist Era year: 2560 BE is 2017 CE
        ("พ.ศ. ๒๕๖๐", False, 2017),  # marked: converted whatever the script
        ("ລົງວັນທີ 3 ພະຈິກ 2560", True, 2017),  # unmarked, in a Lao act
        ("№ 2694-XII від 14.10.1992", False, 1992),  # (2694 is a number, no year)
        ("số 12/ND", False, None),
    ],
)
def test_era_year(text: str, buddhist: bool, year: int | None) -> None:
    assert era_year(text, buddhist) == year


def test_german_act_with_abbreviation_keeps_its_date_title() -> None:
    ref = parse_reference(
        "Gesetz über die Vergabe von Aufträgen (VgG) vom 3. März 2011, BGBl. I S. 12, § 4.",
        [1],
        detect_styles=True,
        note=True,
    )
    assert (ref.title, ref.year) == (
        "Gesetz über die Vergabe von Aufträgen (VgG) vom 3. März 2011",
        2011,
    )


Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Luật " + "Đất đai " * (n // 8), id="name-no-mark"),
        pytest.param(lambda n: "ກົດໝາຍ" + "ວ່າດ້ວຍ" * (n // 7) + " ເລກທີ", id="lao-no-number"),
        pytest.param(lambda n: "Закон " + "№ " * (n // 2), id="marks-no-digit"),
        pytest.param(lambda n: "Gesetz über " + "X (Y) " * (n // 6) + "vom", id="german-parens"),
    ],
)
def test_designated_law_patterns_are_linear(line: Line) -> None:
    assert_linear(designated_law, line)
    assert_linear(legal.parse, line)


def test_designated_law_is_a_legal_source_no_literature() -> None:
    assert legal_source("Luật Bảo vệ môi trường số 72/2020/QH14, Điều 3.")
    assert legal_source("พระราชบัญญัติป่าชุมชน พ.ศ. 2562 มาตรา 4")
    assert not legal_source("Nguyễn Văn A, Bình luận Luật Đất đai (Hà Nội: Tư pháp, 2015)")


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("वन संरक्षण अधिनियम, 1980, धारा 2", "वन संरक्षण अधिनियम", 1980),
        # a Nepali act's Vikram Samvat year: २०४९ BS is 1992 CE
        ("वन ऐन, २०४९, दफा ३", "वन ऐन", 1992),
        ("পরিবেশ সংরক্ষণ আইন, ১৯৯৫", "পরিবেশ সংরক্ষণ আইন", 1995),
        ("ජාතික පරිසර පනත, 1980", "ජාතික පරිසර පනත", 1980),
    ],
)
def test_caseless_titled_law(text: str, title: str, year: int) -> None:
    assert caseless_titled_law(text) == (title, str(year))
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is not RefKind.COMMENTARY
    assert (ref.title, ref.year) == (title, year)


def test_caseless_titled_law_is_linear() -> None:
    assert_linear(caseless_titled_law, lambda n: "वन " * (n // 3) + "अधिनियम")
