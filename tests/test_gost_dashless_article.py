"""DSTU 8302 / GOST R 7.0.5 journal articles written without area dashes or ``//``."""

from __future__ import annotations

import pytest

from bibcheck.analyse.style import check_access_date
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

ARTICLES = [
    pytest.param(
        "Nowak K., Berg L. Soil bacteria and rye. Journal of Soil Studies. 2017. Vol. 31, "
        "no. 4. P. 210–222.",
        ("Nowak K.", "Berg L."),
        "Soil bacteria and rye",
        "Journal of Soil Studies",
        2017,
        "31",
        "4",
        "210–222",
        id="english-volume-and-no",
    ),
    pytest.param(
        "Олійник В. С. Криниці Покуття. Народна творчість. 2013. Т. 6. № 2. С. 15–19. "
        "DOI: https://doi.org/10.5555/nt.2013.2.15",
        ("Олійник В. С.",),
        "Криниці Покуття",
        "Народна творчість",
        2013,
        "6",
        "2",
        "15–19",
        id="volume-period-issue-doi-after-pages",
    ),
    pytest.param(
        "Мазур О. Г. Торгівля на Поділлі в XVII ст. Краєзнавство. 2014. № 3. С. 41–52.",
        ("Мазур О. Г.",),
        "Торгівля на Поділлі в XVII ст.",
        "Краєзнавство",
        2014,
        None,
        "3",
        "41–52",
        id="plain-journal",
    ),
    pytest.param(
        "Лисенко Т. А. Міські ремесла. ''Наукові записки''. 2019. Т. 7, № 1. С. 5–14.",
        ("Лисенко Т. А.",),
        "Міські ремесла",
        "Наукові записки",
        2019,
        "7",
        "1",
        "5–14",
        id="wiki-italics-volume-issue",
    ),
    pytest.param(
        "Бондар С. І. Водяні млини Полісся. *Етнографічний вісник*. 2011. Вип. 9. С. 77–90.",
        ("Бондар С. І.",),
        "Водяні млини Полісся",
        "Етнографічний вісник",
        2011,
        None,
        "9",
        "77–90",
        id="markdown-italics-issue-label",
    ),
    pytest.param(
        "Гуменюк В. П. Замки Волині. Вісн. Львів. ун-ту. 2008. № 12. С. 3–11. "
        "DOI: 10.1234/vlu.2008.12.3.",
        ("Гуменюк В. П.",),
        "Замки Волині",
        "Вісн. Львів. ун-ту",
        2008,
        None,
        "12",
        "3–11",
        id="abbreviated-journal-doi",
    ),
    pytest.param(
        "Орлова Е. С. Ярмарки Сибири. Вопросы истории. 2016. № 5 (44). С. 120–131.",
        ("Орлова Е. С.",),
        "Ярмарки Сибири",
        "Вопросы истории",
        2016,
        None,
        "5",
        "120–131",
        id="russian-gost-note",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "host", "year", "volume", "issue", "pages"), ARTICLES
)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "detect"])
def test_dashless_article(
    text: str,
    authors: tuple[str, ...],
    title: str,
    host: str,
    year: int,
    volume: str | None,
    issue: str,
    pages: str,
    detect: bool,
) -> None:
    ref = parse_reference(text, (1,), detect_styles=detect)
    assert ref.kind is RefKind.ARTICLE
    got = (ref.authors, ref.title, ref.host, ref.year, ref.volume, ref.issue, ref.pages)
    assert got == (authors, title, host, year, volume, issue, pages)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Коваль П. Р. Історія міста. Київ : Наука, 2010. 320 с.", RefKind.BOOK, id="book"
        ),
        pytest.param(
            "Дуб А. М. Нариси. Львів : Світ, 2001. Т. 2. 300 с.", RefKind.BOOK, id="book-volume"
        ),
    ],
)
def test_dashless_book_is_no_article(text: str, kind: RefKind) -> None:
    ref = parse_reference(text, (1,))
    assert ref.kind is kind
    assert ref.host is None


@pytest.mark.parametrize(
    ("text", "needs_date"),
    [
        pytest.param(
            "Гуменюк В. П. Замки Волині. *Вісник*. 2008. № 12. С. 3–11. "
            "DOI: https://doi.org/10.1234/v.2008.12",
            False,
            id="doi-resolver-only",
        ),
        pytest.param(
            "Гуменюк В. П. Замки Волині. *Вісник*. 2008. № 12. С. 3–11. "
            "DOI: https://doi.org/10.1234/v.2008.12. URL: https://example.org/v12.pdf",
            True,
            id="doi-and-web-address",
        ),
        pytest.param(
            "Гуменюк В. П. Замки Волині. *Вісник*. 2008. № 12. С. 3–11. "
            "URL: https://example.org/v12.pdf",
            True,
            id="web-address",
        ),
    ],
)
def test_doi_resolver_needs_no_access_date(text: str, needs_date: bool) -> None:
    ref = parse_reference(text, (1,))
    assert ref.style == "gost"
    assert (check_access_date(ref) is not None) is needs_date


@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages"),
    [
        pytest.param(
            "Ortega, M. Tidal models / M. Ortega // Ocean Modelling. – 2012. – Vol. 9, no. 3. – "
            "P. 40–58.",
            "9",
            "3",
            "40–58",
            id="dashed-lowercase-no",
        ),
        pytest.param(
            "Ortega, M. Tidal models / M. Ortega // Ocean Modelling. – 2012. – Vol. 9, nr. 3. – "
            "P. 40–58. – DOI 10.5555/om.2012.3",
            "9",
            "3",
            "40–58",
            id="dashed-lowercase-nr-doi",
        ),
        pytest.param(
            "Шевчук Л. Р. Мости. Інженерія. 2020. № 8. С. 11–19. DOI: https://doi.org/10.5555/i.2020.8",
            None,
            "8",
            "11–19",
            id="doi-label-after-pages",
        ),
    ],
)
def test_gost_numbering_elements(text: str, volume: str | None, issue: str, pages: str) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.volume, ref.issue, ref.pages) == (volume, issue, pages)
