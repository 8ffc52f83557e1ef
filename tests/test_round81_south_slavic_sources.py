"""Vancouver (NLM) notes of South and East Slavic web articles and reports (round 81).

Readings that were wrong on main, each a shape of its own:

- a body named before the people of an NLM author list (``Food Standards Agency (FSA),
  Ortega Ruiz M, Van Damme K. Title. …``) was read as one author, the whole list
  (:mod:`bibcheck.parse.references.vancouver_lead_body`);
- a body heading an entry in Cyrillic (``Републички завод за статистику. Title. Београд:
  РЗС; 2024.``) was taken for the title: NLM's body-first reading knew Latin capitals only;
  nor was a chapter cited after the imprint (``… 2024. Поглавље 13, Пољопривреда.``) or a
  page dated by its year alone (``Title [Интернет]. 2025 [цитирано …]. Доступно на:``)
  read (:mod:`bibcheck.parse.references.ieee`, :mod:`.vancouver_body`);
- theses designated in Serbian, Croatian, Bulgarian (``[докторска дисертација]``, ``[master
  rad]``, ``[doktorski rad]``) were books (:mod:`.thesis`);
- South Slavic acts printed the NLM way (``Закон о X. Службени гласник РС. 2009;(41); 2019;
  (17).``) or with their gazette in parentheses, and EU acts by their Slavic designation
  (``Уредба (ЕЗ) бр. 396/2005 … о …``, ``Регламент (ЕС) № 1907/2006``) kept no title, the
  amendment's year, or read the issue number as a year (:mod:`.acts`, :mod:`.legal_kind`);
- a report's year as an ordinal ("извештај за 2025. годину") and its number ("Izvješće br.
  3/2024.") split the title; the Slavic report words and yearbooks named no report
  (:mod:`.reportkind`).
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import acts, parse_reference
from bibcheck.parse.references.vancouver_body import body_head
from bibcheck.parse.references.vancouver_lead_body import people_after_body
from tests.growth import growth


def _read(text: str) -> tuple[tuple[str, ...], str | None, int | None, RefKind]:
    ref = parse_reference(text, [0], detect_styles=True)
    return ref.authors, ref.title, ref.year, ref.kind


_BODY_THEN_PEOPLE = [
    (
        "Food Standards Agency (FSA), Ortega Ruiz M, Van Damme K, Lindqvist A. Nitrate in "
        "leafy greens sold in markets. FSA Res Rep. 2021;12(3):45-60.",
        ("Ortega Ruiz M", "Van Damme K", "Lindqvist A"),
        "Nitrate in leafy greens sold in markets",
    ),
    (
        "ANSES (Agence nationale de sécurité sanitaire), Dal Bello F, Moreau P, et al. "
        "Cadmium in cocoa products. Food Addit Contam. 2018;35(6):1101-9.",
        ("Dal Bello F", "Moreau P"),
        "Cadmium in cocoa products",
    ),
    (
        "Agencia Española de Seguridad Alimentaria, García López J, Ruiz A. Informe de "
        "residuos en frutas. Rev Esp Nutr. 2019;8(2):11-19.",
        ("García López J", "Ruiz A"),
        "Informe de residuos en frutas",
    ),
    (
        "Агенција за безбедност хране (АБХ), Петровић Марковић Ј, Илић С. Нитрати у "
        "поврћу са пијаца. Хран Исхр. 2022;63(1):5-12.",
        ("Петровић Марковић Ј", "Илић С"),
        "Нитрати у поврћу са пијаца",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), _BODY_THEN_PEOPLE)
def test_body_before_people(text: str, authors: tuple[str, ...], title: str) -> None:
    got = _read(text)
    assert got[:2] == (authors, title)
    assert got[3] is RefKind.ARTICLE


@pytest.mark.parametrize(
    "head",
    [
        "Smith, Jones J, Lee K. A title here. J Test. 2020;1(2):3-4.",  # a person first
        "Okafor, a study of markets. Lagos: Heinemann; 1990.",  # no body
        "Marsh Hall, Lee K. Title. J X. 2001;2:3-4.",  # two words, no body's word
    ],
)
def test_no_body_before_people(head: str) -> None:
    assert people_after_body(head) is None


def test_body_and_words_after_it_stay_one_head() -> None:
    # (an acronym in parentheses, then no Vancouver names: not split)
    authors, title, _year, _kind = _read(
        "Oxford Handbook (OUP), The Next Step. A title. London: OUP; 2019."
    )
    assert authors == ("Oxford Handbook (OUP), The Next Step",)
    assert title == "A title"


_BODY_FIRST = [
    (
        "Републички хидрометеоролошки завод. Метеоролошки годишњак за 2019. Београд: РХМЗ; 2020.",
        ("Републички хидрометеоролошки завод",),
        "Метеоролошки годишњак за 2019",
        2020,
        None,
    ),
    (
        "Национален статистически институт. Статистически годишник 2022. София: НСИ; 2022. "
        "Глава 5, Земеделие.",
        ("Национален статистически институт",),
        "Статистически годишник 2022",
        2022,
        RefKind.REPORT,
    ),
    (
        "Државни завод за статистику. Статистички годишњак Црне Горе 2021. Подгорица: ДЗС; "
        "2021. Поглавље 4, Становништво.",
        ("Државни завод за статистику",),
        "Статистички годишњак Црне Горе 2021",
        2021,
        RefKind.REPORT,
    ),
    (
        "Ministarstvo poljoprivrede. Evidencija o primjeni sredstava: česta pitanja "
        "[Internet]. 2024 [citirano 5. ožujka 2025]. Dostupno na: https://www.example.org/x",
        ("Ministarstvo poljoprivrede",),
        "Evidencija o primjeni sredstava: česta pitanja",
        2024,
        RefKind.WEB,
    ),
    (
        "Министерство сельского хозяйства. Вопросы и ответы о пестицидах [Интернет]. 2023 "
        "[цитировано 5 марта 2025]. Доступно по: https://www.example.org/y",
        ("Министерство сельского хозяйства",),
        "Вопросы и ответы о пестицидах",
        2023,
        RefKind.WEB,
    ),
    (
        "Hrvatska poljoprivredna komora. Ostaci pesticida u voću: izvješće za 2024. godinu. "
        "Zagreb: HPK; 2025.",
        ("Hrvatska poljoprivredna komora",),
        "Ostaci pesticida u voću: izvješće za 2024. godinu",
        2025,
        RefKind.REPORT,
    ),
    (
        "Savez zadruga Vojvodine. Kontrola ostataka u zadrugama. Izvješće br. 3/2024. Novi "
        "Sad: SZV; 2025.",
        ("Savez zadruga Vojvodine",),
        "Kontrola ostataka u zadrugama",
        2025,
        RefKind.REPORT,
    ),
    (
        "Задружни савез Војводине. Праћење остатака у задругама: извештај за 2023. годину. "
        "Извештај бр. 2/2024. Нови Сад: ЗСВ; 2024.",
        ("Задружни савез Војводине",),
        "Праћење остатака у задругама: извештај за 2023. годину",
        2024,
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "year", "kind"), _BODY_FIRST)
def test_body_first(
    text: str, authors: tuple[str, ...], title: str, year: int, kind: RefKind | None
) -> None:
    got = _read(text)
    assert got[:3] == (authors, title, year)
    if kind is not None:
        assert got[3] is kind


def test_body_head_dated_page() -> None:
    found = body_head(
        "Zavod za javno zdravlje. Pitanja i odgovori [Internet]. 2022 [citirano 1. maja 2023]. Dostupno na:"
    )
    assert found is not None and found.org == "Zavod za javno zdravlje"
    assert body_head("Zavod za javno zdravlje. Pitanja i odgovori. 2022.") is None


_THESES = [
    "Станковић Н. Сушење шљиве у пећима [докторска дисертација]. Београд: Пољопривредни "
    "факултет Универзитета у Београду; 2021.",
    "Petrović M. Uticaj navodnjavanja na prinos šljive [master rad]. Novi Sad: "
    "Poljoprivredni fakultet; 2021.",
    "Horvat I. Zaštita jabuke od bolesti [doktorski rad]. Zagreb: Agronomski fakultet "
    "Sveučilišta u Zagrebu; 2019.",
    "Иванов П. Болести по ябълката [докторска дисертация]. Пловдив: Аграрен университет; 2018.",
    "Јовић Л. Сорте малине у Ариљу [мастер рад]. Чачак: Агрономски факултет; 2017.",
]


@pytest.mark.parametrize("text", _THESES)
def test_slavic_theses(text: str) -> None:
    assert _read(text)[3] is RefKind.THESIS


def test_genre_words_inside_a_title_make_no_thesis() -> None:
    authors, title, _y, kind = _read(
        "Јовановић С. Мастер рад и пракса у пољопривреди. Београд: Партенон; 2020."
    )
    assert (authors, title, kind) == (
        ("Јовановић С",),
        "Мастер рад и пракса у пољопривреди",
        RefKind.BOOK,
    )


_ACTS = [
    (
        "Закон о водама. Службени гласник РС. 2010;(30); 2018;(95).",
        "Закон о водама",
        2010,
    ),
    (
        "Правилник о квалитету воћа и поврћа. Службени гласник РС. 2019;(88).",
        "Правилник о квалитету воћа и поврћа",
        2019,
    ),
    (
        "Pravilnik o zaštiti bilja. Narodne novine. 2018;(45).",
        "Pravilnik o zaštiti bilja",
        2018,
    ),
    (
        "Правилник о узорковању воћа („Службени гласник РС”, бр. 57/2020)",
        "Правилник о узорковању воћа",
        2020,
    ),
    (
        "Уредба (ЕЗ) бр. 178/2002 Европског парламента и Савета од 28. јануара 2002. о "
        "општим начелима прописа о храни. Службени лист ЕУ. 2002;L 31:1–24.",
        "Уредба (ЕЗ) бр. 178/2002 Европског парламента и Савета од 28. јануара 2002. о "
        "општим начелима прописа о храни",
        2002,
    ),
    (
        "Uredba (EU) 2017/625 Europskog parlamenta i Vijeća od 15. ožujka 2017. o "
        "službenim kontrolama. Službeni list EU. 2017;L 95:1–142.",
        "Uredba (EU) 2017/625 Europskog parlamenta i Vijeća od 15. ožujka 2017. o službenim "
        "kontrolama",
        2017,
    ),
    (
        "Регламент (ЕС) № 1107/2009 на Европейския парламент и на Съвета от 21 октомври "
        "2009 г. относно пускането на пазара на продукти за растителна защита. Официален "
        "вестник на ЕС. 2009;L 309:1–50.",
        "Регламент (ЕС) № 1107/2009 на Европейския парламент и на Съвета от 21 октомври "
        "2009 г. относно пускането на пазара на продукти за растителна защита",
        2009,
    ),
    ("Уредба (ЕЗ) бр. 178/2002, нав. дело, члан 14.", "Уредба (ЕЗ) бр. 178/2002", 2002),
]


@pytest.mark.parametrize(("text", "title", "year"), _ACTS)
def test_slavic_acts(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], detect_styles=True)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)
    # (the gazette's issue is no year: "2019;(88)")
    assert not any(a.code is AnomalyCode.YEAR_MALFORMED for a in ref.anomalies)


@pytest.mark.parametrize(
    "text",
    [
        # the gazette's publishing house prints books
        "Petrović M. Ustav i zakon. Beograd: Službeni glasnik; 2015.",
        # a book titled with an act's word and no gazette nor number
        "Ilić S. Директива и пракса. Београд: Просвета; 2010.",
    ],
)
def test_books_stay_books(text: str) -> None:
    assert _read(text)[3] is RefKind.BOOK
    assert not acts.slavic_act(text)


def test_edition_ordinal_stays_apart() -> None:
    authors, title, year, kind = _read(
        "Мишић П. Јагода и малина. 3. изд. Београд: Партенон; 2019. стр. 211–214."
    )
    assert (authors, title, year, kind) == (("Мишић П",), "Јагода и малина", 2019, RefKind.BOOK)


@pytest.mark.parametrize("unit", ["Закон о ", "а. ", "(ЕЗ) ", "бр. 1/", "A B, ", "2025. г "])
def test_linear(unit: str) -> None:
    assert (
        growth(lambda n: acts.act("Закон о " + unit * n + " Службени гласник РС. x"), 200, 800) < 6
    )
    assert growth(lambda n: acts.act("Уредба (ЕЗ) бр. 1/2005 " + unit * n + ";"), 200, 800) < 6
    assert growth(lambda n: people_after_body("Body (" + unit * n + "), X"), 200, 800) < 6
    assert growth(lambda n: body_head("Завод. " + unit * n + " 2025 [цитирано x]"), 200, 800) < 6
    assert (
        growth(
            lambda n: parse_reference(
                "Завод. " + unit * n + ". Београд: X; 2024.", [0], detect_styles=True
            ),
            50,
            200,
        )
        < 6
    )
