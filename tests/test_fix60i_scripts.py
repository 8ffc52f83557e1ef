"""fix60i: entries in non-Latin scripts and their translations -- a translated title in
brackets, Wikipedia's ``script-title=xx:``, an entry's rendering in another script after it,
a translated classic's one-name author (GOST), IEEE's unmarked title in a caseless script, a
parallel title in parentheses, the Persian comma between a citation's places."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bracketed_translation import without_parallel, without_translation
from bibcheck.parse.references.dual_year import common_era_year
from bibcheck.parse.references.ieee_report import ieee_report, quoted_after_name
from bibcheck.parse.references.wikicite import without_script_language
from bibcheck.readers import plaintext


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # a transliterated or foreign title with its English rendering (Chicago, APA, ALA)
        ("Istoriia ukraïns'koï movy [History of the Ukrainian Language]",
         "Istoriia ukraïns'koï movy"),
        ("Le roman populaire en France [The popular novel in France]",
         "Le roman populaire en France"),
        ("Polska proza wiejska (1918–1939): Studia [Polish Rural Prose (1918–1939): Studies]",
         "Polska proza wiejska (1918–1939): Studia"),
        # a title in one script, its translation in another, GOST's other title info after
        ("شاهنامه [Шахнаме] : поэма", "شاهنامه"),
        ("תולדות הספרות העברית [История еврейской литературы]", "תולדות הספרות העברית"),
        ("Կանոնագիրք [The Book of Canons]", "Կանոնագիրք"),
        # kept: designators, an English title's bracket, one word, numbers, all in brackets
        ("Statistics for ecologists [Internet]", "Statistics for ecologists [Internet]"),
        ("Riverbank erosion [Doctoral dissertation, University of Leeds]",
         "Riverbank erosion [Doctoral dissertation, University of Leeds]"),
        ("Le roman populaire [Review of the book by P. Roy]",
         "Le roman populaire [Review of the book by P. Roy]"),
        ("Notes on sampling [Letter to the editor]", "Notes on sampling [Letter to the editor]"),
        ("Designing Filters That Work [Lecture Notes]", "Designing Filters That Work [Lecture Notes]"),
        ("Zbiór pism [Tekst]", "Zbiór pism [Tekst]"),
        ("Экономика региона [Электронный ресурс] : учебник",
         "Экономика региона [Электронный ресурс] : учебник"),
        ("Integrals on [0, 1]", "Integrals on [0, 1]"),
        ("[Untitled sketch of the harbour]", "[Untitled sketch of the harbour]"),
        ("Teoria dei numeri [Nagoya]", "Teoria dei numeri [Nagoya]"),
        ("Ring theory [Кольца]", "Ring theory [Кольца]"),
        ("Экономика [Экономика региона]", "Экономика [Экономика региона]"),
    ],
)  # fmt: skip
def test_without_translation(title: str, want: str) -> None:
    assert without_translation(title) == want


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("ru:Очерки истории Византии", "Очерки истории Византии"),
        ("zh-Hant:中國通史", "中國通史"),
        ("ar: تاريخ الأدب العربي", "تاريخ الأدب العربي"),
        ("Очерки истории: Византия", "Очерки истории: Византия"),
        ("Re:Zero kara", "Re:Zero kara"),
    ],
)
def test_without_script_language(value: str, want: str) -> None:
    assert without_script_language(value) == want


@pytest.mark.parametrize(
    ("rest", "want"),
    [
        (
            "کریمی، رضا. سفرنامه. تهران: امیرکبیر، ۱۳۵۰. [Карими Р. Путевые записки / пер. "
            "Тегеран : Амир Кабир, 1971.]",
            "کریمی، رضا. سفرنامه. تهران: امیرکبیر، ۱۳۵۰.",
        ),
        # the same script in the bracket: no rendering of the entry
        ("Иванов И. Очерки. М., 1990. [Рец. / П. Петров]", "Иванов И. Очерки. М., 1990. [Рец. / П. Петров]"),
        ("Smith J. Title. London: Ace, 2001. [Online]", "Smith J. Title. London: Ace, 2001. [Online]"),
    ],
)  # fmt: skip
def test_without_parallel(rest: str, want: str) -> None:
    assert without_parallel(rest) == want


def _ref(text: str) -> tuple[str, tuple[str, ...], str | None, int | None]:
    ref = parse_reference(text, [1], detect_styles=True)
    return ref.kind.value, ref.authors, ref.title, ref.year


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a Persian entry with its Russian rendering (GOST's "/" and ":" in the bracket)
        (
            "کریمی، رضا. سفرنامه. تهران: امیرکبیر، ۱۳۵۰. [Карими Р. Путевые записки / под "
            "ред. А. Б. Козлова. Тегеран : Амир Кабир, 1350 с.х./1971.]",
            ("book", ("کریمی، رضا",), "سفرنامه", 1971),
        ),
        # GOST: a classic in translation, one name before the title
        (
            "Гомер. Одиссея / пер. с древнегреч. В. А. Жуковского. М. : Наука, 2000. 480 с.",
            ("book", ("Гомер",), "Одиссея", 2000),
        ),
        (
            "Омар Хайям. Рубаи / пер. с перс. О. Румера. М. : Эксмо, 2012. 256 с.",
            ("book", ("Омар Хайям",), "Рубаи", 2012),
        ),
        # ... no translator: the first sentence stays the title's
        (
            "Экология. Учебник для вузов / под ред. А. Петрова. М. : Наука, 2001. 200 с.",
            ("book", (), "Экология. Учебник для вузов", 2001),
        ),
        # IEEE's book in Devanagari: names, comma, unmarked title, its translation
        (
            "रमेश चन्द्र, गंगा के तट [The banks of the Ganga]. पटना: ज्ञान प्रकाशन, 2004.",
            ("book", ("रमेश चन्द्र",), "गंगा के तट", 2004),
        ),
        (
            "सीता देवी, नदी और नगर: एक अध्ययन. दिल्ली: राजकमल प्रकाशन, 1999.",
            ("book", ("सीता देवी",), "नदी और नगर: एक अध्ययन", 1999),
        ),
        # a Hebrew article, its title's translation in brackets before the journal
        (
            'כהן, דוד. "שירת הבקשות בירושלים" [The baqqashot of Jerusalem]. *Tarbiz* 88 '
            "(2015): 12–40.",
            ("article", ("כהן, דוד",), "שירת הבקשות בירושלים", 2015),
        ),
        # Chicago's romanized title, the original in parentheses, the translation in brackets,
        # the Solar Hijri year beside the Common Era one
        (
            "Khāleqi, Ruhollāh. *Sargozasht-e musiqi-ye Irān* (سرگذشت موسیقی ایران) [The story of "
            "Iranian music]. Tehran: Ṣafi ʿAlishāh, 1333 Sh./1954.",
            ("book", ("Khāleqi, Ruhollāh",), "Sargozasht-e musiqi-ye Irān", 1954),
        ),
        # a Hindi doctorate (IEEE, quoted title, translation)
        (
            'अनिता वर्मा, "गंगा के घाटों का इतिहास" [A history of the ghats], पीएच.डी. '
            "शोध-प्रबंध, पटना विश्वविद्यालय, पटना, 2015.",
            ("thesis", ("अनिता वर्मा",), "गंगा के घाटों का इतिहास", 2015),
        ),
        # IEEE reports: a body's name with a comma, "Rep." and its year
        (
            'Office of the Director of Census Operations, Kerala, "Village Directory: Kollam, Part A," '
            "Census of India 2001, Thiruvananthapuram, Rep., 2005.",
            (
                "report",
                ("Office of the Director of Census Operations, Kerala",),
                "Village Directory: Kollam, Part A",
                2005,
            ),
        ),
        (
            'Harbour Board, "Cargo volumes 2019," Leith, Rep., 2020. [Online]. Available: '
            "https://harbour.example.org/reports/cargo-2019",
            ("report", ("Harbour Board",), "Cargo volumes 2019", 2020),
        ),
        # a newspaper's article online, the paper with its city and the day's date
        (
            '"नदी किनारे नई सड़क" [A new road by the river], Amar Ujala (Agra), 3 Jan. 2021. '
            "[Online]. Available: https://news.example.in/agra/road-41",
            ("article", (), "नदी किनारे नई सड़क", 2021),
        ),
        (
            'R. Iyer, "Tides of the Kaveri," The Hindu (Chennai), Mar. 3, 2019. [Online]. '
            "Available: https://news.example.in/kaveri",
            ("article", ("R. Iyer",), "Tides of the Kaveri", 2019),
        ),
        # ... a site's page names no city: a web page still
        (
            'R. Iyer, "Tides of the Kaveri," River Notes Blog, Mar. 3, 2019. [Online]. '
            "Available: https://rivers.example.org/kaveri",
            ("web", ("R. Iyer",), "Tides of the Kaveri", 2019),
        ),
        # a parallel title in another script ends the title
        (
            "Ibn Jubayr, Rihla (رحلة), trans. R. Broadhurst, vol. 1. London: Cape, 1952.",
            ("book", ("Ibn Jubayr",), "Rihla", 1952),
        ),
    ],
)
def test_entries(text: str, want: tuple[str, tuple[str, ...], str | None, int | None]) -> None:
    assert _ref(text) == want


@pytest.mark.parametrize(
    ("rest", "want"),
    [
        ("Tehran: Māhur, 1372 Sh./1993.", "Tehran: Māhur, 1993."),
        ("Beirut: Dār al-Fikr, 1412 AH/1992 CE.", "Beirut: Dār al-Fikr, 1992."),
        ("Тегеран : Зувар, 1320 с.х./1941.", "Тегеран : Зувар, 1941."),
        ("القاهرة: دار المعارف، 1412هـ/1992م.", "القاهرة: دار المعارف، 1992."),
        # no Hijri year beside it: as written
        ("Tehran: Māhur, 1372.", "Tehran: Māhur, 1372."),
        ("London: Ace, 1990/1991.", "London: Ace, 1990/1991."),
        ("vol. 1412/1992", "vol. 1412/1992"),
    ],
)
def test_common_era_year(rest: str, want: str) -> None:
    assert common_era_year(rest) == want


def test_ieee_report_keeps_other_kinds() -> None:
    book = Reference(
        raw="", line=1, end_line=1, kind=RefKind.BOOK, title="Atlas", year=2001, year_raw="2001"
    )
    assert ieee_report(book, 'A. Roe, "Atlas," Leeds, Rep., 2003.') == book
    unknown = Reference(
        raw="", line=1, end_line=1, kind=RefKind.UNKNOWN, title="Atlas", year=2001, year_raw="2001"
    )
    # (a year not in the title is the parser's own: kept)
    assert ieee_report(unknown, 'A. Roe, "Atlas," Leeds, Rep., 2003.').year == 2001
    assert ieee_report(unknown, "A. Roe, Atlas, Leeds: Ace, 2003.") == unknown


@pytest.mark.parametrize(
    ("authors", "title", "want"),
    [
        (("Ministry of Health",), 'Ghana, "Health Facts 2020," Accra, Rep., 2021',
         (("Ministry of Health, Ghana",), "Health Facts 2020")),
        (("Ministry of Health",), "Health Facts 2020", (("Ministry of Health",), "Health Facts 2020")),
        (("A. Roe", "B. Poe"), 'Ghana, "Health Facts," 2021',
         (("A. Roe", "B. Poe"), 'Ghana, "Health Facts," 2021')),
    ],
)  # fmt: skip
def test_quoted_after_name(
    authors: tuple[str, ...], title: str, want: tuple[tuple[str, ...], str]
) -> None:
    ref = quoted_after_name(Reference(raw="", line=1, end_line=1, authors=authors, title=title))
    assert (ref.authors, ref.title) == want


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("as shown [4, ج. ۲، ص. ۸۸] here", "4, ج. ۲، ص. ۸۸"),
        ("as shown [3, ص. 12] here", "3, ص. 12"),
        ("the ward's figures [7, Table B-2] show", "7, Table B-2"),
        ("the ward's figures [7, Fig. S3] show", "7, Fig. S3"),
    ],
)
def test_bracket_places(text: str, label: str) -> None:
    m = plaintext.MARKER.search(text)
    assert m is not None and m.group("label") == label


def _refs(path: Path) -> list[Reference]:
    doc = parse_file(path)
    if doc.literature:
        return [e.reference for e in doc.literature]
    return [n.reference for n in doc.footnotes]


def test_pandoc_bib_translated_titles(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@book{hrushevsky,\n  author = {Hrushevs'kyi, Mykhailo},\n"
        "  title = {Istoriia Ukraïny-Rusy [History of Ukraine-Rus']},\n"
        "  publisher = {Naukova dumka}, address = {Kyïv}, year = {1991}\n}\n"
        "@book{kit,\n  author = {Ito, Ken},\n"
        "  title = {Why Do Filters Diverge? [Tips and Tricks]},\n"
        "  publisher = {IEEE}, address = {New York}, year = {2020}\n}\n",
        encoding="utf-8",
    )
    doc = tmp_path / "paper.md"
    doc.write_text(
        "---\ntitle: Essay\nbibliography: refs.bib\n---\n\n"
        "As argued [@hrushevsky, p. 4] and elsewhere [@kit].\n\n# References\n",
        encoding="utf-8",
    )
    titles = {r.title for r in _refs(doc)}
    assert titles == {"Istoriia Ukraïny-Rusy", "Why Do Filters Diverge? [Tips and Tricks]"}


def test_wiki_script_title(tmp_path: Path) -> None:
    doc = tmp_path / "page.wiki"
    doc.write_text(
        "'''Хроника''' is a chronicle.<ref>{{cite book |last=Орлов |first=А. "
        "|script-title=ru:Очерки русской хроники |trans-title=Essays on the Russian chronicle "
        "|publisher=Наука |location=Москва |year=1985}}</ref>\n\n"
        "== References ==\n{{reflist}}\n",
        encoding="utf-8",
    )
    titles = [r.title for r in _refs(doc)]
    assert titles == ["Очерки русской хроники"]


def test_html_persian_entry(tmp_path: Path) -> None:
    doc = tmp_path / "page.html"
    doc.write_text(
        '<html lang="ru"><head><meta charset="utf-8"><title>Статья</title></head><body>'
        "<h1>Статья</h1><p>Текст издания [1, ج. ۲، ص. ۸۸] и перевода [2, с. 5].</p>"
        "<h2>Список литературы</h2><ol>"
        '<li><span lang="fa" dir="rtl">کریمی، رضا. سفرنامه. تهران: امیرکبیر، ۱۳۵۰.</span> '
        "[Карими Р. Путевые записки / под ред. А. Козлова. Тегеран : Амир Кабир, "
        "1350 с.х./1971.]</li>"
        "<li>Гомер. Одиссея / пер. с древнегреч. В. А. Жуковского. М. : Наука, 2000. 480 с.</li>"
        "</ol></body></html>",
        encoding="utf-8",
    )
    refs = _refs(doc)
    assert [(r.authors, r.title, r.year) for r in refs] == [
        (("کریمی، رضا",), "سفرنامه", 1971),
        (("Гомер",), "Одиссея", 2000),
    ]
    assert {r.kind for r in refs} == {RefKind.BOOK}
