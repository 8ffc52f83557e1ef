"""Round 83 (fix83u): East Slavic and Bulgarian GOST / DSTU 8302 lists of church history.

An act cited by its «…» name before its date and number (the title the name, the act's year,
a report); a web resource's kind after GOST's colon (no part of the title) in a list written
without area dashes; an archive file with its fonds' name in parentheses and its title as a
sentence before its dates and leaves; a pope heading his document, its genre after the colon;
a journal's part or issue word ("Ч.", "Кн.", "Бр.") after the year; a book whose title ends in
a range of years, dated by its imprint.  Every example is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import (
    church_acts,
    generic,
    gost,
    gost_acts,
    gost_sources,
    parse_reference,
)
from tests.test_regex_growth import assert_linear


def _entry(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


# --- an act by its name, then its date and number -------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Закон України «Про місцеві громади та їхнє майно» від 14 лист. 2003 р. № 1200-IV // "
         "Відомості Верховної Ради України. 2004. № 7. Ст. 61.",
         "Закон України «Про місцеві громади та їхнє майно»", 2003),
        ("Закон України «Про архівну справу» від 5 берез. 1999 р. № 501-XIV // Голос України. "
         "1999. 12 берез.", "Закон України «Про архівну справу»", 1999),
        ("Указ Президента України «Про заходи щодо пам'яті» від 9 жовтня 2019 р. № 744 // "
         "Офіційний вісник України. 2019. № 80. Ст. 12.",
         "Указ Президента України «Про заходи щодо пам'яті»", 2019),
        ("Федеральный закон «О приходских общинах» от 12.03.2001 № 40-ФЗ // Собрание "
         "законодательства РФ. 2001. № 12. Ст. 1100.",
         "Федеральный закон «О приходских общинах»", 2001),
        ("Федеральный закон «О приходских общинах» от 12 апр. 2001 г. № 40-ФЗ // Российская "
         "газета. – 2001. – 15 апр.", "Федеральный закон «О приходских общинах»", 2001),
        # (the gazette printed it the next year: the act's own date dates it)
        ("Закон Рэспублікі Беларусь «Аб музейных фондах» ад 20 снеж. 2005 г. № 77-З // "
         "Ведамасці Нацыянальнага сходу. 2006. № 2. Арт. 15.",
         "Закон Рэспублікі Беларусь «Аб музейных фондах»", 2005),
        ("Кодекс України «Про надра та їх охорону» від 07.12.1994 № 132/94-ВР // Відомості "
         "Верховної Ради України. 1994. Додаток до № 36. Ст. 340.",
         "Кодекс України «Про надра та їх охорону»", 1994),
    ],
)  # fmt: skip
def test_named_act_title_year_kind(text: str, title: str, year: int) -> None:
    ref = _entry(text)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)


@pytest.mark.parametrize(
    "text",
    [
        # (no month in "від 5 бла.": no date, the act's name not told)
        "Закон України «Про місцеві громади» від 5 бла. 2003 р. № 1 // Голос України. 2003.",
        # (a person's article about the law: authors, no act)
        "Коваль О. Закон України «Про архівну справу» від 5 берез. 1999 р. // Архіви України. "
        "2000. № 3. С. 5–9.",
    ],
)  # fmt: skip
def test_named_act_near_misses(text: str) -> None:
    ref = _entry(text)
    assert ref.title is not None and ref.title.endswith(("р.", "№ 1", "1999 р"))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # (the designation first: the corpus keys it whole, unchanged)
        ("Закон України від 23 квітня 2003 р. № 987-IV «Про місцеві громади» // Відомості "
         "Верховної Ради України. 2003. № 25. Ст. 283.",
         "Закон України від 23 квітня 2003 р. № 987-IV «Про місцеві громади»"),
        ("Федеральный закон от 12.03.2001 № 40-ФЗ «О приходских общинах» // Собрание "
         "законодательства РФ. – 2001. – № 12. – Ст. 1100.",
         "Федеральный закон от 12.03.2001 № 40-ФЗ «О приходских общинах»"),
    ],
)  # fmt: skip
def test_designated_act_unchanged(text: str, title: str) -> None:
    ref = _entry(text)
    assert (ref.title, ref.kind) == (title, RefKind.REPORT)


def test_named_act_name_reads_month_abbreviations() -> None:
    named = gost_acts.named_act_name("Закон України «Про освіту» від 5 верес. 2017 р. № 2145")
    assert named == gost_acts.NamedAct("Закон України «Про освіту»", 2017)
    assert gost_acts.named_act_name("Закон України «Про освіту» від 5 кота 2017 р.") is None


# --- a web resource's kind after the colon ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Українська Православна Церква. Літопис парафій : офіційний інформаційний ресурс. URL: "
         "https://eparchy.example.org/litopys (дата звернення: 03.02.2025).", "Літопис парафій"),
        ("Київський музей. Колекція ікон : інтернет-портал. URL: https://museum.example.org/ "
         "(дата звернення: 03.02.2025).", "Колекція ікон"),
        ("Хроніка монастиря : офіційний вебсайт. URL: https://monastyr.example.org/ (дата "
         "звернення: 03.02.2025).", "Хроніка монастиря"),
        ("Архивный вестник : информационный портал. URL: https://vestnik.example.ru/ (дата "
         "обращения: 03.02.2025).", "Архивный вестник"),
    ],
)  # fmt: skip
def test_web_resource_statement(text: str, title: str) -> None:
    ref = _entry(text)
    assert (ref.title, ref.kind) == (title, RefKind.WEB)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # (a subtitle that only begins with the words: the title's)
        ("Інститут історії Церкви. Літопис : інформаційний ресурс бібліотеки парафії. URL: "
         "https://eparchy.example.org/l (дата звернення: 03.02.2025).",
         "Літопис : інформаційний ресурс бібліотеки парафії"),
        ("Петрук О. Довідник : інформаційний ресурс у бібліотеці // Бібліотечний форум. 2020. "
         "№ 2. С. 4–8.", "Довідник : інформаційний ресурс у бібліотеці"),
    ],
)  # fmt: skip
def test_web_resource_statement_near_misses(text: str, title: str) -> None:
    assert _entry(text).title == title


# --- an archive file: the fonds' name in parentheses, the file's title as a sentence ----------


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("ЦДАВО України. Ф. 3 (Народний комісаріат освіти). Оп. 2. Спр. 415. Звіти шкіл "
         "повіту за навчальний рік. 1925–1926. 140 арк.", "Звіти шкіл повіту за навчальний рік",
         1925),
        ("ГАРФ. Ф. 6991 (Совет по делам религий). Оп. 1. Д. 88. Переписка с уполномоченными "
         "по областям. 1948. 96 л.", "Переписка с уполномоченными по областям", 1948),
        ("НАРБ. Ф. 4. Воп. 2. Спр. 31. Справаздачы аб стане школ. 1936–1937. Арк. 4–12.",
         "Справаздачы аб стане школ", 1936),
    ],
)  # fmt: skip
def test_archive_file_title(text: str, title: str, year: int) -> None:
    ref = _entry(text)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.UNKNOWN)


def test_archive_document_near_misses() -> None:
    # (no title after the marks: nothing told; the quoted title and a comma's year as before)
    assert gost_sources.archive_document("ГАРФ. Ф. 7. Оп. 1. Д. 12. Л. 3–5.") is None
    quoted = gost_sources.archive_document("ЦДАВО. Ф. 4. Оп. 1. Спр. 40 «Листи з тресту». 1951.")
    assert quoted == gost_sources.SourceTitle("Листи з тресту", 1951)
    comma = gost_sources.archive_document("ГАРФ. Ф. 5. Оп. 1. Д. 12. Доклад о сборе, 1948.")
    assert comma == gost_sources.SourceTitle("Доклад о сборе", 1948)


# --- a pope heading his document -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "title", "kind"),
    [
        ("Leo XIII. Grande munus : litterae encyclicae // Acta Sanctae Sedis. 1880. Vol. 13. "
         "P. 145–159.", "Leo XIII", "Grande munus", RefKind.REPORT),
        ("Пий XI. Ecclesiam Dei : энциклика // Acta Apostolicae Sedis. 1923. Vol. 15. "
         "P. 573–582.", "Пий XI", "Ecclesiam Dei", RefKind.REPORT),
        ("Бенедикт XV. Maximum illud : апостольський лист // Acta Apostolicae Sedis. 1919. "
         "Vol. 11. P. 440–455.", "Бенедикт XV", "Maximum illud", RefKind.REPORT),
        ("Иоанн Павел II. Euntes in mundum : апостольское послание. Ватикан, 1988. 30 с.",
         "Иоанн Павел II", "Euntes in mundum", RefKind.REPORT),
        # (printed by a publisher: a book, by the pope, titled by the incipit)
        ("Jan Paweł II. Dominum et vivificantem : encyklika. Kraków : Znak, 1986. 120 s.",
         "Jan Paweł II", "Dominum et vivificantem", RefKind.BOOK),
    ],
)  # fmt: skip
def test_papal_heading(text: str, author: str, title: str, kind: RefKind) -> None:
    ref = _entry(text)
    assert (ref.authors, ref.title, ref.kind) == ((author,), title, kind)


@pytest.mark.parametrize(
    "text",
    [
        # (a book about the encyclical: no genre after the colon)
        "Leo XIII. Grande munus: a commentary. London : Burns, 1920. 200 p.",
        # (a king's numeral is no pope's: not in the names)
        "Ludwig XIV. Mémoires : litterae encyclicae // Revue. 1900. Vol. 3. P. 1–9.",
    ],
)  # fmt: skip
def test_papal_heading_near_misses(text: str) -> None:
    assert not _entry(text).authors or _entry(text).authors[0] not in ("Leo XIII", "Ludwig XIV")


# --- years: a journal's part word after its year; a title's range and the imprint's year -----


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Петрук О. Парафії після війни // Ковчег. 2019. Ч. 8. С. 11–38.", 2019),
        ("Петров П. Манастирите // Философски алтернативи. 2018. Кн. 3. С. 45–60.", 2018),
        ("Петров П. Манастирите // Църковен вестник. 2017. Бр. 4. С. 5.", 2017),
        ("Horak M. Church and State in Galicia (1890–1914). Lviv : Svichado, 2004. 320 p.",
         2004),
        ("Иванов И. И. Приходы и власть (1922–1939). СПб. : Наука, 2011. 300 с.", 2011),
        ("Kowal A. Acta synodalia (1590–1610). Romae : Typis Vaticanis, 1975. 500 p.", 1975),
        # near-misses: APA's range after the names dates the work, a later year or not
        ("Smith, J. (1906–1909). The collected letters. Oxford University Press.", 1906),
        ("Brown, A. (1900–1901). The journals. London: Hogarth, 1953.", 1900),
    ],
)  # fmt: skip
def test_years(text: str, year: int) -> None:
    assert _entry(text).year == year


# --- linear time -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(lambda t: gost_acts.named_act_name("Закон України " + t),
                     lambda n: "Аб «б» " * (n // 7), id="named-act"),
        pytest.param(lambda t: generic._IMPRINT_YEAR.match(t), lambda n: "A : b, " * (n // 7),
                     id="imprint-year"),
        pytest.param(lambda t: gost_sources._DATED_DOCUMENT.match(" " + t),
                     lambda n: "Аб. 1900 " * (n // 9), id="dated-document"),
        pytest.param(lambda t: gost_sources.archive_file(t),
                     lambda n: "Ф. 1 (а " * (n // 8), id="fonds-name"),
        pytest.param(lambda t: church_acts._PAPAL_HEADING.match("Pius XII. " + t),
                     lambda n: "Ab : c " * (n // 7), id="papal-heading"),
        pytest.param(lambda t: gost._GENRE.search(t),
                     lambda n: " : офіційний інформаційний " * (n // 27), id="web-statement"),
    ],
)  # fmt: skip
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
