"""Fix 52a: author lists as the world writes them, in a reference list's entries.

* the words for "and others" in the document's language close the names as "et al." does
  (:mod:`bibcheck.parse.references.native_et_al`);
* Vietnamese full names parted by commas are several authors, family name first
  (:func:`bibcheck.parse.names.family_first_list`);
* "et al." after an initial's full stop (Vancouver) and left at a name's end, dropped;
  family-first names parted by commas before the year or the title read as a list
  (:mod:`bibcheck.parse.references.family_first_run`);
* a standards body's number, then the names closed by a comma, then a quoted or emphasised
  title (:mod:`bibcheck.parse.references.numbered_documents`).

Own fixtures, written in the shapes such lists take; the expected fields by hand.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.names import family_first_list, family_name
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.family_first_run import joined
from bibcheck.parse.references.native_et_al import english_others, without_others
from bibcheck.parse.references.numbered_documents import numbered_entry
from bibcheck.parse.references.symbolic_label import label_blanked
from tests.test_regex_growth import assert_linear


def _read(text: str) -> tuple[list[str], str | None, int | None]:
    ref = parse_reference(text, [1] * (text.count("\n") + 1), detect_styles=True)
    return [family_name(a) for a in ref.authors], ref.title, ref.year


# (entry, family names, title, year)
OTHERS = [
    pytest.param(
        "T. H. Pham và cộng sự. *Quản lý nước ngầm ở đồng bằng*. Tạp chí Thủy lợi, 2018.",
        ["pham"],
        "Quản lý nước ngầm ở đồng bằng",
        2018,
        id="vietnamese-cong-su",
    ),
    pytest.param(
        "Q. D. Le, M. T. Do và nnk. *Địa chất vùng ven biển*. Hà Nội, 2015.",
        ["le", "do"],
        "Địa chất vùng ven biển",
        2015,
        id="vietnamese-nnk-two-names",
    ),
    pytest.param(
        "K. Brandt u. a. *Handbuch der Bodenkunde*. Stuttgart, 2009.",
        ["brandt"],
        "Handbuch der Bodenkunde",
        2009,
        id="german-u-a",
    ),
    pytest.param(
        "С. В. Петров и др. *Гидрология суши*. Санкт-Петербург, 2007.",
        ["петров"],
        "Гидрология суши",
        2007,
        id="russian-i-dr",
    ),
    pytest.param(
        "Н. І. Коваль та ін. *Ґрунтознавство*. Львів, 2013.",
        ["коваль"],
        "Ґрунтознавство",
        2013,
        id="ukrainian-ta-in",
    ),
    pytest.param(
        "A. Nowak i in. *Hydrologia stosowana*. Kraków, 2011.",
        ["nowak"],
        "Hydrologia stosowana",
        2011,
        id="polish-i-in",
    ),
    pytest.param(
        "P. Dvořák a kol. *Hydrologie povodí*. Brno, 2010.",
        ["dvořák"],
        "Hydrologie povodí",
        2010,
        id="czech-a-kol",
    ),
    pytest.param(
        "M. Demir ve ark. *Toprak bilimi*. İzmir, 2016.",
        ["demir"],
        "Toprak bilimi",
        2016,
        id="turkish-ve-ark",
    ),
    pytest.param(
        "R. Wijaya dkk. *Pengelolaan daerah aliran sungai*. Bandung, 2019.",
        ["wijaya"],
        "Pengelolaan daerah aliran sungai",
        2019,
        id="indonesian-dkk",
    ),
    pytest.param(
        "L. Ferreira e col. *Recursos hídricos*. Recife, 2014.",
        ["ferreira"],
        "Recursos hídricos",
        2014,
        id="portuguese-e-col",
    ),
    pytest.param(
        "A. Romero y cols. *Hidrología agrícola*. Sevilla, 2012.",
        ["romero"],
        "Hidrología agrícola",
        2012,
        id="spanish-y-cols",
    ),
    pytest.param(
        "C. Girard et coll. *Hydrologie des sols*. Lyon, 2008.",
        ["girard"],
        "Hydrologie des sols",
        2008,
        id="french-et-coll",
    ),
    pytest.param(
        "E. Holm m.fl. *Markvetenskap*. Uppsala, 2017.",
        ["holm"],
        "Markvetenskap",
        2017,
        id="swedish-m-fl",
    ),
    pytest.param(
        "P. van Dijk e.a. *Bodemkunde*. Utrecht, 2006.",
        ["van dijk"],
        "Bodemkunde",
        2006,
        id="dutch-e-a",
    ),
    pytest.param(
        "田中一郎ほか. 土壌の水分移動. 農業土木学会誌, 2005.",
        ["田中一郎"],
        "土壌の水分移動",
        2005,
        id="japanese-hoka",
    ),
    # negatives: the words inside a quoted title stay in it; an English "et al." as before
    pytest.param(
        'Okafor, C. "Vu và cộng sự and the delta survey". Journal of Deltas, 2021.',
        ["okafor"],
        "Vu và cộng sự and the delta survey",
        2021,
        id="neg-words-in-quoted-title",
    ),
    pytest.param(
        'Okafor, C. "On the et al. problem in author lists". Journal of Lists, 2021.',
        ["okafor"],
        "On the et al. problem in author lists",
        2021,
        id="neg-et-al-in-quoted-title",
    ),
    pytest.param(
        "T. H. Pham et al. *Quản lý nước ngầm ở đồng bằng*. Tạp chí Thủy lợi, 2018.",
        ["pham"],
        "Quản lý nước ngầm ở đồng bằng",
        2018,
        id="english-et-al-unchanged",
    ),
]


@pytest.mark.parametrize(("entry", "families", "title", "year"), OTHERS)
def test_names_before_the_words_for_and_others(
    entry: str, families: list[str], title: str, year: int
) -> None:
    assert _read(entry) == (families, title, year)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B. Ngo và cs. *Tựa*. 2019.", "B. Ngo et al. *Tựa*. 2019."),
        ("Wijaya, R. dkk (2019). Judul.", "Wijaya, R. et al (2019). Judul."),
        ("佐藤花子, 鈴木次郎ほか. 表題. 2001.", "佐藤花子, 鈴木次郎 et al. 表題. 2001."),
        # after a comma (Vancouver), before a colon; the Dutch "ea."
        ("Brandt K, Vogel L, u. a. Titel. 2009.", "Brandt K, Vogel L, et al. Titel. 2009."),
        ("Brandt, K. u. a.: Titel. 2009.", "Brandt, K. et al.: Titel. 2009."),
        ("P. van Dijk ea. *Titel*. 2006.", "P. van Dijk et al. *Titel*. 2006."),
        # negatives: prose before the words; the words in a title; no words at all
        ("See the survey by Müller u. a. for more.", "See the survey by Müller u. a. for more."),
        ('Roe, A. "Müller u. a. revisited". 2019.', 'Roe, A. "Müller u. a. revisited". 2019.'),
        ("Roe, A. *A title*. 2019.", "Roe, A. *A title*. 2019."),
        # (a Polish "i" joining two names, not "i in.")
        ("J. Nowak i K. Lis. *Tytuł*. 2010.", "J. Nowak i K. Lis. *Tytuł*. 2010."),
    ],
)
def test_english_others(text: str, expected: str) -> None:
    assert english_others(text) == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Đỗ Văn Tâm, Hoàng Thị Mai", ("Đỗ Văn Tâm", "Hoàng Thị Mai")),
        (
            "Vũ Quang Huy, Bùi Thị Lan, Đặng Văn Long",
            ("Vũ Quang Huy", "Bùi Thị Lan", "Đặng Văn Long"),
        ),
        # negatives: one inverted name, an English pair, an organisation with a comma
        ("García Márquez, Gabriel José", ("García Márquez, Gabriel José",)),
        ("Smith, John", ("Smith, John",)),
        (
            "Ministry of Health, Republic of Indonesia",
            ("Ministry of Health, Republic of Indonesia",),
        ),
        ("Đỗ Văn Tâm, John Smith", ("Đỗ Văn Tâm, John Smith",)),
    ],
)
def test_family_first_list(author: str, expected: tuple[str, ...]) -> None:
    assert family_first_list(author) == expected


@pytest.mark.parametrize(
    ("entry", "families", "title"),
    [
        (
            'Đỗ Văn Tâm, Hoàng Thị Mai. "Mô hình thủy văn lưu vực". Tạp chí Môi trường, 2022.',
            ["đỗ", "hoàng"],
            "Mô hình thủy văn lưu vực",
        ),
        # negative: English full names stay family-last
        (
            'Ann Lee, Mark Roe, Tom Fry. "Basin models". Journal of Water, 2022.',
            ["lee", "roe", "fry"],
            "Basin models",
        ),
    ],
)
def test_family_first_names_parted_by_commas(entry: str, families: list[str], title: str) -> None:
    got = _read(entry)
    assert (got[0], got[1]) == (families, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "IETF RFC 7231, R. Fielding and J. Reschke, _Hypertext Transfer Protocol (HTTP/1.1): "
            "Semantics and Content_. June 2014",
            (
                "IETF RFC 7231",
                ("R. Fielding", "J. Reschke"),
                "Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content",
            ),
        ),
        (
            'RFC 3339, G. Klyne, C. Newman, "Date and Time on the Internet: Timestamps", '
            "July 2002.",
            ("RFC 3339", ("G. Klyne", "C. Newman"), "Date and Time on the Internet: Timestamps"),
        ),
        (
            "ISO 8601-1:2019, J. Q. Public, *Date and time: Representations*, 2019.",
            ("ISO 8601-1:2019", ("J. Q. Public",), "Date and time: Representations"),
        ),
        # negatives: no names before the title; the title not marked
        ("ISO 8601-1:2019, *Date and time: Representations*, 2019.", None),
        ("RFC 3339, G. Klyne, C. Newman, Date and Time on the Internet, 2002.", None),
    ],
)
def test_number_names_marked_title(
    text: str, expected: tuple[str, tuple[str, ...], str] | None
) -> None:
    assert numbered_entry(text) == expected


def test_standard_entry_read_whole() -> None:
    families, title, year = _read(
        "IETF RFC 7231, R. Fielding and J. Reschke, _Hypertext Transfer Protocol (HTTP/1.1): "
        "Semantics and Content_. June 2014"
    )
    assert (families, title, year) == (
        ["fielding", "reschke"],
        "Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content",
        2014,
    )


Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "A. " * (n // 3), id="initials"),
    pytest.param(lambda n: "Ngo và " * (n // 7), id="and-words"),
    pytest.param(lambda n: "RFC 1, " + "A. B, " * ((n - 7) // 6), id="number-names"),
    pytest.param(lambda n: "RFC 1, A. B, _" + "x" * (n - 14), id="unclosed-emphasis"),
]


@pytest.mark.parametrize("line", LINES)
def test_english_others_is_linear(line: Line) -> None:
    assert_linear(english_others, line)


@pytest.mark.parametrize("line", LINES)
def test_numbered_entry_is_linear(line: Line) -> None:
    assert_linear(numbered_entry, line)


@pytest.mark.parametrize(
    ("entry", "families", "title"),
    [
        # an initial's full stop before "et al." (Vancouver as many lists write it)
        (
            "Szabó K. et al. Talajvízszint mérése. Hidrológiai Közlöny. 2014;94:12-8.",
            ["szabó"],
            "Talajvízszint mérése",
        ),
        (
            "Szabó K. és mtsai. Talajvízszint mérése. Hidrológiai Közlöny. 2014;94:12-8.",
            ["szabó"],
            "Talajvízszint mérése",
        ),
        # "et al." left after an inverted name, before the year
        (
            "Okafor, Chidi et al. (2017). Delta sediment budgets. Journal of Deltas, 3, 1-9.",
            ["okafor"],
            "Delta sediment budgets",
        ),
        (
            "Phan Văn Tuấn và cộng sự (2017). Bồi lắng ở cửa sông. Tạp chí Thủy lợi, 3, 1-9.",
            ["phan"],
            "Bồi lắng ở cửa sông",
        ),
        # family-first names parted by commas before the year, before a comma and the title
        (
            "Đỗ Văn Tâm, Hoàng Thị Mai (2022). Mô hình thủy văn. Tạp chí Môi trường, 5, 2-8.",
            ["đỗ", "hoàng"],
            "Mô hình thủy văn",
        ),
        (
            "Đỗ Văn Tâm, Hoàng Thị Mai, Mô hình thủy văn, Tạp chí Môi trường, 2022.",
            ["đỗ", "hoàng"],
            "Mô hình thủy văn",
        ),
        (
            "Park Ji-hoon, Choi Soo-ah (2021). Rice paddy drainage. Journal of Crops, 4, 1-9.",
            ["park", "choi"],
            "Rice paddy drainage",
        ),
        # negatives: an inverted Spanish name with two surnames; English full names
        (
            "García Márquez, Gabriel José. *Cien años de soledad*. Buenos Aires, 1967.",
            ["garcía márquez"],
            "Cien años de soledad",
        ),
        (
            'Ann Lee, Mark Roe, Tom Fry. "Basin models". Journal of Water, 4, 1-9.',
            ["lee", "roe", "fry"],
            "Basin models",
        ),
    ],
)
def test_names_read_before_the_title(entry: str, families: list[str], title: str) -> None:
    got = _read(entry)
    assert (got[0], got[1]) == (families, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đỗ Văn Tâm, Hoàng Thị Mai (2022). T.", "Đỗ Văn Tâm and Hoàng Thị Mai (2022). T."),
        ("Đỗ Văn Tâm, Hoàng Thị Mai, Tựa đề, 2022.", "Đỗ Văn Tâm and Hoàng Thị Mai, Tựa đề, 2022."),
        # negatives: a full stop or a colon closes the names (the parsers part them); one name;
        # names that are not family-first; a year after the comma
        ("Đỗ Văn Tâm, Hoàng Thị Mai. Tựa đề. 2022.", "Đỗ Văn Tâm, Hoàng Thị Mai. Tựa đề. 2022."),
        ("Đỗ Văn Tâm (2022). Tựa đề.", "Đỗ Văn Tâm (2022). Tựa đề."),
        ("John Smith, Mary Jones (2022). Title.", "John Smith, Mary Jones (2022). Title."),
        ("Đỗ Văn Tâm, Hoàng Thị Mai, 2022. Tựa đề.", "Đỗ Văn Tâm, Hoàng Thị Mai, 2022. Tựa đề."),
        ("Đỗ Văn Tâm, Vũ Huy, & Lê Hoa (2020). T.", "Đỗ Văn Tâm, Vũ Huy, & Lê Hoa (2020). T."),
    ],
)
def test_joined(text: str, expected: str) -> None:
    assert joined(text) == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Smith, John et al", "Smith, John"),
        ("Nguyễn Văn An, et al.", "Nguyễn Văn An"),
        ("Smith, John", "Smith, John"),
        ("et al.", "et al."),  # (nothing before it: left to the parser's own rules)
        ("Metal Works Ltd", "Metal Works Ltd"),
    ],
)
def test_without_others(author: str, expected: str) -> None:
    assert without_others(author) == expected


@pytest.mark.parametrize("line", LINES)
def test_joined_is_linear(line: Line) -> None:
    assert_linear(joined, line)


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        ("[RFC7231]", "  Fielding, R., Ed., T"),
        ("[Lam94]", " L. Lamport. T"),
        ("[I-D.ietf-quic-http]", ' "Title"'),
    ],
)
def test_label_blanked(label: str, rest: str) -> None:
    assert label_blanked(label + rest) == " " * len(label) + rest


@pytest.mark.parametrize(
    "text",
    [
        # a number (the numbered styles read it), an attributed author, a word, no names after
        "[12] L. Lamport. T",
        "[Samuel Johnson], *The Idler*",
        "[Online] Available: x",
        "[RFC7231] and more",
    ],
)
def test_label_kept(text: str) -> None:
    assert label_blanked(text) == text


def test_rfc_editor_entry_with_label_and_wrapped_lines() -> None:
    text = (
        '[RFC7231]  Fielding, R., Ed. and J. Reschke, Ed., "Hypertext Transfer\n'
        '           Protocol (HTTP/1.1): Semantics and Content", RFC 7231,\n'
        "           DOI 10.17487/RFC7231, June 2014,\n"
        "           <https://www.rfc-editor.org/info/rfc7231>."
    )
    ref = parse_reference(text, [10, 11, 12, 13], detect_styles=True)
    assert [family_name(a) for a in ref.authors] == ["fielding", "reschke"]
    assert ref.title == "Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content"
    assert (ref.year, ref.doi) == (2014, "10.17487/rfc7231")
    assert ref.url == "https://www.rfc-editor.org/info/rfc7231"
    assert ref.raw == text


@pytest.mark.parametrize("line", LINES)
def test_label_blanked_is_linear(line: Line) -> None:
    assert_linear(label_blanked, line)


@pytest.mark.parametrize(
    ("entry", "families", "title"),
    [
        # Hungarian names, family name first: by their Hungarian given names
        (
            "Szabó Gergely, Tóth Ildikó. *A Balaton vízháztartása*. Budapest, 2013.",
            ["szabó", "tóth"],
            "A Balaton vízháztartása",
        ),
        (
            "Farkas Zsolt és Molnár Éva Katalin (2016). Tavak és folyók. Szeged: JATEPress.",
            ["farkas", "molnár"],
            "Tavak és folyók",
        ),
        # negatives: a Hungarian name in the Western order; a name with no Hungarian given name
        (
            "Gergely Szabó. *Lake Balaton water budget*. Budapest, 2013.",
            ["szabó"],
            "Lake Balaton water budget",
        ),
        (
            "Anna Kowalska. *Bilans wodny jezior*. Kraków, 2013.",
            ["kowalska"],
            "Bilans wodny jezior",
        ),
    ],
)
def test_hungarian_family_first(entry: str, families: list[str], title: str) -> None:
    got = _read(entry)
    assert (got[0], got[1]) == (families, title)
