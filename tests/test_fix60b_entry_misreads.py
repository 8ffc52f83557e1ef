"""fix60b: small misreads of reference entries.

1. A virus's, disease's or gene's name in parentheses in or after a title (``(SARS-CoV-2)``,
   ``(HIV-1)``, ``(BRCA1/BRCA2)``) is no report code; a body's code is (``(WHO/NUT/98.1)``,
   ``(NIST SP 800-53)``).
2. A series of reports or papers with its number after a comma (``WHO Technical Report
   Series, No. 894``) makes the work a report, its title without the series.
3. A standard naming the edition it revises (``IEEE Std 802.3-2018 (Revision of IEEE Std
   802.3-2015)``) is dated by its own designation.
4. GOST registration certificates of programs and databases are software/data (``web``).
5. A lettered entry's later works keep their addresses among its links.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.gost_kinds import (
    kinded_title,
    registered_title,
    registration_certificate,
)
from bibcheck.parse.references.lettered import with_later_links
from bibcheck.parse.references.named_agents import named_agent
from bibcheck.parse.references.reportkind import numbered_report
from bibcheck.parse.references.revised_standard import own_year


def _read(text: str) -> Reference:
    return parse_reference(text, [1], detect_styles=True)


# --- 1. a virus's or gene's name is no report code ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(COVID-19)", True),
        ("(SARS-CoV-2)", True),
        ("(H1N1)", True),
        ("(HIV-1)", True),
        ("(BRCA1)", True),
        ("BRCA1/BRCA2", True),
        ("(HPV-16/18)", True),
        ("(MERS-CoV)", False),  # (no digit: nothing to mistake for a number)
        ("(WHO/HEP/ECH/WSH/2021.1)", False),
        ("(WHO/NUT/98.1)", False),
        ("(OECD-DEV-2019-04)", False),
        ("(EPA/600/R-20/001)", False),
        ("(GAO-21-104)", False),
        ("(NIST SP 800-53)", False),
        ("(Tech 3285)", False),
    ],
)
def test_named_agent(text: str, expected: bool) -> None:
    assert named_agent(text) is expected


@pytest.mark.parametrize(
    ("entry", "title", "kind", "publisher"),
    [
        # APA, the name inside the italic title
        (
            "Ministry of Coastal Health. (2020). *Ward care of adults with severe respiratory"
            " infection (SARS-CoV-2)*. Harbour Press.",
            "Ward care of adults with severe respiratory infection (SARS-CoV-2)",
            RefKind.BOOK,
            "Harbour Press",
        ),
        # APA, the name after the italic title: a topic, no report number, no publisher
        (
            "Doe, J. (2021). *Ward routines during outbreaks* (SARS-CoV-2). Meadow Books.",
            "Ward routines during outbreaks",
            RefKind.BOOK,
            "Meadow Books",
        ),
        (
            "Roe, B. (2019). *Counselling before genetic testing* (BRCA1/BRCA2). Lab House.",
            "Counselling before genetic testing",
            RefKind.BOOK,
            "Lab House",
        ),
        (
            "Lee, K. (2018). *Clinic routines for adults* (HIV-1). Meadow Books.",
            "Clinic routines for adults",
            RefKind.BOOK,
            "Meadow Books",
        ),
        # ... a body's report code is still a report number
        (
            "Agency for Coastal Research. (2019). *Safe water in clinics* (ACR/WSH/19.2)."
            " Agency for Coastal Research.",
            "Safe water in clinics",
            RefKind.REPORT,
            "Agency for Coastal Research",
        ),
        (
            "Office of Data Standards. (2020). *Controls for small agencies* (ODS SP 800-12)."
            " Meadow Books.",
            "Controls for small agencies",
            RefKind.REPORT,
            "Meadow Books",
        ),
    ],
)
def test_apa_parenthesised_names(
    entry: str, title: str, kind: RefKind, publisher: str | None
) -> None:
    ref = _read(entry)
    assert (ref.style, ref.title, ref.kind, ref.publisher) == ("apa", title, kind, publisher)


@pytest.mark.parametrize(
    ("entry", "title", "style"),
    [
        (
            "1. Green A, Black B. Anticoagulation in adults with COVID-19 (SARS-CoV-2)"
            " infection. J Coast Med. 2021;12(3):45-52.",
            "Anticoagulation in adults with COVID-19 (SARS-CoV-2) infection",
            "vancouver",
        ),
        (
            "[4] A. Green and B. Black, “Antibody response to influenza A (H1N1) in"
            " children,” J. Coast. Med., vol. 8, no. 2, pp. 10–18, 2011.",
            "Antibody response to influenza A (H1N1) in children",
            "ieee",
        ),
    ],
)
def test_article_titles_keep_the_name(entry: str, title: str, style: str) -> None:
    ref = _read(entry)
    assert (ref.style, ref.title, ref.kind) == (style, title, RefKind.ARTICLE)


# --- 2. a series of reports with its number after a comma ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geneva: WHO; 2000. (WHO Technical Report Series, No. 894).", True),
        ("WHO Technical Report Series No. 912.", True),
        ("Working Paper Series, No. 17-04. Seoul: Bank of Korea.", True),
        ("Occasional Paper No. 12.", True),
        ("Technical Report Series 894", True),
        # a series' name alone, or a year after it, is no number
        ("A history of the WHO Technical Report Series. J Health Policy.", False),
        ("Technical Report Series, 2010.", False),
    ],
)
def test_numbered_report_series(text: str, expected: bool) -> None:
    assert numbered_report(text) is expected


@pytest.mark.parametrize(
    ("entry", "title", "year"),
    [
        # Vancouver, the series in parentheses at the end
        (
            "Coastal Health Organization. Salt intake in island populations. Geneva: Coastal"
            " Health Organization; 2004. (CHO Technical Report Series, No. 912).",
            "Salt intake in island populations",
            2004,
        ),
        # Harvard, the series as a sentence after the title
        (
            "Coastal Health Organization (2004) Salt intake in island populations. CHO"
            " Technical Report Series, No. 912. Geneva: Coastal Health Organization.",
            "Salt intake in island populations",
            2004,
        ),
        # a note's commas: title, series, place, year
        (
            "Coastal Health Organization, Salt Intake in Island Populations, CHO Technical"
            " Report Series, No. 912, Geneva, 2004.",
            "Salt Intake in Island Populations",
            2004,
        ),
    ],
)
def test_report_series_entries(entry: str, title: str, year: int) -> None:
    ref = _read(entry)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)


def test_article_about_a_series_stays_an_article() -> None:
    ref = _read(
        "Doe, J. (2010). Reading the Technical Report Series, No. 1: A history. Journal of"
        " Health Policy, 12(3), 45-60."
    )
    assert ref.kind is RefKind.ARTICLE
    assert ref.volume == "12"


# --- 3. a revised standard's own year -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IEEE Std 802.3-2018 (Revision of IEEE Std 802.3-2015)", 2018),
        ("(Revision of IEEE Std 802.3-2015), IEEE Std 802.3-2018.", 2018),
        ("Title (IEEE Std 802.11-2020, Revision of IEEE Std 802.11-2016).", 2020),
        ("ISO 9001:2015 (replaces ISO 9001:2008). Quality management systems.", 2015),
        ("ANSI/IEEE Std 1003.1-1988 (Supersedes IEEE Std 1003.1-1986)", 1988),
        # no revision named: nothing to mistake
        ("IEEE Std 802.3-2018. IEEE Standard for Ethernet.", None),
        # the standard's own designation without its year
        ("IEEE Std 802.3 (Revision of IEEE Std 802.3-2015)", None),
    ],
)
def test_own_year(text: str, expected: int | None) -> None:
    assert own_year(text) == expected


@pytest.mark.parametrize(
    ("entry", "title", "year"),
    [
        # IEEE, no date printed: the designation's year, not the revised edition's
        (
            '"IEEE Standard for Ethernet," IEEE Std 802.3-2018 (Revision of IEEE Std'
            " 802.3-2015), pp. 1-5600.",
            "IEEE Standard for Ethernet",
            2018,
        ),
        (
            "[3] IEEE Standard for Low-Rate Wireless Networks, IEEE Std 802.15.4-2020"
            " (Revision of IEEE Std 802.15.4-2015).",
            "IEEE Standard for Low-Rate Wireless Networks",
            2020,
        ),
        # a date printed of its own is kept (the standard appeared the next year)
        (
            "[1] IEEE Standard for Information Technology, IEEE Std 802.11-2020 (Revision of"
            " IEEE Std 802.11-2016), 2021.",
            "IEEE Standard for Information Technology",
            2021,
        ),
    ],
)
def test_revised_standard_entries(entry: str, title: str, year: int) -> None:
    ref = _read(entry)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)
    assert ref.volume is None


# --- 4. GOST registration certificates ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Свидетельство о государственной регистрации программы для ЭВМ № 2021612345"
            " Российская Федерация. Модуль расчёта стока : № 2021611000 : заявл. 10.02.2021"
            " : опубл. 15.03.2021",
            "Модуль расчёта стока",
        ),
        (
            "Свидетельство о гос. регистрации базы данных № 2020620123 Рос. Федерация."
            " Флора степей Алтая : № 2020620001 : заявл. 09.01.2020",
            "Флора степей Алтая",
        ),
        ("Патент № 2738542 Российская Федерация. Способ сушки зерна", None),
        ("Модуль расчёта стока : программа для ЭВМ", None),
    ],
)
def test_registered_title(title: str, expected: str | None) -> None:
    assert registered_title(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Модуль расчёта стока : свидетельство о государственной регистрации программы для"
            " ЭВМ № 2021612345",
            ("Модуль расчёта стока", RefKind.WEB),
        ),
        ("Модуль расчёта стока : программа для ЭВМ", ("Модуль расчёта стока", RefKind.WEB)),
        ("Флора степей Алтая : база данных", ("Флора степей Алтая", RefKind.WEB)),
        ("Флора степей Алтая : справочник", ("Флора степей Алтая : справочник", None)),
    ],
)
def test_kinded_title_registrations(title: str, expected: tuple[str, RefKind | None]) -> None:
    assert tuple(kinded_title(title)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("свидетельство о государственной регистрации программы для ЭВМ № 1", True),
        ("Свидетельство о регистрации базы данных № 2020620123", True),
        ("база данных : свидетельство о государственной регистрации № 2020620123", True),
        ("Свідоцтво про державну реєстрацію комп'ютерної програми № 12", True),
        ("Патент № 2738542 Российская Федерация", False),
        ("Флора степей Алтая : база данных", False),
    ],
)
def test_registration_certificate(text: str, expected: bool) -> None:
    assert registration_certificate(text) is expected


@pytest.mark.parametrize(
    ("entry", "title", "year"),
    [
        (
            "Свидетельство о государственной регистрации программы для ЭВМ № 2021612345"
            " Российская Федерация. Модуль расчёта стока : № 2021611000 : заявл. 10.02.2021 :"
            " опубл. 15.03.2021 / И. И. Орлов ; правообладатель ФГБОУ ВО «Степной"
            " университет». – Текст : электронный.",
            "Модуль расчёта стока",
            2021,
        ),
        (
            "Орлов И. И. Модуль расчёта стока : свидетельство о государственной регистрации"
            " программы для ЭВМ № 2021612345 / И. И. Орлов. – 2021.",
            "Модуль расчёта стока",
            2021,
        ),
        (
            "Сомова А. А. Флора степей Алтая : база данных : свидетельство о государственной"
            " регистрации № 2020620123 / А. А. Сомова. – 2020.",
            "Флора степей Алтая",
            2020,
        ),
    ],
)
def test_gost_certificate_entries(entry: str, title: str, year: int) -> None:
    ref = _read(entry)
    assert (ref.style, ref.title, ref.year, ref.kind) == ("gost", title, year, RefKind.WEB)
    # (cited by its certificate's number: no address is missing)
    assert AnomalyCode.URL_MISSING not in {a.code for a in ref.anomalies}


# --- 5. a lettered entry's later works' addresses -----------------------------------------


def test_with_later_links() -> None:
    text = (
        "(a) Roe, A. First. J. Chem. 2010, 1, 2. https://doi.org/10.1000/first"
        " (b) Lee, B. Second. J. Chem. 2011, 3, 4. https://doi.org/10.1000/second"
    )
    first = Reference(raw=text, line=1, end_line=1, url="https://doi.org/10.1000/first")
    assert with_later_links(first, text, [1]).links == ("https://doi.org/10.1000/second",)
    # (nothing after the first work: unchanged)
    alone = "(a) Roe, A. First. J. Chem. 2010, 1, 2. https://doi.org/10.1000/first"
    assert with_later_links(first, alone, [1]) is first


@pytest.mark.parametrize(
    ("entry", "url", "links"),
    [
        (
            "(a) Smith, J. A.; Jones, B. Catalysis in water. J. Am. Chem. Soc. 2010, 132,"
            " 1234–1240. https://doi.org/10.1021/ja100001a (b) Brown, C. Ligands at scale."
            " Org. Lett. 2012, 14, 100–103. https://doi.org/10.1021/ol200002b",
            "https://doi.org/10.1021/ja100001a",
            ("https://doi.org/10.1021/ol200002b",),
        ),
        (
            "(a) Smith, J. A.; Jones, B. Catalysis in water. *J. Am. Chem. Soc.* **2010**,"
            " *132*, 1234–1240. (b) Brown, C. Ligands at scale. *Org. Lett.* **2012**, *14*,"
            " 100–103. https://doi.org/10.1021/ol200002b (c) Green, D. Flow methods. *Chem."
            " Rev.* **2015**, *115*, 5–50. https://doi.org/10.1021/cr500003c",
            None,
            ("https://doi.org/10.1021/ol200002b", "https://doi.org/10.1021/cr500003c"),
        ),
    ],
)
def test_lettered_entries(entry: str, url: str | None, links: tuple[str, ...]) -> None:
    ref = _read(entry)
    assert (ref.title, ref.year, ref.url, ref.links) == ("Catalysis in water", 2010, url, links)


# --- whole documents ----------------------------------------------------------------------


def test_reference_list_document(tmp_path: Path) -> None:
    path = tmp_path / "paper.md"
    path.write_text(
        "# Notes\n\nSalt matters [1]. Wards adapted [2]. Ethernet grew [3]. Catalysis"
        " too [4].\n\n## References\n\n"
        "1. Coastal Health Organization. Salt intake in island populations. Geneva: Coastal"
        " Health Organization; 2004. (CHO Technical Report Series, No. 912).\n"
        "2. Green A, Black B. Anticoagulation in adults with COVID-19 (SARS-CoV-2)"
        " infection. J Coast Med. 2021;12(3):45-52.\n"
        '3. "IEEE Standard for Ethernet," IEEE Std 802.3-2018 (Revision of IEEE Std'
        " 802.3-2015), pp. 1-5600.\n"
        "4. (a) Smith, J. A.; Jones, B. Catalysis in water. J. Am. Chem. Soc. 2010, 132,"
        " 1234–1240. https://doi.org/10.1021/ja100001a (b) Brown, C. Ligands at scale."
        " Org. Lett. 2012, 14, 100–103. https://doi.org/10.1021/ol200002b\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    got = [
        (e.reference.title, e.reference.year, e.reference.kind, e.reference.links)
        for e in doc.literature
    ]
    assert got == [
        ("Salt intake in island populations", 2004, RefKind.REPORT, ()),
        (
            "Anticoagulation in adults with COVID-19 (SARS-CoV-2) infection",
            2021,
            RefKind.ARTICLE,
            (),
        ),
        ("IEEE Standard for Ethernet", 2018, RefKind.REPORT, ()),
        (
            "Catalysis in water",
            2010,
            RefKind.ARTICLE,
            ("https://doi.org/10.1021/ol200002b",),
        ),
    ]


def test_apa_footnotes_document(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(
        "# Brief\n\nWards adapted.[^1] Water was tested.[^2]\n\n"
        "[^1]: Doe, J. (2021). *Ward routines during outbreaks* (SARS-CoV-2). Meadow Books.\n\n"
        "[^2]: Agency for Coastal Research. (2019). *Safe water in clinics* (ACR/WSH/19.2)."
        " Agency for Coastal Research.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    got = [(fn.reference.title, fn.reference.kind, fn.reference.publisher) for fn in doc.footnotes]
    assert got == [
        ("Ward routines during outbreaks", RefKind.BOOK, "Meadow Books"),
        ("Safe water in clinics", RefKind.REPORT, "Agency for Coastal Research"),
    ]
