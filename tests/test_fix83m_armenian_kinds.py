"""Round 83 (fix83m): Armenian and Georgian theses, access dates and archival files.

* a thesis designated in Armenian (``թեկնածուական ատենախոսություն``, ``դոկտորական
  ատենախոսություն``, ``մագիստրոսական թեզ``) or Georgian (``სადოქტորო დისერტაცია``,
  ``სამაგისტრო ნაშრომი``) is a thesis, its university the institution; the author's
  abstract (``ատենախոսության սեղմագիր``) and a book about dissertations are not;
* an APA entry retrieved on a day written in Armenian (``Վերցված է 2026 թ. մարտի 3-ին``) or
  Georgian (``მოძიებულია 2025 წლის 12 მაისს``) is a web page, the day its access date;
* a folder, a fonds or a file in an Armenian or Georgian archive (``Մատենադարան, …,
  թղթապանակ 9``, ``ֆ. 57, ց. 1, գ. 12``, ``არქივი, ფ. 1, ან. 2, საქ. 3``) is an archival
  file (``unknown``), its address kept; a printed book about an archive is not.

Every example is invented.
"""

from __future__ import annotations

import datetime

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_file
from bibcheck.parse.references.fields import find_access_date
from bibcheck.parse.references.thesis import designation
from tests.growth import growth

THESES = [
    pytest.param(
        "Մելքոնյան, Ա. (2018). *Լոռվա բարբառի հնչյունական համակարգը* [Թեկնածուական "
        "ատենախոսություն, Վանաձորի պետական համալսարան]. <https://repo.example.org/m-2018>",
        "doctoral",
        "Վանաձորի պետական համալսարան",
        id="apa-candidate",
    ),
    pytest.param(
        "Գասպարյան, Ն. (2011). *Արցախի բարբառի բառապաշարը* [դոկտորական ատենախոսություն, "
        "Երևանի պետական համալսարան].",
        "doctoral",
        "Երևանի պետական համալսարան",
        id="apa-doctor-lowercase",
    ),
    pytest.param(
        "Հակոբյան, Տ. (2022). *Բայական ձևերը Սյունիքի խոսվածքներում* [Մագիստրոսական թեզ, "
        "Գորիսի պետական համալսարան].",
        "masters",
        "Գորիսի պետական համալսարան",
        id="apa-masters",
    ),
    pytest.param(
        "Մանուկյան Կ. Գավառական մամուլը [ատենախոսություն]. Գյումրի: Շիրակի պետական "
        "համալսարան; 2009.",
        "doctoral",
        None,
        id="vancouver-bare-word",
    ),
    pytest.param(
        "ჯაფარიძე, ლ. (2017). *აჭარული დიალექტის ლექსიკა* [სადოქტორო დისერტაცია, ბათუმის "
        "შოთა რუსთაველის სახელმწიფო უნივერსიტეტი].",
        "doctoral",
        "ბათუმის შოთა რუსთაველის სახელმწიფო უნივერსიტეტი",
        id="georgian-doctoral",
    ),
    pytest.param(
        "ხარაზიშვილი, ე. (2023). *მესხური კილოს ზმნა* [სამაგისტრო ნაშრომი, ილიას "
        "სახელმწიფო უნივერსიტეტი].",
        "masters",
        "ილიას სახელმწიფო უნივერსიტეტი",
        id="georgian-masters",
    ),
]


@pytest.mark.parametrize(("text", "degree", "school"), THESES)
def test_armenian_and_georgian_theses(text: str, degree: str, school: str | None) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind is RefKind.THESIS
    assert ref.thesis_type is not None and ref.thesis_type.value == degree
    if school is not None:
        assert ref.institution == school


NOT_THESES = [
    pytest.param(
        "Ավետիսյան, Մ. (2021). *Ատենախոսություն գրելու արվեստը*. Երևան: Զանգակ.",
        id="book-on-writing-dissertations",
    ),
    pytest.param(
        "Սահակյան Ռ. Գոյականի հոլովումը. Բանասիրական գիտությունների թեկնածուի գիտական "
        "աստիճանի հայցման ատենախոսության սեղմագիր. Երևան, 2004.",
        id="author-abstract",
    ),
    pytest.param(
        "ბერიძე, ნ. (2015). *დისერტაციის წერის სახელმძღვანელო*. თბილისი: არტანუჯი.",
        id="georgian-handbook",
    ),
]


