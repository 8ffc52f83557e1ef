"""Natural-order author lists with Vietnamese names (family name first, never inverted) and
the "and" of the writer's language: ``Nguyễn Thị Lan & Phạm Văn Hùng (2021).`` is two
people, keyed and given as ``Nguyễn, Thị Lan`` and ``Phạm, Văn Hùng``; the letters of
Latin Extended Additional (the tone-marked vowels) are letters of a name.  Own fixtures,
table-driven."""

from __future__ import annotations

import pytest

from bibcheck.parse.names import family_first, family_name, family_names
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.namelist import natural_list
from bibcheck.readers.mdlinks import read as read_mdlinks
from tests.worksteps import counted


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("Nguyễn Thị Lan", "nguyễn"),
        ("Phạm Văn Hùng", "phạm"),
        ("Nguyễn Văn A", "nguyễn"),
        ("Lê Văn Nam", "lê"),
        ("Đặng Thùy Trâm", "đặng"),
        ("Trương Quốc Huy", "trương"),
        ("Ngô Bảo Châu", "ngô"),
        ("Nguyễn Thị Minh Hằng", "nguyễn"),
        ("Nguyễn, Thị Lan", "nguyễn"),
        # a Korean or Chinese name with its given name hyphenated
        ("Kim Min-jun", "kim"),
        ("Chiang Kai-shek", "chiang"),
        # other names written with the same letters, given name first
        ("Ana Bălan", "bălan"),
        ("Ioana Stănescu", "stănescu"),
        ("Đuro Đaković", "đaković"),
        ("Jérôme Côté", "côté"),
        ("John Smith", "smith"),
        ("Anna Smith-Jones", "smith-jones"),
    ],
)
def test_family_name(name: str, family: str) -> None:
    assert family_name(name) == family


def test_family_first_needs_a_vietnamese_letter() -> None:
    assert not family_first("Lan Anh")  # no letter tells the language
    assert not family_first("Nguyễn")  # one word: nothing to turn


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        (
            "Nguyễn Thị Lan & Phạm Văn Hùng (2021). Dạy học tích cực ở đại học. "
            "Tạp chí Giáo dục, 21(9), 12–17.",
            ["nguyễn", "phạm"],
            "Dạy học tích cực ở đại học",
        ),
        (
            "Trần Văn Bình và Lê Thị Hoa (2019). Đánh giá năng lực người học. "
            "Tạp chí Khoa học, 4(2), 5–11.",
            ["trần", "lê"],
            "Đánh giá năng lực người học",
        ),
        (
            "Hoàng Minh Tuấn, Đỗ Thị Hạnh, & Vũ Quang Huy (2020). Học tập trải nghiệm. "
            "Tạp chí Giáo dục, 20(4), 1–8.",
            ["hoàng", "đỗ", "vũ"],
            "Học tập trải nghiệm",
        ),
        # other languages' "and" between natural-order names
        (
            "Budi Santoso dan Rina Wulandari (2018). Pembelajaran aktif di kelas besar. "
            "Jurnal Pendidikan, 7(1), 3–9.",
            ["santoso", "wulandari"],
            "Pembelajaran aktif di kelas besar",
        ),
        (
            "Ayşe Yılmaz ve Mehmet Demir (2017). Aktif öğrenme. Eğitim Dergisi, 5(2), 1–9.",
            ["yılmaz", "demir"],
            "Aktif öğrenme",
        ),
        # inverted names as written
        (
            "Nguyễn, T. L., & Phạm, V. H. (2021). Dạy học tích cực. Tạp chí Giáo dục, 21(9), 1–7.",
            ["nguyễn", "phạm"],
            "Dạy học tích cực",
        ),
        (
            "Park Ji-woo & Choi Seo-yeon (2022). Flipped classrooms in Korea. Asia Pacific "
            "Education Review, 23(1), 1–12.",
            ["park", "choi"],
            "Flipped classrooms in Korea",
        ),
    ],
    ids=["vi-ampersand", "vi-va", "vi-three", "id-dan", "tr-ve", "vi-inverted", "ko"],
)
def test_natural_order_lists(text: str, families: list[str], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert family_names(ref.authors) == families
    assert ref.title == title


def test_vietnamese_names_are_given_family_first() -> None:
    ref = parse_reference(
        "Nguyễn Thị Lan & Phạm Văn Hùng (2021). Dạy học tích cực. Tạp chí, 2(1), 1–9.",
        [1],
        detect_styles=True,
    )
    assert ref.authors == ("Nguyễn, Thị Lan", "Phạm, Văn Hùng")


POST = """+++
title = "Học tập chủ động"
+++

Nhiều nghiên cứu cho thấy lợi ích của học tập trải nghiệm
([Hoàng và cs., 2020](https://example.org/hoc-tap)).

## Tài liệu tham khảo

1. Hoàng Minh Tuấn & Đỗ Thị Hạnh (2020). [Học tập trải nghiệm ở đại học](https://example.org/hoc-tap). *Tạp chí Giáo dục*, 20(4), 1–8.
2. Smith, J. (2015). [Active classrooms](https://example.org/active). *Teaching Today*, 3(1), 2–9.
"""


def test_markdown_post_list_entry() -> None:
    doc = read_mdlinks(POST)
    first = doc.literature[0].reference
    assert family_names(first.authors) == ["hoàng", "đỗ"]
    assert first.title == "Học tập trải nghiệm ở đại học"


def test_long_name_lists_stay_linear() -> None:
    def work(n: int) -> int:
        def read_all() -> None:
            for unit in ("Kim Min-jun, ", "Ab Cd-ef Gh-ij ", "Nguyễn Thị Lan, "):
                natural_list(unit * n + "& x")
                family_first(unit * n)

        # (steps counted, not timed: tests.worksteps; the patterns compile uncounted)
        return counted(read_all)

    # ten times the names: far under the hundredfold of a quadratic pattern
    assert work(2000) < 30 * work(200)
