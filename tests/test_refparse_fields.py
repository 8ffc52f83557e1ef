"""Table-driven tests of the small field helpers and the GOST/generic pieces."""

from __future__ import annotations

from datetime import date

import pytest

from bibcheck.parse.references import fields, generic, gost

YEARS = [
    pytest.param("2023", 2023, False, id="plain"),
    pytest.param("1500", 1500, False, id="lower-bound"),
    pytest.param("2100", 2100, False, id="upper-bound"),
    pytest.param("[2023]", 2023, False, id="bracketed"),
    pytest.param("©2020", 2020, False, id="copyright"),
    pytest.param("2019–2021", 2019, False, id="range"),
    pytest.param("202-", None, True, id="dash"),
    pytest.param("20--", None, True, id="two-dashes"),
    pytest.param("19??", None, True, id="question-marks"),
    pytest.param("2O23", None, True, id="latin-o"),
    pytest.param("[2023?]", None, True, id="uncertain-bracketed"),
    pytest.param("2023?", None, True, id="uncertain"),
    pytest.param("1499", None, True, id="too-early"),
    pytest.param("2021-2019", None, True, id="range-backwards"),
]


@pytest.mark.parametrize(("token", "year", "malformed"), YEARS)
def test_parse_year(token, year, malformed):
    info = fields.parse_year(token)
    assert info is not None
    assert (info.raw, info.year, info.problem is not None) == (token, year, malformed)


@pytest.mark.parametrize(
    "token",
    ["1-10", "45-47", "112 c.", "№ 5", "Nauka", "23", "20231", "2-е изд.", ""],
)
def test_parse_year_rejects_non_years(token):
    assert fields.parse_year(token) is None


PAGES = [
    pytest.param("C. 65", "65", None, id="latin-C"),
    pytest.param("С. 45-47", "45-47", None, id="cyrillic-S-range"),
    pytest.param("P. 65", "65", None, id="P"),
    pytest.param("pp. 12–15", "12–15", None, id="pp-en-dash"),
    pytest.param("S. 3", "3", None, id="german-S"),
    pytest.param("с. 5", "5", None, id="lowercase-cyrillic"),
    pytest.param("112 c.", None, 112, id="count-latin-c"),
    pytest.param("112 с.", None, 112, id="count-cyrillic-s"),
    pytest.param("112 p.", None, 112, id="count-p"),
    pytest.param("112 pp.", None, 112, id="count-pp"),
    pytest.param("256, [4] с.", None, 256, id="count-with-unnumbered"),
    pytest.param("2023", None, None, id="year-is-neither"),
]


@pytest.mark.parametrize(("token", "pages", "count"), PAGES)
def test_pages_and_page_count(token, pages, count):
    assert fields.parse_pages(token) == pages
    assert fields.parse_page_count(token) == count


ACCESS = [
    pytest.param("URL: x (accessed: 12.03.2023).", "12.03.2023", date(2023, 3, 12), id="en"),
    pytest.param("(date of access: 1.3.2023)", "1.3.2023", date(2023, 3, 1), id="date-of-access"),
    pytest.param("(дата обращения: 12.03.2023)", "12.03.2023", date(2023, 3, 12), id="ru"),
    pytest.param("(Дата обращения 12.03.2023)", "12.03.2023", date(2023, 3, 12), id="no-colon"),
    pytest.param("accessed 2023-03-12", "2023-03-12", date(2023, 3, 12), id="iso"),
    pytest.param("(accessed: 31.02.2023)", "31.02.2023", None, id="no-such-day"),
    pytest.param("(accessed: 12.13.2023)", "12.13.2023", None, id="no-such-month"),
]


@pytest.mark.parametrize(("text", "raw", "value"), ACCESS)
def test_find_access_date(text, raw, value):
    found = fields.find_access_date(text)
    assert found is not None
    assert (found.raw, found.value) == (raw, value)
    assert "2023" not in text[: found.start] + text[found.end :]


def test_find_access_date_absent():
    assert fields.find_access_date("закон от 24.07.2007 № 209-ФЗ") is None


DOIS = [
    pytest.param("DOI: 10.1234/ABC.5.", "10.1234/abc.5", id="label-trailing-dot"),
    pytest.param("doi:10.5555/x(1)2", "10.5555/x(1)2", id="balanced-parens-kept"),
    pytest.param("(see 10.1000/xyz)", "10.1000/xyz", id="unbalanced-paren-dropped"),
]


@pytest.mark.parametrize(("text", "doi"), DOIS)
def test_find_doi(text, doi):
    found = fields.find_doi(text)
    assert found is not None and found[0] == doi


