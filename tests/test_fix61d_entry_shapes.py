"""Reference-entry shapes left from round 60 (fix61d): the inverted comma form with a particle
after the given name, a standard's issuing body after its title, GB/T names with a particle
after the initials, online proceedings pages before the date of citation, and Latin
author-date citations in full-width parentheses."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import colon_imprint, commaform, gbt, parse_reference
from bibcheck.parse.references.particles import given_particle_first
from bibcheck.parse.references.pinyin import family_first_gbt
from bibcheck.parse.references.standard_imprint import imprint_after
from bibcheck.readers.authoryear import spans

# -- 1. the inverted comma form with a particle after the given name ------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Glahn, Richard von", "von Glahn, Richard"),
        ("Hoeven, Maria van der", "van der Hoeven, Maria"),
        ("Gaulle, Charles de", "de Gaulle, Charles"),
        ("Finance, Laurence de", "de Finance, Laurence"),
        ("Tye, Michael", "Tye, Michael"),  # no particle: as written
        ("Miriam Okafor", "Miriam Okafor"),
    ],
)
def test_given_particle_first(name: str, expected: str) -> None:
    assert given_particle_first(name) == expected


COLON_IMPRINT = [
    # (entry, author, title, place, publisher, year)
    (
        "Aalst, Pieter van der, Harbour Dues and Tolls: Shipping in Holland, Leiden: Brill, 2011.",
        "van der Aalst, Pieter",
        "Harbour Dues and Tolls: Shipping in Holland",
        "Leiden",
        "Brill",
        2011,
    ),
    (
        "Stein, Karl vom, Die Salinen am Rhein, 1600–1800, Berlin: Akademie Verlag, 1988.",
        "vom Stein, Karl",
        "Die Salinen am Rhein, 1600–1800",
        "Berlin",
        "Akademie Verlag",
        1988,
    ),
    (
        "Lisle, Hélène de, Les foires de Champagne, Paris: Presses Universitaires, 1972.",
        "de Lisle, Hélène",
        "Les foires de Champagne",
        "Paris",
        "Presses Universitaires",
        1972,
    ),
    (
        "Berg, Anna ten, Polder Boards and Their Records, Amsterdam: Aksant, 2006.",
        "ten Berg, Anna",
        "Polder Boards and Their Records",
        "Amsterdam",
        "Aksant",
        2006,
    ),
]


@pytest.mark.parametrize(("entry", "author", "title", "place", "pub", "year"), COLON_IMPRINT)
def test_colon_imprint_particle_after_given(
    entry: str, author: str, title: str, place: str, pub: str, year: int
) -> None:
    found = colon_imprint.parse(entry)
    assert found is not None
    assert found.authors == (author,)
    assert (found.title, found.place, found.publisher, found.year.year) == (
        title,
        place,
        pub,
        year,
    )


@pytest.mark.parametrize(("entry", "author", "title", "place", "pub", "year"), COLON_IMPRINT)
def test_whole_entry_particle_after_given(
    entry: str, author: str, title: str, place: str, pub: str, year: int
) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.authors == (author,)
    assert (ref.title, ref.place, ref.publisher, ref.year, ref.kind) == (
        title,
        place,
        pub,
        year,
        RefKind.BOOK,
    )


def test_comma_imprint_particle_after_given() -> None:
    # (the comma imprint: "…, Place, Publisher, Year")
    found = commaform.parse(
        "Moll, Jan van, Geschiedenis der dijken, Utrecht, Spectrum Press, 1954."
    )
    assert found is not None
    assert found.authors == ("van Moll, Jan",)
    assert (found.title, found.place, found.publisher) == (
        "Geschiedenis der dijken",
        "Utrecht",
        "Spectrum Press",
    )


def test_particle_is_no_title_word() -> None:
    # (a capitalised word after the given name is still the title's, not a particle)
    found = colon_imprint.parse("Lind, Tobias, De Re Metallica Revisited, Oxford: Clarendon, 2003.")
    assert found is not None
    assert found.authors == ("Lind, Tobias",)
    assert found.title == "De Re Metallica Revisited"


# -- 2. a standard's issuing body after its title ------------------------------------------


@pytest.mark.parametrize(
    ("rest", "title", "expected"),
    [
        (
            "IEEE Std 1234-2020. Standard for Widgets. IEEE, 2020.",
            "Standard for Widgets",
            (None, "IEEE"),
        ),
        (
            "ISO 1111:2019. Widgets — Vocabulary. Geneva: ISO, 2019.",
            "Widgets — Vocabulary",
            ("Geneva", "ISO"),
        ),
        ("IEC 2222-1:2012. Widget safety. IEC; 2012", "Widget safety", (None, "IEC")),
        (
            "BS 3333:2018. Widget code. London: British Standards Institution, 2018.",
            "Widget code",
            ("London", "British Standards Institution"),
        ),
        ("ISO 1111:2019. Widgets — Vocabulary. 2019, pp. 1-40.", "Widgets — Vocabulary", None),
        (
            "ISO 1111:2019. Widgets — Vocabulary. https://example.org/iso",
            "Widgets — Vocabulary",
            None,
        ),
        ("ISO 1111:2019. Widgets — Vocabulary.", "Widgets — Vocabulary", None),
    ],
)
def test_imprint_after(rest: str, title: str, expected: tuple[str | None, str] | None) -> None:
    assert imprint_after(rest, title) == expected


@pytest.mark.parametrize("detect", [False, True])
@pytest.mark.parametrize(
    ("entry", "title", "place", "publisher", "year"),
    [
        (
            "IEEE Std 1234-2020 (Revision of IEEE Std 1234-2011). IEEE Standard for Widget "
            "Buses. IEEE, 2020.",
            "IEEE Standard for Widget Buses",
            None,
            "IEEE",
            2020,
        ),
        (
            "ISO 4321:2017. Widgets — Test methods. Geneva: ISO, 2017.",
            "Widgets — Test methods",
            "Geneva",
            "ISO",
            2017,
        ),
        (
            "IEC 65432-2:2014. Widget control systems — Part 2: Requirements. IEC, 2014.",
            "Widget control systems — Part 2: Requirements",
            None,
            "IEC",
            2014,
        ),
    ],
)
def test_standard_publisher(
    detect: bool, entry: str, title: str, place: str | None, publisher: str, year: int
) -> None:
    ref = parse_reference(entry, [1], detect_styles=detect)
    assert (ref.title, ref.kind, ref.place, ref.publisher, ref.year) == (
        title,
        RefKind.REPORT,
        place,
        publisher,
        year,
    )
    assert ref.authors == ()


# -- 3. GB/T names with a particle after the initials ---------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("BERG A van den", "van den Berg, A"),
        ("LISLE H de", "de Lisle, H"),
        ("STEIN K vom", "vom Stein, K"),
        ("Berg A van den", "van den Berg, A"),  # (a list that writes no capitals)
        ("Lisle H M de", "de Lisle, H M"),
        ("MORIASI D N", "Moriasi, D N"),  # (no particle: as before)
        ("Jenkins S D", "Jenkins S D"),
        ("WANG Li", "WANG, Li"),
    ],
)
def test_family_first_gbt_particle(name: str, expected: str) -> None:
    assert family_first_gbt(name) == expected


def test_gbt_entry_particle_names() -> None:
    found = gbt.parse("BERG A van den, LIND T. Polder drainage[J]. Water Journal, 2011, 7(2): 3-9.")
    assert found is not None
    assert found.authors == ("van den Berg, A", "Lind, T")
    assert found.title == "Polder drainage"
    found = gbt.parse("LISLE H de. Les foires[M]. Paris: Gallimard, 1972.")
    assert found is not None
    assert found.authors == ("de Lisle, H",)
    assert (found.place, found.publisher) == ("Paris", "Gallimard")


# -- 4. [C/OL]// proceedings on line ------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "title", "host", "year", "pages", "url"),
    [
        (
            "陈刚. 水资源调度研究[C/OL]//第三届水利学术会议论文集. 南京: 河海大学出版社, "
            "2017: 33-41[2018-05-06]. https://example.org/paper.pdf",
            "水资源调度研究",
            "第三届水利学术会议论文集",
            2017,
            "33-41",
            "https://example.org/paper.pdf",
        ),
        (
            "周敏. 城市交通模型[C]//全国交通工程会议论文集. 上海: 同济大学出版社, 2016: 7-12.",
            "城市交通模型",
            "全国交通工程会议论文集",
            2016,
            "7-12",
            None,
        ),
        (
            "LIND T. Widget networks[C/OL]//Proceedings of the Widget Conference. New York: ACM, "
            "2019: 101-110[2020-02-03]. https://example.org/w",
            "Widget networks",
            "Proceedings of the Widget Conference",
            2019,
            "101-110",
            "https://example.org/w",
        ),
    ],
)
def test_online_proceedings(
    entry: str, title: str, host: str, year: int, pages: str, url: str | None
) -> None:
    ref = parse_reference(entry, [1])
    assert (ref.kind, ref.title, ref.host, ref.year, ref.pages, ref.url) == (
        RefKind.CHAPTER,
        title,
        host,
        year,
        pages,
        url,
    )


def test_online_book_and_page_kinds() -> None:
    book = parse_reference(
        "高峰. 数据挖掘导论[M/OL]. 北京: 科学出版社, 2021[2022-01-02]. https://example.org/b",
        [1],
    )
    assert (book.kind, book.title, book.place, book.publisher, book.year) == (
        RefKind.BOOK,
        "数据挖掘导论",
        "北京",
        "科学出版社",
        2021,
    )
    page = parse_reference(
        "孙丽. 城市更新报告[EB/OL]. (2020-03-04)[2021-05-06]. https://example.org/p", [1]
    )
    assert (page.kind, page.title, page.year, page.url) == (
        RefKind.WEB,
        "城市更新报告",
        2020,
        "https://example.org/p",
    )


# -- 5. Latin author-date citations in full-width parentheses -------------------------------

_INDEX = {("Lind", "2019"): "1", ("Berg", "2011"): "2"}


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("水利研究（Lind, 2019）。", ["1"]),
        ("已有研究（Berg et al., 2011: 12）指出。", ["2"]),
        ("一说（Lind, 2019）；另说（Berg et al., 2011）。", ["1", "2"]),
        ("一说（Lind, 2019；Berg et al., 2011）。", ["1", "2"]),
        ("见（Lind, 2019：45）。", ["1"]),
        ("无此文献（Moll, 2019）。", []),  # (no entry of that name: never from the parentheses)
        ("无此年份（Lind, 2015）。", []),
    ],
)
def test_full_width_latin_mentions(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in spans(text, _INDEX)] == labels


_ESSAY = """# 水利与城市

近年来的研究强调排水系统（Lind, 2019）。也有学者讨论堤防管理（Berg & Moll, 2011）。
另有研究关注圩区制度（Lind, 2019: 45）。

## 参考文献

Lind T, 2019. Widget drainage systems[M]. London: Harbour Press.

Berg A, Moll J, 2011. Polder boards in transition[J]. Water History, 3(2): 10-30.
"""


def test_full_width_latin_document(tmp_path: Path) -> None:
    path = tmp_path / "essay.md"
    path.write_text(_ESSAY, encoding="utf-8")
    doc = parse_file(path)
    assert [e.reference.year for e in doc.literature] == [2019, 2011]
    cited = sorted((m.line, f.label) for f in doc.footnotes for m in f.markers)
    assert cited == [(3, "1"), (3, "2"), (4, "1")]


def test_full_width_mentions_of_no_entry_refused(tmp_path: Path) -> None:
    # (parentheses whose names no entry holds are no evidence of citing)
    path = tmp_path / "essay.md"
    path.write_text(_ESSAY.replace("Lind,", "Roe,").replace("Berg &", "Hale &"), encoding="utf-8")
    with pytest.raises(Exception, match="no reader recognises"):
        parse_file(path)
