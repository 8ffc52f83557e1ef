"""The kinds of works cited in the Arabic script (Urdu, Persian, Arabic) by their own words:
a journal's issue named "شمارہ" (Urdu), a thesis ("پی ایچ ڈی مقالہ", "رسالهٔ دکتری", "رسالة
ماجستير"), a file in an archive ("مرکزی دستاویز خانہ ... فائل 12", "آرشیو ... پرونده 3",
"دار الوثائق ... ملف رقم 4"), a newspaper's article in a list (the full stop after the
quoted title), and an inverted name before a book whose title holds a colon; the same shapes
in English where they are the same, and near misses that keep their reading."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_file, archival_item
from bibcheck.parse.references.thesis import designation
from tests.growth import growth


@pytest.mark.parametrize(
    ("text", "kind", "authors", "title"),
    [
        # a journal's bare volume before its named issue, in a list
        (
            "قریشی، نسرین۔ ’شہری تعلیم کا ارتقا‘۔ سہ ماہی فکر و نظر 9، شمارہ 4 (2011): 3–17۔",
            RefKind.ARTICLE,
            ("قریشی، نسرین",),
            "شہری تعلیم کا ارتقا",
        ),
        # ... and in a note, the volume named "جلد"
        (
            "نسرین قریشی، ’شہری تعلیم کا ارتقا‘، فکر و نظر 9، شمارہ 4 (2011): 3–17۔",
            RefKind.ARTICLE,
            ("نسرین قریشی",),
            "شہری تعلیم کا ارتقا",
        ),
        # theses: Urdu, Persian, Arabic
        (
            "کامران بٹ، ’سرحد میں تعلیمِ نسواں، 1950–1975‘ (ایم فل مقالہ، جامعہ پشاور، 2014)، ص 9۔",
            RefKind.THESIS,
            ("کامران بٹ",),
            "سرحد میں تعلیمِ نسواں، 1950–1975",
        ),
        (
            "بٹ، کامران۔ ’سرحد میں تعلیمِ نسواں‘۔ پی ایچ ڈی مقالہ، جامعہ پشاور، 2014۔",
            RefKind.THESIS,
            ("بٹ، کامران",),
            "سرحد میں تعلیمِ نسواں",
        ),
        # an inverted name before an italic title with a colon (not "Given" for a title)
        (
            "ہاشمی، زینت۔ *دریا کی کہانی: سندھ کا ایک سفر*۔ حیدرآباد: سندھی ادبی بورڈ، 2003۔",
            RefKind.BOOK,
            ("ہاشمی، زینت",),
            "دریا کی کہانی: سندھ کا ایک سفر",
        ),
        # a newspaper's article in a list: the full stop after the quoted title
        (
            "’بندرگاہ پر نئی کرینیں نصب‘۔ روزنامہ ڈان (کراچی)، 4 جون 2001، ص 3۔",
            RefKind.ARTICLE,
            (),
            "بندرگاہ پر نئی کرینیں نصب",
        ),
        (
            "“New Cranes at the Port”. Morning Herald (Karachi), 4 June 2001, p. 3.",
            RefKind.ARTICLE,
            (),
            "New Cranes at the Port",
        ),
        # a file in an archive that its body keeps, named after the body
        (
            "انجمن ترقی اردو، مرکزی دستاویز خانہ، کراچی۔ فائل AT/12/7، ’کتب خانے کی توسیع‘، 1962۔",
            RefKind.UNKNOWN,
            (),
            "کتب خانے کی توسیع",
        ),
        (
            "Anjuman Taraqqi-e-Urdu, Central Archive, Karachi, File AT/12/7, “Extension of the"
            " Library,” 1962.",
            RefKind.UNKNOWN,
            (),
            "Extension of the Library",
        ),
    ],
)
def test_arabic_script_kinds(
    text: str, kind: RefKind, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.kind, ref.authors, ref.title) == (kind, authors, title)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("…، (پی ایچ ڈی مقالہ، جامعہ پنجاب، 2017)", "پی ایچ ڈی مقالہ"),
        ("…. پایان‌نامهٔ کارشناسی ارشد، دانشگاه تهران، 1395.", "پایان‌نامهٔ کارشناسی ارشد"),
        ("…، رسالة ماجستير، جامعة القاهرة، 2001.", "رسالة ماجستير"),
        ("…، أطروحة دكتوراه، جامعة دمشق، 1999.", "أطروحة دكتوراه"),
    ],
)
def test_arabic_script_thesis_designation(text: str, found: str) -> None:
    d = designation(text.replace("،", ","))
    assert d is not None and found in text[d.start : d.end]


@pytest.mark.parametrize(
    "text",
    [
        # "مقالہ" alone is any paper; a title about theses is none
        "…، مقالہ، مجلہ تحقیق 4 (2001)۔",
        "…، ’پی ایچ ڈی مقالہ لکھنے کا طریقہ‘، لاہور، 2001۔",
    ],
)
def test_no_thesis(text: str) -> None:
    assert designation(text.replace("،", ",")) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("سازمان اسناد و کتابخانه ملی ایران، پرونده 240/12، نامهٔ وزیر، 1310.", True),
        ("دار الوثائق القومية، القاهرة، ملف رقم 45، تقرير المدير، 1925.", True),
        ("ہمدرد فاؤنڈیشن، مرکزی دستاویز خانہ، فائل HF/2/9، خط، 1970۔", True),
        # near misses: a file's word with no archive, an archive with no file
        ("احمد، فائل 3 میں یہ درج ہے، 1970۔", False),
        ("دار الوثائق القومية، تاريخ مصر، القاهرة، 1925.", False),
    ],
)
def test_arabic_script_archival_file(text: str, want: bool) -> None:
    assert archival_file(text.replace("،", ",")) is want


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hamdard Foundation, Central Archive, Karachi, File 12, “Letter on Land,” 1981.",
            "Letter on Land",
        ),
        (
            "Hamdard Foundation, Central Archive, Karachi. File 12, “Letter on Land”, 1981.",
            "Letter on Land",
        ),
        # the first segment the archive, as before
        (
            "West Yorkshire Archive Service, WYL/12/3, Minutes of the board, 1890.",
            "Minutes of the board",
        ),
        # near miss: no archive named before the mark
        ("Hamdard Foundation, Karachi, File 12, “Letter on Land,” 1981.", None),
    ],
)
def test_archival_item_named_after_body(text: str, title: str | None) -> None:
    assert archival_item(text) == title


@pytest.mark.parametrize("unit", ["فائل A/", "دستاویز خانہ، ", "Archive, X, "])
def test_linear_arabic_archive(unit: str) -> None:
    assert growth(lambda n: archival_file(unit * n + "فائل"), 200, 800) < 6
    assert growth(lambda n: archival_item(unit * n + ", “x"), 200, 800) < 6


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        # a statute whose short title opens with a list, "and" before its last item
        (
            "Unani, Ayurvedic and Homoeopathic Practitioners Act, 1965 (Act No. II of 1965),"
            " *Gazette of Pakistan*, Extraordinary.",
            "Unani, Ayurvedic and Homoeopathic Practitioners Act",
            1965,
        ),
        (
            "Births, Deaths and Marriages Registration Act, 1886.",
            "Births, Deaths and Marriages Registration Act",
            1886,
        ),
        (
            "Pharmacy, Medical and Dental Services Ordinance, 1962 (Ordinance No. IV of 1962).",
            "Pharmacy, Medical and Dental Services Ordinance",
            1962,
        ),
    ],
)
def test_listed_statute_titles(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert (ref.kind, ref.authors, ref.title, ref.year) == (RefKind.REPORT, (), title, year)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: persons and a book about an act keep their reading
        "Smith, John and Mary Brown, The Act 1990 (London: Penguin, 1991).",
        "Smith, Jones and Brown, Company Act 1990.",
    ],
)
def test_listed_names_are_no_statute(text: str) -> None:
    assert parse_reference(text, [0], note=True).kind is not RefKind.REPORT


@pytest.mark.parametrize("unit", ["A, ", "A, B and ", "Act, "])
def test_linear_listed_statute(unit: str) -> None:
    assert growth(lambda n: parse_reference(unit * n + " Act, 1965.", [0]), 100, 400) < 8


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "انجمن ترقی اردو، مرکزی دستاویز خانہ، کراچی۔ فائل AT/12/7، ’کتب خانے کی توسیع‘، 1962۔",
            1962,
        ),
        (
            "Anjuman Taraqqi-e-Urdu, Central Archive, Karachi. File AT/12/7, “Extension”, 1962.",
            1962,
        ),
    ],
)
def test_archival_item_year(text: str, year: int) -> None:
    assert parse_reference(text, [0]).year == year