@pytest.mark.parametrize(
    ("url", "doi"),
    [
        ("https://doi.org/10.1234/ABC", "10.1234/abc"),
        ("http://dx.doi.org/10.1234/a%2Fb", "10.1234/a/b"),
        ("https://example.org/10.1234/abc", None),
    ],
)
def test_doi_from_url(url, doi):
    assert fields.doi_from_url(url) == doi


AUTHORS = [
    pytest.param("Shumilin, A. Forecast", ("Shumilin, A.",), "Forecast", id="one"),
    pytest.param(
        "Ivanov, I. I., Petrov, P. P. Title", ("Ivanov, I. I.", "Petrov, P. P."), "Title", id="two"
    ),
    pytest.param("Иванов, И. И. История", ("Иванов, И. И.",), "История", id="ru"),
    pytest.param("Петров П.П. Статья", ("Петров П.П.",), "Статья", id="ru-no-comma"),
    pytest.param("Lee, J.-P. Title", ("Lee, J.-P.",), "Title", id="hyphenated-initials"),
    pytest.param("Zhou, Yu. Title", ("Zhou, Yu.",), "Title", id="two-letter-initial"),
    pytest.param(
        "Speech by Minister S. Aleinik", (), "Speech by Minister S. Aleinik", id="in-title"
    ),
    pytest.param("Ivanov I. Title", (), "Ivanov I. Title", id="no-comma-one-initial"),
    pytest.param("Belarus, China. Partners", (), "Belarus, China. Partners", id="not-initials"),
]


@pytest.mark.parametrize(("text", "authors", "rest"), AUTHORS)
def test_split_heading_authors(text, authors, rest):
    assert fields.split_heading_authors(text) == (authors, rest)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Title", "en"),
        ("Заголовок", "ru"),
        ("Mongolia 2О23", "en"),
        ("  123 ", None),
        ("宋论", "zh"),
        ("机器人柔性手腕的设计与分析", "zh"),
        ("日本語のタイトル", "ja"),
        ("한국어 제목", "ko"),
        ("Η ιστορία της Αθήνας", "el"),
        ("β-cell function in type 2 diabetes", "en"),  # one Greek letter
        ("The 道 of software", "en"),  # one Han character
        ("تاريخ الأدب", "ar"),
        ("Заголовок 和 title", "ru"),
    ],
)
def test_detect_language(text, language):
    assert fields.detect_language(text) == language


def test_line_of():
    assert fields.line_of("a\nb 202-\nc", (5, 7, 9), "202-") == 7
    assert fields.line_of("a", (5,), "zzz") == 5


@pytest.mark.parametrize(
    ("text", "is_gost"),
    [
        ("Title [Electronic resource]. - 2023. - URL: ", True),
        ("Title / A. B. // Journal. 2020", True),
        ("Title [Электронный ресурс] URL:", True),
        ("Forecast to 2040 - about prospects", False),
        ("Smith, J. (2020). Title. Journal, 3(2), 1–10.", False),
    ],
)
def test_looks_gost(text, is_gost):
    assert gost.looks_gost(text) is is_gost


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("A. - 2020. - № 5", ["A", "2020", "№ 5"]),
        ("A. – 2020. — С. 45", ["A", "2020", "С. 45"]),
        ("Вопросы. 2020. № 5. С. 45–47.", ["Вопросы", "2020", "№ 5", "С. 45–47."]),
        ("М. : Наука, 2019", ["М. : Наука, 2019"]),
        ("Title - Asia. Sub", ["Title - Asia. Sub"]),
    ],
)
def test_split_areas(text, parts):
    assert gost.split_areas(text) == parts


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Smith, J. A. Title here. Journal.", ["Smith, J. A. Title here.", "Journal."]),
        ("Vol. 3, no. 2. Next", ["Vol. 3, no. 2.", "Next"]),
        ("Why? Because.", ["Why?", "Because."]),
        ("Trade, ca. 1300–1850. Brill.", ["Trade, ca. 1300–1850.", "Brill."]),
        ("Costs, esp. rents. Press.", ["Costs, esp. rents.", "Press."]),
    ],
)
def test_split_sentences(text, sentences):
    assert generic.split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paper (accessed 12 March 2023).", date(2023, 3, 12)),
        ("Paper. Accessed March 12, 2023.", date(2023, 3, 12)),
        ("Paper (accessed: 12.03.23).", date(2023, 3, 12)),
        ("Статья (дата обращения: 12 марта 2023).", date(2023, 3, 12)),
        ("Retrieved 1 February 2023, from https://a.org", date(2023, 2, 1)),
    ],
)
def test_access_dates_in_words_and_short_years(text: str, expected: date) -> None:
    from bibcheck.parse.references.fields import find_access_date

    found = find_access_date(text)
    assert found is not None and found.value == expected
