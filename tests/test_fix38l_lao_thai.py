"""Lao and Thai notes and lists: the Lao list headings (``ເອກະສານອ້າງອີງ``,
``ບັນນານຸກົມ``), the Lao ibid ``ອ້າງແລ້ວ`` and the Thai ``เรื่องเดียวกัน`` alone, a
Chicago article note whose journal lost its italics, its issue marked ``ສະບັບທີ`` /
``ฉบับที่``.  Fixtures written for the tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.readers.common import is_literature_heading


@pytest.mark.parametrize("heading", ["ເອກະສານອ້າງອີງ", "ບັນນານຸກົມ", "ឯកសារយោង"])
def test_lao_khmer_headings(heading: str) -> None:
    assert is_literature_heading(f"## {heading}")


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        pytest.param(
            "ບຸນມີ ພົມມະວົງ, “ນໍ້າໃຕ້ດິນໃນເຂດຫີນປູນ,” ວາລະສານທໍລະນີສາດ ໕, ສະບັບທີ ໓ (໒໐໒໑): ໔໕–໖໐.",
            "ນໍ້າໃຕ້ດິນໃນເຂດຫີນປູນ",
            2021,
            id="lao-plain-journal",
        ),
        pytest.param(
            "ສີດາ ແສງທອງ, “ຖໍ້າໃນແຂວງຄໍາມ່ວນ,” *ວາລະສານລາວ* 3, ສະບັບທີ 1 (2018): 5–9.",
            "ຖໍ້າໃນແຂວງຄໍາມ່ວນ",
            2018,
            id="lao-italic-journal",
        ),
        pytest.param(
            "สมศรี ทองดี, “ถ้ำหินปูนภาคเหนือ,” วารสารธรณีวิทยา 12, ฉบับที่ 4 (2020): 33–47.",
            "ถ้ำหินปูนภาคเหนือ",
            2020,
            id="thai-plain-journal",
        ),
    ],
)
def test_caseless_article_notes(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.kind, ref.title, ref.year) == (RefKind.ARTICLE, title, year)


@pytest.mark.parametrize("text", ["ອ້າງແລ້ວ, ໜ້າ 12.", "ອ້າງແລ້ວ.", "เรื่องเดียวกัน, หน้า 8."])
def test_lao_thai_ibid_repeats_the_note_before(text: str) -> None:
    first = "ບຸນມີ ພົມມະວົງ, *ທໍລະນີສາດລາວ* (ວຽງຈັນ: ໂຮງພິມ, 2015), 45."
    found = find_repeats([first, text])
    assert found[0] is None
    assert found[1] is not None and found[1].kind == "ibid"