@pytest.mark.parametrize("text", NOT_THESES)
def test_not_a_thesis(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is not RefKind.THESIS


ACCESS = [
    pytest.param("Վերցված է 2026 թ. մարտի 3-ին <https://x.example.org>", (2026, 3, 3), id="hy-apa"),
    pytest.param("Դիտվել է 14 դեկտեմբերի 2024 թ.", (2024, 12, 14), id="hy-day-first"),
    pytest.param("մուտքի ամսաթիվ՝ 2025 թ. հունիսի 9", (2025, 6, 9), id="hy-label"),
    pytest.param("მოძიებულია 2025 წლის 12 მაისს, https://x.example.org", (2025, 5, 12), id="ka"),
    pytest.param("(წვდომის თარიღი: 03.02.2024)", (2024, 2, 3), id="ka-dotted"),
    pytest.param("ნანახია 7 თებერვალი 2023 წ.", (2023, 2, 7), id="ka-day-first"),
]


@pytest.mark.parametrize(("text", "day"), ACCESS)
def test_armenian_and_georgian_access_dates(text: str, day: tuple[int, int, int]) -> None:
    found = find_access_date(text)
    assert found is not None and found.value == datetime.date(*day)


def test_year_alone_is_no_access_date() -> None:
    # (a year and the sign for it, no label: the entry's own date)
    assert find_access_date("Երևան, 2019 թ. մայիս, էջ 4") is None


RETRIEVED = [
    pytest.param(
        "Երևանի պետական համալսարան. (2023). *Հայոց լեզվի ամբիոն*. Վերցված է 2026 թ. "
        "փետրվարի 2-ին <https://www.ysu.example.org/amb>",
        "Հայոց լեզվի ամբիոն",
        id="hy-department-page",
    ),
    pytest.param(
        "თბილისის უნივერსიტეტი. (2024). *ენათმეცნიერების ინსტიტუტი*. მოძიებულია 2026 წლის "
        "4 მარტს, https://www.tsu.example.org/inst",
        "ენათმეცნიერების ინსტიტუტი",
        id="ka-institute-page",
    ),
]


@pytest.mark.parametrize(("text", "title"), RETRIEVED)
def test_retrieved_page_is_web(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind is RefKind.WEB
    assert ref.title == title
    assert ref.access_date is not None
    assert not ref.publisher


def test_printed_book_without_access_stays_book() -> None:
    text = (
        "Երևանի պետական համալսարան. (2023). *Հայոց լեզվի ամբիոնի պատմությունը*. Երևան: "
        "ԵՊՀ հրատարակչություն. <https://www.ysu.example.org/book>"
    )
    assert parse_reference(text, (1,), detect_styles=True).kind is RefKind.BOOK


ARCHIVAL = [
    pytest.param(
        "Մաշտոցի անվան Մատենադարան, Մառի ֆոնդ, թղթապանակ 9 (ձեռագիր նամակներ). "
        "<https://archive.example.org/marr/9>",
        "https://archive.example.org/marr/9",
        id="hy-folder-linked",
    ),
    pytest.param("Հայաստանի ազգային արխիվ, ֆ. 57, ց. 1, գ. 12, թ. 3.", None, id="hy-marks"),
    pytest.param("Հայաստանի ազգային արխիվ, ֆոնդ 201, գործ 44.", None, id="hy-words"),
    pytest.param("საქართველოს ეროვნული არქივი, ფ. 1, ან. 2, საქ. 3, ფურც. 4.", None, id="ka-marks"),
    pytest.param(
        "ხელნაწერთა ეროვნული ცენტრი, ფონდი 12, საქმე 4. https://mss.example.org/f12",
        "https://mss.example.org/f12",
        id="ka-words-linked",
    ),
]


@pytest.mark.parametrize(("text", "url"), ARCHIVAL)
def test_archival_files(text: str, url: str | None) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind is RefKind.UNKNOWN
    assert ref.url == url


NOT_ARCHIVAL = [
    pytest.param(
        "Ղազարյան, Ս. (2010). *Մատենադարանի պատմությունը*. Երևան: Նաիրի.",
        RefKind.BOOK,
        id="hy-book-about-the-repository",
    ),
    pytest.param(
        "ცინცაძე, მ. (2016). *არქივის საქმე საქართველოში*. თბილისი: უნივერსალი.",
        RefKind.BOOK,
        id="ka-book-on-archives",
    ),
]


@pytest.mark.parametrize(("text", "kind"), NOT_ARCHIVAL)
def test_not_archival(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is kind


@pytest.mark.parametrize(
    "unit",
    [
        "2026 թ. մարտի ",
        "2026 թ.",
        "5 մարտի 2024 ",
        "2026 წლის 5 ",
        "Վերցված է 2026 ",
        "ֆ. 57, ց. 1, ",
        "արխիվ, թղթապանակ ",
        "[Թեկնածուական ",
    ],
)
def test_linear(unit: str) -> None:
    assert growth(lambda n: find_access_date(unit * n + " x"), 200, 800) < 6
    assert growth(lambda n: archival_file(unit * n + " x"), 200, 800) < 6
    assert growth(lambda n: designation(unit * n + " x"), 200, 800) < 6
